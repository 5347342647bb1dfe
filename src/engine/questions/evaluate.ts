/**
 * The pure evaluators: a response in, a score out, for every question type. Unknown ids count
 * as wrong; nothing here throws on a malformed response.
 */
import type { ChoiceBlock, MatchBlock, OrderBlock, QuestionBlock, RoleplayBlock, SortBlock, TrueFalseBlock } from '../../model/schema.ts';
import { hasEnded, replay } from '../roleplay/conversation.ts';
import { pathStats } from '../../model/roleplay-graph.ts';
import { placedOf } from './response-codec.ts';
import { share, type Evaluation, type QuestionResponse } from './response.ts';

/** Whether dropping this statement on this answer is right (immediate matching feedback). */
export function isRightMatch(block: MatchBlock, itemId: string, targetId: string): boolean {
  return block.items.some((item) => item.id === itemId && item.target === targetId);
}

function evaluateMatch(block: MatchBlock, placed: Readonly<Record<string, string>>, missed: readonly string[]): Evaluation {
  const right = block.items.map((item) => placedOf(placed, item.id) === item.target);
  // In immediate mode a statement first dropped on a wrong answer does not earn its share.
  const earned = block.items.map((item, i) => (right[i] ?? false) && !missed.includes(item.id));
  return { score: share(earned), correct: earned.every(Boolean) };
}

function evaluateSort(block: SortBlock, placed: Readonly<Record<string, string>>): Evaluation {
  const right = block.items.map((item) => placedOf(placed, item.id) === item.category);
  return { score: share(right), correct: right.every(Boolean) };
}

function evaluateOrder(block: OrderBlock, ids: readonly string[]): Evaluation {
  const right = block.items.map((item, i) => ids[i] === item.id);
  const complete = ids.length === block.items.length;
  return { score: share(right), correct: complete && right.every(Boolean) };
}

/** Multiple choice earns each right pick and loses each wrong one, never below 0. */
function evaluateChoice(block: ChoiceBlock, ids: readonly string[]): Evaluation {
  const correctIds = block.options.filter((o) => o.correct).map((o) => o.id);
  const chosen = new Set(ids);
  const hits = correctIds.filter((id) => chosen.has(id)).length;
  const wrong = [...chosen].filter((id) => !correctIds.includes(id)).length;
  const score = correctIds.length === 0 ? 0 : Math.max(0, (hits - wrong) / correctIds.length);
  return { score, correct: hits === correctIds.length && wrong === 0 };
}

function evaluateTrueFalse(block: TrueFalseBlock, value: boolean): Evaluation {
  const correct = value === block.answer;
  return { score: correct ? 1 : 0, correct };
}

/** A finished conversation scores its points against the best path's; right when every choice was a best one. */
function evaluateRoleplay(block: RoleplayBlock, path: readonly number[]): Evaluation {
  const conversation = replay(block, path);
  if (!conversation || !hasEnded(conversation)) return WRONG;
  // Going round in circles until the customer leaves earns nothing, whatever was said on the way.
  if (conversation.cutOff) return WRONG;
  const best = pathStats(block).bestPoints;
  const score = best === 0 ? 1 : Math.min(conversation.points, best) / best;
  return { score, correct: conversation.decisions.every((d) => d.best) };
}

const WRONG: Evaluation = { score: 0, correct: false };

export function evaluate(block: QuestionBlock, response: QuestionResponse): Evaluation {
  if (block.type === 'match' && response.type === 'match') return evaluateMatch(block, response.placed, response.missed);
  if (block.type === 'sort' && response.type === 'sort') return evaluateSort(block, response.placed);
  if (block.type === 'order' && response.type === 'order') return evaluateOrder(block, response.ids);
  if (block.type === 'choice' && response.type === 'choice') return evaluateChoice(block, response.ids);
  if (block.type === 'true-false' && response.type === 'true-false') return evaluateTrueFalse(block, response.value);
  if (block.type === 'roleplay' && response.type === 'roleplay') return evaluateRoleplay(block, response.path);
  return WRONG;
}

/** The right response, for the results page and the LMS's correct-response pattern. */
export function rightResponse(block: QuestionBlock): QuestionResponse {
  switch (block.type) {
    case 'match':
      return { type: 'match', placed: Object.fromEntries(block.items.map((i) => [i.id, i.target])), missed: [] };
    case 'sort':
      return { type: 'sort', placed: Object.fromEntries(block.items.map((i) => [i.id, i.category])) };
    case 'order':
      return { type: 'order', ids: block.items.map((i) => i.id) };
    case 'choice':
      return { type: 'choice', ids: block.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true-false':
      return { type: 'true-false', value: block.answer };
    case 'roleplay':
      return { type: 'roleplay', path: pathStats(block).bestPath };
  }
}

/** Multiple choice when more than one option is right. */
export function isMultipleChoice(block: ChoiceBlock): boolean {
  return block.options.filter((o) => o.correct).length > 1;
}
