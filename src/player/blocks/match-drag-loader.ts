/**
 * dnd-kit is most of the player's code by weight and only 连线题 use it, so it is a chunk of its
 * own, loaded apart from the player (which is inlined into index.html; see
 * src/build/inline-entry.ts). A 连线题 shows and works by click-then-click and keyboard at once;
 * dragging joins in when the chunk has arrived. It is fetched when a 连线题 is shown, not before:
 * a prefetch on the page before would add its 28 KB to the first load of a course whose page 2 is
 * a 连线题, over the 80 KB target.
 */
type MatchDragModule = typeof import('./match-drag.ts');

let loading: Promise<MatchDragModule> | undefined;

export function loadMatchDrag(): Promise<MatchDragModule> {
  loading ??= import('./match-drag.ts').catch((error: unknown) => {
    // A failed download (the network dropped) is tried again by the next 连线题 shown.
    loading = undefined;
    throw error;
  });
  return loading;
}

