/** The learner's order of the steps of an order question. */
import type { QuestionResponse } from '../../engine/questions/response.ts';
import { shuffle } from '../../engine/questions/shuffle.ts';

export class OrderState {
  /** Item ids in the order shown. */
  ids: string[] = $state([]);
  /** The last move, for the live region: the item id and its new position (1-based). */
  moved: { id: string; position: number } | undefined = $state();

  /** Starts shuffled (seeded by the question id), or in the stored order when given. */
  constructor(questionId: string, itemIds: readonly string[], initial?: QuestionResponse) {
    const stored = initial?.type === 'order' ? initial.ids.filter((id) => itemIds.includes(id)) : [];
    this.ids = stored.length === itemIds.length ? stored : shuffle(itemIds, questionId);
  }

  position(id: string): number {
    return this.ids.indexOf(id) + 1;
  }

  isFirst(id: string): boolean {
    return this.ids[0] === id;
  }

  isLast(id: string): boolean {
    return this.ids.at(-1) === id;
  }

  /** Moves an item one place up (-1) or down (+1); false when it cannot move. */
  move(id: string, delta: -1 | 1): boolean {
    const from = this.ids.indexOf(id);
    const to = from + delta;
    const other = this.ids[to];
    if (from < 0 || other === undefined) return false;
    const next = [...this.ids];
    next[to] = id;
    next[from] = other;
    this.ids = next;
    this.moved = { id, position: to + 1 };
    return true;
  }

  get response(): QuestionResponse {
    return { type: 'order', ids: [...this.ids] };
  }
}
