/**
 * The suspend data of a learner who finished everything, computed with the engine instead of
 * driving a browser to the end: every page visited, every interaction done, every question
 * answered with all its attempts used, then encoded as the player stores it in cmi.suspend_data.
 */
import { courseInteractions, startState, type LearnerState } from './learner-state.ts';
import { courseQuestions, submitAnswer } from './questions/answers.ts';
import { rightResponse } from './questions/evaluate.ts';
import type { QuestionResponse } from './questions/response.ts';
import { encodeState, worstCaseStateSize } from './state-codec.ts';
import type { Course, QuestionBlock } from '../model/schema.ts';

export interface SuspendSize {
  /** Characters of cmi.suspend_data for the fully answered course. */
  readonly full: number;
  /** The engine's bound on what the course can ever store. */
  readonly worstCase: number;
  readonly questions: number;
  readonly attempts: number;
}

/**
 * The answer stored for each attempt: the right one, except that in a 连线题 every statement was
 * once dropped on a wrong answer (the longest answer a learner can give there).
 */
function fullResponse(block: QuestionBlock): QuestionResponse {
  const right = rightResponse(block);
  return right.type === 'match' ? { ...right, missed: Object.keys(right.placed) } : right;
}

export function fullyAnsweredState(course: Course): { state: LearnerState; attempts: number } {
  let state: LearnerState = startState(course);
  let attempts = 0;
  for (const block of courseQuestions(course)) {
    for (let i = 0; i < block.attempts; i++) {
      const answered = submitAnswer(course, state, block.id, fullResponse(block));
      if (!answered) break;
      state = answered.state;
      attempts++;
    }
  }
  const pages = course.pages.map((p) => p.id);
  const done = new Set([...state.done, ...courseInteractions(course).map((b) => b.id)]);
  state = { ...state, page: pages.at(-1) ?? state.page, visited: pages, done: [...done] };
  return { state, attempts };
}

export function suspendSize(course: Course): SuspendSize {
  const { state, attempts } = fullyAnsweredState(course);
  return {
    full: encodeState(course, state).length,
    worstCase: worstCaseStateSize(course),
    questions: courseQuestions(course).length,
    attempts,
  };
}
