import { describe, expect, it } from 'vitest';
import { parseCourse, type ParseResult } from '../../../src/model/parse-course.ts';
import * as bad from './bad-inputs.ts';
import { expectReadableMessage, FILE } from './course-text.ts';

const INPUTS: { name: string; input: string | Uint8Array }[] = [
  { name: 'unknown top-level key', input: bad.unknownTopKey },
  { name: 'unknown block key', input: bad.unknownBlockKey },
  { name: 'numeric version', input: bad.numericVersion },
  { name: 'pages not a list', input: bad.pagesNotAList },
  { name: 'quoted passing score', input: bad.passingScoreText },
  { name: 'missing title', input: bad.missingTitle },
  { name: 'unknown page type', input: bad.unknownPageType },
  { name: 'unknown block type', input: bad.unknownBlockType },
  { name: 'unknown language', input: bad.frenchLanguage },
  { name: 'several mistakes', input: bad.severalMistakes },
  { name: 'duplicate top-level key', input: bad.duplicateTopKey },
  { name: 'duplicate block key', input: bad.duplicateBlockKey },
  { name: 'tab indentation', input: bad.tabIndented },
  { name: 'empty file', input: bad.emptyFile },
  { name: 'only comments', input: bad.onlyComments },
  { name: 'invalid UTF-8', input: bad.invalidUtf8 },
  { name: 'invalid UTF-8 after Chinese text', input: bad.invalidUtf8AfterChinese },
  { name: 'alias bomb', input: bad.aliasBomb },
  { name: '10 MB input', input: bad.tenMegabytes },
  { name: 'two documents', input: bad.twoDocuments },
  { name: 'unclosed flow sequence', input: bad.unclosedFlowSequence },
  { name: 'duplicate page id', input: bad.duplicatePageId },
  { name: 'duplicate block id', input: bad.duplicateBlockId },
  { name: 'jump to a missing page', input: bad.jumpToMissingPage },
  { name: 'image outside the folder', input: bad.withImage('../x.png') },
  { name: 'image with an absolute path', input: bad.withImage('/abs.png') },
  { name: 'image URL', input: bad.withImage('https://example.com/x.png') },
  { name: 'image with backslashes', input: bad.withImage('C:\\x.png') },
  { name: 'missing image', input: bad.withImage('images/missing.svg') },
];

describe('parseCourse on bad input', () => {
  it.each(INPUTS)('$name: reports problems without throwing or stack traces', ({ input }) => {
    let result: ParseResult | undefined;
    expect(() => {
      result = parseCourse(input, { file: FILE, assetExists: (rel) => rel === 'images/a.svg' });
    }).not.toThrow();
    if (result === undefined || result.ok) return expect.unreachable('expected problems');
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.file).toBe(FILE);
      expectReadableMessage(problem);
    }
  });
});
