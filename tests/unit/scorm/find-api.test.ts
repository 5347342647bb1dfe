import { afterEach, describe, expect, it, vi } from 'vitest';
import { findApi, waitForApi } from '../../../src/scorm/find-api.ts';
import type { Scorm12Api, Scorm2004Api } from '../../../src/scorm/lms-api.ts';

/** A stand-in for a browser window: only the properties the finder reads. */
type FakeWindow = Record<string, unknown>;

/** A top-level window (its parent is itself), or a frame inside `parent`. */
function frame(parent?: FakeWindow, props: FakeWindow = {}): FakeWindow {
  const win: FakeWindow = { ...props };
  win['parent'] = parent ?? win;
  return win;
}

function api2004(): Scorm2004Api {
  return {
    Initialize: () => 'true',
    Terminate: () => 'true',
    GetValue: () => '',
    SetValue: () => 'true',
    Commit: () => 'true',
    GetLastError: () => '0',
    GetErrorString: () => '',
  };
}

function api12(): Scorm12Api {
  return {
    LMSInitialize: () => 'true',
    LMSFinish: () => 'true',
    LMSGetValue: () => '',
    LMSSetValue: () => 'true',
    LMSCommit: () => 'true',
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
}

/** A window from another origin: the browser lets you walk past it, but not read its API. */
function crossOrigin(parent: FakeWindow, opener?: FakeWindow): FakeWindow {
  return new Proxy<FakeWindow>(
    {},
    {
      get(_target, key) {
        if (key === 'parent') return parent;
        if (key === 'opener') return opener ?? null;
        throw new DOMException(`Blocked a frame from accessing "${String(key)}"`, 'SecurityError');
      },
    },
  );
}

/** A window whose every property access throws, `parent` included. */
function sealedWindow(): FakeWindow {
  return new Proxy<FakeWindow>(
    {},
    {
      get() {
        throw new DOMException('Blocked a frame with origin "https://lms.example"', 'SecurityError');
      },
    },
  );
}

describe('findApi: where the LMS puts its API', () => {
  it('finds the API on the content window itself', () => {
    const api = api2004();
    const win = frame(undefined, { API_1484_11: api });
    expect(findApi(win)).toEqual({ version: '2004', api });
  });

  it('finds a SCORM 1.2 API on a parent three levels up', () => {
    const api = api12();
    const lms = frame(undefined, { API: api });
    const content = frame(frame(frame(lms)));
    const found = findApi(content);
    expect(found?.version).toBe('1.2');
    expect(found?.api).toBe(api);
  });

  it("finds the API on the opener's parent chain when the course opened in a pop-up", () => {
    const api = api2004();
    const lmsTop = frame(undefined, { API_1484_11: api });
    const launcherFrame = frame(lmsTop);
    const popupTop = frame(undefined, { opener: launcherFrame });
    const content = frame(frame(popupTop));
    expect(findApi(content)).toEqual({ version: '2004', api });
  });

  it('prefers SCORM 2004 when a window offers both versions', () => {
    const a2004 = api2004();
    const win = frame(undefined, { API: api12(), API_1484_11: a2004 });
    expect(findApi(win)).toEqual({ version: '2004', api: a2004 });
  });

  it("takes SCORM 1.2 when both exist and prefer is '1.2'", () => {
    const a12 = api12();
    const win = frame(undefined, { API: a12, API_1484_11: api2004() });
    expect(findApi(win, '1.2')).toEqual({ version: '1.2', api: a12 });
  });

  it("still takes 2004 with prefer '1.2' when 1.2 is not offered", () => {
    const a2004 = api2004();
    expect(findApi(frame(undefined, { API_1484_11: a2004 }), '1.2')).toEqual({ version: '2004', api: a2004 });
  });

  it('prefers the nearest API over a preferred version further up', () => {
    const a12 = api12();
    const lms = frame(undefined, { API_1484_11: api2004() });
    const content = frame(frame(lms, { API: a12 }));
    expect(findApi(content)?.api).toBe(a12);
  });

  it('skips a cross-origin parent whose properties throw, and finds the API above it', () => {
    const api = api2004();
    const lms = frame(undefined, { API_1484_11: api });
    const foreign = crossOrigin(lms);
    const content = frame(foreign);
    expect(() => findApi(content)).not.toThrow();
    expect(findApi(content)).toEqual({ version: '2004', api });
  });

  it('skips a getter that throws for the API property itself', () => {
    const api = api12();
    const lms = frame(undefined, { API: api });
    const middle = frame(lms);
    Object.defineProperty(middle, 'API_1484_11', {
      get() {
        throw new Error('Permission denied');
      },
    });
    Object.defineProperty(middle, 'API', {
      get() {
        throw new Error('Permission denied');
      },
    });
    expect(findApi(frame(middle))).toEqual({ version: '1.2', api });
  });

  it('returns undefined without throwing when every access to a parent throws', () => {
    const content = frame(sealedWindow());
    expect(() => findApi(content)).not.toThrow();
    expect(findApi(content)).toBeUndefined();
  });

  it('returns undefined without throwing when the window itself is sealed', () => {
    expect(() => findApi(sealedWindow())).not.toThrow();
    expect(findApi(sealedWindow())).toBeUndefined();
  });

  it('terminates on a window that is its own parent and opener, with no API', () => {
    const win: FakeWindow = {};
    win['parent'] = win;
    win['opener'] = win;
    expect(findApi(win)).toBeUndefined();
  });

  it('terminates on a cycle of two windows that are each other’s parent', () => {
    const a: FakeWindow = {};
    const b: FakeWindow = { parent: a, opener: a };
    a['parent'] = b;
    a['opener'] = b;
    expect(findApi(a)).toBeUndefined();
  });

  it('gives up on a 50-deep frame chain instead of walking it all', () => {
    let reads = 0;
    const counting = (inner: FakeWindow): FakeWindow =>
      new Proxy(inner, {
        get(target, key) {
          reads++;
          return Reflect.get(target, key);
        },
      });
    let win = frame(undefined, { API_1484_11: api2004() });
    for (let i = 0; i < 50; i++) win = counting(frame(win));
    reads = 0;
    expect(findApi(win)).toBeUndefined();
    // Bounded: a handful of reads per level for at most a dozen levels, twice (parents, opener).
    expect(reads).toBeLessThan(200);
  });

  it('does not take objects lacking the API methods for an API', () => {
    const partial = { LMSInitialize: () => 'true', LMSGetValue: () => '' };
    const win = frame(undefined, {
      API: partial,
      API_1484_11: { Initialize: 'true', Terminate: 'true', GetValue: '', SetValue: '', Commit: '', GetLastError: '' },
    });
    expect(findApi(win)).toBeUndefined();
    expect(findApi(frame(undefined, { API: 'API', API_1484_11: 42 }))).toBeUndefined();
    expect(findApi(frame(undefined, { API: null }))).toBeUndefined();
  });

  it('passes over a fake API on the way and takes the real one above it', () => {
    const api = api2004();
    const content = frame(frame(frame(undefined, { API_1484_11: api }), { API_1484_11: {} }));
    expect(findApi(content)).toEqual({ version: '2004', api });
  });
});

describe('waitForApi: an LMS that injects its API late', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('finds an API added 200 ms after the course started looking', async () => {
    vi.useFakeTimers();
    const lms = frame();
    const content = frame(lms);
    const api = api2004();
    setTimeout(() => {
      lms['API_1484_11'] = api;
    }, 200);
    const result = waitForApi(content, { timeoutMs: 1000, intervalMs: 50 });
    await vi.advanceTimersByTimeAsync(300);
    await expect(result).resolves.toEqual({ version: '2004', api });
  });

  it('gives up after its timeout when no API ever appears', async () => {
    vi.useFakeTimers();
    const content = frame(frame());
    let settled = false;
    const result = waitForApi(content, { timeoutMs: 600, intervalMs: 100 });
    void result.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(450);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(settled).toBe(true);
    await expect(result).resolves.toBeUndefined();
  });

  it('answers at once when the API is already there', async () => {
    const api = api12();
    const started = Date.now();
    await expect(waitForApi(frame(undefined, { API: api }))).resolves.toEqual({ version: '1.2', api });
    expect(Date.now() - started).toBeLessThan(50);
  });
});
