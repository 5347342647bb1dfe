/** Which category the learner has put each item of a sort question in. */
import type { QuestionResponse } from '../../engine/questions/response.ts';

export class SortState {
  /** Item id → category id. */
  placed: Record<string, string> = $state({});
  readonly #itemIds: readonly string[];

  constructor(itemIds: readonly string[], categoryIds: readonly string[], initial?: QuestionResponse) {
    this.#itemIds = itemIds;
    if (initial?.type !== 'sort') return;
    const placed: Record<string, string> = {};
    for (const id of itemIds) {
      const category = initial.placed[id];
      if (category !== undefined && categoryIds.includes(category)) placed[id] = category;
    }
    this.placed = placed;
  }

  categoryOf(itemId: string): string | undefined {
    return this.placed[itemId];
  }

  put(itemId: string, categoryId: string): void {
    this.placed = { ...this.placed, [itemId]: categoryId };
  }

  /** The item ids in this category, in the order of the items. */
  itemsIn(categoryId: string): string[] {
    return this.#itemIds.filter((id) => this.placed[id] === categoryId);
  }

  get ready(): boolean {
    return this.#itemIds.every((id) => this.placed[id] !== undefined);
  }

  get response(): QuestionResponse {
    return { type: 'sort', placed: { ...this.placed } };
  }
}
