import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/model/problem.ts';
import * as bad from './bad-inputs.ts';
import { expectProblem, onlyProblem, problemsOf } from './course-text.ts';

describe('schema problems', () => {
  it('reports an unknown top-level key at the key itself', () => {
    expectProblem(onlyProblem(bad.unknownTopKey), { line: 4, col: 1, words: ['unknown key "tittle"'] });
  });

  it('reports an unknown key inside a block at the key itself', () => {
    expectProblem(onlyProblem(bad.unknownBlockKey), {
      line: 13,
      col: 9,
      words: ['pages[0].blocks[0]', 'unknown key "colour"'],
    });
  });

  it('says a numeric version should be text', () => {
    expectProblem(onlyProblem(bad.numericVersion), { line: 5, col: 10, words: ['version', 'expected text', 'found number'] });
  });

  it('says pages must be a list', () => {
    expectProblem(onlyProblem(bad.pagesNotAList), { line: 6, col: 8, words: ['pages', 'expected a list', '"foo"'] });
  });

  it('says a quoted passing score is text, not a number', () => {
    expectProblem(onlyProblem(bad.passingScoreText), {
      line: 6,
      col: 15,
      words: ['passingScore', 'expected a number', 'text "80"'],
    });
  });

  it('reports a missing required key', () => {
    expectProblem(onlyProblem(bad.missingTitle), { line: 1, col: 1, words: ['title', 'missing'] });
  });

  it('lists the page types for an unknown page type, at the type value', () => {
    expectProblem(onlyProblem(bad.unknownPageType), {
      line: 8,
      col: 11,
      words: ['pages[0].type', 'unknown page type "contnet"', 'content'],
    });
  });

  it('lists the block types for an unknown block type, at the type value', () => {
    expectProblem(onlyProblem(bad.unknownBlockType), {
      line: 13,
      col: 15,
      words: ['unknown block type "revael"', 'text', 'image', 'reveal', 'popup', 'steps', 'hint', 'jump'],
    });
  });

  it('lists the languages for an unknown language', () => {
    expectProblem(onlyProblem(bad.frenchLanguage), { line: 4, col: 11, words: ['language', 'zh-CN', 'en'] });
  });

  it('reports several problems at once, sorted by line', () => {
    const problems = problemsOf(bad.severalMistakes);
    expect(problems.map(formatProblem)).toHaveLength(4);
    expectProblem(problems[0], { line: 4, col: 1, words: ['unknown key "tittle"'] });
    expectProblem(problems[1], { line: 5, col: 11, words: ['language', 'zh-CN'] });
    expectProblem(problems[2], { line: 6, col: 10, words: ['version', 'found number'] });
    expectProblem(problems[3], { line: 14, col: 15, words: ['unknown block type "revael"'] });
  });
});

describe('YAML problems', () => {
  it('reports a duplicate key at the second occurrence', () => {
    expectProblem(onlyProblem(bad.duplicateTopKey), { line: 6, col: 1, words: ['duplicate'] });
  });

  it('reports a duplicate key inside a block at the second occurrence', () => {
    expectProblem(onlyProblem(bad.duplicateBlockKey), { line: 13, col: 9, words: ['duplicate'] });
  });

  it('reports every line indented with a tab', () => {
    const problems = problemsOf(bad.tabIndented);
    expect(problems.map(formatProblem)).toHaveLength(2);
    expectProblem(problems[0], { line: 9, col: 3, words: ['tab', 'spaces'] });
    expectProblem(problems[1], { line: 20, col: 1, words: ['tab', 'spaces'] });
  });

  it('says an empty file is empty', () => {
    expectProblem(onlyProblem(bad.emptyFile), { line: 1, col: 1, words: ['empty'] });
    expectProblem(onlyProblem(new Uint8Array(0)), { line: 1, col: 1, words: ['empty'] });
  });

  it('says a file of only comments and blank lines is empty', () => {
    expectProblem(onlyProblem(bad.onlyComments), { line: 1, col: 1, words: ['empty'] });
  });

  it('reports invalid UTF-8 at the line and column of the bad bytes', () => {
    expectProblem(onlyProblem(bad.invalidUtf8), { line: 3, col: 13, words: ['UTF-8'] });
  });

  it('counts the column of invalid UTF-8 in characters, not bytes', () => {
    expectProblem(onlyProblem(bad.invalidUtf8AfterChinese), { line: 3, col: 11, words: ['UTF-8'] });
  });

  it('refuses an alias bomb quickly, with a message about aliases', () => {
    const start = performance.now();
    const problem = onlyProblem(bad.aliasBomb);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(problem.message).toMatch(/alias/i);
  });

  it('refuses a 10 MB file, saying its size and the limit', () => {
    const problem = onlyProblem(bad.tenMegabytes);
    expect(problem.message).toMatch(/\b10(\.0)? MB\b/);
    expect(problem.message).toMatch(/at most 1(\.0)? MB/);
  });

  it('says a course is one YAML document', () => {
    expectProblem(onlyProblem(bad.twoDocuments), { line: 28, col: 1, words: ['one', 'document'] });
  });

  it('reports an unclosed flow sequence without throwing', () => {
    const problems = problemsOf(bad.unclosedFlowSequence);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.message.includes(']')), problems.map(formatProblem).join('\n')).toBe(true);
  });

  it('points an unclosed flow sequence at its opening bracket', () => {
    // `    title: [Welcome` on line 9: the trainer's mistake is the `[` at column 12.
    expectProblem(problemsOf(bad.unclosedFlowSequence)[0], { line: 9, col: 12, words: [']'] });
  });
});
