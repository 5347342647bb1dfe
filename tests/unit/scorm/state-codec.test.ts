/**
 * The learner state as suspend data: it must come back as it went in, fit the 1.2 budget, and
 * never crash a relaunch, whatever the LMS hands back.
 */
import { describe, expect, it } from 'vitest';
import { courseInteractions, startState, type LearnerState } from '../../../src/engine/learner-state.ts';
import { completeInteraction, followJump, goBack } from '../../../src/engine/navigation.ts';
import { courseFingerprint, decodeState, encodeState, worstCaseStateSize } from '../../../src/engine/state-codec.ts';
import type { Course } from '../../../src/model/schema.ts';
import { resumption } from '../../../src/player/tracking.ts';
import type { SessionStart } from '../../../src/scorm/session.ts';
import { lastOf, loadFm1b2, walkCourse } from './helpers.ts';

const course: Course = loadFm1b2();
const pageIds = course.pages.map((p) => p.id);

/** A copy of the course from another build: one page renamed. */
function renamedBuild(): Course {
  return { ...course, pages: course.pages.map((p) => (p.id === 'satisfaction' ? { ...p, id: 'satisfaction-v2' } : p)) };
}

/** The walk, plus states with open jumps. */
function interestingStates(): LearnerState[] {
  const walk = walkCourse(course);
  const atCase = walk.find((s) => s.page === 'complaint-case');
  if (!atCase) throw new Error('the walk never reached complaint-case');
  const toSarcastic = followJump(course, atCase, 'type-sarcastic');
  const sarcasticDone = completeInteraction(toSarcastic, 'sarcastic-steps');
  const thenAngry = followJump(course, sarcasticDone, 'type-angry');
  const backOnce = goBack(course, thenAngry);
  const fromSummary = followJump(course, lastOf(walk), 'expectation-outcome');
  return [...walk, toSarcastic, sarcasticDone, thenAngry, backOnce, fromSummary];
}

/** Every page and interaction done, and the longest jump trails the engine can build. */
function extremeStates(): LearnerState[] {
  const everything = lastOf(walkCourse(course));
  const allDone = courseInteractions(course).reduce((s, b) => completeInteraction(s, b.id), everything);
  const trail = (order: readonly string[]) => order.reduce((s, id) => followJump(course, s, id), { ...allDone, page: order[0] ?? '' });
  return [
    allDone,
    trail(pageIds),
    trail([...pageIds].reverse()),
    trail([pageIds[0] ?? '', ...pageIds.slice(1).reverse()]),
  ];
}

/** States are equal for the learner when the same page shows and the same things are seen and done. */
function expectSameState(actual: LearnerState, expected: LearnerState) {
  expect(actual.page).toBe(expected.page);
  expect([...actual.visited].sort()).toEqual([...expected.visited].sort());
  expect([...actual.done].sort()).toEqual([...expected.done].sort());
  expect(actual.excursions).toEqual(expected.excursions);
}

function withEncoded(patch: Record<string, unknown>): string {
  const base: unknown = JSON.parse(encodeState(course, startState(course)));
  return JSON.stringify({ ...(typeof base === 'object' && base !== null ? base : {}), ...patch });
}

describe('suspend data round trip', () => {
  it('decodes the start state to itself', () => {
    const decoded = decodeState(course, encodeState(course, startState(course)));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.state).toEqual(startState(course));
  });

  it('decodes every state of a walk through fm-1-b2 to the same state', () => {
    for (const state of walkCourse(course)) {
      const decoded = decodeState(course, encodeState(course, state));
      if (!decoded.ok) throw new Error(`could not decode at ${state.page}: ${decoded.reason}`);
      expectSameState(decoded.state, state);
    }
  });

  it('keeps open jumps (excursions), so 返回 still works after a relaunch', () => {
    for (const state of interestingStates()) {
      const decoded = decodeState(course, encodeState(course, state));
      if (!decoded.ok) throw new Error(`could not decode at ${state.page}: ${decoded.reason}`);
      expectSameState(decoded.state, state);
    }
    expect(interestingStates().some((s) => s.excursions.length >= 2)).toBe(true);
  });

  it('round-trips the extreme states (everything done, longest trails)', () => {
    for (const state of extremeStates()) {
      const decoded = decodeState(course, encodeState(course, state));
      if (!decoded.ok) throw new Error(`could not decode: ${decoded.reason}`);
      expectSameState(decoded.state, state);
    }
  });
});

describe('decoding what an LMS hands back never throws', () => {
  const cases: [name: string, text: string][] = [
    ['empty', ''],
    ['blank', '   \n'],
    ['garbage', 'Ω≈ç√∫˜µ≤≥÷'],
    ['truncated JSON', encodeState(course, startState(course)).slice(0, 12)],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON string', '"objectives"'],
    ['a JSON array', '[1,2,3]'],
    ['JSON of another shape', '{"page":"objectives","visited":["objectives"]}'],
    ['format v: 2', withEncoded({ v: 2 })],
    ['format v: "1"', withEncoded({ v: '1' })],
    ['another build of the course', encodeState(renamedBuild(), startState(renamedBuild()))],
    ['page index past the end', withEncoded({ p: pageIds.length })],
    ['negative page index', withEncoded({ p: -1 })],
    ['fractional page index', withEncoded({ p: 1.5 })],
    ['page index as text', withEncoded({ p: '2' })],
    ['visited bits not a string', withEncoded({ s: 7 })],
    ['done bits not a string', withEncoded({ d: null })],
    ['jump to a page past the end', withEncoded({ x: [[0, 99]] })],
    ['jump from a negative page', withEncoded({ x: [[-1, 2]] })],
    ['jump that is not a pair', withEncoded({ x: [[0]] })],
    ['jumps not a list', withEncoded({ x: 'abc' })],
    ['jumps null', withEncoded({ x: null })],
  ];

  it.each(cases)('returns a reason instead of a state for %s', (_name, text) => {
    let result: ReturnType<typeof decodeState> | undefined;
    expect(() => {
      result = decodeState(course, text);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(['empty', 'unreadable', 'other-format', 'other-course-build']).toContain(result.reason);
  });

  it('names the reason: empty, unreadable, other format, other course build', () => {
    const reason = (text: string) => {
      const r = decodeState(course, text);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason('')).toBe('empty');
    expect(reason('not json')).toBe('unreadable');
    expect(reason(withEncoded({ v: 2 }))).toBe('other-format');
    expect(reason(encodeState(renamedBuild(), startState(renamedBuild())))).toBe('other-course-build');
    expect(reason(withEncoded({ p: 99 }))).toBe('unreadable');
  });

  it('tells builds apart by their structure', () => {
    expect(courseFingerprint(renamedBuild())).not.toBe(courseFingerprint(course));
    const reordered: Course = { ...course, pages: [...course.pages].reverse() };
    expect(courseFingerprint(reordered)).not.toBe(courseFingerprint(course));
    expect(courseFingerprint({ ...course, title: 'A new title' })).toBe(courseFingerprint(course));
  });

  it('survives every truncation and odd bit strings of real suspend data', () => {
    const text = encodeState(course, lastOf(interestingStates()));
    for (let i = 0; i <= text.length; i++) expect(() => decodeState(course, text.slice(0, i))).not.toThrow();
    for (const bits of ['zz', '-1', 'ffffffffffffffffffffffff', '', '0x1']) {
      expect(() => decodeState(course, withEncoded({ s: bits, d: bits }))).not.toThrow();
    }
  });

  it('decodes to a state that always includes the page shown among the pages seen', () => {
    const decoded = decodeState(course, withEncoded({ p: 3, s: '' }));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.state.visited).toContain(pageIds[3]);
  });
});

describe('the suspend data budget', () => {
  it('has a worst case below 1024 characters for fm-1-b2', () => {
    expect(worstCaseStateSize(course)).toBeLessThan(1024);
  });

  it('is never exceeded by a state the learner can reach', () => {
    const worst = worstCaseStateSize(course);
    const sizes = [...interestingStates(), ...extremeStates()].map((s) => encodeState(course, s).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(worst);
  });
});

describe('resumption() with suspend data from another build', () => {
  const start = (location: string, suspendData: string): SessionStart => ({
    tracked: true,
    refused: false,
    version: '2004',
    resumed: true,
    location,
    suspendData,
  });

  it('keeps the bookmark page, and offers to resume there', () => {
    const other = renamedBuild();
    const left = lastOf(walkCourse(other, 'type-logical'));
    const { initial, askToResume } = resumption(course, start('type-logical', encodeState(other, left)));
    expect(initial.page).toBe('type-logical');
    expect(initial.visited).toContain('type-logical');
    expect(askToResume).toBe(true);
  });

  it('starts at the beginning when the bookmark is a page this build no longer has', () => {
    const other = renamedBuild();
    const left = lastOf(walkCourse(other, 'satisfaction-v2'));
    const { initial, askToResume } = resumption(course, start('satisfaction-v2', encodeState(other, left)));
    expect(initial).toEqual(startState(course));
    expect(askToResume).toBe(false);
  });

  it('prefers the saved state over the bookmark when the build matches', () => {
    const left = lastOf(walkCourse(course, 'type-angry'));
    const { initial } = resumption(course, start('objectives', encodeState(course, left)));
    expect(initial.page).toBe('type-angry');
  });
});
