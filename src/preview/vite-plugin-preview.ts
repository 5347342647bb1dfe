/**
 * Serves the local LMS harness next to the player: `preview.html` becomes a second page of the
 * build, `/` on the dev server redirects to it (so `npm start` opens the harness), and the page
 * learns the default SCORM version from COURSELOOM_SCORM.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { DEFAULT_VERSION_META, isScormVersion, type ScormVersion } from './scorm-version.ts';

export const PREVIEW_PAGE = 'preview.html';

/** Sends `/` (keeping its query, e.g. `/?scorm=1.2`) to the harness page. */
export function redirectRootToPreview(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    if (path !== '/') return next();
    res.statusCode = 302;
    // Relative, so that it stays right under any base path.
    res.setHeader('Location', PREVIEW_PAGE + (queryAt === -1 ? '' : url.slice(queryAt)));
    res.end();
  };
}

function addressUrl(address: string | AddressInfo | null | undefined): string | undefined {
  if (!address || typeof address === 'string') return undefined;
  const host = address.address === '::' || address.address === '0.0.0.0' ? 'localhost' : address.address;
  return `http://${address.family === 'IPv6' && host !== 'localhost' ? `[${host}]` : host}:${address.port}/`;
}

export interface PreviewOptions {
  /** COURSELOOM_SCORM by default: the version the harness starts with when the URL names none. */
  readonly defaultVersion?: string | undefined;
}

export function courseloomPreview(options: PreviewOptions = {}): Plugin {
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
      server.middlewares.use(redirectRootToPreview());
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
