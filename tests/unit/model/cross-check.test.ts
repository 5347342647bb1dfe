import { describe, expect, it } from 'vitest';
import * as bad from './bad-inputs.ts';
import { courseOf, courseText, expectProblem, IMAGE_PATH, onlyProblem, setLine } from './course-text.ts';

describe('ids', () => {
  it('reports a duplicate page id, naming the line of the first', () => {
    expectProblem(onlyProblem(bad.duplicatePageId), { line: 18, col: 9, words: ['"intro"', 'line 7', 'unique'] });
  });

  it('reports a duplicate block id, naming the line of the first', () => {
    expectProblem(onlyProblem(bad.duplicateBlockId), { line: 26, col: 13, words: ['"facts"', 'line 14', 'unique'] });
  });
});

describe('jumps', () => {
  it('reports a jump to a missing page and lists the pages', () => {
    expectProblem(onlyProblem(bad.jumpToMissingPage), { line: 27, col: 17, words: ['"nowhere"', 'intro', 'detail'] });
  });
});

describe('image paths', () => {
  it('rejects a path that leaves the course folder', () => {
    expectProblem(onlyProblem(bad.withImage('../x.png')), { line: 23, col: 14, words: ['../x.png', 'inside', '..'] });
  });

  it('rejects an absolute path', () => {
    expectProblem(onlyProblem(bad.withImage('/abs.png')), { line: 23, col: 14, words: ['/abs.png', 'relative', 'absolute'] });
  });

  it('rejects a URL', () => {
    expectProblem(onlyProblem(bad.withImage('https://example.com/x.png')), {
      line: 23,
      col: 14,
      words: ['https://example.com/x.png', 'URL'],
    });
  });

  it('rejects a relative path written with backslashes', () => {
    expectProblem(onlyProblem(bad.withImage('images\\a.svg')), { line: 23, col: 14, words: ['forward slashes'] });
  });

  it('rejects a Windows path with a drive letter as a file path, not as a URL', () => {
    const problem = onlyProblem(bad.withImage('C:\\x.png'));
    expectProblem(problem, { line: 23, col: 14, words: ['C:\\x.png'] });
    expect(problem.message).not.toContain('URL');
    expect(problem.message).toMatch(/forward slashes|absolute/);
  });

  it('reports an image file that does not exist', () => {
    expectProblem(onlyProblem(bad.withImage('images/missing.svg')), {
      line: 23,
      col: 14,
      words: ['images/missing.svg', 'not found'],
    });
  });

  it('accepts an image file that exists', () => {
    const asked: string[] = [];
    courseOf(bad.withImage(IMAGE_PATH), (rel) => {
      asked.push(rel);
      return rel === IMAGE_PATH;
    });
    expect(asked).toEqual([IMAGE_PATH]);
  });
});

describe('Markdown images', () => {
  it('reports ![…](…) in a text, which the player would show as "!" and a link', () => {
    const text = courseText((l) => setLine(l, 12, '        body: See ![the desk](images/a.svg).'));
    expectProblem(onlyProblem(text), { line: 12, col: 15, words: ['Markdown images', 'image block'] });
  });
});
