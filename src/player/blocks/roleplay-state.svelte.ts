/**
 * A role-play on screen: the conversation replayed from the player's state, the current stage,
 * and the learner's choices. Scoring and the rules stay in the engine.
 */
import { hasEnded, replay, currentStep, type Conversation, type Decision } from '../../engine/roleplay/conversation.ts';
import type { RoleplayBlock, RoleplayNode } from '../../model/schema.ts';
import type { CoursePlayer } from '../course-player.svelte.ts';
import type { MessageKey } from '../i18n.ts';

const MOOD_KEYS: readonly MessageKey[] = ['mood0', 'mood1', 'mood2', 'mood3', 'mood4'];
const OUTCOME_KEYS: Record<NonNullable<RoleplayNode['ending']>, MessageKey> = {
  good: 'outcomeGood',
  fair: 'outcomeFair',
  poor: 'outcomePoor',
};

export function moodKey(mood: number): MessageKey {
  return MOOD_KEYS[mood] ?? 'mood2';
}

export function outcomeKey(outcome: NonNullable<RoleplayNode['ending']>): MessageKey {
  return OUTCOME_KEYS[outcome];
}

export function verdictKey(decision: Decision): MessageKey {
  if (decision.best) return 'verdictBest';
  return decision.choice.points > 0 ? 'verdictFair' : 'verdictPoor';
}

export type StepStatus = 'done' | 'current' | 'ahead';

export class RoleplayState {
  readonly block: RoleplayBlock;
  readonly #player: CoursePlayer;
  #shownAt = Date.now();

  constructor(player: CoursePlayer, block: RoleplayBlock) {
    this.#player = player;
    this.block = block;
  }

  /** The conversation on show; a path the engine refused never reaches the state, so this replays. */
  get conversation(): Conversation {
    const conversation = replay(this.block, this.#player.conversationPath(this.block.id)) ?? replay(this.block, []);
    if (!conversation) throw new Error(`role-play "${this.block.id}" has no start`);
    return conversation;
  }

  get ended(): boolean {
    return hasEnded(this.conversation);
  }

  get attemptsLeft(): number {
    return this.#player.attemptsLeft(this.block.id);
  }

  stepStatus(stepId: string): StepStatus {
    const steps = this.block.steps ?? [];
    const current = currentStep(this.conversation);
    const at = steps.findIndex((s) => s.id === current);
    const index = steps.findIndex((s) => s.id === stepId);
    if (this.ended || index < at) return 'done';
    return index === at ? 'current' : 'ahead';
  }

  say(index: number): void {
    this.#player.say(this.block.id, index, Date.now() - this.#shownAt);
    this.#shownAt = Date.now();
  }

  again(): void {
    this.#player.playAgain(this.block.id);
    this.#shownAt = Date.now();
  }
}
