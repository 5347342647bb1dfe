/** Answering questions: attempts, the first-try / last-try rule, and the course score. */
import type { Block, Course, QuestionBlock } from '../../model/schema.ts';
import { completeInteraction } from '../navigation.ts';
import type { LearnerState } from '../learner-state.ts';
import { evaluate } from './evaluate.ts';
import type { Evaluation, QuestionResponse } from './response.ts';

export interface Answer {
  /** The last response given. */
  readonly response: QuestionResponse;
  /** The score of each attempt, 0 to 1, in order. */
  readonly scores: readonly number[];
}

const QUESTION_TYPES = new Set<string>(['match', 'sort', 'order', 'choice', 'true-false', 'roleplay']);

export function isQuestion(block: Block): block is QuestionBlock {
  return QUESTION_TYPES.has(block.type);
}

export function courseQuestions(course: Course): QuestionBlock[] {
  return course.pages.flatMap((page) => page.blocks.filter(isQuestion));
}

export function questionById(course: Course, id: string): QuestionBlock | undefined {
  return courseQuestions(course).find((q) => q.id === id);
}

export function attemptsLeft(block: QuestionBlock, state: LearnerState): number {
  return Math.max(0, block.attempts - (state.answers[block.id]?.scores.length ?? 0));
}

/** 确认: records one attempt; undefined when the question is unknown or has no attempts left. */
export function submitAnswer(
  course: Course,
  state: LearnerState,
  blockId: string,
  response: QuestionResponse,
): { state: LearnerState; evaluation: Evaluation; block: QuestionBlock } | undefined {
  const block = questionById(course, blockId);
  if (!block || attemptsLeft(block, state) === 0) return undefined;
  const evaluation = evaluate(block, response);
  const previous = state.answers[blockId]?.scores ?? [];
  const answered: LearnerState = {
    ...state,
    answers: { ...state.answers, [blockId]: { response, scores: [...previous, evaluation.score] } },
  };
  return { state: completeInteraction(answered, blockId), evaluation, block };
}

/** The attempt that counts under the course's scoring rule, 0 when unanswered. */
export function countedScore(course: Course, answer: Answer | undefined): number {
  if (!answer) return 0;
  return (course.scoring === 'first-try' ? answer.scores[0] : answer.scores.at(-1)) ?? 0;
}

/** The weighted share of the scored questions, in whole percent; undefined without any. */
export function courseScore(course: Course, state: LearnerState): number | undefined {
  const scored = courseQuestions(course).filter((q) => q.weight > 0);
  const total = scored.reduce((sum, q) => sum + q.weight, 0);
  if (total === 0) return undefined;
  const earned = scored.reduce((sum, q) => sum + q.weight * countedScore(course, state.answers[q.id]), 0);
  return Math.round((earned / total) * 100);
}
