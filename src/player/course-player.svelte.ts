/**
 * The player's reactive state: a thin rune wrapper around the pure engine. Components read from
 * it and call its methods; all rules live in the engine.
 */
import { currentPage, pageIndex, startState, type LearnerState } from '../engine/learner-state.ts';
import {
  canGoBack,
  canGoNext,
  canOpenFromMenu,
  completeInteraction,
  followJump,
  goBack,
  goNext,
  isLastPage,
  openFromMenu,
  pendingInteractions,
} from '../engine/navigation.ts';
import { progress, type Progress } from '../engine/progress.ts';
import type { Course } from '../model/schema.ts';

export class CoursePlayer {
  readonly course: Course;
  #state: LearnerState = $state.raw({ page: '', visited: [], done: [], excursions: [] });
  /** Counts page changes made by the learner, so the view knows when to move focus. */
  navigations = $state(0);

  constructor(course: Course) {
    this.course = course;
    this.#state = startState(course);
  }

  get state(): LearnerState {
    return this.#state;
  }

  get page() {
    return currentPage(this.course, this.#state);
  }

  get pageNumber(): number {
    return pageIndex(this.course, this.#state.page) + 1;
  }

  get pageCount(): number {
    return this.course.pages.length;
  }

  get canNext(): boolean {
    return canGoNext(this.course, this.#state);
  }

  get canBack(): boolean {
    return canGoBack(this.course, this.#state);
  }

  get isLast(): boolean {
    return isLastPage(this.course, this.#state);
  }

  get pending(): string[] {
    return pendingInteractions(this.course, this.#state);
  }

  get progress(): Progress {
    return progress(this.course, this.#state);
  }
  isVisited(pageId: string): boolean {
    return canOpenFromMenu(this.#state, pageId);
  }

  isDone(blockId: string): boolean {
    return this.#state.done.includes(blockId);
  }

  #move(next: LearnerState): void {
    if (next.page !== this.#state.page) this.navigations++;
    this.#state = next;
  }

  next(): void {
    this.#move(goNext(this.course, this.#state));
  }

  back(): void {
    this.#move(goBack(this.course, this.#state));
  }

  jump(target: string): void {
    this.#move(followJump(this.course, this.#state, target));
  }

  open(pageId: string): void {
    this.#move(openFromMenu(this.course, this.#state, pageId));
  }

  complete(blockId: string): void {
    this.#state = completeInteraction(this.#state, blockId);
  }
}
