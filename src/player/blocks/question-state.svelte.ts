/**
 * The common life of every question on screen: answering, 确认, the result, and retry while
 * attempts are left. Scoring stays in the engine; this only holds what the view shows.
 */
import type { Evaluation, QuestionResponse } from '../../engine/questions/response.ts';
import type { CoursePlayer } from '../course-player.svelte.ts';

export class QuestionState {
  /** The result of the last 确认 in this visit, or of the stored answer on return. */
  result: Evaluation | undefined = $state();
  /** Counts retries, so type components can reset their own answer state. */
  round = $state(0);
  readonly #player: CoursePlayer;
  readonly #id: string;
  #shownAt = Date.now();

  constructor(player: CoursePlayer, questionId: string) {
    this.#player = player;
    this.#id = questionId;
    const stored = player.answerOf(questionId);
    const last = stored?.scores.at(-1);
    if (last !== undefined) this.result = { score: last, correct: last === 1 };
  }

  get attemptsLeft(): number {
    return this.#player.attemptsLeft(this.#id);
  }

  get answered(): boolean {
    return this.result !== undefined;
  }

  /** The response stored for this question, to show again on return. */
  get storedResponse(): QuestionResponse | undefined {
    return this.#player.answerOf(this.#id)?.response;
  }

  confirm(response: QuestionResponse): void {
    const evaluation = this.#player.answer(this.#id, response, Date.now() - this.#shownAt);
    if (evaluation) this.result = evaluation;
  }

  retry(): void {
    if (this.attemptsLeft === 0) return;
    this.result = undefined;
    this.round++;
    this.#shownAt = Date.now();
  }
}
