import type { QuestionResponse } from '../../engine/questions/response.ts';

/** The 对 / 错 judgement of a true/false question. */
export class TrueFalseState {
  value: boolean | undefined = $state();

  constructor(initial?: QuestionResponse) {
    if (initial?.type === 'true-false') this.value = initial.value;
  }

  get ready(): boolean {
    return this.value !== undefined;
  }

  get response(): QuestionResponse | undefined {
    return this.value === undefined ? undefined : { type: 'true-false', value: this.value };
  }
}
