/**
 * Progress and completion. A course is complete when every page that is not `optional` has been
 * seen and every `required` interaction has been finished. Progress is the share of those items
 * done, so the bar reaches 100% exactly when the course is complete.
 */
import type { Course } from '../model/schema.ts';
import { requiredInteractionsOf, type LearnerState } from './learner-state.ts';

export interface Progress {
  readonly done: number;
  readonly total: number;
  /** Whole percent, 0 to 100. */
  readonly percent: number;
  readonly complete: boolean;
}

export function progress(course: Course, state: LearnerState): Progress {
  const requiredPages = course.pages.filter((page) => !page.optional);
  const items = [
    ...requiredPages.map((page) => state.visited.includes(page.id)),
    ...requiredPages.flatMap((page) => requiredInteractionsOf(page).map((id) => state.done.includes(id))),
  ];
  const total = items.length;
  const done = items.filter(Boolean).length;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return { done, total, percent, complete: done === total };
}
