/**
 * Serves a folder over HTTP for the e2e tests that need a site of their own: a fixture course
 * built on its own, or an unpacked SCORM package beside an LMS host page.
 */
import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 (`port` 0 picks a free one); a path ending in / serves its index.html.
 * `headers` adds response headers by path (an LMS's own Content-Security-Policy, say).
 */
export function serveFolder(root: string, port = 0, headers: (path: string) => Record<string, string> = () => ({})): Promise<StaticSite> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = readFileSync(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = address !== null && typeof address === 'object' ? address.port : port;
      resolve({
        origin: `http://127.0.0.1:${bound}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** Builds the player for one course folder into `outDir`, failing the test with vite's output. */
export function buildCourseSite(courseDir: string, outDir: string): void {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
    env: { ...process.env, COURSELOOM_COURSE: courseDir },
  });
  expect(build.status, build.stderr).toBe(0);
}
