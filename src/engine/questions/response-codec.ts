/** Responses as short lists of indexes, for the suspend data. */
import type { QuestionBlock } from '../../model/schema.ts';
import { replay } from '../roleplay/conversation.ts';
import { decisionLimit, pathStats } from '../../model/roleplay-graph.ts';
import type { QuestionResponse } from './response.ts';

const indexOf = (ids: readonly string[], id: string | undefined) => (id === undefined ? -1 : ids.indexOf(id));

/** An own entry of a response map: ids such as "constructor" must not find inherited values. */
export function placedOf(placed: Readonly<Record<string, string>>, id: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(placed, id) ? placed[id] : undefined;
}

export function encodeResponse(block: QuestionBlock, response: QuestionResponse): number[] {
  if (block.type === 'match' && response.type === 'match') {
    const targets = block.targets.map((t) => t.id);
    // One number per statement: its answer (index + 1, 0 = none) doubled, plus 1 if once missed.
    return block.items.map((item) => (indexOf(targets, placedOf(response.placed, item.id)) + 1) * 2 + (response.missed.includes(item.id) ? 1 : 0));
  }
  if (block.type === 'sort' && response.type === 'sort') {
    const categories = block.categories.map((c) => c.id);
    return block.items.map((item) => indexOf(categories, placedOf(response.placed, item.id)));
  }
  if (block.type === 'order' && response.type === 'order') {
    return response.ids.map((id) => indexOf(block.items.map((i) => i.id), id));
  }
  if (block.type === 'choice' && response.type === 'choice') {
    return response.ids.map((id) => indexOf(block.options.map((o) => o.id), id));
  }
  if (block.type === 'true-false' && response.type === 'true-false') return [response.value ? 1 : 0];
  if (block.type === 'roleplay' && response.type === 'roleplay') return [...response.path];
  return [];
}

export function decodeResponse(block: QuestionBlock, nums: readonly number[]): QuestionResponse | undefined {
  const pick = <T extends { id: string }>(list: readonly T[], i: number) => list[i]?.id;
  switch (block.type) {
    case 'match': {
      const placed: Record<string, string> = {};
      const missed: string[] = [];
      block.items.forEach((item, i) => {
        const n = nums[i] ?? 0;
        const target = pick(block.targets, Math.floor(n / 2) - 1);
        if (target !== undefined) placed[item.id] = target;
        if (n % 2 === 1) missed.push(item.id);
      });
      return { type: 'match', placed, missed };
    }
    case 'sort': {
      const placed: Record<string, string> = {};
      block.items.forEach((item, i) => {
        const category = pick(block.categories, nums[i] ?? -1);
        if (category !== undefined) placed[item.id] = category;
      });
      return { type: 'sort', placed };
    }
    case 'order':
      return { type: 'order', ids: nums.flatMap((n) => pick(block.items, n) ?? []) };
    case 'choice':
      return { type: 'choice', ids: nums.flatMap((n) => pick(block.options, n) ?? []) };
    case 'true-false':
      return nums[0] === 0 || nums[0] === 1 ? { type: 'true-false', value: nums[0] === 1 } : undefined;
    case 'roleplay':
      // Only a conversation that reached its end is an answer.
      return replay(block, nums)?.outcome !== undefined ? { type: 'roleplay', path: [...nums] } : undefined;
  }
}

/** An index as long as it can be written: -1 (none) is longer than any one-digit index. */
const widest = (max: number) => (max >= 10 ? max : -1);

/** The longest response a question can have, for the suspend-data budget. */
export function longestResponse(block: QuestionBlock): number[] {
  switch (block.type) {
    case 'match':
      return block.items.map(() => block.targets.length * 2 + 1);
    case 'sort':
      return block.items.map(() => widest(block.categories.length - 1));
    case 'order':
      return block.items.map(() => widest(block.items.length - 1));
    case 'choice':
      return block.options.map(() => widest(block.options.length - 1));
    case 'true-false':
      return [1];
    case 'roleplay':
      // A choice index is one digit (at most 4 choices); a conversation is at most this long.
      return Array.from({ length: decisionLimit(block) }, () => 3);
  }
}

/**
 * Every score a question can give is a whole number of these parts, so attempt scores are
 * stored exactly as that number (a resume never changes a score by rounding).
 */
export function scoreParts(block: QuestionBlock): number {
  switch (block.type) {
    case 'match':
    case 'sort':
    case 'order':
      return block.items.length;
    case 'choice':
      return Math.max(1, block.options.filter((o) => o.correct).length);
    case 'true-false':
      return 1;
    case 'roleplay':
      return Math.max(1, pathStats(block).bestPoints);
  }
}
