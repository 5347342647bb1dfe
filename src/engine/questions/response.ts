/** What a learner answers, per question type: plain data, stored and sent to the LMS. */
export type QuestionResponse =
  /** Each statement's answer (item id → target id), and the statements once dropped on a wrong one. */
  | { readonly type: 'match'; readonly placed: Readonly<Record<string, string>>; readonly missed: readonly string[] }
  /** Each item's category (item id → category id). */
  | { readonly type: 'sort'; readonly placed: Readonly<Record<string, string>> }
  /** The item ids in the learner's order. */
  | { readonly type: 'order'; readonly ids: readonly string[] }
  /** The chosen option ids. */
  | { readonly type: 'choice'; readonly ids: readonly string[] }
  | { readonly type: 'true-false'; readonly value: boolean }
  /** The index of the choice made at each decision of a role-play, in order. */
  | { readonly type: 'roleplay'; readonly path: readonly number[] };

export interface Evaluation {
  /** 0 to 1. */
  readonly score: number;
  /** Entirely right. */
  readonly correct: boolean;
}

/** The fraction of `parts` that are true; 0 for none. */
export function share(parts: readonly boolean[]): number {
  return parts.length === 0 ? 0 : parts.filter(Boolean).length / parts.length;
}
