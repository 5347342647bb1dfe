/**
 * Role-plays in the suspend data: a learner who leaves mid-conversation comes back to the same
 * line with the same choices made; damaged data is refused rather than half-read.
 */
import { describe, expect, it } from 'vitest';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import { courseInteractions } from '../../../src/engine/learner-state.ts';
import { submitAnswer } from '../../../src/engine/questions/answers.ts';
import { decodeResponse, encodeResponse } from '../../../src/engine/questions/response-codec.ts';
import { conversationOf, isFinished, playAgain } from '../../../src/engine/roleplay/play.ts';
import { decodeState, encodeState, worstCaseStateSize } from '../../../src/engine/state-codec.ts';
import type { Course } from '../../../src/model/schema.ts';
import { BEST, LOOP, POOR, RECOVERY, RP, onRoleplayPage, play, roleplayCourse, roleplayOf, say } from './fixtures.ts';

/** Question indexes in the course with the loop: rp-angry 0, rp-loop 1, q-check 2. */
const course = roleplayCourse({ withLoop: true });

function decoded(c: Course, text: string): LearnerState {
  const result = decodeState(c, text);
  if (!result.ok) return expect.unreachable(`decodeState refused: ${result.reason}`);
  return result.state;
}

/** rp-angry played once (poorly) and under way again after one choice; rp-loop under way. */
function midway(): LearnerState {
  let state = play(course, onRoleplayPage(course), POOR).state;
  const again = playAgain(course, state, RP);
  if (!again) throw new Error('playAgain refused');
  state = say(course, again, 0).state;
  state = say(course, state, 1, LOOP).state;
  state = say(course, state, 0, LOOP).state;
  state = say(course, state, 1, LOOP).state;
  return state;
}

/** The encoded state with one field replaced. */
function tampered(state: LearnerState, key: 'a' | 'r', value: unknown): string {
  const json = JSON.parse(encodeState(course, state)) as Record<string, unknown>;
  return JSON.stringify({ ...json, [key]: value });
}

describe('suspend data: role-plays under way and finished', () => {
  it('stores conversations under way in r, as question index and choices so far', () => {
    const json = JSON.parse(encodeState(course, midway())) as Record<string, unknown>;
    expect(json['r']).toEqual([
      [0, [0]],
      [1, [1, 0, 1]],
    ]);
    // The finished conversation is an answer: 3 of 9 points, the path taken.
    expect(json['a']).toEqual([[0, [3], [0, 2]]]);
  });

  it('decodes to the same state, so the learner resumes mid-way with the same choices', () => {
    const state = midway();
    const back = decoded(course, encodeState(course, state));
    expect(back).toEqual(state);
    expect(isFinished(back, RP)).toBe(false);
    expect(conversationOf(roleplayOf(course), back)?.at.id).toBe('story');
    expect(conversationOf(roleplayOf(course, LOOP), back)?.at.id).toBe('unclear');
    // Carrying on after the resume finishes the second attempt.
    const finished = play(course, back, [0, 0]);
    expect(finished.state.answers[RP]?.scores).toEqual([3 / 9, 1]);
  });

  it('keeps a finished conversation and its exact score (8 of 9 points) across a resume', () => {
    let state = play(course, onRoleplayPage(course), RECOVERY).state;
    const answered = submitAnswer(course, state, 'q-check', { type: 'true-false', value: true });
    if (!answered) return expect.unreachable('the true-false was refused');
    state = answered.state;
    const back = decoded(course, encodeState(course, state));
    expect(back).toEqual(state);
    expect(back.answers[RP]?.scores).toEqual([8 / 9]);
    expect(back.conversations).toEqual({});
    expect(back.done).toContain(RP);
  });

  it('writes no r while no conversation is under way', () => {
    const state = play(course, onRoleplayPage(course), BEST).state;
    expect(JSON.parse(encodeState(course, state))).not.toHaveProperty('r');
  });

  it('round-trips a role-play response through the response codec', () => {
    const block = roleplayOf(course);
    for (const path of [BEST, POOR, RECOVERY]) {
      const response = { type: 'roleplay' as const, path };
      expect(decodeResponse(block, encodeResponse(block, response))).toEqual({ type: 'roleplay', path: [...path] });
    }
    expect(decodeResponse(block, [7])).toBeUndefined();
  });
});

describe('suspend data: damaged role-play entries are refused', () => {
  const state = midway();
  const refused = (text: string) => expect(decodeState(course, text)).toEqual({ ok: false, reason: 'unreadable' });

  it('refuses a conversation of an unknown question index', () => {
    refused(tampered(state, 'r', [[99, [0]]]));
    refused(tampered(state, 'r', [[-1, [0]]]));
  });

  it('refuses a conversation whose choices do not fit the graph', () => {
    refused(tampered(state, 'r', [[0, [2]]])); // open offers 2 choices
    refused(tampered(state, 'r', [[0, [0, 3]]])); // story offers 3
    refused(tampered(state, 'r', [[0, [...BEST, 0]]])); // a choice after the ending
    refused(tampered(state, 'r', [[1, [1, 0, 1, 0, 1]]])); // a choice after the cut-off
  });

  it('refuses a conversation under way that has in fact ended (the learner would be stuck at its ending)', () => {
    refused(tampered(state, 'r', [[0, [...BEST]]]));
  });

  it('refuses a role-play answer whose conversation has not ended', () => {
    refused(tampered(state, 'a', [[0, [3], [0]]]));
  });

  it('refuses a conversation under the index of a question that is not a role-play', () => {
    refused(tampered(state, 'r', [[2, []]]));
  });

  it('refuses malformed conversation entries', () => {
    refused(tampered(state, 'r', 'x'));
    refused(tampered(state, 'r', [[0]]));
    refused(tampered(state, 'r', [[0, [0], 1]]));
    refused(tampered(state, 'r', [[0, ['0']]]));
    refused(tampered(state, 'r', [[0, [0.5]]]));
    refused(tampered(state, 'r', [['0', [0]]]));
  });

  it('refuses a role-play answer whose path does not fit, or whose score is more than the best', () => {
    refused(tampered(state, 'a', [[0, [3], [0, 7]]]));
    refused(tampered(state, 'a', [[0, [10], [0, 0, 0]]])); // 10 of 9 points
    refused(tampered(state, 'a', [[0, [3, 3, 3, 3], [0, 2]]])); // 4 attempts of 3
  });

  it('still reads the untouched state', () => {
    expect(decodeState(course, encodeState(course, state)).ok).toBe(true);
    expect(decodeState(course, tampered(state, 'r', [[0, [0, 1]]])).ok).toBe(true);
  });
});

describe('suspend data: the worst case covers role-plays', () => {
  /**
   * Everything seen and done, every attempt used on the longest conversations (4 decisions
   * for rp-angry, a cut-off at 4 for rp-loop), then both under way again as far as they go.
   */
  function fullyPlayed(): LearnerState {
    let state = onRoleplayPage(course);
    for (let attempt = 0; attempt < 3; attempt++) {
      state = play(course, state, RECOVERY).state;
      state = play(course, state, [1, 0, 1, 0], LOOP).state;
    }
    const answered = submitAnswer(course, state, 'q-check', { type: 'true-false', value: false });
    if (!answered) throw new Error('the true-false was refused');
    // Under way again: the longest paths that have not ended yet.
    let again = { ...answered.state, conversations: { [RP]: [1, 0, 1], [LOOP]: [1, 0, 1] } };
    again = {
      ...again,
      page: course.pages.at(-1)?.id ?? '',
      visited: course.pages.map((p) => p.id),
      done: courseInteractions(course).map((b) => b.id),
    };
    return again;
  }

  it('is at least the length of a fully played state with conversations under way again', () => {
    const state = fullyPlayed();
    expect(state.answers[RP]?.scores).toHaveLength(3);
    expect(state.answers[LOOP]?.scores).toEqual([0, 0, 0]);
    // The state is a real one: it decodes, and both conversations are still under way.
    expect(decoded(course, encodeState(course, state))).toEqual(state);
    expect(conversationOf(roleplayOf(course), state)?.outcome).toBeUndefined();
    expect(conversationOf(roleplayOf(course, LOOP), state)?.outcome).toBeUndefined();
    expect(worstCaseStateSize(course)).toBeGreaterThanOrEqual(encodeState(course, state).length);
  });

  it('grows with each role-play', () => {
    expect(worstCaseStateSize(course)).toBeGreaterThan(worstCaseStateSize(roleplayCourse()));
  });
});
