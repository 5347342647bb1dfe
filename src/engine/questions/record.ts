/** A confirmed answer as the LMS should record it (formatted per version by the SCORM layer). */
import type { QuestionBlock, RoleplayBlock } from '../../model/schema.ts';
import { choiceLetters } from '../roleplay/record.ts';
import type { InteractionRecord, LearnerResponse } from '../interaction-record.ts';
import { rightResponse } from './evaluate.ts';
import { placedOf } from './response-codec.ts';
import type { Evaluation, QuestionResponse } from './response.ts';

function pairs(block: QuestionBlock, placed: Readonly<Record<string, string>>): [string, string][] {
  const order = block.type === 'match' || block.type === 'sort' ? block.items.map((i) => i.id) : [];
  return order.flatMap((id) => {
    const to = placedOf(placed, id);
    return to === undefined ? [] : [[id, to]];
  });
}

export function lmsResponse(block: QuestionBlock, response: QuestionResponse): LearnerResponse {
  switch (response.type) {
    case 'match':
    case 'sort':
      return { type: 'matching', pairs: pairs(block, response.placed) };
    case 'order':
      return { type: 'sequencing', ids: response.ids };
    case 'choice':
      return { type: 'choice', ids: response.ids };
    case 'true-false':
      return { type: 'true-false', value: response.value };
    case 'roleplay':
      return { type: 'other', text: choiceLetters(response.path).join('') };
  }
}

/** The prompt as plain text: the LMS shows descriptions without Markdown. */
export function plainText(markdown: string): string {
  return markdown.replace(/[*_`#>]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Questions with a prompt, answered at once with 确认. */
export type PromptedQuestion = Exclude<QuestionBlock, RoleplayBlock>;

/** What a question is called where it is listed: its prompt, or a role-play's title. */
export function questionTitle(block: QuestionBlock): string {
  return block.type === 'roleplay' ? block.title : plainText(block.prompt);
}

export function interactionRecord(
  block: PromptedQuestion,
  response: QuestionResponse,
  evaluation: Evaluation,
  answeredAt: number,
  latencyMs: number,
): InteractionRecord {
  return {
    id: block.id,
    description: plainText(block.prompt),
    response: lmsResponse(block, response),
    correct: lmsResponse(block, rightResponse(block)),
    result: evaluation.correct ? 'correct' : 'incorrect',
    weighting: block.weight,
    latencyMs,
    answeredAt,
  };
}

/** The interactions an answer adds: none for a role-play, whose decisions are journaled as they are made. */
export function answerRecords(
  block: QuestionBlock,
  response: QuestionResponse,
  evaluation: Evaluation,
  answeredAt: number,
  latencyMs: number,
): InteractionRecord[] {
  return block.type === 'roleplay' ? [] : [interactionRecord(block, response, evaluation, answeredAt, latencyMs)];
}
