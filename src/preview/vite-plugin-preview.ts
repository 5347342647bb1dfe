/**
 * Serves the local LMS harness next to the player: `preview.html` becomes a second page of the
 * build, `/` on the dev server is the course catalogue (so `npm start` opens it), and the harness
 * learns the default SCORM version from COURSELOOM_SCORM.
 */
import type { AddressInfo } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { listCourses } from './catalogue.ts';
import { cataloguePage } from './catalogue-page.ts';
import { escapeHtml } from './html.ts';
import { storyboardOf } from './storyboard/storyboard.ts';
import { courseFolders } from '../model/course-folders.ts';
import { formatProblem } from '../model/problem.ts';
import { PREVIEW_PAGE } from './preview-page.ts';
import { DEFAULT_VERSION_META, isScormVersion, type ScormVersion } from './scorm-version.ts';

export { PREVIEW_PAGE };

/** Answers `/` with the catalogue of the courses under `root`, read afresh on every visit. */
export function serveCatalogue(root: string, defaultFolder: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/') return next();
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(cataloguePage(listCourses(root), defaultFolder));
  };
}

/** `?view=storyboard` on any page of the dev server: the storyboard of `?course=` (or the default). */
export function serveStoryboard(root: string, defaultFolder: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.searchParams.get('view') !== 'storyboard' || !/^\/(index\.html|preview\.html)?$/.test(url.pathname)) return next();
    const asked = url.searchParams.get('course') ?? defaultFolder;
    const folder = courseFolders(root).includes(asked) ? asked : defaultFolder;
    const result = storyboardOf(resolve(root, folder));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (result.ok) {
      res.end(result.html);
      return;
    }
    const problems = result.problems.map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`).join('');
    res.statusCode = 422;
    res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>故事板：课程文件有问题</title><main><h1>课程文件有 ${result.problems.length} 个问题</h1><p>修正 ${escapeHtml(folder)}/course.yaml 后刷新本页。</p><ul>${problems}</ul></main></html>`);
  };
}

function addressUrl(address: string | AddressInfo | null | undefined): string | undefined {
  if (!address || typeof address === 'string') return undefined;
  const host = address.address === '::' || address.address === '0.0.0.0' ? 'localhost' : address.address;
  return `http://${address.family === 'IPv6' && host !== 'localhost' ? `[${host}]` : host}:${address.port}/`;
}

export interface PreviewOptions {
  /** The course folder served by default; its parent folder is the catalogue. */
  readonly courseDir: string;
  /** COURSELOOM_SCORM by default: the version the harness starts with when the URL names none. */
  readonly defaultVersion?: string | undefined;
}

export function courseloomPreview(options: PreviewOptions): Plugin {
  const asked = options.defaultVersion ?? process.env.COURSELOOM_SCORM;
  const defaultVersion: ScormVersion = isScormVersion(asked) ? asked : '2004';
  let previewFile = '';
  return {
    name: 'courseloom-preview',
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      previewFile = resolve(root, PREVIEW_PAGE);
      return { build: { rolldownOptions: { input: { index: resolve(root, 'index.html'), preview: previewFile } } } };
    },
    configResolved(config) {
      if (asked !== undefined && asked !== '' && !isScormVersion(asked)) {
        config.logger.warn(`COURSELOOM_SCORM=${asked} is not 1.2 or 2004; the preview starts with SCORM 2004.`);
      }
    },
    transformIndexHtml(_html, context) {
      if (resolve(context.filename) !== previewFile) return undefined;
      return [{ tag: 'meta', attrs: { name: DEFAULT_VERSION_META, content: defaultVersion }, injectTo: 'head' }];
    },
    configureServer(server) {
      const dir = resolve(options.courseDir);
      server.middlewares.use(serveStoryboard(dirname(dir), basename(dir)));
      server.middlewares.use(serveCatalogue(dirname(dir), basename(dir)));
      server.httpServer?.once('listening', () => {
        const url = server.resolvedUrls?.local[0] ?? addressUrl(server.httpServer?.address());
        if (url) server.config.logger.info(`  Courseloom preview: ${url}`);
      });
    },
    configurePreviewServer(server) {
      // `/` stays the player here: the player's browser tests open it there.
      server.httpServer.once('listening', () => {
        const url = server.resolvedUrls?.local[0] ?? addressUrl(server.httpServer.address());
        if (url) server.config.logger.info(`  Courseloom preview: ${new URL(PREVIEW_PAGE, url).href}`);
      });
    },
  };
}
