/**
 * Shared helpers for the course-model tests: a small valid course as YAML text (with line
 * numbers the tests refer to), ways to tweak it line by line, and assertions on problems.
 */
import { expect } from 'vitest';
import { parseCourse, type ParseResult } from '../../../src/model/parse-course.ts';
import { formatProblem, type Problem } from '../../../src/model/problem.ts';
import type { Course } from '../../../src/model/schema.ts';
import type { AssetExists } from '../../../src/model/cross-check.ts';

/** The file name passed to parseCourse, as a trainer would see it in messages. */
export const FILE = 'courses/demo/course.yaml';

/** The one asset file the demo course refers to (line 23). */
export const IMAGE_PATH = 'images/a.svg';

/**
 * A minimal valid course. Tests refer to these line numbers (1-based):
 *
 *  1 id            7 page "intro"        13 reveal block "facts"   18 page "detail"
 *  3 title         8 page type           14 reveal id              22 image block, 23 src
 *  4 language     11 text block          16 reveal item            25 jump block, 27 target
 *  5 version      12 text body
 */
export const COURSE_LINES: readonly string[] = [
  'id: demo', //                           1
  'code: DEMO-1', //                       2
  'title: Demo course', //                 3
  'language: en', //                       4
  'version: 1.0.0', //                     5
  'pages:', //                             6
  '  - id: intro', //                      7
  '    type: content', //                  8
  '    title: Welcome', //                 9
  '    blocks:', //                       10
  '      - type: text', //                11
  '        body: Hello **there**.', //    12
  '      - type: reveal', //              13
  '        id: facts', //                 14
  '        items:', //                    15
  '          - label: Why?', //           16
  '            content: Because.', //     17
  '  - id: detail', //                    18
  '    type: content', //                 19
  '    title: Detail', //                 20
  '    blocks:', //                       21
  '      - type: image', //               22
  `        src: ${IMAGE_PATH}`, //        23
  '        alt: A picture', //            24
  '      - type: jump', //                25
  '        label: Back to the start', //  26
  '        target: intro', //             27
];

/** The demo course as text, optionally tweaked (the callback edits a copy of the lines). */
export function courseText(edit?: (lines: string[]) => void): string {
  const lines = [...COURSE_LINES];
  edit?.(lines);
  return `${lines.join('\n')}\n`;
}

function checkLine(lines: readonly string[], n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > lines.length) {
    throw new Error(`test helper: there is no line ${n} (the text has ${lines.length} lines)`);
  }
}

/** Replaces line `n` (1-based). */
export function setLine(lines: string[], n: number, text: string): void {
  checkLine(lines, n);
  lines[n - 1] = text;
}

/** Inserts lines after line `n` (1-based; 0 inserts at the top). */
export function insertAfter(lines: string[], n: number, ...added: string[]): void {
  if (n !== 0) checkLine(lines, n);
  lines.splice(n, 0, ...added);
}

/** Removes line `n` (1-based). */
export function removeLine(lines: string[], n: number): void {
  checkLine(lines, n);
  lines.splice(n - 1, 1);
}

/** Asset check used by default: only the demo image exists. */
export const onlyDemoImage: AssetExists = (rel) => rel === IMAGE_PATH;

export function parse(input: Uint8Array | string, assetExists: AssetExists = onlyDemoImage): ParseResult {
  return parseCourse(input, { file: FILE, assetExists });
}

/** The parsed course; fails the test, listing the problems, when it does not parse. */
export function courseOf(input: Uint8Array | string, assetExists: AssetExists = onlyDemoImage): Course {
  const result = parse(input, assetExists);
  if (!result.ok) return expect.unreachable(`expected the course to parse, got:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.course;
}

/** The problems found; fails the test when the course parses. */
export function problemsOf(input: Uint8Array | string, assetExists: AssetExists = onlyDemoImage): Problem[] {
  const result = parse(input, assetExists);
  if (result.ok) return expect.unreachable('expected problems, but the course parsed');
  return result.problems;
}

/** The single problem found; fails the test when there are none or several. */
export function onlyProblem(input: Uint8Array | string, assetExists: AssetExists = onlyDemoImage): Problem {
  const problems = problemsOf(input, assetExists);
  const [first, ...rest] = problems;
  if (first === undefined || rest.length > 0) {
    return expect.unreachable(`expected exactly one problem, got:\n${problems.map(formatProblem).join('\n')}`);
  }
  return first;
}

export interface ExpectedProblem {
  readonly line: number;
  readonly col: number;
  /** Words the message must contain (case-sensitive). */
  readonly words: readonly string[];
}

/** Checks a problem's file, line, column and the key words of its message. */
export function expectProblem(problem: Problem | undefined, expected: ExpectedProblem): void {
  if (problem === undefined) return expect.unreachable(`expected a problem at ${expected.line}:${expected.col}`);
  const shown = formatProblem(problem);
  expect(problem.file, shown).toBe(FILE);
  expect({ line: problem.line, col: problem.col }, shown).toEqual({ line: expected.line, col: expected.col });
  for (const word of expected.words) expect(problem.message, shown).toContain(word);
}

/** A problem message as a trainer reads it: one line, no stack trace. */
export function expectReadableMessage(problem: Problem): void {
  const shown = formatProblem(problem);
  expect(problem.message.trim(), shown).not.toBe('');
  expect(problem.message, shown).not.toMatch(/\n/);
  expect(problem.message, shown).not.toMatch(/^\s*at\s/m);
  expect(problem.message, shown).not.toMatch(/\bat \S+ \(?\S+\.(?:[cm]?js|ts):\d+:\d+\)?/);
  expect(problem.line, shown).toBeGreaterThanOrEqual(1);
  expect(problem.col, shown).toBeGreaterThanOrEqual(1);
}
