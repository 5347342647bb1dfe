/**
 * A learner goes through fm-1-b2 against scorm-again, as an LMS would host it: what the LMS
 * administrator sees afterwards in the learner's record.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { learnerReport } from '../../../src/engine/report.ts';
import type { Course } from '../../../src/model/schema.ts';
import { connect } from '../../../src/scorm/connection.ts';
import { ScormSession } from '../../../src/scorm/session.ts';
import {
  ANSWERED_AT,
  ELEMENTS,
  FakeScheduler,
  cmiOf,
  lastOf,
  lastSet,
  loadFm1b2,
  readPath,
  scormAgain,
  syntheticRecords,
  walkCourse,
  type AgainLms,
  type Json,
  type Version,
} from './helpers.ts';

/** The whole visit lasts exactly 1 h 2 min 3.45 s on the session's clock. */
const VISIT_MS = 3_723_450;

interface Run {
  readonly lms: AgainLms;
  readonly cmi: Json;
  readonly warnings: readonly unknown[][];
}

/** Walks the course (to `stopAtPage`, or to the end), records the synthetic answers, finishes. */
function run(course: Course, version: Version, stopAtPage?: string): Run {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const lms = scormAgain(version);
    const scheduler = new FakeScheduler();
    const session = new ScormSession(connect(lms.found), { scheduler });
    const startedAt = scheduler.now();
    session.start(course.passingScore);
    const states = walkCourse(course, stopAtPage);
    for (const state of states) {
      session.update(learnerReport(course, state));
      scheduler.advance(1000);
    }
    if (!stopAtPage) for (const record of syntheticRecords()) session.record(record);
    scheduler.runAll();
    scheduler.advance(VISIT_MS - (scheduler.now() - startedAt));
    session.finish(learnerReport(course, lastOf(states)));
    return { lms, cmi: cmiOf(lms.api), warnings: warn.mock.calls.map((args) => [...args]) };
  } finally {
    warn.mockRestore();
  }
}

/** SCORM 1.2 CMITimespan in seconds, in whichever width scorm-again renders it. */
function timespanSeconds(text: string): number {
  const match = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)?$/;

describe.each<Version>(['1.2', '2004'])('SCORM %s: long free-text answers and descriptions', (version) => {
  it('are shortened to what the data model holds instead of being rejected', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const lms = scormAgain(version);
      const scheduler = new FakeScheduler();
      const session = new ScormSession(connect(lms.found), { scheduler });
      session.start();
      const [, , , , other] = syntheticRecords();
      if (!other) throw new Error('missing synthetic record');
      session.record({ ...other, description: '说明'.repeat(200), response: { type: 'other', text: '回答'.repeat(2100) } });
      session.finish({ location: 'objectives', suspendData: '', completed: false });
      // Only warnings about these two fields count here (timestamps are checked elsewhere).
      const aboutText = warn.mock.calls.map((args) => String(args[0])).filter((m) => /response|description/.test(m)).map((m) => `${m.slice(0, 70)}… ${m.slice(-40)}`);
      expect(aboutText).toEqual([]);
      const cmi = cmiOf(lms.api);
      const stored = readPath(cmi, version === '1.2' ? 'interactions.0.student_response' : 'interactions.0.learner_response');
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.length).toBeLessThanOrEqual(version === '1.2' ? 255 : 4000);
      if (version === '2004') expect(readPath(cmi, 'interactions.0.description').length).toBe(250);
    } finally {
      warn.mockRestore();
    }
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s: a learner finishes fm-1-b2', (version) => {
  const names = ELEMENTS[version];
  let course: Course;
  let result: Run;

  beforeAll(() => {
    course = loadFm1b2();
    result = run(course, version);
  });

  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('leaves no error code after any Initialize, SetValue, Commit or Terminate', () => {
    const failed = result.lms.calls.filter((c) => !c.method.endsWith('GetValue') && c.error !== '0');
    expect(failed).toEqual([]);
  });

  it('reads nothing that leaves an error other than 403 "not initialized" on a first launch', () => {
    // 2004 answers 403 for an element the LMS has no value for yet (e.g. cmi.location on a new
    // attempt, or cmi.scaled_passing_score when no mastery score is set); that is the spec.
    const failed = result.lms.calls.filter((c) => c.method.endsWith('GetValue') && c.error !== '0' && !(version === '2004' && c.error === '403'));
    expect(failed).toEqual([]);
  });

  it('never warns that the LMS rejected a value', () => {
    expect(result.warnings).toEqual([]);
  });

  it('initializes once and terminates once, after its last commit', () => {
    const methods = result.lms.calls.map((c) => c.method).filter((m) => !m.endsWith('GetValue') && !m.endsWith('SetValue'));
    const [init, term, commit] = version === '1.2' ? ['LMSInitialize', 'LMSFinish', 'LMSCommit'] : ['Initialize', 'Terminate', 'Commit'];
    expect(methods.filter((m) => m === init)).toHaveLength(1);
    expect(methods[0]).toBe(init);
    expect(methods.filter((m) => m === term)).toHaveLength(1);
    expect(methods.slice(-2)).toEqual([commit, term]);
  });

  it('records the course as completed, with no pass/fail judgement (the course has no score)', () => {
    if (version === '1.2') {
      expect(readPath(result.cmi, 'core.lesson_status')).toBe('completed');
    } else {
      expect(readPath(result.cmi, 'completion_status')).toBe('completed');
      expect(readPath(result.cmi, 'success_status')).toBe('unknown');
    }
  });

  it('exits normally: the next launch starts a new attempt', () => {
    expect(lastSet(result.lms.calls, names.exit)).toBe(version === '1.2' ? '' : 'normal');
    expect(readPath(result.cmi, names.exit)).toBe(version === '1.2' ? '' : 'normal');
  });

  it('bookmarks the last page, summary', () => {
    expect(readPath(result.cmi, names.location)).toBe('summary');
  });

  it('reports the session time in the version’s format', () => {
    const sent = lastSet(result.lms.calls, names.sessionTime);
    const stored = readPath(result.cmi, names.sessionTime);
    if (version === '1.2') {
      expect(sent).toBe('0001:02:03.45');
      // scorm-again re-renders CMITimespan (e.g. `01:02:03.45`); it must still mean the same.
      expect(timespanSeconds(stored)).toBeCloseTo(3723.45, 2);
    } else {
      expect(sent).toBe('PT1H2M3.45S');
      expect(stored).toBe('PT1H2M3.45S');
    }
  });

  it('keeps suspend data well under the 1.2 limit (below 1024 characters)', () => {
    const data = readPath(result.cmi, names.suspendData);
    expect(data.length).toBeGreaterThan(0);
    expect(data.length).toBeLessThan(1024);
  });

  it('journals every recorded answer as an interaction, in order', () => {
    const ids = syntheticRecords().map((r) => r.id);
    ids.forEach((id, n) => expect(readPath(result.cmi, `interactions.${n}.id`)).toBe(id));
    expect(readPath(result.cmi, `interactions.${ids.length}.id`)).toBe('');
  });

  if (version === '1.2') {
    it('writes 1.2 interactions in the 1.2 vocabulary and formats', () => {
      const at = (n: number, field: string) => readPath(result.cmi, `interactions.${n}.${field}`);
      expect(at(0, 'type')).toBe('choice');
      expect(at(0, 'student_response')).toBe('a,c');
      expect(at(0, 'result')).toBe('correct');
      expect(at(1, 'type')).toBe('true-false');
      expect(at(1, 'student_response')).toBe('t');
      expect(at(1, 'correct_responses.0.pattern')).toBe('f');
      expect(at(1, 'result')).toBe('wrong');
      expect(at(2, 'type')).toBe('matching');
      expect(at(2, 'student_response')).toBe('a.b,c.d');
      expect(at(2, 'correct_responses.0.pattern')).toBe('a.d,c.b');
      expect(at(2, 'result')).toBe('wrong');
      expect(at(3, 'type')).toBe('sequencing');
      expect(at(3, 'student_response')).toBe('s1,s2,s3');
      expect(at(4, 'type')).toBe('fill-in');
      expect(at(4, 'student_response')).toBe('先倾听,再道歉');
      expect(at(4, 'result')).toBe('neutral');
      expect(at(4, 'correct_responses.0.pattern')).toBe('');
    });

    it('gives 1.2 interactions a time of day and a latency', () => {
      expect(readPath(result.cmi, 'interactions.0.time')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(lastSet(result.lms.calls, 'cmi.interactions.0.latency')).toBe('0000:00:12.34');
      expect(timespanSeconds(readPath(result.cmi, 'interactions.0.latency'))).toBeCloseTo(12.34, 2);
    });
  } else {
    it('writes 2004 interactions in the 2004 vocabulary and formats', () => {
      const at = (n: number, field: string) => readPath(result.cmi, `interactions.${n}.${field}`);
      expect(at(0, 'type')).toBe('choice');
      expect(at(0, 'learner_response')).toBe('a[,]c');
      expect(at(0, 'result')).toBe('correct');
      expect(at(1, 'type')).toBe('true-false');
      expect(at(1, 'learner_response')).toBe('true');
      expect(at(1, 'correct_responses.0.pattern')).toBe('false');
      expect(at(1, 'result')).toBe('incorrect');
      expect(at(2, 'type')).toBe('matching');
      expect(at(2, 'learner_response')).toBe('a[.]b[,]c[.]d');
      expect(at(2, 'correct_responses.0.pattern')).toBe('a[.]d[,]c[.]b');
      expect(at(2, 'result')).toBe('incorrect');
      expect(at(2, 'description')).toBe('Match each customer to a strategy.');
      expect(at(3, 'type')).toBe('sequencing');
      expect(at(3, 'learner_response')).toBe('s1[,]s2[,]s3');
      expect(at(4, 'type')).toBe('other');
      expect(at(4, 'learner_response')).toBe('先倾听,再道歉');
      expect(at(4, 'result')).toBe('neutral');
    });

    it('gives 2004 interactions an ISO 8601 latency', () => {
      expect(readPath(result.cmi, 'interactions.0.latency')).toBe('PT12.34S');
    });

    it('gives 2004 interactions the ISO 8601 timestamp of the answer', () => {
      for (let n = 0; n < syntheticRecords().length; n++) {
        const stamp = readPath(result.cmi, `interactions.${n}.timestamp`);
        expect(stamp).toMatch(ISO_TIMESTAMP);
        expect(Math.floor(Date.parse(stamp) / 1000)).toBe(Math.floor(ANSWERED_AT / 1000));
      }
    });
  }

  it('ends a half-finished visit with exit suspend and the course incomplete', () => {
    const half = run(course, version, 'customer-expectations');
    expect(lastSet(half.lms.calls, names.exit)).toBe('suspend');
    expect(readPath(half.cmi, names.exit)).toBe('suspend');
    expect(readPath(half.cmi, names.status)).toBe('incomplete');
    expect(readPath(half.cmi, names.location)).toBe('customer-expectations');
    if (version === '2004') expect(readPath(half.cmi, 'success_status')).toBe('unknown');
    expect(half.lms.calls.filter((c) => !c.method.endsWith('GetValue') && c.error !== '0')).toEqual([]);
  });
});
