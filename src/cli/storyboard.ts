/** `courseloom storyboard <course-dir>`: the course on one printable HTML page, for sign-off. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import { storyboardOf } from '../preview/storyboard/storyboard.ts';
import type { Output } from './validate.ts';

export function storyboardCommand(args: readonly string[], io: Output): number {
  const { values, positionals } = parseArgs({ args: [...args], options: { out: { type: 'string' } }, allowPositionals: true });
  const [dir] = positionals;
  if (dir === undefined || positionals.length > 1) {
    io.err('usage: courseloom storyboard <course-dir> [--out FILE]');
    return 2;
  }
  const result = storyboardOf(dir);
  if (!result.ok) {
    for (const problem of result.problems) io.err(formatProblem(problem));
    io.out(`FAIL  ${displayPath(dir)}: fix the course file first (courseloom validate ${displayPath(dir)})`);
    return 1;
  }
  const out = values.out ?? `dist/storyboards/${result.id}.html`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.html);
  io.out(`wrote ${displayPath(out)}: open it in a browser, print it or save it as PDF`);
  return 0;
}
