import { Scorm12API, Scorm2004API, type Settings } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LoggedApi, type ApiCall } from '../../../src/preview/logged-api.ts';
import { scorm12Standard, scorm2004Standard } from '../../../src/preview/standard-api.ts';

const quiet: Settings = { logLevel: 5 };

function api2004() {
  const calls: ApiCall[] = [];
  const stored: string[] = [];
  const logged = new LoggedApi('2004', new Scorm2004API(quiet), {
    called: (call) => calls.push(call),
    succeeded: (operation) => stored.push(operation),
  });
  return { logged, api: scorm2004Standard(logged), calls, stored };
}

function api12() {
  const calls: ApiCall[] = [];
  const logged = new LoggedApi('1.2', new Scorm12API(quiet), { called: (call) => calls.push(call) });
  return { logged, api: scorm12Standard(logged), calls };
}

describe('the standard API objects', () => {
  it('have exactly the standard method names', () => {
    expect(Object.keys(api2004().api).sort()).toEqual(
      ['Commit', 'GetDiagnostic', 'GetErrorString', 'GetLastError', 'GetValue', 'Initialize', 'SetValue', 'Terminate'],
    );
    expect(Object.keys(api12().api).sort()).toEqual([
      'LMSCommit',
      'LMSFinish',
      'LMSGetDiagnostic',
      'LMSGetErrorString',
      'LMSGetLastError',
      'LMSGetValue',
      'LMSInitialize',
      'LMSSetValue',
    ]);
  });
});

describe('the call log', () => {
  it('records method, arguments, result and the error code read right after each call', () => {
    const { api, calls } = api2004();
    const before = Date.now();
    expect(api.Initialize('')).toBe('true');
    expect(api.SetValue('cmi.location', 'p3')).toBe('true');
    expect(api.GetValue('cmi.location')).toBe('p3');
    expect(api.SetValue('cmi.score.scaled', '1.5')).toBe('false');
    expect(api.GetLastError()).toBe('407');
    expect(calls.map(({ method, args, result, error, failed }) => ({ method, args, result, error, failed }))).toEqual([
      { method: 'Initialize', args: ['""'], result: 'true', error: '0', failed: false },
      { method: 'SetValue', args: ['"cmi.location"', '"p3"'], result: 'true', error: '0', failed: false },
      { method: 'GetValue', args: ['"cmi.location"'], result: 'p3', error: '0', failed: false },
      { method: 'SetValue', args: ['"cmi.score.scaled"', '"1.5"'], result: 'false', error: '407', failed: true },
      // Asking about the error neither fails nor changes it: no code of its own.
      { method: 'GetLastError', args: [], result: '407', error: '', failed: false },
    ]);
    expect(calls[3]?.errorString).toMatch(/range/i);
    expect(calls[0]?.errorString).toBe('');
    expect(calls[0]?.time.getTime()).toBeGreaterThanOrEqual(before);
    const seqs = calls.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('shows arguments as the course passed them: a number is not a string', () => {
    const { api, calls } = api12();
    api.LMSInitialize('');
    Reflect.apply(api.LMSSetValue, api, ['cmi.core.score.raw', 80]);
    expect(calls.at(-1)?.args).toEqual(['"cmi.core.score.raw"', '80']);
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('80');
  });

  it('logs a call made before Initialize with its error (1.2: 301)', () => {
    const { api, calls } = api12();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('');
    expect(calls[0]).toMatchObject({ method: 'LMSGetValue', error: '301', failed: true });
  });

  it('tells its listener about each successful Initialize, Commit and Terminate', () => {
    const { api, stored } = api2004();
    api.Initialize('');
    api.Commit('');
    api.Terminate('');
    api.Commit('');
    expect(stored).toEqual(['initialize', 'commit', 'terminate']);
  });
});

describe('simulated commit failure', () => {
  it('2004: Commit answers "false" and GetLastError 391 until the next successful call', () => {
    const { logged, api, calls, stored } = api2004();
    api.Initialize('');
    logged.failCommits = true;
    expect(api.Commit('')).toBe('false');
    expect(api.GetLastError()).toBe('391');
    expect(api.GetErrorString('391')).toMatch(/commit/i);
    expect(api.GetDiagnostic('')).not.toBe('');
    expect(api.GetLastError()).toBe('391');
    expect(calls.find((c) => c.method === 'Commit')).toMatchObject({ result: 'false', error: '391', failed: true });
    // SetValue keeps working, and a successful call clears the error.
    expect(api.SetValue('cmi.location', 'p2')).toBe('true');
    expect(api.GetLastError()).toBe('0');
    expect(stored).toEqual(['initialize']);
  });

  it('1.2: LMSCommit answers "false" with 101 (general exception)', () => {
    const { logged, api } = api12();
    api.LMSInitialize('');
    logged.failCommits = true;
    expect(api.LMSCommit('')).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
    expect(api.LMSGetErrorString('101')).toBe('General Exception');
    expect(api.LMSSetValue('cmi.core.lesson_location', 'p2')).toBe('true');
    expect(api.LMSGetLastError()).toBe('0');
  });

  it('Terminate fails too and leaves the API usable, so the course can retry', () => {
    const { logged, api, stored } = api2004();
    api.Initialize('');
    logged.failCommits = true;
    expect(api.Terminate('')).toBe('false');
    expect(api.GetLastError()).toBe('391');
    expect(api.SetValue('cmi.exit', 'suspend')).toBe('true');
    logged.failCommits = false;
    expect(api.Terminate('')).toBe('true');
    expect(stored).toEqual(['initialize', 'terminate']);
    // After a real Terminate scorm-again refuses further calls, as the standard says.
    expect(api.GetValue('cmi.location')).toBe('');
    expect(api.GetLastError()).toBe('123');
  });

  it('1.2: LMSFinish fails with 101 and the course can retry', () => {
    const { logged, api } = api12();
    api.LMSInitialize('');
    logged.failCommits = true;
    expect(api.LMSFinish('')).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
    logged.failCommits = false;
    expect(api.LMSFinish('')).toBe('true');
  });
});
