/**
 * Compiles one course folder into the virtual module `virtual:courseloom/course` that the player
 * imports. Asset files become `?url` imports so that Vite serves them in development and copies
 * them with content hashes in a build.
 *
 * On the dev server every course beside the default one is served too: the module then picks the
 * course named by the page's `?course=` (the catalogue's links), loading only that one. A build
 * always holds exactly one course.
 */
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { searchForWorkspaceRoot, type Plugin } from 'vite';
import { courseFolders } from '../model/course-folders.ts';
import { PROBLEMS_EVENT, PROBLEMS_PATH } from '../model/live-preview.ts';
import { COURSE_FILE, loadCourseDir } from '../model/load-course-dir.ts';
import { courseModuleSource } from './course-module.ts';
import { LiveCourses } from './live-courses.ts';

export { courseModuleSource };

export const COURSE_MODULE = 'virtual:courseloom/course';
const RESOLVED = `\0${COURSE_MODULE}`;
const ONE_COURSE = `${COURSE_MODULE}/`;
/** How long after a save that left the file broken it is read once more. */
const RECHECK_MS = 300;

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

/** The course folder a file belongs to, if it lies in one under `root`. */
function folderOf(root: string, file: string): string | undefined {
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel.includes(':')) return undefined;
  const [folder, ...rest] = rel.split(sep);
  return folder && rest.length > 0 ? folder : undefined;
}

export function courseloomCourse(options: { dir: string }): Plugin {
  const dir = resolve(options.dir);
  const root = dirname(dir);
  const live = new LiveCourses(root);
  let serving = false;
  return {
    name: 'courseloom-course',
    config(config, env) {
      if (env.command !== 'serve') return undefined;
      // A course may live outside the project (a trainer's own folder): let the server read it.
      const project = resolve(config.root ?? process.cwd());
      return { server: { fs: { allow: [searchForWorkspaceRoot(project), root] } } };
    },
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      if (id === COURSE_MODULE) return RESOLVED;
      return id.startsWith(ONE_COURSE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        if (serving) return courseSelectorSource(courseFolders(root), basename(dir));
        this.addWatchFile(resolve(dir, COURSE_FILE));
        return courseModuleSource(dir);
      }
      if (!id.startsWith(`\0${ONE_COURSE}`)) return undefined;
      const name = id.slice(ONE_COURSE.length + 1);
      if (!courseFolders(root).includes(name)) return undefined;
      this.addWatchFile(resolve(root, name, COURSE_FILE));
      return live.source(name);
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
    configureServer(server) {
      server.watcher.add(root);
      server.middlewares.use(PROBLEMS_PATH, (req, res) => {
        const folder = new URL(req.url ?? '/', 'http://x').searchParams.get('course') ?? basename(dir);
        const known = courseFolders(root).includes(folder);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(known ? live.check(folder) : { folder, problems: [] }));
      });
    },
    hotUpdate({ file, type, modules, server }) {
      if (this.environment.name !== 'client') return undefined;
      const folder = folderOf(root, file);
      if (folder === undefined) return undefined;
      const graph = this.environment.moduleGraph;
      if (type !== 'update' && file === resolve(root, folder, COURSE_FILE)) {
        // A course came or went: the catalogue and the course selector change.
        for (const module of graph.idToModuleMap.values()) {
          if (module.id?.startsWith(`\0${COURSE_MODULE}`)) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      const report = live.check(folder);
      server.ws.send({ type: 'custom', event: PROBLEMS_EVENT, data: report });
      const course = graph.getModuleById(`\0${ONE_COURSE}${folder}`);
      // A broken file changes nothing on the page but the overlay: the learner keeps their place.
      if (report.problems.length > 0) {
        // An editor's save can arrive as two events (truncate, then write) and the watcher may
        // report only the first: look again once the write has surely finished.
        const environment = this.environment;
        setTimeout(() => {
          const again = live.check(folder);
          if (again.problems.length > 0) return;
          server.ws.send({ type: 'custom', event: PROBLEMS_EVENT, data: again });
          if (course) void environment.reloadModule(course);
        }, RECHECK_MS);
        return [];
      }
      return course ? [...modules, course] : [...modules];
    },
  };
}
