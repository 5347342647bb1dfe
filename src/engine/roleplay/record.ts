/** A role-play decision as the LMS should record it: the choice made, and whether it was a best one. */
import type { RoleplayBlock } from '../../model/schema.ts';
import type { InteractionRecord } from '../interaction-record.ts';
import type { Decision } from './conversation.ts';
import { bestChoices } from '../../model/roleplay-graph.ts';

/** Choices are a, b, c, d: single letters are valid choice responses in SCORM 1.2 and 2004. */
export function choiceLetters(indexes: readonly number[]): string[] {
  return indexes.map((i) => String.fromCharCode(97 + i));
}

export function decisionRecord(block: RoleplayBlock, decision: Decision, answeredAt: number, latencyMs: number): InteractionRecord {
  const { node, index } = decision;
  const weighting = Math.max(0, ...(node.choices ?? []).map((c) => c.points));
  // A decision without points (practice) has no right reply: it is recorded as neutral.
  const scored = weighting > 0;
  return {
    id: `${block.id}-${node.id}`,
    description: `${block.title}: ${node.text}`,
    response: { type: 'choice', ids: choiceLetters([index]) },
    ...(scored ? { correct: { type: 'choice', ids: choiceLetters(bestChoices(node)) } } : {}),
    result: !scored ? 'neutral' : decision.best ? 'correct' : 'incorrect',
    weighting,
    latencyMs,
    answeredAt,
  };
}
