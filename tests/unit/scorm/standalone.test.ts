/**
 * No LMS: progress kept in the browser's storage, so a reload on the same device resumes, while
 * the learner is told nothing is recorded.
 */
import { describe, expect, it } from 'vitest';
import { startState, type LearnerState } from '../../../src/engine/learner-state.ts';
import { learnerReport } from '../../../src/engine/report.ts';
import type { Course } from '../../../src/model/schema.ts';
import { resumption } from '../../../src/player/tracking.ts';
import { standaloneConnection, type KeyValueStore } from '../../../src/scorm/connection.ts';
import { ScormSession } from '../../../src/scorm/session.ts';
import { FakeScheduler, lastOf, loadFm1b2, walkCourse } from './helpers.ts';

const KEY = 'courseloom:fm-1-b2';
const course: Course = loadFm1b2();
const HALFWAY = 'customer-expectations';

class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  failWrites = false;
  writes = 0;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.writes++;
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function open(store: KeyValueStore) {
  const scheduler = new FakeScheduler();
  const session = new ScormSession(standaloneConnection(store, KEY), { scheduler });
  const trouble: boolean[] = [];
  session.onTrouble((t) => trouble.push(t));
  const start = session.start(course.passingScore);
  return { scheduler, session, start, trouble };
}

function visit(store: KeyValueStore, states: readonly LearnerState[]) {
  const v = open(store);
  for (const state of states) {
    v.session.update(learnerReport(course, state));
    v.scheduler.advance(1000);
  }
  v.session.finish(learnerReport(course, lastOf(states)));
  return v;
}

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('standalone mode (no LMS)', () => {
  it('says it is not tracked, as version standalone', () => {
    const { start } = open(new MemoryStore());
    expect(start.tracked).toBe(false);
    expect(start.refused).toBe(false);
    expect(start.version).toBe('standalone');
    expect(standaloneConnection(new MemoryStore(), KEY).tracked).toBe(false);
  });

  it('starts a first visit fresh', () => {
    const { start } = open(new MemoryStore());
    expect(start.resumed).toBe(false);
    expect(start.location).toBe('');
    expect(start.suspendData).toBe('');
    expect(resumption(course, start).initial).toEqual(startState(course));
  });

  it('keeps progress across a reload after a suspended visit, and resumes it', () => {
    const store = new MemoryStore();
    const states = walkCourse(course, HALFWAY);
    const left = lastOf(states);
    visit(store, states);
    const { start } = open(store);
    expect(start.resumed).toBe(true);
    expect(start.location).toBe(HALFWAY);
    expect(start.suspendData).toBe(learnerReport(course, left).suspendData);
    const { initial, askToResume } = resumption(course, start);
    expect(initial.page).toBe(left.page);
    expect(sorted(initial.visited)).toEqual(sorted(left.visited));
    expect(sorted(initial.done)).toEqual(sorted(left.done));
    expect(askToResume).toBe(true);
  });

  it('keeps progress when the tab is closed without finish(), once the change was committed', () => {
    const store = new MemoryStore();
    const first = open(store);
    first.session.update(learnerReport(course, lastOf(walkCourse(course, HALFWAY))));
    first.scheduler.runAll();
    // No finish(): the browser killed the page.
    const { start } = open(store);
    expect(start.resumed).toBe(true);
    expect(start.location).toBe(HALFWAY);
  });

  it('starts fresh on the launch after a visit that exited normally (course completed)', () => {
    const store = new MemoryStore();
    visit(store, walkCourse(course));
    const { start } = open(store);
    expect(start.resumed).toBe(false);
    expect(start.location).toBe('');
    expect(start.suspendData).toBe('');
    expect(resumption(course, start).initial).toEqual(startState(course));
  });

  it('keeps each course apart by its storage key', () => {
    const store = new MemoryStore();
    visit(store, walkCourse(course, HALFWAY));
    const other = new ScormSession(standaloneConnection(store, 'courseloom:another-course'), { scheduler: new FakeScheduler() });
    const start = other.start();
    expect(start.resumed).toBe(false);
    expect(start.location).toBe('');
  });

  it('treats unreadable stored data as a fresh start instead of failing', () => {
    const store = new MemoryStore();
    store.items.set(KEY, '{not json');
    const { start, trouble } = open(store);
    expect(start.resumed).toBe(false);
    expect(trouble).toEqual([]);
  });

  it('reports trouble, without throwing, when the storage refuses to save', () => {
    const store = new MemoryStore();
    store.failWrites = true;
    const v = open(store);
    expect(() => {
      v.session.update(learnerReport(course, lastOf(walkCourse(course, HALFWAY))));
      v.scheduler.step();
    }).not.toThrow();
    expect(store.writes).toBeGreaterThan(0);
    expect(v.trouble).toEqual([true]);
    expect(v.session.flush()).toBe(false);
    store.failWrites = false;
    expect(v.session.flush()).toBe(true);
    expect(v.trouble).toEqual([true, false]);
    expect(() => v.session.finish(learnerReport(course, lastOf(walkCourse(course, HALFWAY))))).not.toThrow();
  });
});
