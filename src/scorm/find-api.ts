/**
 * Finds the LMS API the way SCORM asks: this window, then its parents, then the opener and its
 * parents, bounded in depth. Frames from another origin throw on access; they are skipped.
 */
import { isScorm12Api, isScorm2004Api, type Scorm12Api, type Scorm2004Api } from './lms-api.ts';

export type FoundApi = { readonly version: '1.2'; readonly api: Scorm12Api } | { readonly version: '2004'; readonly api: Scorm2004Api };
export type ScormVersion = FoundApi['version'];

/** How many parents up to look: LMS frame sets are rarely deeper than a few levels. */
const MAX_DEPTH = 10;

function read(host: object, key: string): unknown {
  try {
    return Reflect.get(host, key);
  } catch {
    return undefined;
  }
}

function apiIn(host: object, prefer: ScormVersion): FoundApi | undefined {
  const api2004 = read(host, 'API_1484_11');
  const api12 = read(host, 'API');
  const found2004 = isScorm2004Api(api2004) ? ({ version: '2004', api: api2004 } as const) : undefined;
  const found12 = isScorm12Api(api12) ? ({ version: '1.2', api: api12 } as const) : undefined;
  return prefer === '1.2' ? (found12 ?? found2004) : (found2004 ?? found12);
}

function searchUp(start: object, prefer: ScormVersion): FoundApi | undefined {
  let host: unknown = start;
  for (let depth = 0; depth <= MAX_DEPTH && typeof host === 'object' && host !== null; depth++) {
    const found = apiIn(host, prefer);
    if (found) return found;
    const parent = read(host, 'parent');
    if (parent === host) break;
    host = parent;
  }
  return undefined;
}

export function findApi(win: object, prefer: ScormVersion = '2004'): FoundApi | undefined {
  const found = searchUp(win, prefer);
  if (found) return found;
  let top: unknown = win;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = typeof top === 'object' && top !== null ? read(top, 'parent') : undefined;
    if (typeof parent !== 'object' || parent === null || parent === top) break;
    top = parent;
  }
  const opener = typeof top === 'object' && top !== null ? read(top, 'opener') : undefined;
  return typeof opener === 'object' && opener !== null ? searchUp(opener, prefer) : undefined;
}

/**
 * Some LMSs inject the API a moment after the content frame loads: look again a few times
 * before concluding there is none.
 */
export async function waitForApi(
  win: object,
  options: { prefer?: ScormVersion; timeoutMs?: number; intervalMs?: number } = {},
): Promise<FoundApi | undefined> {
  const { prefer = '2004', timeoutMs = 600, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = findApi(win, prefer);
    if (found || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
