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
  restart,
} from '../engine/navigation.ts';
import { progress, type Progress } from '../engine/progress.ts';
import type { InteractionRecord } from '../engine/interaction-record.ts';
import { attemptsLeft, courseScore, questionById, submitAnswer, type Answer } from '../engine/questions/answers.ts';
import { answerRecords } from '../engine/questions/record.ts';
import { choose, playAgain, shownPath } from '../engine/roleplay/play.ts';
import { decisionRecord } from '../engine/roleplay/record.ts';
import type { Evaluation, QuestionResponse } from '../engine/questions/response.ts';
import type { Course } from '../model/schema.ts';

export class CoursePlayer {
  readonly course: Course;
  #state: LearnerState = $state.raw({ page: '', visited: [], done: [], excursions: [], answers: {}, conversations: {} });
  /** Counts page changes made by the learner, so the view knows when to move focus. */
  navigations = $state(0);
  readonly #listeners = new Set<(state: LearnerState) => void>();
  readonly #answerListeners = new Set<(record: InteractionRecord) => void>();

  constructor(course: Course, initial?: LearnerState) {
    this.course = course;
    this.#state = initial ?? startState(course);
  }

  /** Hears every new learner state (for tracking). */
  onChange(listener: (state: LearnerState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Hears every confirmed answer, as the LMS should record it. */
  onAnswer(listener: (record: InteractionRecord) => void): () => void {
    this.#answerListeners.add(listener);
    return () => this.#answerListeners.delete(listener);
  }

  answerOf(questionId: string): Answer | undefined {
    return this.#state.answers[questionId];
  }

  attemptsLeft(questionId: string): number {
    const block = questionById(this.course, questionId);
    return block ? attemptsLeft(block, this.#state) : 0;
  }

  get score(): number | undefined {
    return courseScore(this.course, this.#state);
  }

  /** 确认: evaluates and records the answer; undefined when no attempt is left. */
  answer(questionId: string, response: QuestionResponse, latencyMs: number): Evaluation | undefined {
    const result = submitAnswer(this.course, this.#state, questionId, response);
    if (!result) return undefined;
    this.#set(result.state);
    this.#journal(answerRecords(result.block, response, result.evaluation, Date.now(), latencyMs));
    return result.evaluation;
  }

  #journal(records: readonly InteractionRecord[]): void {
    for (const record of records) for (const listener of this.#answerListeners) listener(record);
  }

  /** The choices of the conversation on show in a role-play. */
  conversationPath(roleplayId: string): readonly number[] {
    return shownPath(this.#state, roleplayId);
  }

  /** The learner says a choice in a role-play; each decision is journaled at once. */
  say(roleplayId: string, index: number, latencyMs: number): Evaluation | undefined {
    const result = choose(this.course, this.#state, roleplayId, index);
    const block = questionById(this.course, roleplayId);
    if (!result || block?.type !== 'roleplay') return undefined;
    this.#set(result.state);
    this.#journal([decisionRecord(block, result.decision, Date.now(), latencyMs)]);
    return result.evaluation;
  }

  /** 再练一次: a new conversation while attempts are left. */
  playAgain(roleplayId: string): void {
    const next = playAgain(this.course, this.#state, roleplayId);
    if (next) this.#set(next);
  }

  #set(next: LearnerState): void {
    if (next === this.#state) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(next);
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

  // Worked out once per state: the navigation bar reads them several times per change.
  readonly #pending = $derived.by(() => pendingInteractions(this.course, this.#state));
  readonly #progress = $derived.by(() => progress(this.course, this.#state));

  get pending(): string[] {
    return this.#pending;
  }

  get progress(): Progress {
    return this.#progress;
  }
  isVisited(pageId: string): boolean {
    return canOpenFromMenu(this.#state, pageId);
  }

  isDone(blockId: string): boolean {
    return this.#state.done.includes(blockId);
  }

  #move(next: LearnerState): void {
    if (next.page !== this.#state.page) this.navigations++;
    this.#set(next);
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

  restart(): void {
    this.#move(restart(this.course, this.#state));
  }

  complete(blockId: string): void {
    this.#set(completeInteraction(this.#state, blockId));
  }
}
