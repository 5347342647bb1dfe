/**
 * dnd-kit is most of the player's code by weight and only 连线题 use it, so it is a chunk of its
 * own, loaded apart from the player (which is inlined into index.html; see
 * src/build/inline-entry.ts). A 连线题 shows and works by click-then-click and keyboard at once;
 * dragging joins in when the chunk has arrived, which is usually before the learner gets there.
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

const hasMatch = (page: Course['pages'][number] | undefined) => page?.blocks.some((block) => block.type === 'match') ?? false;

/**
 * Fetches the chunk in an idle moment while the learner reads the page before a 连线题, so that
 * dragging works as soon as the quiz shows; a learner who never gets there never downloads it.
 */
export function preloadMatchDragNear(course: Course, pageId: string): void {
  const at = course.pages.findIndex((page) => page.id === pageId);
  if (loading || !(hasMatch(course.pages[at]) || hasMatch(course.pages[at + 1]))) return;
  const load = () => void loadMatchDrag().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}
