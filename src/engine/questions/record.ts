/** A confirmed answer as the LMS should record it (formatted per version by the SCORM layer). */
import type { QuestionBlock } from '../../model/schema.ts';
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
  }
}

/** The prompt as plain text: the LMS shows descriptions without Markdown. */
export function plainText(markdown: string): string {
  return markdown.replace(/[*_`#>]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

export function interactionRecord(
  block: QuestionBlock,
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
