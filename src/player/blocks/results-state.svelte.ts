/**
 * The results page: the course score and, per scored question, the learner's answer beside the
 * right one, read live from the player.
 */
import { countedScore, courseQuestions } from '../../engine/questions/answers.ts';
import { rightResponse } from '../../engine/questions/evaluate.ts';
import { questionTitle } from '../../engine/questions/record.ts';
import { replay } from '../../engine/roleplay/conversation.ts';
import { pathStats } from '../../model/roleplay-graph.ts';
import type { QuestionResponse } from '../../engine/questions/response.ts';
import type { QuestionBlock } from '../../model/schema.ts';
import type { CoursePlayer } from '../course-player.svelte.ts';
import type { Translate } from '../i18n.ts';
import { outcomeKey } from './roleplay-state.svelte.ts';

export interface ResultRow {
  readonly id: string;
  readonly question: string;
  /** undefined when unanswered. */
  readonly answer: string | undefined;
  readonly right: string;
  /** In whole percent (0 when unanswered). */
  readonly score: number;
}

const textOf = (list: readonly { id: string; text: string }[], id: string) => list.find((x) => x.id === id)?.text ?? id;

/** A response as the learner reads it: option texts, item → category, steps in order, 对 / 错. */
export function describeResponse(block: QuestionBlock, response: QuestionResponse, t: Translate): string {
  if (block.type === 'choice' && response.type === 'choice') {
    return response.ids.map((id) => textOf(block.options, id)).join('、');
  }
  if (block.type === 'true-false' && response.type === 'true-false') return response.value ? t('true') : t('false');
  if (block.type === 'order' && response.type === 'order') {
    return response.ids.map((id, i) => `${i + 1}. ${textOf(block.items, id)}`).join(' → ');
  }
  if (block.type === 'sort' && response.type === 'sort') {
    return block.items
      .flatMap((item) => {
        const category = response.placed[item.id];
        return category === undefined ? [] : [`${item.text} → ${textOf(block.categories, category)}`];
      })
      .join(t('listSeparator'));
  }
  if (block.type === 'match' && response.type === 'match') {
    return block.items
      .flatMap((item) => {
        const target = response.placed[item.id];
        return target === undefined ? [] : [`${item.text} → ${textOf(block.targets, target)}`];
      })
      .join(t('listSeparator'));
  }
  if (block.type === 'roleplay' && response.type === 'roleplay') {
    const conversation = replay(block, response.path);
    if (!conversation?.outcome) return '';
    const best = conversation.decisions.filter((d) => d.best).length;
    const outcome = t(outcomeKey(conversation.outcome));
    return t('roleplayAnswer', { best, total: conversation.decisions.length, outcome });
  }
  return '';
}

/** The right answer; for a role-play, what the best path asks rather than its every reply. */
function describeRight(block: QuestionBlock, t: Translate): string {
  if (block.type === 'roleplay') return t('roleplayRight', { total: pathStats(block).bestPath.length });
  return describeResponse(block, rightResponse(block), t);
}

export class ResultsState {
  readonly #player: CoursePlayer;
  readonly #t: Translate;
  readonly #questions: QuestionBlock[];

  constructor(player: CoursePlayer, t: Translate) {
    this.#player = player;
    this.#t = t;
    this.#questions = courseQuestions(player.course).filter((q) => q.weight > 0);
  }

  get score(): number | undefined {
    return this.#player.score;
  }

  get passingScore(): number | undefined {
    return this.#player.course.passingScore;
  }

  get passed(): boolean {
    const mark = this.passingScore;
    return mark !== undefined && (this.score ?? 0) >= mark;
  }

  get rows(): ResultRow[] {
    return this.#questions.map((block) => {
      const answer = this.#player.answerOf(block.id);
      return {
        id: block.id,
        question: questionTitle(block),
        answer: answer ? describeResponse(block, answer.response, this.#t) : undefined,
        right: describeRight(block, this.#t),
        score: Math.round(countedScore(this.#player.course, answer) * 100),
      };
    });
  }
}
