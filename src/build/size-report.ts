/**
 * How big a package is for a learner: the first load (the HTML and what it loads before the
 * first page shows, gzipped as a server would send it) and the whole zip.
 */
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly gzip: number;
}

export interface SizeReport {
  readonly firstLoad: readonly FileSize[];
  readonly firstLoadTotal: number;
  readonly packageBytes: number;
}

/** The files `index.html` loads by itself: scripts, stylesheets, preloads and icons. */
export function firstLoadFiles(indexHtml: string): string[] {
  const refs = [...indexHtml.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
  return ['index.html', ...new Set(refs.filter(Boolean))];
}

export function sizeReport(entries: ReadonlyMap<string, Uint8Array>, zipBytes: number): SizeReport {
  const index = entries.get('index.html');
  const html = index ? new TextDecoder().decode(index) : '';
  const firstLoad = firstLoadFiles(html).map((file) => ({
    file,
    gzip: gzipSync(entries.get(file) ?? new Uint8Array(), { level: 9 }).byteLength,
  }));
  return { firstLoad, firstLoadTotal: firstLoad.reduce((sum, f) => sum + f.gzip, 0), packageBytes: zipBytes };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files that grew since the previous report, matched by name without the content hash. */
export function growth(now: SizeReport, before: SizeReport | undefined): string[] {
  if (!before) return [];
  const key = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');
  const previous = new Map(before.firstLoad.map((f) => [key(f.file), f.gzip]));
  return now.firstLoad.flatMap((f) => {
    const was = previous.get(key(f.file));
    if (was === undefined) return [`${f.file}: new, ${kb(f.gzip)}`];
    return f.gzip > was ? [`${f.file}: ${kb(was)} → ${kb(f.gzip)} (+${kb(f.gzip - was)})`] : [];
  });
}
