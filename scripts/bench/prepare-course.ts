/**
 * From a course folder to a served site: `courseloom validate`, `courseloom package --scorm 2004`
 * (the real CLI, as a trainer runs it), then the zip unpacked beside an LMS host page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipEntries } from '../../src/build/zip.ts';
import { loadCourseDir } from '../../src/model/load-course-dir.ts';
import type { Course } from '../../src/model/schema.ts';
import { coursePathFor, layOutSite } from './serve-package.ts';

export interface PreparedCourse {
  readonly course: Course;
  /** The site's root folder (served as is). */
  readonly root: string;
  /** Where the course is on the site, ending in /. */
  readonly coursePath: string;
  remove(): void;
}

export type Prepared = { readonly ok: true; readonly prepared: PreparedCourse } | { readonly ok: false; readonly reason: string };

function cli(args: readonly string[]): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, ['bin/courseloom.js', ...args], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** The first lines of a CLI's output, enough to say why a course was skipped. */
function firstLines(text: string, count = 4): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(0, count).join(' | ') + (lines.length > count ? ` | … (${lines.length - count} more lines)` : '');
}

export function prepareCourse(dir: string): Prepared {
  const validation = cli(['validate', dir]);
  if (!validation.ok) return { ok: false, reason: `validate failed: ${firstLines(validation.output)}` };
  const loaded = loadCourseDir(dir);
  if (!loaded.ok) return { ok: false, reason: 'the course does not load' };
  const work = mkdtempSync(join(tmpdir(), 'courseloom-bench-'));
  const remove = () => rmSync(work, { recursive: true, force: true });
  const out = join(work, 'packages');
  const packaged = cli(['package', dir, '--scorm', '2004', '--out', out]);
  const zip = packaged.ok ? readdirSync(out).find((name) => name.endsWith('.zip')) : undefined;
  if (!zip) {
    remove();
    return { ok: false, reason: `package failed: ${firstLines(packaged.output)}` };
  }
  const entries = unzipEntries(readFileSync(join(out, zip)));
  const root = join(work, 'www');
  const coursePath = coursePathFor(loaded.course.id);
  layOutSite(root, coursePath, entries);
  return { ok: true, prepared: { course: loaded.course, root, coursePath, remove } };
}
