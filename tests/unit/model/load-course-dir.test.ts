import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import { formatProblem, type Problem } from '../../../src/model/problem.ts';
import type { Course } from '../../../src/model/schema.ts';
import { TEN_MB } from './bad-inputs.ts';
import { courseText, IMAGE_PATH } from './course-text.ts';

const FM_1_B2 = fileURLToPath(new URL('../../../courses/fm-1-b2', import.meta.url));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'courseloom-test-'));
  made.push(dir);
  return dir;
}

/** A temp course folder holding `course.yaml` and, optionally, `images/a.svg`. */
function courseDir(courseYaml: string | Uint8Array, image: 'file' | 'none' | { symlinkTo: string } = 'file'): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'course.yaml'), courseYaml);
  mkdirSync(join(dir, 'images'));
  if (image === 'file') writeFileSync(join(dir, IMAGE_PATH), SVG);
  else if (image !== 'none') symlinkSync(image.symlinkTo, join(dir, IMAGE_PATH));
  return dir;
}

function loaded(dir: string): Course {
  const result = loadCourseDir(dir);
  if (!result.ok) return expect.unreachable(result.problems.map(formatProblem).join('\n'));
  return result.course;
}

function loadProblems(dir: string): Problem[] {
  const result = loadCourseDir(dir);
  if (result.ok) return expect.unreachable('expected problems, but the course loaded');
  return result.problems;
}

describe('loadCourseDir', () => {
  it('loads courses/fm-1-b2: 13 pages, first "objectives", unique ids', () => {
    const course = loaded(FM_1_B2);
    expect(course.pages).toHaveLength(13);
    expect(course.pages[0]?.id).toBe('objectives');
    const ids = course.pages.flatMap((page) => [page.id, ...page.blocks.flatMap((block) => (block.id === undefined ? [] : [block.id]))]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('loads a course whose image is in the folder', () => {
    expect(loaded(courseDir(courseText())).pages).toHaveLength(2);
  });

  it('reports an image that is a symlink to a file outside the folder', () => {
    const outside = join(tempDir(), 'secret.svg');
    writeFileSync(outside, SVG);
    const problems = loadProblems(courseDir(courseText(), { symlinkTo: outside }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 23, col: 14 });
    expect(problems[0]?.message).toContain(IMAGE_PATH);
    expect(problems[0]?.message).toContain('not found');
  });

  it('reports an image that is missing from the folder', () => {
    const problems = loadProblems(courseDir(courseText(), 'none'));
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 23, col: 14 });
    expect(problems[0]?.message).toContain('not found');
  });

  it('refuses a 10 MB course.yaml, saying its size and the limit', () => {
    const dir = courseDir(new Uint8Array(TEN_MB).fill(0x20));
    const problems = loadProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/course\.yaml$/);
    expect(problems[0]?.message).toMatch(/\b10(\.0)? MB\b/);
    expect(problems[0]?.message).toMatch(/at most 1(\.0)? MB/);
  });

  it('says when the folder has no course.yaml', () => {
    const problems = loadProblems(tempDir());
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('no course.yaml');
  });
});
