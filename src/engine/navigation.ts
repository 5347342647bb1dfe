/** Moving through a course: next, back, jump links and the page menu, with gating. */
import type { Course } from '../model/schema.ts';
import { currentPage, pageIndex, requiredInteractionsOf, type LearnerState } from './learner-state.ts';

function visit(state: LearnerState, pageId: string, excursions: LearnerState['excursions']): LearnerState {
  const visited = state.visited.includes(pageId) ? state.visited : [...state.visited, pageId];
  return { ...state, page: pageId, visited, excursions };
}

/** The required interactions of the current page the learner has not finished yet. */
export function pendingInteractions(course: Course, state: LearnerState): string[] {
  return requiredInteractionsOf(currentPage(course, state)).filter((id) => !state.done.includes(id));
}

export function isLastPage(course: Course, state: LearnerState): boolean {
  return pageIndex(course, state.page) >= course.pages.length - 1;
}

export function canGoNext(course: Course, state: LearnerState): boolean {
  return !isLastPage(course, state) && pendingInteractions(course, state).length === 0;
}

export function canGoBack(course: Course, state: LearnerState): boolean {
  return returnPoint(state) !== undefined || pageIndex(course, state.page) > 0;
}

function returnPoint(state: LearnerState): string | undefined {
  const last = state.excursions.at(-1);
  return last?.to === state.page ? last.from : undefined;
}

/** 下一页: the next page in order; a linear move ends any open jump. */
export function goNext(course: Course, state: LearnerState): LearnerState {
  if (!canGoNext(course, state)) return state;
  const next = course.pages[pageIndex(course, state.page) + 1];
  return next ? visit(state, next.id, []) : state;
}

/** 返回: back to where a jump came from, otherwise the previous page in order. */
export function goBack(course: Course, state: LearnerState): LearnerState {
  const origin = returnPoint(state);
  if (origin !== undefined) return visit(state, origin, state.excursions.slice(0, -1));
  const previous = course.pages[pageIndex(course, state.page) - 1];
  return previous ? visit(state, previous.id, []) : state;
}

/**
 * A jump link: 返回 on the target page comes back here. Jumping to a page the trail started
 * from unwinds the trail to it, so the trail never holds a page twice and stays bounded.
 */
export function followJump(course: Course, state: LearnerState, target: string): LearnerState {
  if (pageIndex(course, target) < 0 || target === state.page) return state;
  const earlier = state.excursions.findIndex((e) => e.from === target);
  if (earlier >= 0) return visit(state, target, state.excursions.slice(0, earlier));
  return visit(state, target, [...state.excursions, { from: state.page, to: target }]);
}

/** 从头开始: back to the first page, keeping everything already seen and done. */
export function restart(course: Course, state: LearnerState): LearnerState {
  const first = course.pages[0];
  return first ? visit(state, first.id, []) : state;
}

/** The page menu allows any page already visited. */
export function canOpenFromMenu(state: LearnerState, pageId: string): boolean {
  return state.visited.includes(pageId);
}

export function openFromMenu(course: Course, state: LearnerState, pageId: string): LearnerState {
  if (!canOpenFromMenu(state, pageId) || pageIndex(course, pageId) < 0) return state;
  return visit(state, pageId, []);
}

/** Records that the learner finished an interaction (e.g. opened every reveal). */
export function completeInteraction(state: LearnerState, blockId: string): LearnerState {
  return state.done.includes(blockId) ? state : { ...state, done: [...state.done, blockId] };
}
