/**
 * Relaunches against scorm-again: the learner comes back to where they left off, a finished
 * course stays finished, and the LMS's mastery score is the pass mark.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startState, type LearnerState } from '../../../src/engine/learner-state.ts';
import { learnerReport, type LearnerReport } from '../../../src/engine/report.ts';
import type { Course } from '../../../src/model/schema.ts';
import { resumption } from '../../../src/player/tracking.ts';
import { connect } from '../../../src/scorm/connection.ts';
import { ScormSession, type SessionStart } from '../../../src/scorm/session.ts';
import {
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
  withPath,
  type AgainLms,
  type Json,
  type Version,
} from './helpers.ts';

interface Visit {
  readonly lms: AgainLms;
  readonly session: ScormSession;
  readonly scheduler: FakeScheduler;
  readonly start: SessionStart;
}

function launch(version: Version, cmi?: Json, coursePassingScore?: number): Visit {
  const lms = scormAgain(version, cmi);
  const scheduler = new FakeScheduler();
  const session = new ScormSession(connect(lms.found), { scheduler });
  const start = session.start(coursePassingScore);
  return { lms, session, scheduler, start };
}

/** Plays `states` into the visit, one update per step, then ends it. */
function play(course: Course, visit: Visit, states: readonly LearnerState[], records = 0): void {
  for (const state of states) {
    visit.session.update(learnerReport(course, state));
    visit.scheduler.advance(1500);
  }
  for (const record of syntheticRecords().slice(0, records)) visit.session.record(record);
  visit.scheduler.runAll();
  visit.session.finish(learnerReport(course, lastOf(states)));
}

/** What the LMS hands the course on its next launch: the stored data, with `entry` set. */
function relaunchData(version: Version, visit: Visit, entry: 'resume' | ''): Json {
  return withPath(cmiOf(visit.lms.api), ELEMENTS[version].entry, entry);
}

const sorted = (ids: readonly string[]) => [...ids].sort();

const HALFWAY = 'customer-expectations';

describe.each<Version>(['1.2', '2004'])('SCORM %s: coming back to a suspended attempt', (version) => {
  let course: Course;
  let leftAt: LearnerState;
  let second: Visit;

  beforeAll(() => {
    course = loadFm1b2();
    const first = launch(version, undefined, course.passingScore);
    const states = walkCourse(course, HALFWAY);
    leftAt = lastOf(states);
    play(course, first, states, 2);
    second = launch(version, relaunchData(version, first, 'resume'), course.passingScore);
  });

  it('sees the launch as a resumed attempt', () => {
    expect(second.start.tracked).toBe(true);
    expect(second.start.version).toBe(version);
    expect(second.start.resumed).toBe(true);
  });

  it('gets the bookmark of the page the learner left', () => {
    expect(second.start.location).toBe(HALFWAY);
  });

  it('restores the learner state the learner left (page, pages seen, interactions done)', () => {
    const { initial } = resumption(course, second.start);
    expect(initial.page).toBe(leftAt.page);
    expect(sorted(initial.visited)).toEqual(sorted(leftAt.visited));
    expect(sorted(initial.done)).toEqual(sorted(leftAt.done));
    expect(initial.excursions).toEqual(leftAt.excursions);
  });

  it('offers 继续 / 从头开始 since the bookmark is past the first page', () => {
    expect(resumption(course, second.start).askToResume).toBe(true);
  });

  it('journals new answers after the ones already recorded instead of overwriting them', () => {
    const extra = syntheticRecords()[4];
    if (!extra) throw new Error('missing synthetic record');
    // A visit with two recorded answers, then a relaunch that records one more:
    const first = launch(version, undefined, course.passingScore);
    play(course, first, walkCourse(course, HALFWAY), 2);
    const again = launch(version, relaunchData(version, first, 'resume'), course.passingScore);
    again.session.record(extra);
    again.session.finish(learnerReport(course, leftAt));
    const cmi = cmiOf(again.lms.api);
    expect(readPath(cmi, 'interactions.0.id')).toBe(syntheticRecords()[0]?.id);
    expect(readPath(cmi, 'interactions.1.id')).toBe(syntheticRecords()[1]?.id);
    expect(readPath(cmi, 'interactions.2.id')).toBe(extra.id);
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s: relaunching a course already completed', (version) => {
  const names = ELEMENTS[version];
  let course: Course;
  let again: Visit;

  beforeAll(() => {
    course = loadFm1b2();
    const first = launch(version, undefined, course.passingScore);
    play(course, first, walkCourse(course));
    expect(readPath(cmiOf(first.lms.api), names.status)).toBe('completed');
    again = launch(version, relaunchData(version, first, ''), course.passingScore);
    // The learner reopens the course and looks at the first page only: not complete by itself.
    const fresh = startState(course);
    play(course, again, [fresh]);
  });

  it('never reports the course as incomplete again', () => {
    const statuses = again.lms.calls.filter((c) => c.method.endsWith('SetValue') && c.args[0] === names.status).map((c) => c.args[1]);
    expect(statuses).not.toContain('incomplete');
    expect(readPath(cmiOf(again.lms.api), names.status)).toBe('completed');
  });

  it('does not suspend the finished attempt', () => {
    expect(lastSet(again.lms.calls, names.exit)).toBe(version === '1.2' ? '' : 'normal');
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s: relaunching a course already passed', (version) => {
  it('keeps the passed result when the relaunch carries no score', () => {
    const course = loadFm1b2();
    const passedBefore: Json =
      version === '1.2'
        ? withPath(withPath({}, 'core.lesson_status', 'passed'), 'core.entry', '')
        : withPath(withPath(withPath({}, 'completion_status', 'completed'), 'success_status', 'passed'), 'entry', '');
    const visit = launch(version, passedBefore, course.passingScore);
    play(course, visit, [startState(course)]);
    const cmi = cmiOf(visit.lms.api);
    if (version === '1.2') {
      expect(readPath(cmi, 'core.lesson_status')).toBe('passed');
    } else {
      expect(readPath(cmi, 'completion_status')).toBe('completed');
      expect(readPath(cmi, 'success_status')).toBe('passed');
    }
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s: the LMS mastery score is the pass mark', (version) => {
  const course = loadFm1b2();
  const scored = (raw: number): LearnerReport => ({
    ...learnerReport(course, lastOf(walkCourse(course))),
    score: { raw, min: 0, max: 100 },
  });
  /** The LMS's mastery score in percent, as that version's element holds it. */
  const masteryData = (percent: number): Json =>
    version === '1.2' ? withPath({}, 'student_data.mastery_score', String(percent)) : withPath({}, 'scaled_passing_score', String(percent / 100));

  /** What the LMS stores, and the success status the course itself sent (2004 re-evaluates it). */
  function scoredVisit(lmsPercent: number | undefined, coursePercent: number, raw: number): { cmi: Json; sent: string | undefined } {
    const visit = launch(version, lmsPercent === undefined ? undefined : masteryData(lmsPercent), coursePercent);
    visit.session.update(scored(raw));
    visit.scheduler.runAll();
    visit.session.finish(scored(raw));
    const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    return { cmi: cmiOf(visit.lms.api), sent: lastSet(visit.lms.calls, status) };
  }

  it('reports the LMS mastery score as the pass mark in force', () => {
    const visit = launch(version, masteryData(80), 50);
    expect(visit.start.passMark).toBe(80);
  });

  it('fails 70% against an LMS mastery score of 80, though the course would pass it at 50', () => {
    const { cmi, sent } = scoredVisit(80, 50, 70);
    expect(sent).toBe('failed');
    if (version === '1.2') {
      expect(readPath(cmi, 'core.lesson_status')).toBe('failed');
      expect(readPath(cmi, 'core.score.raw')).toBe('70');
    } else {
      expect(readPath(cmi, 'completion_status')).toBe('completed');
      expect(readPath(cmi, 'success_status')).toBe('failed');
      expect(readPath(cmi, 'score.scaled')).toBe('0.7');
    }
  });

  it('passes 70% against an LMS mastery score of 60, though the course would fail it at 90', () => {
    const { cmi, sent } = scoredVisit(60, 90, 70);
    expect(sent).toBe('passed');
    if (version === '1.2') {
      expect(readPath(cmi, 'core.lesson_status')).toBe('passed');
    } else {
      expect(readPath(cmi, 'completion_status')).toBe('completed');
      expect(readPath(cmi, 'success_status')).toBe('passed');
      expect(readPath(cmi, 'score.scaled')).toBe('0.7');
    }
  });

  it("uses the course's passing score when the LMS sets none", () => {
    const { cmi, sent } = scoredVisit(undefined, 90, 70);
    expect(sent).toBe('failed');
    expect(readPath(cmi, version === '1.2' ? 'core.lesson_status' : 'success_status')).toBe('failed');
  });
});
