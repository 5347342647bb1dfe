/**
 * A role-play as a pure state machine: the learner's choices (indexes, one per decision) replay
 * into the conversation so far — lines shown, mood, points, and whether it has ended. The
 * choices alone are stored, so a conversation resumes exactly where it was left.
 */
import type { RoleplayBlock, RoleplayChoice, RoleplayNode } from '../../model/schema.ts';
import { MOOD_MAX, MOOD_MIN } from '../../model/roleplay-scale.ts';
import { bestChoices, decisionLimit, nodesById } from '../../model/roleplay-graph.ts';

export interface Decision {
  readonly node: RoleplayNode;
  readonly index: number;
  readonly choice: RoleplayChoice;
  /** One of the choices with the most points at this decision. */
  readonly best: boolean;
  /** The customer's mood after it. */
  readonly mood: number;
}

/** What the learner has seen, in order: lines and their own choices. */
export type Turn = { readonly kind: 'line'; readonly node: RoleplayNode } | { readonly kind: 'said'; readonly decision: Decision };

export interface Conversation {
  readonly turns: readonly Turn[];
  readonly decisions: readonly Decision[];
  /** The node waiting for a choice, or the ending reached. */
  readonly at: RoleplayNode;
  readonly mood: number;
  readonly points: number;
  /** The outcome once ended; 'poor' when the conversation went round in circles too long. */
  readonly outcome: RoleplayNode['ending'];
  readonly cutOff: boolean;
}

const clampMood = (mood: number) => Math.min(MOOD_MAX, Math.max(MOOD_MIN, mood));

/** Replays the choices from the start; undefined when they do not fit the graph. */
export function replay(block: RoleplayBlock, path: readonly number[]): Conversation | undefined {
  const byId = nodesById(block);
  const turns: Turn[] = [];
  const decisions: Decision[] = [];
  let mood = block.mood;
  let points = 0;
  let node = byId.get(block.start);
  let used = 0;
  // Lines without decisions never loop forever in a checked graph; this guards unchecked ones.
  let steps = 0;
  const limit = decisionLimit(block);
  while (node && steps++ < block.nodes.length * (limit + 1) + 1) {
    turns.push({ kind: 'line', node });
    if (node.ending !== undefined) {
      return used === path.length ? { turns, decisions, at: node, mood, points, outcome: node.ending, cutOff: false } : undefined;
    }
    if (node.choices) {
      // Cut off at the limit: the customer has left, so no further choice fits.
      if (used >= limit && used < path.length) return undefined;
      if (used === path.length) {
        const cutOff = used >= limit;
        return { turns, decisions, at: node, mood, points, outcome: cutOff ? 'poor' : undefined, cutOff };
      }
      const index = path[used++] ?? -1;
      const choice = node.choices[index];
      if (!choice) return undefined;
      mood = clampMood(mood + choice.mood);
      points += choice.points;
      const decision: Decision = { node, index, choice, best: bestChoices(node).includes(index), mood };
      decisions.push(decision);
      turns.push({ kind: 'said', decision });
      node = byId.get(choice.next);
    } else {
      node = node.next === undefined ? undefined : byId.get(node.next);
    }
  }
  return undefined;
}

export function hasEnded(conversation: Conversation): boolean {
  return conversation.outcome !== undefined;
}

/** The stage the conversation is in: the step of the latest line that names one. */
export function currentStep(conversation: Conversation): string | undefined {
  for (let i = conversation.turns.length - 1; i >= 0; i--) {
    const turn = conversation.turns[i];
    if (turn?.kind === 'line' && turn.node.step !== undefined) return turn.node.step;
  }
  return undefined;
}
