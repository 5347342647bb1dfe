import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayPath, loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';

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
    if (result.ok) {
      const { code, title, pages } = result.course;
      io.out(`ok    ${displayPath(dir)}: ${code} ${title} (${pages.length} pages)`);
    } else {
      failed++;
      for (const problem of result.problems) io.err(formatProblem(problem));
      const n = result.problems.length;
      io.out(`FAIL  ${displayPath(dir)}: ${n} problem${n === 1 ? '' : 's'}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
