/** Playing a role-play inside the learner state: choosing, finishing (an answer), playing again. */
import type { Course, RoleplayBlock } from '../../model/schema.ts';
import type { LearnerState } from '../learner-state.ts';
import { attemptsLeft, questionById, submitAnswer } from '../questions/answers.ts';
import type { Evaluation } from '../questions/response.ts';
import { hasEnded, replay, type Conversation, type Decision } from './conversation.ts';

export function roleplayById(course: Course, id: string): RoleplayBlock | undefined {
  const block = questionById(course, id);
  return block?.type === 'roleplay' ? block : undefined;
}

/** The choices shown: the conversation under way, else the last one finished, else none yet. */
export function shownPath(state: LearnerState, id: string): readonly number[] {
  const answer = state.answers[id]?.response;
  return state.conversations[id] ?? (answer?.type === 'roleplay' ? answer.path : []);
}

/** A finished conversation is on show (not one under way or not yet begun). */
export function isFinished(state: LearnerState, id: string): boolean {
  return state.conversations[id] === undefined && state.answers[id] !== undefined;
}

export function conversationOf(block: RoleplayBlock, state: LearnerState): Conversation | undefined {
  return replay(block, shownPath(state, block.id));
}

function without(conversations: LearnerState['conversations'], id: string): LearnerState['conversations'] {
  return Object.fromEntries(Object.entries(conversations).filter(([key]) => key !== id));
}

export interface Choosing {
  readonly state: LearnerState;
  readonly decision: Decision;
  /** Set when this choice ended the conversation: it is then an answer, scored. */
  readonly evaluation?: Evaluation;
}

/** The learner says choice `index` at the current decision; undefined if there is none. */
export function choose(course: Course, state: LearnerState, id: string, index: number): Choosing | undefined {
  const block = roleplayById(course, id);
  if (!block || isFinished(state, id)) return undefined;
  const path = [...(state.conversations[id] ?? []), index];
  const conversation = replay(block, path);
  const decision = conversation?.decisions.at(-1);
  if (!conversation || !decision) return undefined;
  if (!hasEnded(conversation)) {
    return { state: { ...state, conversations: { ...state.conversations, [id]: path } }, decision };
  }
  const finished = submitAnswer(course, { ...state, conversations: without(state.conversations, id) }, id, { type: 'roleplay', path });
  return finished ? { state: finished.state, decision, evaluation: finished.evaluation } : undefined;
}

/** Starts the conversation again while attempts are left; undefined otherwise. */
export function playAgain(course: Course, state: LearnerState, id: string): LearnerState | undefined {
  const block = roleplayById(course, id);
  if (!block || !isFinished(state, id) || attemptsLeft(block, state) === 0) return undefined;
  return { ...state, conversations: { ...state.conversations, [id]: [] } };
}
