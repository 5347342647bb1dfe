/** Field shapes shared by the block schemas. */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const id = z
  .string()
  .regex(ID_PATTERN, 'an id uses lower-case letters, digits and hyphens, e.g. "service-types"')
  .describe('Identifier, unique within the course: lower-case letters, digits and hyphens.');

export const plain = z.string().trim().min(1, 'must not be empty');

export const markdown = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .describe('Markdown. **Bold** is shown in the highlight colour; raw HTML is shown as text.');

export const required = z
  .boolean()
  .default(false)
  .describe('The learner must finish this interaction before 下一页 is enabled; it counts for completion.');

/** What every question has: one contract, so scoring, gating and tracking treat them alike. */
export const scored = {
  id,
  weight: z.number().min(0).default(1).describe('Its share of the course score; 0 = practice, not scored.'),
  required: z.boolean().default(true).describe('Must be answered (确认) before 下一页 is enabled.'),
  attempts: z.number().int().min(1).max(9).default(1).describe('How many times the learner may answer (确认).'),
};

export const question = {
  ...scored,
  prompt: markdown.describe('The question, as the learner reads it.'),
  correctFeedback: markdown.optional().describe('Shown after a right answer.'),
  incorrectFeedback: markdown.optional().describe('Shown after a wrong answer.'),
};
