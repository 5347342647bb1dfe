/**
 * The course schema: the single source of the course types, of validation and of the editor
 * JSON Schema (`schema/course.schema.json`, written by `npm run schema`).
 *
 * Adding a block or page type means adding one entry here and one component in the player.
 */
import { z } from 'zod';
import { id, markdown, plain, question, required } from './schema-parts.ts';
import { RoleplayBlock } from './roleplay-schema.ts';

export { ID_PATTERN } from './schema-parts.ts';

export const TextBlock = z
  .object({
    type: z.literal('text'),
    id: id.optional(),
    body: markdown,
  })
  .strict()
  .describe('Markdown text.');

export const ImageBlock = z
  .object({
    type: z.literal('image'),
    id: id.optional(),
    src: plain.describe('A file inside the course folder, e.g. images/advisor.svg.'),
    alt: plain.describe('What the image shows, for learners who cannot see it.'),
    caption: plain.optional(),
  })
  .strict()
  .describe('An image from the course folder.');

export const RevealItem = z
  .object({
    label: plain.describe('What the learner clicks.'),
    content: markdown.describe('What appears.'),
  })
  .strict();

export const RevealBlock = z
  .object({
    type: z.literal('reveal'),
    id,
    style: z
      .enum(['arrow', 'box', 'bubble'])
      .default('box')
      .describe(
        'arrow: a row per item whose arrow shows a label on the right; box: boxes that open; ' +
          'bubble: each label is a speech bubble, answered by a second bubble with what it reveals.',
      ),
    items: z.array(RevealItem).min(1),
    required,
  })
  .strict()
  .describe('Click-to-reveal: arrows, boxes or a speech bubble that show hidden content.');

export const PopupBlock = z
  .object({
    type: z.literal('popup'),
    id,
    trigger: plain.describe('The button that opens the popup.'),
    title: plain,
    body: markdown,
    required,
  })
  .strict()
  .describe('A button that opens a modal dialog.');

export const Step = z
  .object({
    title: plain,
    body: markdown.optional(),
    say: plain.optional().describe('What is said at this step, shown as a speech bubble.'),
  })
  .strict();

export const StepsBlock = z
  .object({
    type: z.literal('steps'),
    id,
    steps: z.array(Step).min(2, 'a step sequence needs at least 2 steps'),
    required,
  })
  .strict()
  .describe('Steps revealed one at a time with ◀ ▶.');

export const HintBlock = z
  .object({
    type: z.literal('hint'),
    id,
    label: plain.describe('The words the hint explains.'),
    hint: plain.describe('Shown while the pointer is over the label or the label has focus.'),
  })
  .strict()
  .describe('A hint shown on hover or keyboard focus.');

export const JumpBlock = z
  .object({
    type: z.literal('jump'),
    id: id.optional(),
    label: plain,
    target: id.describe('The id of the page to go to; 返回 on that page comes back here.'),
  })
  .strict()
  .describe('A link to another page; 返回 on that page comes back.');

const Choice = z.object({ id, text: plain }).strict();

export const MatchBlock = z
  .object({
    type: z.literal('match'),
    ...question,
    items: z
      .array(z.object({ id, text: plain, target: id.describe('The id of the answer it belongs to.') }).strict())
      .min(2),
    targets: z.array(Choice).min(1),
    mode: z
      .enum(['immediate', 'on-confirm'])
      .default('immediate')
      .describe('immediate: a line appears only for a right pair, a wrong pair vanishes (and counts); on-confirm: every pair is drawn and judged at 确认.'),
  })
  .strict()
  .describe('连线题: drag each statement onto its answer.');

export const SortBlock = z
  .object({
    type: z.literal('sort'),
    ...question,
    categories: z.array(Choice).min(2),
    items: z.array(z.object({ id, text: plain, category: id }).strict()).min(2),
  })
  .strict()
  .describe('Sort items into categories.');

export const OrderBlock = z
  .object({
    type: z.literal('order'),
    ...question,
    items: z.array(Choice).min(2).describe('The steps in their right order; the learner sees them shuffled.'),
  })
  .strict()
  .describe('Put steps in sequence.');

export const ChoiceBlock = z
  .object({
    type: z.literal('choice'),
    ...question,
    options: z
      .array(z.object({ id, text: plain, correct: z.boolean().default(false), feedback: plain.optional() }).strict())
      .min(2),
  })
  .strict()
  .describe('Single or multiple choice: several options marked correct make it multiple choice.');

export const TrueFalseBlock = z
  .object({
    type: z.literal('true-false'),
    ...question,
    answer: z.boolean().describe('Whether the statement in the prompt is true.'),
  })
  .strict()
  .describe('A statement the learner judges true (对) or false (错).');

export const ChartBlock = z
  .object({
    type: z.literal('chart'),
    id: id.optional(),
    title: plain.describe('What the chart shows; also the caption of its table.'),
    unit: z.string().max(8).optional().describe('Appended to every value, e.g. "%".'),
    caption: markdown.optional().describe('The point of the chart, shown under it.'),
    bars: z
      .array(
        z
          .object({
            label: plain,
            value: z.number().min(0).describe('A number; ranges such as "10 to 20" belong in the label or the note.'),
            note: plain.optional().describe('Shown beside the value, e.g. where the figure comes from.'),
          })
          .strict(),
      )
      .min(1)
      .max(12),
  })
  .strict()
  .describe('Figures drawn as a bar chart by the player, with a table as its text alternative.');

export const ResultsBlock = z
  .object({ type: z.literal('results'), id: id.optional() })
  .strict()
  .describe("The learner's score and, for each scored question, their answer and the right one.");

export const Block = z.discriminatedUnion('type', [
  TextBlock,
  ImageBlock,
  RevealBlock,
  PopupBlock,
  StepsBlock,
  HintBlock,
  JumpBlock,
  MatchBlock,
  SortBlock,
  OrderBlock,
  ChoiceBlock,
  TrueFalseBlock,
  RoleplayBlock,
  ChartBlock,
  ResultsBlock,
]);

export const ContentPage = z
  .object({
    id,
    type: z.literal('content'),
    title: plain,
    section: plain.optional().describe('A small label above the title, e.g. the chapter.'),
    optional: z
      .boolean()
      .default(false)
      .describe('Not needed for completion, e.g. a detail page reached by a jump.'),
    blocks: z.array(Block).min(1),
  })
  .strict()
  .describe('A page of text, images and content interactions.');

export const Page = z.discriminatedUnion('type', [ContentPage]);

export const LANGUAGES = ['zh-CN', 'en'] as const;

export const Course = z
  .object({
    $schema: z.string().optional(),
    id,
    code: plain.describe('The course code shown in the header, e.g. FM-1-B2.'),
    title: plain,
    language: z.enum(LANGUAGES).describe('The language of the course text and of the player.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'a version looks like 1.0.0')
      .describe('The course version, as major.minor.patch.'),
    passingScore: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('The pass mark in percent; without it the course is completion only.'),
    scoring: z
      .enum(['first-try', 'last-try'])
      .default('last-try')
      .describe('Which attempt of a question counts for the score: the first or the last.'),
    pages: z.array(Page).min(1, 'a course needs at least one page'),
  })
  .strict()
  .describe('A Courseloom course.');

export type Course = z.output<typeof Course>;
export type Page = z.output<typeof Page>;
export type ContentPage = z.output<typeof ContentPage>;
export type Block = z.output<typeof Block>;
export type BlockType = Block['type'];
export type TextBlock = z.output<typeof TextBlock>;
export type ImageBlock = z.output<typeof ImageBlock>;
export type RevealBlock = z.output<typeof RevealBlock>;
export type PopupBlock = z.output<typeof PopupBlock>;
export type StepsBlock = z.output<typeof StepsBlock>;
export type HintBlock = z.output<typeof HintBlock>;
export type JumpBlock = z.output<typeof JumpBlock>;
export type MatchBlock = z.output<typeof MatchBlock>;
export type SortBlock = z.output<typeof SortBlock>;
export type OrderBlock = z.output<typeof OrderBlock>;
export type ChoiceBlock = z.output<typeof ChoiceBlock>;
export type TrueFalseBlock = z.output<typeof TrueFalseBlock>;
export type ResultsBlock = z.output<typeof ResultsBlock>;
export type ChartBlock = z.output<typeof ChartBlock>;
export type RoleplayBlock = z.output<typeof RoleplayBlock>;
export type RoleplayNode = RoleplayBlock['nodes'][number];
export type RoleplayChoice = NonNullable<RoleplayNode['choices']>[number];
export type QuestionBlock = MatchBlock | SortBlock | OrderBlock | ChoiceBlock | TrueFalseBlock | RoleplayBlock;
export type Language = Course['language'];

/** Blocks the learner finishes (and that may gate 下一页). */
export type InteractionBlock = Extract<Block, { required: boolean }>;

/** The editor JSON Schema: what a trainer may write (defaults not yet applied). */
export function courseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Course, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://courseloom.local/schema/course.schema.json',
    title: 'Courseloom course',
  };
}
