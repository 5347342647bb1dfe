/**
 * 连线题: which statement is on which answer, the wrong tries (immediate mode), the statement
 * picked by click/tap, and what the screen reader hears. Input (drag, keyboard, click) only
 * calls `select`, `choose`, `place` and `remove`; scoring stays in the engine.
 */
import { isRightMatch } from '../../engine/questions/evaluate.ts';
import type { MatchBlock } from '../../model/schema.ts';
import type { Translate } from '../i18n.ts';
import type { QuestionState } from './question-state.svelte.ts';

export interface MatchPair {
  readonly item: string;
  readonly target: string;
}

/** How long a wrong pair's line stays before it vanishes (immediate mode, motion allowed). */
export const FLASH_MS = 700;

export class MatchState {
  /** item id → target id. */
  placed: Record<string, string> = $state({});
  /** Statements dropped once on a wrong answer (immediate mode). */
  missed: string[] = $state([]);
  /** The statement picked by click or tap, waiting for an answer. */
  selected: string | undefined = $state();
  /** A wrong pair shown briefly before it vanishes. */
  flash: MatchPair | undefined = $state();
  /** The live region's text. */
  announcement = $state('');
  readonly #block: MatchBlock;
  readonly #question: QuestionState;
  readonly #t: Translate;
  readonly #animate: () => boolean;
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(block: MatchBlock, question: QuestionState, t: Translate, animate: () => boolean) {
    this.#block = block;
    this.#question = question;
    this.#t = t;
    this.#animate = animate;
    const stored = question.storedResponse;
    if (question.answered && stored?.type === 'match') {
      this.placed = { ...stored.placed };
      this.missed = [...stored.missed];
    }
  }

  get immediate(): boolean {
    return this.#block.mode === 'immediate';
  }

  /** Answered (confirmed, or shown again on return): nothing can be moved until retry. */
  get locked(): boolean {
    return this.#question.answered;
  }

  get ready(): boolean {
    return this.#block.items.every((item) => this.placed[item.id] !== undefined);
  }

  /** The pairs drawn as lines. */
  get pairs(): MatchPair[] {
    return this.#block.items.flatMap((item) => {
      const target = this.placed[item.id];
      return target === undefined ? [] : [{ item: item.id, target }];
    });
  }

  /** Whether this statement can no longer be moved. */
  fixed(itemId: string): boolean {
    return this.locked || (this.immediate && this.placed[itemId] !== undefined);
  }

  /** Right or wrong, once it may be shown: always in immediate mode, after 确认 otherwise. */
  judged(pair: MatchPair): 'right' | 'wrong' | undefined {
    if (!this.immediate && !this.locked) return undefined;
    return isRightMatch(this.#block, pair.item, pair.target) ? 'right' : 'wrong';
  }

  countOn(targetId: string): number {
    return Object.values(this.placed).filter((t) => t === targetId).length;
  }

  itemText(itemId: string): string {
    return this.#block.items.find((i) => i.id === itemId)?.text ?? itemId;
  }

  targetText(targetId: string): string {
    return this.#block.targets.find((t) => t.id === targetId)?.text ?? targetId;
  }

  /** Click or tap on a statement: pick it, or put it down again. */
  select(itemId: string): void {
    if (this.fixed(itemId)) return;
    if (this.selected === itemId) {
      this.selected = undefined;
      this.announce(this.#t('cancelled', { item: this.itemText(itemId) }));
      return;
    }
    this.selected = itemId;
    this.announce(this.#t('matchSelected', { item: this.itemText(itemId) }));
  }

  /** Click or tap on an answer: the picked statement goes there. */
  choose(targetId: string): void {
    const item = this.selected;
    if (item === undefined) return;
    this.selected = undefined;
    this.place(item, targetId);
  }

  picked(itemId: string): void {
    this.selected = undefined;
    this.announce(this.#t('picked', { item: this.itemText(itemId) }));
  }

  cancelled(itemId: string): void {
    this.announce(this.#t('cancelled', { item: this.itemText(itemId) }));
  }

  place(itemId: string, targetId: string): void {
    if (this.fixed(itemId)) return;
    if (this.immediate && !isRightMatch(this.#block, itemId, targetId)) {
      if (!this.missed.includes(itemId)) this.missed.push(itemId);
      this.announce(this.#t('droppedWrong', { item: this.itemText(itemId), target: this.targetText(targetId) }));
      this.#flash({ item: itemId, target: targetId });
      return;
    }
    this.placed[itemId] = targetId;
    this.announce(this.#t('dropped', { target: this.targetText(targetId) }));
  }

  remove(itemId: string): void {
    if (this.fixed(itemId)) return;
    delete this.placed[itemId];
    this.announce(this.#t('cancelled', { item: this.itemText(itemId) }));
  }

  confirm(): void {
    if (!this.ready || this.locked) return;
    this.selected = undefined;
    this.#question.confirm({ type: 'match', placed: { ...this.placed }, missed: [...this.missed] });
  }

  /** A new attempt: every statement back on the left. */
  reset(): void {
    this.placed = {};
    this.missed = [];
    this.selected = undefined;
    this.flash = undefined;
    this.announcement = '';
  }

  announce(text: string): void {
    this.announcement = text;
  }

  #flash(pair: MatchPair): void {
    clearTimeout(this.#flashTimer);
    this.flash = undefined;
    if (!this.#animate()) return;
    this.flash = pair;
    this.#flashTimer = setTimeout(() => {
      this.flash = undefined;
    }, FLASH_MS);
  }
}
