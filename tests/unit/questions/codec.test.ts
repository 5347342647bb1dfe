import { describe, expect, it } from 'vitest';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import { courseScore, submitAnswer } from '../../../src/engine/questions/answers.ts';
import { decodeResponse, encodeResponse } from '../../../src/engine/questions/response-codec.ts';
import type { QuestionResponse } from '../../../src/engine/questions/response.ts';
import { courseFingerprint, decodeState, encodeState, worstCaseStateSize } from '../../../src/engine/state-codec.ts';
import type { Course, QuestionBlock } from '../../../src/model/schema.ts';
import {
  allQuestions,
  matchBlock,
  multipleChoiceBlock,
  orderBlock,
  quizCourse,
  sawEverything,
  singleChoiceBlock,
  sortBlock,
  trueFalseBlock,
} from './fixtures.ts';

function roundTrip(block: QuestionBlock, response: QuestionResponse): QuestionResponse | undefined {
  return decodeResponse(block, encodeResponse(block, response));
}

function submit(course: Course, state: LearnerState, id: string, response: QuestionResponse): LearnerState {
  const result = submitAnswer(course, state, id, response);
  if (!result) throw new Error(`submitAnswer refused ${id}`);
  return result.state;
}

describe('encodeResponse / decodeResponse', () => {
  it('round-trips a match response, with missed and unplaced statements', () => {
    const block = matchBlock();
    const responses: QuestionResponse[] = [
      { type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: [] },
      { type: 'match', placed: { a: 'z', c: 'x' }, missed: [] },
      { type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: ['a', 'c'] },
      { type: 'match', placed: { b: 'y' }, missed: ['a', 'b'] },
      { type: 'match', placed: {}, missed: [] },
    ];
    for (const response of responses) expect(roundTrip(block, response)).toEqual(response);
  });

  it('round-trips a sort response, with unsorted items', () => {
    const block = sortBlock();
    const responses: QuestionResponse[] = [
      { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-2' } },
      { type: 'sort', placed: { i1: 'cat-2', i4: 'cat-1' } },
      { type: 'sort', placed: {} },
    ];
    for (const response of responses) expect(roundTrip(block, response)).toEqual(response);
  });

  it('round-trips an order response', () => {
    const block = orderBlock(4);
    for (const ids of [['s1', 's2', 's3', 's4'], ['s4', 's1', 's3', 's2']]) {
      expect(roundTrip(block, { type: 'order', ids })).toEqual({ type: 'order', ids });
    }
  });

  it('round-trips choice responses, single and multiple, including none', () => {
    for (const ids of [['b'], []]) {
      expect(roundTrip(singleChoiceBlock(), { type: 'choice', ids })).toEqual({ type: 'choice', ids });
    }
    for (const ids of [['o1', 'o2'], ['o4', 'o1', 'o3'], ['o1', 'o2', 'o3', 'o4']]) {
      expect(roundTrip(multipleChoiceBlock(), { type: 'choice', ids })).toEqual({ type: 'choice', ids });
    }
  });

  it('round-trips true-false responses', () => {
    for (const value of [true, false]) {
      expect(roundTrip(trueFalseBlock(), { type: 'true-false', value })).toEqual({ type: 'true-false', value });
    }
  });

  it('encodes a response of the wrong type as nothing and never throws on odd numbers', () => {
    expect(encodeResponse(matchBlock(), { type: 'true-false', value: true })).toEqual([]);
    for (const block of allQuestions()) {
      expect(() => decodeResponse(block, [-5, 99, 3.5, Number.NaN])).not.toThrow();
    }
    expect(decodeResponse(trueFalseBlock(), [2])).toBeUndefined();
    expect(decodeResponse(trueFalseBlock(), [])).toBeUndefined();
  });
});

/** Every question answered with all its attempts; the last (or only) response is partly right. */
function fullyAnswered(course: Course): LearnerState {
  const wrongFirst: Record<string, QuestionResponse> = {
    'q-match': { type: 'match', placed: { a: 'y', b: 'z', c: 'x' }, missed: ['a', 'b', 'c'] },
    'q-sort': { type: 'sort', placed: { i1: 'cat-2', i2: 'cat-1', i3: 'cat-2', i4: 'cat-1' } },
    'q-order': { type: 'order', ids: ['s3', 's2', 's1'] },
    'q-single': { type: 'choice', ids: ['a'] },
    'q-multi': { type: 'choice', ids: ['o1', 'o2', 'o3', 'o4'] },
    'q-tf': { type: 'true-false', value: true },
  };
  const last: Record<string, QuestionResponse> = {
    'q-match': { type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: ['b'] },
    'q-sort': { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-1' } },
    'q-order': { type: 'order', ids: ['s1', 's2', 's3'] },
    'q-single': { type: 'choice', ids: ['b'] },
    'q-multi': { type: 'choice', ids: ['o1'] },
    'q-tf': { type: 'true-false', value: false },
  };
  let state: LearnerState = sawEverything(course);
  for (const page of course.pages) {
    for (const block of page.blocks) {
      if (!('attempts' in block)) continue;
      const first = wrongFirst[block.id];
      const final = last[block.id];
      if (!first || !final) throw new Error(`no responses for ${block.id}`);
      for (let i = 1; i < block.attempts; i++) state = submit(course, state, block.id, first);
      state = submit(course, state, block.id, final);
    }
  }
  return state;
}

/** Attempts per question, so the state holds several scores for most of them. */
function multiAttemptCourse(): Course {
  return quizCourse(allQuestions().map((q, i) => ({ ...q, attempts: 1 + (i % 3) })));
}

describe('encodeState / decodeState', () => {
  it('round-trips answers with several attempts: same responses, attempts and (to the hundredth) scores', () => {
    const course = multiAttemptCourse();
    const state = fullyAnswered(course);
    expect(Object.keys(state.answers)).toHaveLength(6);
    expect(state.answers['q-sort']?.scores).toEqual([0, 0.75]);
    const decoded = decodeState(course, encodeState(course, state));
    if (!decoded.ok) throw new Error(decoded.reason);
    const { answers, ...rest } = decoded.state;
    const { answers: original, ...originalRest } = state;
    expect(rest).toEqual(originalRest);
    expect(Object.keys(answers).sort()).toEqual(Object.keys(original).sort());
    for (const [id, answer] of Object.entries(original)) {
      expect(answers[id]?.response, id).toEqual(answer.response);
      expect(answers[id]?.scores, id).toHaveLength(answer.scores.length);
      answer.scores.forEach((score, i) => expect(answers[id]?.scores[i], `${id} attempt ${i + 1}`).toBeCloseTo(score, 2));
    }
  });

  // The brief's contract: identical answers back. Scores are stored in whole percent, so a
  // 2-of-3 match (0.666…) comes back as 0.67 and a 1-of-3 order as 0.33.
  it('round-trips answers with several attempts: identical answers back', () => {
    const course = multiAttemptCourse();
    const state = fullyAnswered(course);
    expect(decodeState(course, encodeState(course, state))).toEqual({ ok: true, state });
  });

  it('round-trips a state without answers', () => {
    const course = multiAttemptCourse();
    const state = sawEverything(course);
    expect(decodeState(course, encodeState(course, state))).toEqual({ ok: true, state });
  });

  // Scores are stored in whole percent: 2/3 comes back as 0.67, which can move the course
  // score by a point after a resume (here 33 → 34), enough to flip passed/failed.
  it('keeps the course score the same across a resume with a 2-of-3 match', () => {
    const course = quizCourse([matchBlock(), trueFalseBlock()]);
    let state = submit(course, sawEverything(course), 'q-match', { type: 'match', placed: { a: 'x', b: 'y', c: 'x' }, missed: [] });
    state = submit(course, state, 'q-tf', { type: 'true-false', value: true });
    const decoded = decodeState(course, encodeState(course, state));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(courseScore(course, state)).toBe(33);
    expect(courseScore(course, decoded.state)).toBe(courseScore(course, state));
  });

  describe('corrupt answer entries are unreadable, never thrown', () => {
    const course = multiAttemptCourse();
    const base = { v: 1, c: courseFingerprint(course), p: 0, s: '1', d: '' };
    const corrupt: [string, unknown][] = [
      ['answers not a list', { x: 1 }],
      ['entry not a list', [5]],
      ['entry too short', [[0, [100]]]],
      ['entry too long', [[0, [100], [2, 4, 6], 9]]],
      ['question index out of range', [[99, [100], [1]]]],
      ['negative question index', [[-1, [100], [1]]]],
      ['question index not a number', [['0', [100], [2, 4, 6]]]],
      ['scores not a list', [[0, 100, [2, 4, 6]]]],
      ['scores not integers', [[0, ['a'], [2, 4, 6]]]],
      ['response not a list', [[0, [100], 'x']]],
      ['response not integers', [[0, [100], [1.5, null]]]],
      ['true-false response out of range', [[5, [100], [7]]]],
      ['null entry', [null]],
    ];
    for (const [name, a] of corrupt) {
      it(name, () => {
        const text = JSON.stringify({ ...base, a });
        expect(() => decodeState(course, text)).not.toThrow();
        expect(decodeState(course, text)).toEqual({ ok: false, reason: 'unreadable' });
      });
    }
  });
});

/** The state with the longest jump trail (every page to the last one, as worstCaseStateSize assumes). */
function longestTrail(course: Course, state: LearnerState): LearnerState {
  const pages = course.pages.map((p) => p.id);
  const last = pages.at(-1) ?? '';
  return {
    ...state,
    page: last,
    visited: pages,
    done: course.pages.flatMap((p) => p.blocks.flatMap((b) => ('required' in b ? [b.id] : []))),
    excursions: pages.slice(0, -1).map((from) => ({ from, to: last })),
  };
}

describe('worstCaseStateSize', () => {
  it('is at least the size of a fully answered course using every attempt', () => {
    for (const attempts of [1, 9]) {
      const course = quizCourse(allQuestions().map((q) => ({ ...q, attempts })));
      const state = fullyAnswered(course);
      for (const q of allQuestions()) expect(state.answers[q.id]?.scores).toHaveLength(attempts);
      const withJumps = longestTrail(course, state);
      expect(worstCaseStateSize(course), `attempts ${attempts}`).toBeGreaterThanOrEqual(encodeState(course, withJumps).length);
    }
  });

  it('is at least the size of any answer the engine accepts, e.g. a sort with items left unsorted', () => {
    // Eight right attempts, then one with nothing sorted: the stored response is [-1,-1,-1,-1],
    // longer than the [1,1,1,1] the worst case assumes.
    const course = quizCourse([sortBlock({ attempts: 9 })]);
    let state = sawEverything(course);
    const right: QuestionResponse = { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-2' } };
    for (let i = 0; i < 8; i++) state = submit(course, state, 'q-sort', right);
    state = submit(course, state, 'q-sort', { type: 'sort', placed: {} });
    expect(worstCaseStateSize(course)).toBeGreaterThanOrEqual(encodeState(course, longestTrail(course, state)).length);
  });
});
