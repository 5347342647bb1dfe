/**
 * SCORM's time formats on their edge values, and each one accepted by scorm-again where the
 * course writes it (session time, latency, interaction time / timestamp).
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { scorm12 } from '../../../src/scorm/cmi-12.ts';
import { scorm2004 } from '../../../src/scorm/cmi-2004.ts';
import { passed } from '../../../src/scorm/dialect.ts';
import { describe, expect, it } from 'vitest';
import { iso8601Duration, iso8601Timestamp, scorm12TimeOfDay, scorm12Timespan } from '../../../src/scorm/time-format.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Sets `element` on a fresh, initialized scorm-again LMS and returns the error code it left. */
function accepted12(element: string, value: string): string {
  const api = new Scorm12API({ logLevel: 5 });
  api.lmsInitialize('');
  if (element.startsWith('cmi.interactions.0.')) api.lmsSetValue('cmi.interactions.0.id', 'q1');
  api.lmsSetValue(element, value);
  return String(api.lmsGetLastError());
}

function accepted2004(element: string, value: string): string {
  const api = new Scorm2004API({ logLevel: 5 });
  api.lmsInitialize('');
  if (element.startsWith('cmi.interactions.0.')) {
    api.lmsSetValue('cmi.interactions.0.id', 'q1');
    api.lmsSetValue('cmi.interactions.0.type', 'choice');
  }
  api.lmsSetValue(element, value);
  return String(api.lmsGetLastError());
}

const durations: [name: string, ms: number][] = [
  ['0', 0],
  ['half a centisecond (rounds up)', 5],
  ['59.99 s', 59_990],
  ['59.999 s (rounds up to a whole minute)', 59_999],
  ['1 h', HOUR],
  ['1 h 2 min 3.45 s', HOUR + 2 * MINUTE + 3_450],
  ['9999 h 59 min 59.99 s', 9999 * HOUR + 59 * MINUTE + 59_990],
  ['10000 h', 10_000 * HOUR],
  ['a negative clock step', -1500],
];

describe('scorm12Timespan (1.2 CMITimespan, HHHH:MM:SS.SS)', () => {
  it.each<[number, string]>([
    [0, '0000:00:00.00'],
    [5, '0000:00:00.01'],
    [59_990, '0000:00:59.99'],
    [59_999, '0000:01:00.00'],
    [HOUR, '0001:00:00.00'],
    [HOUR + 2 * MINUTE + 3_450, '0001:02:03.45'],
    [9999 * HOUR + 59 * MINUTE + 59_990, '9999:59:59.99'],
    [-1500, '0000:00:00.00'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(scorm12Timespan(ms)).toBe(text);
  });

  it('caps 10000 h and more at the largest value the format holds, 9999:59:59.99', () => {
    expect(scorm12Timespan(10_000 * HOUR)).toBe('9999:59:59.99');
    expect(scorm12Timespan(10_000 * HOUR + 30 * MINUTE)).toBe('9999:59:59.99');
    expect(scorm12Timespan(12_345 * HOUR)).toBe('9999:59:59.99');
  });

  it('always has four hour digits and two for minutes and seconds', () => {
    for (const [, ms] of durations) expect(scorm12Timespan(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  });

  it.each(durations)('is accepted by a 1.2 LMS as session time and latency: %s', (_name, ms) => {
    const text = scorm12Timespan(ms);
    expect(accepted12('cmi.core.session_time', text)).toBe('0');
    expect(accepted12('cmi.interactions.0.latency', text)).toBe('0');
  });
});

describe('iso8601Duration (2004 timeinterval)', () => {
  it.each<[number, string]>([
    [0, 'PT0S'],
    [5, 'PT0.01S'],
    [1_500, 'PT1.5S'],
    [59_990, 'PT59.99S'],
    [59_999, 'PT1M0S'],
    [HOUR, 'PT1H0S'],
    [HOUR + 2 * MINUTE + 3_450, 'PT1H2M3.45S'],
    [10_000 * HOUR, 'PT10000H0S'],
    [-1500, 'PT0S'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(iso8601Duration(ms)).toBe(text);
  });

  it('never has more than two decimals of a second', () => {
    for (const [, ms] of durations) expect(iso8601Duration(ms)).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
  });

  it.each(durations)('is accepted by a 2004 LMS as session time and latency: %s', (_name, ms) => {
    const text = iso8601Duration(ms);
    expect(accepted2004('cmi.session_time', text)).toBe('0');
    expect(accepted2004('cmi.interactions.0.latency', text)).toBe('0');
  });
});

const instants: [name: string, ms: number][] = [
  ['the epoch', 0],
  ['a time with milliseconds', Date.UTC(2024, 0, 2, 3, 4, 5, 678)],
  ['the last millisecond of a year', Date.UTC(2099, 11, 31, 23, 59, 59, 999)],
  ['a leap day', Date.UTC(2028, 1, 29, 12, 0, 0, 0)],
];

describe('iso8601Timestamp (2004 time(second,10,0))', () => {
  it.each(instants)('names the same UTC second: %s', (_name, ms) => {
    const text = iso8601Timestamp(ms);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(Math.floor(Date.parse(text) / 1000)).toBe(Math.floor(ms / 1000));
  });

  it.each(instants)('is accepted by a 2004 LMS as an interaction timestamp: %s', (_name, ms) => {
    expect(accepted2004('cmi.interactions.0.timestamp', iso8601Timestamp(ms))).toBe('0');
  });
});

describe('scorm12TimeOfDay (1.2 CMITime, HH:MM:SS local time)', () => {
  const times: [name: string, ms: number][] = [
    ['midnight', new Date(2024, 0, 2, 0, 0, 0, 0).getTime()],
    ['the last second of a day', new Date(2024, 0, 2, 23, 59, 59, 999).getTime()],
    ['noon', new Date(2024, 5, 15, 12, 0, 0, 0).getTime()],
    ['a morning time', new Date(2024, 5, 15, 9, 5, 7, 0).getTime()],
  ];

  it.each<[number, string]>([
    [new Date(2024, 0, 2, 0, 0, 0, 0).getTime(), '00:00:00'],
    [new Date(2024, 0, 2, 23, 59, 59, 999).getTime(), '23:59:59'],
    [new Date(2024, 5, 15, 9, 5, 7, 0).getTime(), '09:05:07'],
  ])('formats %d as %s', (ms, text) => {
    expect(scorm12TimeOfDay(ms)).toBe(text);
  });

  it.each(times)('is accepted by a 1.2 LMS as an interaction time: %s', (_name, ms) => {
    expect(accepted12('cmi.interactions.0.time', scorm12TimeOfDay(ms))).toBe('0');
  });
});

describe('pass or fail', () => {
  const report = (completed: boolean, raw: number) => ({ location: 'p', suspendData: '', completed, score: { raw, min: 0 as const, max: 100 as const } });

  it('is no verdict while the course is unfinished, however low the score so far', () => {
    expect(passed(report(false, 10), 80)).toBeUndefined();
    expect(scorm2004.outcome(report(false, 10), 80)).toContainEqual(['cmi.success_status', 'unknown']);
    expect(scorm12.outcome(report(false, 10), 80)).toContainEqual(['cmi.core.lesson_status', 'incomplete']);
  });

  it('judges a finished course against the pass mark', () => {
    expect(passed(report(true, 80), 80)).toBe(true);
    expect(scorm2004.outcome(report(true, 79), 80)).toContainEqual(['cmi.success_status', 'failed']);
    expect(scorm12.outcome(report(true, 79), 80)).toContainEqual(['cmi.core.lesson_status', 'failed']);
  });
});
