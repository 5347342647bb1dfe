/**
 * The dev server's course modules. A course file that breaks while it is being edited must not
 * break the open page: the module keeps serving the last version that loaded (or, for a course
 * broken from the start, a one-page stand-in), while the problems travel to the page on their own
 * channel (`PROBLEMS_EVENT`). Each module accepts its own hot updates and hands the new bundle to
 * the player's live-preview code, which swaps it in where the learner stands.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COURSE_FILE, loadCourseDir } from '../model/load-course-dir.ts';
import { withExcerpts, type ProblemReport } from '../model/live-preview.ts';
import type { Course } from '../model/schema.ts';
import { courseModuleBody, type CourseModuleParts } from './course-module.ts';

const LIVE_COURSE = fileURLToPath(new URL('../player/dev/live-course.ts', import.meta.url));

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Shown while a course has never loaded: the overlay over it says what to fix. */
function standIn(folder: string): Course {
  return {
    id: 'broken',
    code: folder,
    title: folder,
    language: 'zh-CN',
    version: '0.0.0',
    scoring: 'last-try',
    pages: [{ id: 'broken', type: 'content', title: '课程文件有问题', optional: false, blocks: [{ type: 'text', body: '请按提示修正 course.yaml 并保存。' }] }],
  };
}

export class LiveCourses {
  readonly #root: string;
  readonly #lastGood = new Map<string, CourseModuleParts>();

  constructor(root: string) {
    this.#root = root;
  }

  /** The problems of a course folder as its files are now. */
  check(folder: string): ProblemReport {
    const dir = resolve(this.#root, folder);
    const result = loadCourseDir(dir);
    if (result.ok) return { folder, problems: [] };
    return { folder, problems: withExcerpts(result.problems, readText(join(dir, COURSE_FILE))) };
  }

  /** The module of one course for the dev server; never throws for a broken course file. */
  source(folder: string): string {
    const dir = resolve(this.#root, folder);
    const result = loadCourseDir(dir);
    const parts: CourseModuleParts = result.ok
      ? { dir, course: result.course }
      : (this.#lastGood.get(folder) ?? { dir, course: standIn(folder) });
    if (result.ok) this.#lastGood.set(folder, parts);
    return [
      `import { courseLoaded } from ${JSON.stringify(LIVE_COURSE)};`,
      courseModuleBody(parts, 'course'),
      `courseLoaded(${JSON.stringify(folder)}, course);`,
      'export default course;',
      'if (import.meta.hot) import.meta.hot.accept();',
    ].join('\n');
  }
}
