import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/model/problem.ts';
import type { RevealBlock } from '../../../src/model/schema.ts';
import { courseOf, courseText, FILE, onlyProblem } from './course-text.ts';
import { unknownTopKey } from './bad-inputs.ts';

describe('a valid course', () => {
  it('parses a minimal course and applies the defaults', () => {
    const course = courseOf(courseText());

    expect(course).toMatchObject({ id: 'demo', code: 'DEMO-1', title: 'Demo course', language: 'en', version: '1.0.0' });
    expect(course.passingScore).toBeUndefined();
    expect(course.pages.map((page) => page.id)).toEqual(['intro', 'detail']);
    expect(course.pages.map((page) => page.optional)).toEqual([false, false]);

    const reveal = course.pages[0]?.blocks.find((block): block is RevealBlock => block.type === 'reveal');
    expect(reveal).toMatchObject({ id: 'facts', style: 'box', required: false });
    expect(reveal?.items).toEqual([{ label: 'Why?', content: 'Because.' }]);
  });

  it('parses the same course given as bytes', () => {
    expect(courseOf(new TextEncoder().encode(courseText()))).toEqual(courseOf(courseText()));
  });
});

describe('formatProblem', () => {
  it('renders file:LINE:COL: message', () => {
    const problem = onlyProblem(unknownTopKey);
    expect(formatProblem(problem)).toMatch(new RegExp(`^${FILE.replace(/[.]/g, '\\.')}:4:1: .*unknown key "tittle"`));
  });
});
