/** The courses of a folder, as the catalogue lists them: every subfolder with a course file. */
import { join } from 'node:path';
import { estimateMinutes } from './estimate-minutes.ts';
import { courseFolders } from '../model/course-folders.ts';
import { loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';

export type CatalogueEntry =
  | {
      readonly ok: true;
      /** The folder name: what `?course=` names. */
      readonly folder: string;
      readonly code: string;
      readonly title: string;
      readonly pages: number;
      readonly minutes: number;
    }
  | { readonly ok: false; readonly folder: string; readonly problems: readonly string[] };


/** Every course under `root`, valid ones by code; a broken one is listed with its problems. */
export function listCourses(root: string): CatalogueEntry[] {
  const entries = courseFolders(root).map((folder): CatalogueEntry => {
    const result = loadCourseDir(join(root, folder));
    if (!result.ok) return { ok: false, folder, problems: result.problems.map(formatProblem) };
    const { code, title, pages } = result.course;
    return { ok: true, folder, code, title, pages: pages.length, minutes: estimateMinutes(result.course) };
  });
  const key = (e: CatalogueEntry) => (e.ok ? e.code : `~${e.folder}`);
  return entries.sort((a, b) => key(a).localeCompare(key(b)));
}
