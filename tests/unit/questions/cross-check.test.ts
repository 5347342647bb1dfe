import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../../src/model/parse-course.ts';
import { formatProblem, type Problem } from '../../../src/model/problem.ts';

const FILE = 'courses/quiz/course.yaml';

/** A valid course with one question of each kind the cross-check looks at. */
const QUIZ = [
  'id: quiz',
  'code: Q-1',
  'title: Quiz',
  'language: en',
  'version: 1.0.0',
  'scoring: first-try',
  'pages:',
  '  - id: questions',
  '    type: content',
  '    title: Questions',
  '    blocks:',
  '      - type: match',
  '        id: q-match',
  '        prompt: Match them.',
  '        items:',
  '          - id: a',
  '            text: A',
  '            target: x',
  '          - id: b',
  '            text: B',
  '            target: y',
  '        targets:',
  '          - id: x',
  '            text: X',
  '          - id: y',
  '            text: Y',
  '      - type: sort',
  '        id: q-sort',
  '        prompt: Sort them.',
  '        categories:',
  '          - id: good',
  '            text: Good',
  '          - id: bad',
  '            text: Bad',
  '        items:',
  '          - id: i1',
  '            text: I1',
  '            category: good',
  '          - id: i2',
  '            text: I2',
  '            category: bad',
  '      - type: choice',
  '        id: q-choice',
  '        prompt: Pick one.',
  '        options:',
  '          - id: o1',
  '            text: O1',
  '            correct: true',
  '          - id: o2',
  '            text: O2',
].join('\n');

/** The quiz with one line replaced; fails when the line is not there exactly once. */
function withLine(from: string, to: string): string {
  const lines = QUIZ.split('\n');
  const found = lines.filter((line) => line === from).length;
  if (found !== 1) throw new Error(`test helper: "${from}" is on ${found} lines`);
  return lines.map((line) => (line === from ? to : line)).join('\n');
}

/** 1-based number of the line that reads exactly `text` (the first, or the nth). */
function lineOf(text: string, yaml: string, nth = 1): number {
  const numbers = yaml.split('\n').flatMap((line, i) => (line === text ? [i + 1] : []));
  const n = numbers[nth - 1];
  if (n === undefined) throw new Error(`test helper: no line ${JSON.stringify(text)} #${nth}`);
  return n;
}

function problemsOf(yaml: string): Problem[] {
  const result = parseCourse(yaml, { file: FILE, assetExists: () => true });
  if (result.ok) return expect.unreachable('expected problems, but the course parsed');
  return result.problems;
}

function onlyProblem(yaml: string): Problem {
  const problems = problemsOf(yaml);
  const [first, ...rest] = problems;
  if (first === undefined || rest.length > 0) {
    return expect.unreachable(`expected exactly one problem, got:\n${problems.map(formatProblem).join('\n')}`);
  }
  return first;
}

describe('question cross-checks', () => {
  it('accepts the valid quiz', () => {
    const result = parseCourse(QUIZ, { file: FILE, assetExists: () => true });
    if (!result.ok) return expect.unreachable(result.problems.map(formatProblem).join('\n'));
    expect(result.course.scoring).toBe('first-try');
  });

  it('reports a match statement whose target does not exist, at its line, listing the answers', () => {
    const yaml = withLine('            target: y', '            target: nowhere');
    const problem = onlyProblem(yaml);
    expect(problem.file).toBe(FILE);
    expect(problem.line).toBe(lineOf('            target: nowhere', yaml));
    expect(problem.col).toBe(21);
    expect(problem.message).toContain('"nowhere"');
    expect(problem.message).toContain('"b"');
    expect(problem.message).toMatch(/x, y/);
    expect(problem.message).not.toMatch(/\n/);
  });

  it('reports a sort item with an unknown category, at its line, listing the categories', () => {
    const yaml = withLine('            category: bad', '            category: ugly');
    const problem = onlyProblem(yaml);
    expect(problem.line).toBe(lineOf('            category: ugly', yaml));
    expect(problem.message).toContain('"ugly"');
    expect(problem.message).toContain('"i2"');
    expect(problem.message).toMatch(/good, bad/);
  });

  it('reports a choice with no correct option, at its options', () => {
    const yaml = withLine('            correct: true', '            correct: false');
    const problem = onlyProblem(yaml);
    expect(problem.line).toBe(lineOf('          - id: o1', yaml));
    expect(problem.message).toContain('"q-choice"');
    expect(problem.message).toContain('correct');
  });

  it('reports an id used twice inside one question (a statement and an answer), at the second one', () => {
    const yaml = withLine('          - id: x', '          - id: a').replace('            target: x', '            target: a');
    const problem = onlyProblem(yaml);
    expect(problem.line).toBe(lineOf('          - id: a', yaml, 2));
    expect(problem.col).toBe(17);
    expect(problem.message).toContain('"a"');
    expect(problem.message).toContain('twice');
  });

  it('reports two options with the same id, at the second one', () => {
    const yaml = withLine('          - id: o2', '          - id: o1');
    const problem = onlyProblem(yaml);
    expect(problem.line).toBe(lineOf('          - id: o1', yaml, 2));
    expect(problem.message).toContain('"o1"');
    expect(problem.message).toContain('twice');
  });

  it('allows the same part id in two different questions', () => {
    const yaml = withLine('          - id: i1', '          - id: a');
    const result = parseCourse(yaml, { file: FILE, assetExists: () => true });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
