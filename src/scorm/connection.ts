/**
 * One small interface over the LMS, whichever API it offers. Every call is guarded: an API
 * that throws counts as a failed call, and nothing reaches the LMS after a terminate.
 */
import { scorm12 } from './cmi-12.ts';
import { scorm2004 } from './cmi-2004.ts';
import type { Dialect } from './dialect.ts';
import type { FoundApi } from './find-api.ts';

export interface LmsError {
  readonly code: number;
  readonly message: string;
}

/** Error code used when the API threw instead of answering. */
export const THREW = -1;

export interface LmsConnection {
  readonly dialect: Dialect;
  /** False when no LMS records anything (standalone). */
  readonly tracked: boolean;
  initialize(): boolean;
  /** The value, or '' when it is not set or cannot be read. */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  lastError(): LmsError;
}

interface RawCalls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

function guarded(dialect: Dialect, raw: RawCalls): LmsConnection {
  let terminated = false;
  let threw: LmsError | undefined;
  const call = (fn: () => unknown): unknown => {
    if (terminated) return 'false';
    threw = undefined;
    try {
      return fn();
    } catch (error) {
      threw = { code: THREW, message: error instanceof Error ? error.message : String(error) };
      return 'false';
    }
  };
  const ok = (fn: () => unknown) => String(call(fn)) === 'true';
  return {
    dialect,
    tracked: true,
    initialize: () => ok(raw.initialize),
    get(element) {
      const value = call(() => raw.get(element));
      return typeof value === 'string' && this.lastError().code === 0 ? value : '';
    },
    set: (element, value) => ok(() => raw.set(element, value)),
    commit: () => ok(raw.commit),
    terminate() {
      const done = ok(raw.terminate);
      if (done) terminated = true;
      return done;
    },
    lastError() {
      if (threw) return threw;
      if (terminated) return { code: 0, message: '' };
      try {
        const code = Number(raw.lastError());
        return { code: Number.isFinite(code) ? code : THREW, message: code ? String(raw.errorString(String(code))) : '' };
      } catch (error) {
        return { code: THREW, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export function connect(found: FoundApi): LmsConnection {
  if (found.version === '1.2') {
    const api = found.api;
    return guarded(scorm12, {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
    });
  }
  const api = found.api;
  return guarded(scorm2004, {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
  });
}

/** The part of `localStorage` the standalone mode needs. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * No LMS: the 2004 data model kept in the browser, so progress and resume still work on this
 * device, while the learner is told that nothing is being recorded.
 */
export function standaloneConnection(store: KeyValueStore, key: string): LmsConnection {
  let data = new Map<string, string>();
  let error: LmsError = { code: 0, message: '' };
  const load = (): Map<string, string> => {
    try {
      const saved: unknown = JSON.parse(store.getItem(key) ?? '{}');
      if (typeof saved !== 'object' || saved === null) return new Map();
      return new Map(Object.entries(saved).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      return new Map();
    }
  };
  const base = guarded(scorm2004, {
    initialize() {
      const saved = load();
      const resume = saved.get('cmi.exit') === 'suspend';
      data = resume ? saved : new Map();
      data.set('cmi.entry', resume ? 'resume' : 'ab-initio');
      data.delete('cmi.exit');
      return 'true';
    },
    terminate: () => 'true',
    get(element) {
      error = { code: 0, message: '' };
      return data.get(element) ?? '';
    },
    set(element, value) {
      error = { code: 0, message: '' };
      data.set(element, value);
      return 'true';
    },
    commit() {
      try {
        store.setItem(key, JSON.stringify(Object.fromEntries(data)));
        error = { code: 0, message: '' };
        return 'true';
      } catch (e) {
        error = { code: 391, message: e instanceof Error ? e.message : 'storage refused' };
        return 'false';
      }
    },
    lastError: () => error.code,
    errorString: () => error.message,
  });
  return { ...base, tracked: false };
}
