/**
 * dnd-kit is most of the player's code by weight and only 连线题 use it, so it is a chunk of its
 * own, loaded apart from the player (which is inlined into index.html; see
 * src/build/inline-entry.ts). A 连线题 shows and works by click-then-click and keyboard at once;
 * dragging joins in when the chunk has arrived.
 */
import type { Course } from '../../model/schema.ts';

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

const hasMatch = (course: Course) => course.pages.some((page) => page.blocks.some((block) => block.type === 'match'));

/** Fetches the chunk while the learner reads, in an idle moment, when the course has a 连线题. */
export function preloadMatchDrag(course: Course): void {
  if (!hasMatch(course)) return;
  const load = () => void loadMatchDrag().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1000);
}
