/**
 * Shared fixtures for the question tests: one question of each type (with the schema defaults
 * applied), a course holding them, and a learner who has seen every page.
 */
import { startState, type LearnerState } from '../../../src/engine/learner-state.ts';
import type {
  ChoiceBlock,
  Course,
  MatchBlock,
  OrderBlock,
  Page,
  QuestionBlock,
  SortBlock,
  TrueFalseBlock,
} from '../../../src/model/schema.ts';

const DEFAULTS: { weight: number; required: boolean; attempts: number } = { weight: 1, required: true, attempts: 1 };

/** a → x, b → y, c → z. */
export function matchBlock(extra: Partial<MatchBlock> = {}): MatchBlock {
  return {
    type: 'match',
    id: 'q-match',
    prompt: '**Match** each `term` to its [meaning](https://example.com).',
    ...DEFAULTS,
    items: [
      { id: 'a', text: 'A', target: 'x' },
      { id: 'b', text: 'B', target: 'y' },
      { id: 'c', text: 'C', target: 'z' },
    ],
    targets: [
      { id: 'x', text: 'X' },
      { id: 'y', text: 'Y' },
      { id: 'z', text: 'Z' },
    ],
    mode: 'immediate',
    ...extra,
  };
}

/** i1, i3 → cat-1; i2, i4 → cat-2. */
export function sortBlock(extra: Partial<SortBlock> = {}): SortBlock {
  return {
    type: 'sort',
    id: 'q-sort',
    prompt: 'Sort the items.',
    ...DEFAULTS,
    categories: [
      { id: 'cat-1', text: 'One' },
      { id: 'cat-2', text: 'Two' },
    ],
    items: [
      { id: 'i1', text: 'I1', category: 'cat-1' },
      { id: 'i2', text: 'I2', category: 'cat-2' },
      { id: 'i3', text: 'I3', category: 'cat-1' },
      { id: 'i4', text: 'I4', category: 'cat-2' },
    ],
    ...extra,
  };
}

/** The right order is s1, s2, s3 (and s4 when `steps` is 4). */
export function orderBlock(steps = 3, extra: Partial<OrderBlock> = {}): OrderBlock {
  return {
    type: 'order',
    id: 'q-order',
    prompt: '# Put the steps in order',
    ...DEFAULTS,
    items: Array.from({ length: steps }, (_, i) => ({ id: `s${i + 1}`, text: `Step ${i + 1}` })),
    ...extra,
  };
}

/** o1 and o2 are right, o3 and o4 are not. */
export function multipleChoiceBlock(extra: Partial<ChoiceBlock> = {}): ChoiceBlock {
  return {
    type: 'choice',
    id: 'q-multi',
    prompt: 'Pick _all_ that apply.',
    ...DEFAULTS,
    options: [
      { id: 'o1', text: 'O1', correct: true },
      { id: 'o2', text: 'O2', correct: true },
      { id: 'o3', text: 'O3', correct: false },
      { id: 'o4', text: 'O4', correct: false },
    ],
    ...extra,
  };
}

/** Only `b` is right. */
export function singleChoiceBlock(extra: Partial<ChoiceBlock> = {}): ChoiceBlock {
  return {
    type: 'choice',
    id: 'q-single',
    prompt: 'Pick one.',
    ...DEFAULTS,
    options: [
      { id: 'a', text: 'A', correct: false },
      { id: 'b', text: 'B', correct: true },
      { id: 'c', text: 'C', correct: false },
    ],
    ...extra,
  };
}

/** The statement is false. */
export function trueFalseBlock(extra: Partial<TrueFalseBlock> = {}): TrueFalseBlock {
  return {
    type: 'true-false',
    id: 'q-tf',
    prompt: 'The customer is **always** wrong.',
    ...DEFAULTS,
    answer: false,
    ...extra,
  };
}

/** One question of each type (both kinds of choice). */
export function allQuestions(): QuestionBlock[] {
  return [matchBlock(), sortBlock(), orderBlock(), singleChoiceBlock(), multipleChoiceBlock(), trueFalseBlock()];
}

function questionPage(q: QuestionBlock): Page {
  return { id: `page-${q.id}`, type: 'content', title: q.id, optional: false, blocks: [q] };
}

/** A course with an intro page, one page per question and an end page. */
export function quizCourse(questions: QuestionBlock[] = allQuestions(), extra: Partial<Course> = {}): Course {
  return {
    id: 'quiz',
    code: 'Q-1',
    title: 'Quiz',
    language: 'en',
    version: '1.0.0',
    scoring: 'last-try',
    pages: [
      { id: 'intro', type: 'content', title: 'Intro', optional: false, blocks: [{ type: 'text', body: 'Hello' }] },
      ...questions.map(questionPage),
      { id: 'end', type: 'content', title: 'End', optional: false, blocks: [{ type: 'results' }] },
    ],
    ...extra,
  };
}

/** A learner on the last page who has seen every page (and finished nothing). */
export function sawEverything(course: Course): LearnerState {
  const pages = course.pages.map((p) => p.id);
  return { ...startState(course), page: pages.at(-1) ?? '', visited: pages };
}
