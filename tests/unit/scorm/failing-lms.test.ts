/**
 * An LMS that refuses, throws or has been terminated: the learner is told once that saving is in
 * trouble, nothing queued is lost or reordered, and the course never crashes.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { InteractionRecord } from '../../../src/engine/interaction-record.ts';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import { learnerReport } from '../../../src/engine/report.ts';
import type { Course } from '../../../src/model/schema.ts';
import { connect } from '../../../src/scorm/connection.ts';
import { ScormSession } from '../../../src/scorm/session.ts';
import { FakeLms } from './fake-lms.ts';
import { ELEMENTS, FakeScheduler, lastOf, loadFm1b2, syntheticRecords, walkCourse, type Version } from './helpers.ts';

const course: Course = loadFm1b2();
const HALFWAY = 'customer-expectations';
const halfway: LearnerState = lastOf(walkCourse(course, HALFWAY));
const earlier: LearnerState = lastOf(walkCourse(course, 'satisfaction'));

function firstRecord(): InteractionRecord {
  const record = syntheticRecords()[2];
  if (!record) throw new Error('missing synthetic record');
  return record;
}

interface Rig {
  readonly lms: FakeLms;
  readonly scheduler: FakeScheduler;
  readonly session: ScormSession;
  readonly trouble: boolean[];
}

function rig(version: Version): Rig {
  const lms = new FakeLms(version);
  const scheduler = new FakeScheduler();
  const session = new ScormSession(connect(lms.found), { scheduler });
  const trouble: boolean[] = [];
  session.onTrouble((t) => trouble.push(t));
  return { lms, scheduler, session, trouble };
}

describe.each<Version>(['1.2', '2004'])('SCORM %s: an LMS that refuses for a while', (version) => {
  const names = ELEMENTS[version];
  const m = version === '1.2' ? { set: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish' } : { set: 'SetValue', commit: 'Commit', terminate: 'Terminate' };
  const response = version === '1.2' ? 'student_response' : 'learner_response';

  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
  });

  /** Queues the half-way state and one answer while the LMS refuses, then retries `failures` times. */
  function troubledVisit(refuse: 'set' | 'commit', failures: number) {
    const r = rig(version);
    r.session.start();
    if (refuse === 'set') r.lms.refuseSet = 101;
    else r.lms.refuseCommit = r.lms.commitFailure;
    r.session.update(learnerReport(course, halfway));
    r.session.record(firstRecord());
    expect(r.scheduler.step()).toBe(true); // the coalesced commit
    const attempts: number[] = [];
    for (let i = 0; i < failures; i++) {
      const before = r.lms.count(m.set) + r.lms.count(m.commit);
      expect(r.scheduler.step()).toBe(true);
      attempts.push(r.lms.count(m.set) + r.lms.count(m.commit) - before);
    }
    return { ...r, attempts };
  }

  function expectEverythingCommitted(lms: FakeLms) {
    const committed = lms.committed;
    expect(committed.get(names.location)).toBe(HALFWAY);
    expect(committed.get(names.suspendData)).toBe(learnerReport(course, halfway).suspendData);
    expect(committed.get(names.status)).toBe('incomplete');
    expect(committed.get(names.exit)).toBe('suspend');
    expect(committed.get('cmi.interactions.0.id')).toBe(firstRecord().id);
    expect(committed.get('cmi.interactions.0.type')).toBe('matching');
    expect(committed.get(`cmi.interactions.0.${response}`)).toBe(version === '1.2' ? 'a.b,c.d' : 'a[.]b[,]c[.]d');
  }

  it('tells trouble listeners exactly once while SetValue keeps failing', () => {
    const { trouble, session } = troubledVisit('set', 6);
    expect(trouble).toEqual([true]);
    expect(session.inTrouble).toBe(true);
  });

  it('keeps retrying, each attempt reaching the LMS, with growing delays', () => {
    const { scheduler, attempts } = troubledVisit('set', 6);
    expect(attempts.every((n) => n > 0)).toBe(true);
    const retries = scheduler.requested.slice(1);
    expect(retries.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < retries.length; i++) expect(retries[i]).toBeGreaterThanOrEqual(retries[i - 1] ?? 0);
    expect(lastOf(retries)).toBeGreaterThan(retries[0] ?? Infinity);
    expect(scheduler.pending).toBe(1);
  });

  it('delivers everything queued, once and in order, when SetValue works again; trouble clears once', () => {
    const { lms, scheduler, trouble, session } = troubledVisit('set', 4);
    expect(lms.accepted).toEqual([]);
    lms.refuseSet = 0;
    scheduler.step();
    expect(trouble).toEqual([true, false]);
    expect(session.inTrouble).toBe(false);
    expectEverythingCommitted(lms);
    const order = lms.acceptedElements;
    expect(new Set(order).size).toBe(order.length);
    const at = (element: string) => order.indexOf(element);
    expect(at(names.location)).toBeLessThan(at(names.suspendData));
    expect(at(names.suspendData)).toBeLessThan(at(names.status));
    expect(at(names.status)).toBeLessThan(at('cmi.interactions.0.id'));
    expect(at('cmi.interactions.0.id')).toBeLessThan(at('cmi.interactions.0.type'));
    expect(at('cmi.interactions.0.type')).toBeLessThan(at(`cmi.interactions.0.${response}`));
    expect(at(`cmi.interactions.0.${response}`)).toBeLessThan(at('cmi.interactions.0.result'));
    expect(scheduler.pending).toBe(0);
  });

  it('commits everything once Commit works again; trouble clears once', () => {
    const { lms, scheduler, trouble, attempts } = troubledVisit('commit', 4);
    expect(trouble).toEqual([true]);
    expect(attempts.every((n) => n > 0)).toBe(true);
    expect(lms.committed.size).toBe(0);
    lms.refuseCommit = 0;
    scheduler.step();
    expect(trouble).toEqual([true, false]);
    expectEverythingCommitted(lms);
    expect(scheduler.pending).toBe(0);
  });

  it('sends the latest bookmark when the learner moved on while the LMS was refusing', () => {
    const r = rig(version);
    r.session.start();
    r.lms.refuseSet = 101;
    r.session.update(learnerReport(course, earlier));
    r.scheduler.step();
    r.session.update(learnerReport(course, halfway));
    r.scheduler.step();
    r.lms.refuseSet = 0;
    r.scheduler.runAll();
    expect(r.lms.committed.get(names.location)).toBe(HALFWAY);
    expect(r.lms.committed.get(names.suspendData)).toBe(learnerReport(course, halfway).suspendData);
    expect(r.lms.accepted.filter(([e]) => e === names.location)).toEqual([[names.location, HALFWAY]]);
    expect(r.trouble).toEqual([true, false]);
  });

  it('flush() says whether the data was saved', () => {
    const r = rig(version);
    r.session.start();
    r.lms.refuseCommit = r.lms.commitFailure;
    r.session.update(learnerReport(course, halfway));
    expect(r.session.flush()).toBe(false);
    r.lms.refuseCommit = 0;
    expect(r.session.flush()).toBe(true);
    expect(r.trouble).toEqual([true, false]);
  });

  it('drops a value the data model rejects for good with a warning, and still saves the rest', () => {
    const code = version === '1.2' ? 405 : 406;
    const r = rig(version);
    r.session.start();
    r.lms.rejects.set(names.location, code);
    r.lms.rejects.set('cmi.interactions.0.weighting', code);
    r.session.update(learnerReport(course, halfway));
    r.session.record(firstRecord());
    r.scheduler.runAll();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain(names.location);
    expect(String(warn.mock.calls[0]?.[0])).toContain(String(code));
    expect(String(warn.mock.calls[1]?.[0])).toContain('cmi.interactions.0.weighting');
    expect(r.lms.committed.get(names.suspendData)).toBe(learnerReport(course, halfway).suspendData);
    expect(r.lms.committed.get(names.status)).toBe('incomplete');
    expect(r.lms.committed.get(`cmi.interactions.0.${response}`)).toBeDefined();
    expect(r.lms.committed.get('cmi.interactions.0.result')).toBe(version === '1.2' ? 'wrong' : 'incorrect');
    expect(r.lms.committed.has(names.location)).toBe(false);
    expect(r.trouble).toEqual([]);
    expect(r.scheduler.pending).toBe(0);
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s: an LMS whose API throws', (version) => {
  const names = ELEMENTS[version];

  it('never makes the session throw when every call throws, and reports trouble once', () => {
    const r = rig(version);
    r.lms.throwing = true;
    expect(() => {
      const start = r.session.start();
      expect(start.tracked).toBe(false);
      // The player then says progress cannot be saved, not that it is being retried.
      expect(start.refused).toBe(true);
      r.session.update(learnerReport(course, halfway));
      r.session.record(firstRecord());
      r.scheduler.runAll();
      r.session.flush();
      r.session.finish(learnerReport(course, halfway));
      r.session.finish(learnerReport(course, halfway));
    }).not.toThrow();
    expect(r.trouble).toEqual([true]);
  });

  it('survives an API that starts throwing mid-visit, and saves once it answers again', () => {
    const r = rig(version);
    r.session.start();
    r.lms.throwing = true;
    expect(() => {
      r.session.update(learnerReport(course, halfway));
      r.session.record(firstRecord());
      r.scheduler.step();
      r.scheduler.step();
      r.scheduler.step();
    }).not.toThrow();
    expect(r.trouble).toEqual([true]);
    r.lms.throwing = false;
    r.scheduler.step();
    expect(r.trouble).toEqual([true, false]);
    expect(r.lms.committed.get(names.location)).toBe(HALFWAY);
    expect(r.lms.committed.get('cmi.interactions.0.id')).toBe(firstRecord().id);
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s: after finish()', (version) => {
  const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';

  it('no further call reaches the LMS, whatever the course does', () => {
    const r = rig(version);
    r.session.start();
    r.session.update(learnerReport(course, earlier));
    r.session.finish(learnerReport(course, earlier));
    const calls = r.lms.calls.length;
    r.session.update(learnerReport(course, halfway));
    r.session.record(firstRecord());
    r.session.flush();
    r.scheduler.runAll();
    r.scheduler.advance(10 * 60_000);
    expect(r.lms.calls.length).toBe(calls);
    expect(r.lms.calls.at(-1)).toBe(terminate);
  });

  it('terminates exactly once even when finish() is called twice', () => {
    const r = rig(version);
    r.session.start();
    r.session.finish(learnerReport(course, halfway));
    r.session.finish(learnerReport(course, halfway));
    expect(r.lms.count(terminate)).toBe(1);
  });

  it('terminates once, and leaves no retry behind, when the LMS was refusing commits at the end', () => {
    const r = rig(version);
    r.session.start();
    r.lms.refuseCommit = r.lms.commitFailure;
    r.session.update(learnerReport(course, halfway));
    r.scheduler.step();
    r.session.finish(learnerReport(course, halfway));
    const calls = r.lms.calls.length;
    expect(r.lms.count(terminate)).toBe(1);
    expect(r.scheduler.pending).toBe(0);
    r.scheduler.runAll();
    r.session.flush();
    expect(r.lms.calls.length).toBe(calls);
  });
});
