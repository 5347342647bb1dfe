/**
 * Compiles one course folder into the virtual module `virtual:courseloom/course` that the player
 * imports. Asset files become `?url` imports so that Vite serves them in development and copies
 * them with content hashes in a build.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { courseAssets } from '../model/course-bundle.ts';
import { COURSE_FILE, loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import { compileCourse } from './compile-course.ts';

export const COURSE_MODULE = 'virtual:courseloom/course';
const RESOLVED = `\0${COURSE_MODULE}`;

export function courseModuleSource(dir: string): string {
  const result = loadCourseDir(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const files = courseAssets(result.course);
  const imports = files.map((src, i) => `import asset${i} from ${JSON.stringify(`${resolve(dir, src)}?url`)};`);
  const assets = files.map((src, i) => `${JSON.stringify(src)}: asset${i}`).join(', ');
  return [
    ...imports,
    `const bundle = ${JSON.stringify(compileCourse(result.course))};`,
    `export default { ...bundle, assets: { ${assets} } };`,
  ].join('\n');
}

export function courseloomCourse(options: { dir: string }): Plugin {
  const dir = resolve(options.dir);
  return {
    name: 'courseloom-course',
    resolveId(id) {
      return id === COURSE_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(resolve(dir, COURSE_FILE));
      return courseModuleSource(dir);
    },
    transformIndexHtml(html, context) {
      if (!context.filename.endsWith('index.html')) return html;
      // The page names the course before any script runs (tabs, LMS frames, screen readers).
      const result = loadCourseDir(dir);
      if (!result.ok) return html;
      const { course } = result;
      const title = `${course.code} ${course.title}`.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      return html.replace(/<html lang="[^"]*">/, `<html lang="${course.language}">`).replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(dir + sep)) return undefined;
      const module = this.environment.moduleGraph.getModuleById(RESOLVED);
      if (module) this.environment.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
