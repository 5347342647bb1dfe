/**
 * What the preview server tells an open player about the course file, as it is saved: the
 * problems (none once it is fixed), each with the offending line so it can be shown in place.
 */
import type { Problem } from './problem.ts';

/** The dev server's custom HMR event, sent after every save in a course folder. */
export const PROBLEMS_EVENT = 'courseloom:problems';
/** Answers `?course=<folder>` with the current `ProblemReport`, for a page opened while broken. */
export const PROBLEMS_PATH = '/__courseloom/problems';

export interface ShownProblem extends Problem {
  /** The offending line as written, when the problem points into the file. */
  readonly excerpt?: string | undefined;
}

export interface ProblemReport {
  readonly folder: string;
  readonly problems: readonly ShownProblem[];
}

/** Attaches to each problem the line it points at. */
export function withExcerpts(problems: readonly Problem[], text: string | undefined): ShownProblem[] {
  const lines = text?.split(/\r?\n/) ?? [];
  return problems.map((problem) => ({ ...problem, excerpt: lines[problem.line - 1] }));
}
