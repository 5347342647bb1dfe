/**
 * One answered question as the LMS should record it. The engine produces these when a learner
 * answers; the SCORM layer formats them for each version. Identifiers are course ids, which
 * are valid SCORM identifiers.
 */
export type LearnerResponse =
  | { readonly type: 'choice'; readonly ids: readonly string[] }
  | { readonly type: 'true-false'; readonly value: boolean }
  | { readonly type: 'matching'; readonly pairs: readonly (readonly [string, string])[] }
  | { readonly type: 'sequencing'; readonly ids: readonly string[] }
  | { readonly type: 'other'; readonly text: string };

export type InteractionType = LearnerResponse['type'];

export interface InteractionRecord {
  readonly id: string;
  readonly description: string;
  readonly response: LearnerResponse;
  /** The correct response, of the same type as `response`; absent where none is right or wrong. */
  readonly correct?: LearnerResponse;
  readonly result: 'correct' | 'incorrect' | 'neutral';
  readonly weighting: number;
  readonly latencyMs: number;
  /** When the learner answered, in milliseconds since the epoch. */
  readonly answeredAt: number;
}
