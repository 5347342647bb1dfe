/**
 * Compiles one course folder into the virtual module `virtual:courseloom/course` that the player
 * imports. Asset files become `?url` imports so that Vite serves them in development and copies
 * them with content hashes in a build.
 *
 * On the dev server every course beside the default one is served too: the module then picks the
 * course named by the page's `?course=` (the catalogue's links), loading only that one. A build
 * always holds exactly one course.
 */
import { basename, dirname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { courseAssets } from '../model/course-bundle.ts';
import { COURSE_FILE, loadCourseDir } from '../model/load-course-dir.ts';
import { formatProblem } from '../model/problem.ts';
import { courseFolders } from '../model/course-folders.ts';
import { compileCourse } from './compile-course.ts';

export const COURSE_MODULE = 'virtual:courseloom/course';
const RESOLVED = `\0${COURSE_MODULE}`;
const ONE_COURSE = `${COURSE_MODULE}/`;

/** The dev server's course module: the course the page asks for, else the default one. */
export function courseSelectorSource(folders: readonly string[], defaultFolder: string): string {
  const loaders = folders.map((f) => `${JSON.stringify(f)}: () => import(${JSON.stringify(ONE_COURSE + f)})`).join(',\n  ');
  return [
    `const loaders = {\n  ${loaders}\n};`,
    `const asked = new URLSearchParams(location.search).get('course') ?? '';`,
    `const load = Object.hasOwn(loaders, asked) ? loaders[asked] : loaders[${JSON.stringify(defaultFolder)}];`,
    'export default (await load()).default;',
  ].join('\n');
}

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
  const root = dirname(dir);
  let serving = false;
  return {
    name: 'courseloom-course',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      if (id === COURSE_MODULE) return RESOLVED;
      return id.startsWith(ONE_COURSE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const folders = serving ? courseFolders(root) : [];
        if (folders.length > 1 && folders.includes(basename(dir))) return courseSelectorSource(folders, basename(dir));
        this.addWatchFile(resolve(dir, COURSE_FILE));
        return courseModuleSource(dir);
      }
      if (!id.startsWith(`\0${ONE_COURSE}`)) return undefined;
      const name = id.slice(ONE_COURSE.length + 1);
      if (!courseFolders(root).includes(name)) return undefined;
      const folder = resolve(root, name);
      this.addWatchFile(resolve(folder, COURSE_FILE));
      return courseModuleSource(folder);
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
      if (!file.startsWith(root + sep)) return undefined;
      const graph = this.environment.moduleGraph;
      for (const module of graph.idToModuleMap.values()) {
        if (module.id?.startsWith(`\0${COURSE_MODULE}`)) graph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
