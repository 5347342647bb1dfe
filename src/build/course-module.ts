/** The JavaScript of a course module: the compiled course, with its assets as `?url` imports. */
import { resolve } from 'node:path';
import { courseAssets } from '../model/course-bundle.ts';
import { loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import type { Course } from '../model/schema.ts';
import { compileCourse } from './compile-course.ts';

export interface CourseModuleParts {
  /** The course folder, where its asset paths start. */
  readonly dir: string;
  readonly course: Course;
}

/** Imports of the assets and `const <name> = <the bundle>`. */
export function courseModuleBody({ dir, course }: CourseModuleParts, name: string): string {
  const files = courseAssets(course);
  const imports = files.map((src, i) => `import asset${i} from ${JSON.stringify(`${resolve(dir, src)}?url`)};`);
  const assets = files.map((src, i) => `${JSON.stringify(src)}: asset${i}`).join(', ');
  return [...imports, `const ${name} = { ...${JSON.stringify(compileCourse(course))}, assets: { ${assets} } };`].join('\n');
}

/** The module a build ships; a course with problems stops the build with each `file:LINE:COL`. */
export function courseModuleSource(dir: string): string {
  const result = loadCourseDir(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return `${courseModuleBody({ dir, course: result.course }, 'bundle')}\nexport default bundle;`;
}
