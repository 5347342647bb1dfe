import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import { Block } from '../../../src/model/schema.ts';
import { courseloom } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'courseloom-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const created = courseloom(['new', 'service-basics', '--title', '接待: "第一课" #1', '--dir', join(work, 'courses')]);
const folder = join(work, 'courses', 'service-basics');

describe('courseloom new', () => {
  it('creates a course folder that validates, with the title as typed', () => {
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('courseloom preview');
    const loaded = loadCourseDir(folder);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    expect(loaded.course.title).toBe('接待: "第一课" #1');
    expect(loaded.course.code).toBe('SERVICE-BASICS');
    expect(loaded.course.language).toBe('zh-CN');
    expect(courseloom(['validate', folder]).code).toBe(0);
  });

  it('shows every block type, and points editors at the JSON Schema', () => {
    const loaded = loadCourseDir(folder);
    if (!loaded.ok) throw new Error('invalid');
    const used = new Set(loaded.course.pages.flatMap((page) => page.blocks.map((block) => block.type)));
    expect([...used].sort()).toEqual([...Block.options.map((option) => option.shape.type.value)].sort());
    const first = readFileSync(join(folder, 'course.yaml'), 'utf8').split('\n')[0] ?? '';
    const schema = /\$schema=(\S+)/.exec(first)?.[1] ?? '';
    expect(existsSync(join(folder, schema)), `${schema} from ${folder}`).toBe(true);
  });

  it('writes an English course on request', () => {
    const run = courseloom(['new', 'basics-en', '--language', 'en', '--dir', join(work, 'courses')]);
    expect(run.code, run.err).toBe(0);
    const loaded = loadCourseDir(join(work, 'courses', 'basics-en'));
    expect(loaded.ok && loaded.course.language).toBe('en');
    expect(loaded.ok && loaded.course.title).toBe('New course');
  });

  it('refuses to overwrite an existing folder and leaves it as it was', () => {
    const before = readFileSync(join(folder, 'course.yaml'), 'utf8');
    const again = courseloom(['new', 'service-basics', '--title', 'other', '--dir', join(work, 'courses')]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect(readFileSync(join(folder, 'course.yaml'), 'utf8')).toBe(before);
  });

  it('refuses an id the LMS and the schema cannot use, and an unknown language', () => {
    expect(courseloom(['new', 'Service Basics', '--dir', join(work, 'courses')]).err).toContain('cannot be a course id');
    expect(courseloom(['new', 'x', '--language', 'fr', '--dir', join(work, 'courses')]).err).toContain('zh-CN, en');
    expect(existsSync(join(work, 'courses', 'x'))).toBe(false);
  });

  it('packages into LMS-ready zips', () => {
    const out = join(work, 'packages');
    const run = courseloom(['package', folder, '--scorm', 'both', '--out', out]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.zip')).sort()).toEqual(['SERVICE-BASICS-0.1.0-scorm12.zip', 'SERVICE-BASICS-0.1.0-scorm2004.zip']);
  });
});
