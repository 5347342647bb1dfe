import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { courseQuestions } from '../engine/questions/answers.ts';
import { pathStats } from '../model/roleplay-graph.ts';
import { worstCaseStateSize } from '../engine/state-codec.ts';
import { displayPath, loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import type { Course } from '../model/schema.ts';
import { scorm12 } from '../scorm/cmi-12.ts';
import { scorm2004 } from '../scorm/cmi-2004.ts';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

function courseDir(arg: string): string {
  try {
    return statSync(arg).isFile() ? dirname(arg) : arg;
  } catch {
    return arg;
  }
}

/** The suspend-data budget: the course must fit the smallest limit of the versions it ships in. */
function budgetProblem(course: Course, shown: string): { line: string; over: boolean } {
  const size = worstCaseStateSize(course);
  const over = [scorm12, scorm2004].filter((d) => size > d.suspendDataLimit);
  const limits = `SCORM 1.2 limit ${scorm12.suspendDataLimit}, 2004 limit ${scorm2004.suspendDataLimit}`;
  if (over.length === 0) return { line: `      suspend data: at most ${size} characters (${limits})`, over: false };
  const versions = over.map((d) => d.version).join(' and ');
  return {
    line: `${shown}:1:1: suspend data can reach ${size} characters, over the SCORM ${versions} limit (${limits}); split the course`,
    over: true,
  };
}

/** For each role-play: how many ways through it, how long they are, and the best score. */
function roleplayLines(course: Course): string[] {
  return courseQuestions(course).flatMap((block) => {
    if (block.type !== 'roleplay') return [];
    const { paths, shortest, longest, bestPoints, loops } = pathStats(block);
    const span = shortest === longest ? `${shortest}` : `${shortest} to ${longest}`;
    const loop = loops ? ' (not counting loops)' : '';
    const decisions = longest === 1 ? 'decision' : 'decisions';
    return [`      role-play ${block.id}: ${paths} path${paths === 1 ? '' : 's'}${loop}, ${span} ${decisions}, best score ${bestPoints} points`];
  });
}

/** Validates each course folder; returns the exit code (0 when all are valid). */
export function validate(args: readonly string[], io: Output): number {
  if (args.length === 0) {
    io.err('usage: courseloom validate <course-dir>...');
    return 2;
  }
  let failed = 0;
  for (const arg of args) {
    const dir = courseDir(arg);
    const result = loadCourseDir(dir);
    if (!result.ok) {
      failed++;
      for (const problem of result.problems) io.err(formatProblem(problem));
      const n = result.problems.length;
      io.out(`FAIL  ${displayPath(dir)}: ${n} problem${n === 1 ? '' : 's'}`);
      continue;
    }
    const { code, title, pages } = result.course;
    const budget = budgetProblem(result.course, `${displayPath(dir)}/course.yaml`);
    if (budget.over) {
      failed++;
      io.err(budget.line);
      io.out(`FAIL  ${displayPath(dir)}: suspend data over budget`);
      continue;
    }
    io.out(`ok    ${displayPath(dir)}: ${code} ${title} (${pages.length} pages)`);
    io.out(budget.line);
    for (const line of roleplayLines(result.course)) io.out(line);
  }
  return failed > 0 ? 1 : 0;
}
