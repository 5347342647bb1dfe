/** What the learner has picked in a choice question, before and after 确认. */
import type { QuestionResponse } from '../../engine/questions/response.ts';

export class ChoiceState {
  /** The chosen option ids, in the order of the options. */
  chosen: string[] = $state([]);
  readonly multiple: boolean;
  readonly #order: readonly string[];

  /** `initial`: the stored response to show again, if any. */
  constructor(optionIds: readonly string[], multiple: boolean, initial?: QuestionResponse) {
    this.#order = optionIds;
    this.multiple = multiple;
    if (initial?.type === 'choice') this.chosen = optionIds.filter((id) => initial.ids.includes(id));
  }

  get ready(): boolean {
    return this.chosen.length > 0;
  }

  isChosen(id: string): boolean {
    return this.chosen.includes(id);
  }

  /** A radio was selected (single) or a checkbox changed (multiple). */
  set(id: string, on: boolean): void {
    if (!this.multiple) {
      if (on) this.chosen = [id];
      return;
    }
    const next = on ? [...this.chosen, id] : this.chosen.filter((c) => c !== id);
    this.chosen = this.#order.filter((o) => next.includes(o));
  }

  get response(): QuestionResponse {
    return { type: 'choice', ids: [...this.chosen] };
  }
}
