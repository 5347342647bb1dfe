/** Node-side loading of `<course-dir>/course.yaml`, with asset files resolved inside the folder. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseCourse, type ParseResult } from './parse-course.ts';
import { sizeProblem } from './yaml-source.ts';

export const COURSE_FILE = 'course.yaml';

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '') return '.';
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

function isFileInside(dir: string, rel: string): boolean {
  try {
    const real = realpathSync(resolve(dir, rel));
    const root = realpathSync(dir);
    return real.startsWith(root + sep) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/** The files under the course folder, `/`-separated; hidden files and folders are skipped. */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')))
      .sort();
  } catch {
    return [];
  }
}

export function loadCourseDir(dir: string): ParseResult {
  const file = join(dir, COURSE_FILE);
  const shown = displayPath(file);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return {
      ok: false,
      problems: [{ file: shown, line: 1, col: 1, message: `no ${COURSE_FILE} in ${displayPath(dir)}/` }],
    };
  }
  // Checked before reading so that a huge file is never loaded whole.
  const tooLarge = sizeProblem(size);
  if (tooLarge) return { ok: false, problems: [{ file: shown, ...tooLarge }] };
  return parseCourse(readFileSync(file), {
    file: shown,
    assetExists: (rel) => isFileInside(dir, rel),
    assetFiles: () => filesIn(dir),
  });
}
