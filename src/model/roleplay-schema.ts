/**
 * The role-play block: a branching conversation in which the learner, as the service advisor,
 * chooses what to say. The graph rules (reachability, endings, loops) are checked in
 * roleplay-check.ts, where they can point at lines.
 */
import { z } from 'zod';
import { MOOD_MAX, MOOD_MIN, OUTCOMES, SPEAKERS } from './roleplay-scale.ts';
import { id, markdown, plain, scored } from './schema-parts.ts';


const mood = z.number().int().min(MOOD_MIN).max(MOOD_MAX);

export const RoleplayChoice = z
  .object({
    text: plain.describe('What the advisor says.'),
    next: id.describe('The node that follows.'),
    mood: z.number().int().min(-2).max(2).default(0).describe("The change in the customer's mood, -2 to +2."),
    points: z.number().int().min(0).max(3).default(0).describe('0 to 3; the choice with the most points at a decision is the best one.'),
    note: plain.describe('For the debrief: why this helped or hurt.'),
  })
  .strict();

export const RoleplayNode = z
  .object({
    id,
    step: id.optional().describe('The stage (one of `steps`) this moment belongs to.'),
    speaker: z.enum(SPEAKERS).default('customer'),
    text: plain,
    choices: z.array(RoleplayChoice).min(2).max(4).optional().describe('A decision: what the advisor could say.'),
    next: id.optional().describe('A line without a decision continues here.'),
    ending: z.enum(OUTCOMES).optional().describe('Marks an ending and how it went.'),
  })
  .strict()
  .describe('A line of the conversation, or narration; exactly one of choices, next, ending.');

export const RoleplayBlock = z
  .object({
    type: z.literal('roleplay'),
    ...scored,
    attempts: scored.attempts.default(3).describe('How many times the role-play may be played for the score.'),
    title: plain,
    intro: markdown.optional().describe('The scene, shown before the first line.'),
    cast: z
      .object({ customer: plain, advisor: plain, manager: plain.optional() })
      .strict()
      .describe('The names shown on the speech bubbles; the learner plays the advisor.'),
    mood: mood.default(1).describe("The customer's mood at the start: 0 furious … 4 satisfied."),
    steps: z
      .array(z.object({ id, title: plain }).strict())
      .optional()
      .describe('The stages of the conversation, shown as progress.'),
    start: id.describe('The node the conversation starts at.'),
    strategy: markdown.optional().describe('The strategy for this kind of customer, shown at the end.'),
    nodes: z.array(RoleplayNode).min(2),
  })
  .strict()
  .describe('A branching conversation: the learner, as the service advisor, chooses what to say.');
