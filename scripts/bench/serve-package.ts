/**
 * Serves an unpacked SCORM package under a nested LMS path, beside a host page that runs
 * scorm-again, the way an LMS would: text files gzipped (Content-Encoding), so bytes on the wire
 * are what a learner downloads.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.dtd': 'application/xml-dtd',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Already compressed formats go as they are, as a web server would send them. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml', '.xsd', '.dtd']);

export const HOST_PATH = '/host.html';
const VENDOR_PATH = '/vendor/scorm2004.min.js';

/** The course's folder on the server: nested, as in an LMS. */
export function coursePathFor(courseId: string): string {
  return `/lms/content/2026/${courseId}/`;
}

function hostPage(coursePath: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host LMS</title>
<script src="${VENDOR_PATH}"></script>
<script>window.API_1484_11 = new Scorm2004API({ logLevel: 5 });</script>
</head><body style="margin:0">
<iframe title="course" src="${coursePath}index.html" style="position:fixed;left:0;top:0;width:100%;height:100%;border:0"></iframe>
</body></html>`;
}

/** Writes the package's files, the host page and scorm-again into `root`. */
export function layOutSite(root: string, coursePath: string, entries: ReadonlyMap<string, Uint8Array>): void {
  for (const [path, data] of entries) {
    if (path.endsWith('/')) continue;
    const target = join(root, coursePath, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  mkdirSync(join(root, dirname(VENDOR_PATH)), { recursive: true });
  copyFileSync('node_modules/scorm-again/dist/scorm2004.min.js', join(root, VENDOR_PATH));
  writeFileSync(join(root, HOST_PATH), hostPage(coursePath));
}

export interface Site {
  readonly origin: string;
  close(): Promise<void>;
}

interface Body {
  readonly type: string;
  readonly raw: Buffer;
  readonly gzip: Buffer | undefined;
}

/** Serves `root` on 127.0.0.1 at a free port; files are read and compressed once. */
export function serveSite(root: string): Promise<Site> {
  const cache = new Map<string, Body>();
  const load = (path: string): Body | undefined => {
    const cached = cache.get(path);
    if (cached) return cached;
    try {
      const raw = readFileSync(join(root, path));
      const ext = extname(path).toLowerCase();
      const body = {
        type: TYPES[ext] ?? 'application/octet-stream',
        raw,
        gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : undefined,
      };
      cache.set(path, body);
      return body;
    } catch {
      return undefined;
    }
  };
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (path.split(sep).includes('..')) path = '/';
    if (path.endsWith('/')) path += 'index.html';
    const body = load(path);
    if (!body) {
      res.writeHead(404, { 'content-length': 0 });
      res.end();
      return;
    }
    const gzip = body.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? body.gzip : undefined;
    res.writeHead(200, {
      'content-type': body.type,
      'content-length': (gzip ?? body.raw).byteLength,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ?? body.raw);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address !== null && typeof address === 'object' ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
