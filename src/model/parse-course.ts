/** Parses and checks a course file, reporting every problem at once with its line and column. */
import { crossCheck, type AssetExists, type AssetFiles } from './cross-check.ts';
import { byPosition, type Problem } from './problem.ts';
import { Course } from './schema.ts';
import { schemaProblems, type LocatedMessage } from './schema-problems.ts';
import { readYaml } from './yaml-source.ts';

/** Past this many, the rest are summed up: the first ones are what a trainer fixes first. */
const MAX_PROBLEMS = 50;

export type ParseResult = { ok: true; course: Course } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** The file name used in messages, e.g. `courses/fm-1-b2/course.yaml`. */
  readonly file: string;
  readonly assetExists: AssetExists;
  /** Lists the course folder's files, so that a missing image can name the file meant. */
  readonly assetFiles?: AssetFiles;
}

export function parseCourse(input: Uint8Array | string, options: ParseOptions): ParseResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const fail = (found: readonly LocatedMessage[]): ParseResult => {
    const problems = found.map((p) => ({ file: options.file, ...p })).sort(byPosition);
    if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
    const shown = problems.slice(0, MAX_PROBLEMS);
    const last = shown[shown.length - 1] ?? problems[0];
    const more = `${problems.length - MAX_PROBLEMS} more problems not shown; fix these first`;
    return { ok: false, problems: [...shown, { file: options.file, line: last?.line ?? 1, col: last?.col ?? 1, message: more }] };
  };

  const read = readYaml(bytes);
  if (!read.ok) return fail(read.problems);
  const parsed = Course.safeParse(read.source.value);
  if (!parsed.success) return fail(schemaProblems(parsed.error, read.source));
  const problems = crossCheck(parsed.data, read.source, options.assetExists, options.assetFiles);
  if (problems.length > 0) return fail(problems);
  return { ok: true, course: parsed.data };
}
