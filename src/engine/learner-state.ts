/**
 * The learner's state: a plain, serialisable object changed only by the pure functions of the
 * engine, so that the SCORM layer can store it and the player can render it.
 */
import type { Course, InteractionBlock, Page } from '../model/schema.ts';
import type { Answer } from './questions/answers.ts';

export interface Excursion {
  /** The page a jump link was followed from; 返回 on `to` returns here. */
  readonly from: string;
  readonly to: string;
}

export interface LearnerState {
  /** The id of the page being shown. */
  readonly page: string;
  /** Pages seen (the order carries no meaning). */
  readonly visited: readonly string[];
  /** Interactions (block ids) the learner has finished. */
  readonly done: readonly string[];
  /** Jumps not yet returned from, newest last. */
  readonly excursions: readonly Excursion[];
  /** Confirmed answers by question id. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** Role-plays under way: the choices made so far, by role-play id. */
  readonly conversations: Readonly<Record<string, readonly number[]>>;
}

export function startState(course: Course): LearnerState {
  const first = course.pages[0];
  if (!first) throw new Error('a course has at least one page');
  return { page: first.id, visited: [first.id], done: [], excursions: [], answers: {}, conversations: {} };
}

export function pageIndex(course: Course, pageId: string): number {
  return course.pages.findIndex((page) => page.id === pageId);
}

export function currentPage(course: Course, state: LearnerState): Page {
  const page = course.pages[pageIndex(course, state.page)] ?? course.pages[0];
  if (!page) throw new Error('a course has at least one page');
  return page;
}

export function interactionsOf(page: Page): InteractionBlock[] {
  return page.blocks.filter((block): block is InteractionBlock => 'required' in block);
}

/** Every interaction of the course, in page order. */
export function courseInteractions(course: Course): InteractionBlock[] {
  return course.pages.flatMap(interactionsOf);
}

export function requiredInteractionsOf(page: Page): string[] {
  return interactionsOf(page)
    .filter((block) => block.required)
    .map((block) => block.id);
}
