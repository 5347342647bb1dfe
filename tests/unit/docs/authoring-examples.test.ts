/**
 * Every YAML example in the trainer's guide (docs/authoring.md) is true: it parses and passes the
 * same checks as `courseloom validate`.
 *
 * Each ```yaml fence of the guide is one example:
 * - a whole course (it has a top-level `pages:`) must parse without problems as it is;
 * - a block fragment (it starts with `- type:` or `type:`, not `type: content`) is put on a page
 *   of a small course (page "intro" before it, optional page "details" after it, so that jump
 *   examples have targets), and must parse without problems;
 * - a page fragment (it starts with `- id:` and has `type: content`) is put into that course's
 *   `pages:` (with "intro" and "details" added unless the fragment has pages of those ids).
 * Any other yaml fence fails the test, so that no example goes unchecked. The course of every
 * valid example must also keep its saved state within SCORM 1.2's limit, as `courseloom validate`
 * requires.
 * The course folder is taken to hold one file, `images/example.svg` (made by `courseloom new`).
 *
 * A fence directly preceded by one or more `<!-- expect-problem: TEXT -->` lines is a broken
 * example (the guide shows what the validator says about it): it must fail, and each TEXT must be
 * part of some problem message.
 *
 * Problems are reported at the guide's own line numbers, so a failing example is easy to find.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worstCaseStateSize } from '../../../src/engine/state-codec.ts';
import { parseCourse, type ParseResult } from '../../../src/model/parse-course.ts';
import { Block, type Course } from '../../../src/model/schema.ts';
import { scorm12 } from '../../../src/scorm/cmi-12.ts';

const GUIDE = 'docs/authoring.md';
const EXAMPLE_IMAGE = 'images/example.svg';

/** The block types the schema knows, each of which the guide must show in a valid example. */
const BLOCK_TYPES: readonly string[] = Block.options.map((option) => option.shape.type.value);

type Kind = 'course' | 'pages' | 'blocks';

interface Example {
  /** The guide's line number of the example's first line. */
  readonly line: number;
  readonly text: string;
  readonly kind: Kind;
  /** For broken examples: words the problems must contain. Empty for valid examples. */
  readonly expected: readonly string[];
}

interface Wrapped {
  readonly text: string;
  /** Lines of skeleton before the example's first line. */
  readonly before: number;
  /** Spaces added in front of each of the example's lines. */
  readonly indent: number;
}

const HEADER = ['id: docs-example', 'code: DOC-1', 'title: 示例课程', 'language: zh-CN', 'version: 1.0.0', 'pages:'];

const INTRO_PAGE = ['  - id: intro', '    type: content', '    title: 开始', '    blocks:', '      - type: text', '        body: 示例之前的一页。'];

const DETAILS_PAGE = [
  '  - id: details',
  '    type: content',
  '    title: 详细说明',
  '    optional: true',
  '    blocks:',
  '      - type: text',
  '        body: 示例之后的一页。',
];

const EXAMPLE_PAGE = ['  - id: example', '    type: content', '    title: 示例', '    blocks:'];

function meaningfulLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

function kindOf(text: string): Kind | undefined {
  if (/^pages:/m.test(text)) return 'course';
  const first = meaningfulLines(text)[0] ?? '';
  const typed = /^(?:- )?type:\s*(\S+)/.exec(first);
  if (typed) return typed[1] === 'content' ? 'pages' : 'blocks';
  if (/^- id:/.test(first) && /^\s+type: content\s*$/m.test(text)) return 'pages';
  return undefined;
}

/** The ```yaml fences of the guide, with the expectations written just before them. */
function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const found: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = lines[i] ?? '';
    if (/^\s+```+\s*yaml/.test(fence)) throw new Error(`${GUIDE}:${i + 1}: an indented yaml fence would not be checked; start it at column 1`);
    if (!/^```yaml\s*$/.test(fence)) continue;
    const expected: string[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const marker = /^<!-- expect-problem: (.+) -->$/.exec(lines[j] ?? '');
      if (!marker?.[1]) break;
      expected.unshift(marker[1]);
    }
    const end = lines.findIndex((line, k) => k > i && /^```\s*$/.test(line));
    if (end < 0) throw new Error(`${GUIDE}:${i + 1}: this yaml fence is never closed`);
    const text = lines.slice(i + 1, end).join('\n');
    const kind = kindOf(text);
    if (!kind) {
      throw new Error(
        `${GUIDE}:${i + 2}: cannot tell what this yaml example is: a whole course has "pages:", ` +
          'a block starts with "- type:" or "type:", a page starts with "- id:" and has "type: content"',
      );
    }
    found.push({ line: i + 2, text, kind, expected });
    i = end;
  }
  return found;
}

function hasPage(text: string, id: string): boolean {
  return new RegExp(`^- id: ${id}\\s*$`, 'm').test(text);
}

/** A block written without the list dash becomes one list item. */
function asListItem(text: string): string {
  if (/^- /m.test(meaningfulLines(text)[0] ?? '')) return text;
  let dashed = false;
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line;
      if (!dashed && !line.trimStart().startsWith('#')) {
        dashed = true;
        return `- ${line}`;
      }
      return `  ${line}`;
    })
    .join('\n');
}

function indent(text: string, spaces: number): string[] {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => (line.trim() === '' ? '' : pad + line));
}

function wrap(example: Example): Wrapped {
  if (example.kind === 'course') return { text: example.text, before: 0, indent: 0 };
  if (example.kind === 'pages') {
    const before = [...HEADER, ...(hasPage(example.text, 'intro') ? [] : INTRO_PAGE)];
    const after = hasPage(example.text, 'details') ? [] : DETAILS_PAGE;
    return { text: [...before, ...indent(example.text, 2), ...after].join('\n'), before: before.length, indent: 2 };
  }
  const item = asListItem(example.text);
  const before = [...HEADER, ...INTRO_PAGE, ...EXAMPLE_PAGE];
  // Under the page's `blocks:` (6 spaces), plus the `- ` or `  ` put in front of a block written without its dash.
  const shift = item === example.text ? 6 : 8;
  return { text: [...before, ...indent(item, 6), ...DETAILS_PAGE].join('\n'), before: before.length, indent: shift };
}

function check(wrapped: Wrapped): ParseResult {
  return parseCourse(`${wrapped.text}\n`, {
    file: GUIDE,
    assetExists: (path) => path === EXAMPLE_IMAGE,
    assetFiles: () => [EXAMPLE_IMAGE],
  });
}

/** A problem at the guide's line (and column, as near as the wrapping allows), or in the skeleton. */
function shown(example: Example, wrapped: Wrapped, problem: { line: number; col: number; message: string }): string {
  const offset = problem.line - 1 - wrapped.before;
  const inExample = offset >= 0 && offset < example.text.split('\n').length;
  if (!inExample) return `${GUIDE}:${example.line}: (in the course put around this example, line ${problem.line}) ${problem.message}`;
  return `${GUIDE}:${example.line + offset}:${Math.max(1, problem.col - wrapped.indent)}: ${problem.message}`;
}

function courseOf(example: Example): Course {
  const wrapped = wrap(example);
  const result = check(wrapped);
  if (!result.ok) {
    return expect.unreachable(`the example at ${GUIDE}:${example.line} does not validate:\n${result.problems.map((p) => shown(example, wrapped, p)).join('\n')}`);
  }
  return result.course;
}

const all = examplesOf(readFileSync(GUIDE, 'utf8'));
const valid = all.filter((example) => example.expected.length === 0);
const broken = all.filter((example) => example.expected.length > 0);

describe(`the YAML examples of ${GUIDE}`, () => {
  it('are there: whole courses, pages and blocks', () => {
    expect(valid.length).toBeGreaterThanOrEqual(BLOCK_TYPES.length);
    expect(new Set(valid.map((example) => example.kind))).toEqual(new Set<Kind>(['course', 'pages', 'blocks']));
  });

  it.each(valid.map((example) => [example.line, example.kind, example] as const))('line %i (%s) validates', (_line, _kind, example) => {
    const course = courseOf(example);
    // What `courseloom validate` checks beyond parsing: the saved state fits SCORM 1.2.
    expect(worstCaseStateSize(course)).toBeLessThanOrEqual(scorm12.suspendDataLimit);
  });

  it.each(broken.map((example) => [example.line, example] as const))('line %i is broken the way the guide says', (_line, example) => {
    const wrapped = wrap(example);
    const result = check(wrapped);
    if (result.ok) return expect.unreachable(`the broken example at ${GUIDE}:${example.line} validates`);
    const messages = result.problems.map((p) => shown(example, wrapped, p));
    for (const words of example.expected) {
      expect(messages.some((message) => message.includes(words)), `"${words}" in:\n${messages.join('\n')}`).toBe(true);
    }
  });

  it('show every block type in a valid example', () => {
    const types = new Set<string>(valid.flatMap((example) => courseOf(example).pages.flatMap((page) => page.blocks.map((block) => block.type))));
    expect(BLOCK_TYPES.filter((type) => !types.has(type))).toEqual([]);
  });
});
