/**
 * `courseloom validate` on a course with role-plays: besides "ok", the trainer sees how many
 * ways lead through each role-play, how long they are, and the best score.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../../src/cli/validate.ts';
import { courseYaml, lineOf, withNodes } from './fixtures.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function courseFolder(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'courseloom-roleplay-'));
  temps.push(dir);
  writeFileSync(join(dir, 'course.yaml'), yaml);
  return dir;
}

function courseloom(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/courseloom.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** validate() in-process, its output as lines. */
function validateLines(dir: string): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = validate([dir], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('courseloom validate: role-plays', () => {
  it('prints each role-play with its paths, decisions span and best score', () => {
    const dir = courseFolder(courseYaml({ withLoop: true }));
    const run = courseloom('validate', dir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^ok {4}.*: RP-1 Handling a complaint \(5 pages\)$/);
    expect(lines.filter((line) => line.includes('role-play'))).toEqual([
      '      role-play rp-angry: 11 paths, 2 to 4 decisions, best score 9 points',
      '      role-play rp-loop: 3 paths (not counting loops), 1 to 2 decisions, best score 2 points',
    ]);
  });

  it('says "1 path" and a single length for a role-play with one way through', () => {
    const single = [
      '      - type: roleplay',
      '        id: rp-single',
      '        title: A short scene',
      '        cast:',
      '          customer: Ms Zhao',
      '          advisor: You',
      '        start: hello',
      '        nodes:',
      '          - id: hello',
      '            text: Hello!',
      '            next: bye',
      '          - id: bye',
      '            text: Goodbye!',
      '            ending: good',
    ];
    const { code, out } = validateLines(courseFolder(courseYaml({ roleplay: single })));
    expect(code).toBe(0);
    expect(out).toContain('      role-play rp-single: 1 path, 0 decisions, best score 0 points');
  });

  it('prints no role-play line for a course without one', () => {
    const yaml = courseYaml({ roleplay: ['      - type: text', '        body: No role-play today.'] });
    const { code, out } = validateLines(courseFolder(yaml));
    expect(code).toBe(0);
    expect(out.some((line) => line.includes('role-play'))).toBe(false);
  });

  it('fails a course whose role-play has a node nobody reaches, at file:LINE:COL', () => {
    const yaml = courseYaml({ roleplay: withNodes('          - id: orphan', '            text: Nobody gets here.', '            ending: fair') });
    const dir = courseFolder(yaml);
    const { code, out, err } = validateLines(dir);
    expect(code).toBe(1);
    expect(err).toEqual([`${dir}/course.yaml:${lineOf(yaml, '          - id: orphan')}:17: node "orphan" cannot be reached from the start ("open")`]);
    expect(out).toEqual([`FAIL  ${dir}: 1 problem`]);
  });
});
