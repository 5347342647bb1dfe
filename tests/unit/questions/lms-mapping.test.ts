import { describe, expect, it, vi } from 'vitest';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import { submitAnswer } from '../../../src/engine/questions/answers.ts';
import { answerRecords, interactionRecord, plainText } from '../../../src/engine/questions/record.ts';
import type { QuestionResponse } from '../../../src/engine/questions/response.ts';
import { learnerReport } from '../../../src/engine/report.ts';
import type { Course } from '../../../src/model/schema.ts';
import { connect } from '../../../src/scorm/connection.ts';
import { ScormSession } from '../../../src/scorm/session.ts';
import { FakeScheduler, cmiOf, readPath, scormAgain, type AgainLms, type Json, type Version } from '../scorm/helpers.ts';
import {
  matchBlock,
  multipleChoiceBlock,
  orderBlock,
  quizCourse,
  sawEverything,
  singleChoiceBlock,
  sortBlock,
  trueFalseBlock,
} from './fixtures.ts';

const AT = Date.UTC(2024, 0, 2, 3, 4, 5);
const RIGHT = { score: 1, correct: true };
const WRONG = { score: 0, correct: false };

describe('interactionRecord', () => {
  it('maps a match to matching pairs in item order, leaving out unplaced statements', () => {
    const record = interactionRecord(matchBlock(), { type: 'match', placed: { c: 'x', a: 'y' }, missed: [] }, WRONG, AT, 1500);
    expect(record).toEqual({
      id: 'q-match',
      description: 'Match each term to its meaning.',
      response: { type: 'matching', pairs: [['a', 'y'], ['c', 'x']] },
      correct: { type: 'matching', pairs: [['a', 'x'], ['b', 'y'], ['c', 'z']] },
      result: 'incorrect',
      weighting: 1,
      latencyMs: 1500,
      answeredAt: AT,
    });
  });

  it('maps a sort to matching pairs (item to category) in item order', () => {
    const record = interactionRecord(sortBlock(), { type: 'sort', placed: { i4: 'cat-2', i1: 'cat-1', i2: 'cat-2', i3: 'cat-1' } }, RIGHT, AT, 0);
    expect(record.response).toEqual({ type: 'matching', pairs: [['i1', 'cat-1'], ['i2', 'cat-2'], ['i3', 'cat-1'], ['i4', 'cat-2']] });
    expect(record.correct).toEqual(record.response);
    expect(record.result).toBe('correct');
  });

  it('maps an order to sequencing', () => {
    const record = interactionRecord(orderBlock(), { type: 'order', ids: ['s2', 's1', 's3'] }, WRONG, AT, 0);
    expect(record.response).toEqual({ type: 'sequencing', ids: ['s2', 's1', 's3'] });
    expect(record.correct).toEqual({ type: 'sequencing', ids: ['s1', 's2', 's3'] });
  });

  it('maps a choice to choice', () => {
    const record = interactionRecord(multipleChoiceBlock({ weight: 2 }), { type: 'choice', ids: ['o3', 'o1'] }, WRONG, AT, 0);
    expect(record.response).toEqual({ type: 'choice', ids: ['o3', 'o1'] });
    expect(record.correct).toEqual({ type: 'choice', ids: ['o1', 'o2'] });
    expect(record.weighting).toBe(2);
  });

  it('maps a true-false to true-false', () => {
    const record = interactionRecord(trueFalseBlock(), { type: 'true-false', value: true }, WRONG, AT, 0);
    expect(record.response).toEqual({ type: 'true-false', value: true });
    expect(record.correct).toEqual({ type: 'true-false', value: false });
    expect(record.result).toBe('incorrect');
  });

  it('gives the prompt without Markdown as the description', () => {
    expect(interactionRecord(trueFalseBlock(), { type: 'true-false', value: true }, WRONG, AT, 0).description).toBe(
      'The customer is always wrong.',
    );
    expect(interactionRecord(orderBlock(), { type: 'order', ids: [] }, WRONG, AT, 0).description).toBe('Put the steps in order');
    expect(plainText('Pick _all_\n\nthat   apply: `code` and [a link](https://x.y/z).')).toBe('Pick all that apply: code and a link.');
  });

  // An id may be any lower-case word, including names Object.prototype carries.
  it('leaves out an unplaced statement whose id is also an Object.prototype name (e.g. "constructor")', () => {
    const block = matchBlock({
      items: [
        { id: 'a', text: 'A', target: 'x' },
        { id: 'constructor', text: 'C', target: 'y' },
      ],
    });
    const record = interactionRecord(block, { type: 'match', placed: { a: 'x' }, missed: [] }, WRONG, AT, 0);
    expect(record.response).toEqual({ type: 'matching', pairs: [['a', 'x']] });
  });
});

/* ------------------------------------------------------------------------------------------ */

/** The learner's answer to each question of the course. */
const PASSING: Record<string, QuestionResponse> = {
  'q-match': { type: 'match', placed: { a: 'x', b: 'y' }, missed: [] }, // 2/3
  'q-sort': { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-2' } }, // 1
  'q-order': { type: 'order', ids: ['s1', 's2', 's3'] }, // 1
  'q-single': { type: 'choice', ids: ['b'] }, // 1
  'q-multi': { type: 'choice', ids: ['o1'] }, // 1/2
  'q-tf': { type: 'true-false', value: true }, // 0
};

const FAILING: Record<string, QuestionResponse> = {
  ...PASSING,
  'q-sort': { type: 'sort', placed: { i1: 'cat-2', i2: 'cat-1', i3: 'cat-2', i4: 'cat-1' } }, // 0
  'q-order': { type: 'order', ids: ['s3', 's1', 's2'] }, // 0
  'q-single': { type: 'choice', ids: ['a'] }, // 0
};

function lmsCourse(): Course {
  return quizCourse(
    [matchBlock(), sortBlock(), orderBlock(), singleChoiceBlock(), multipleChoiceBlock(), trueFalseBlock()],
    { passingScore: 60 },
  );
}

interface Run {
  readonly lms: AgainLms;
  readonly cmi: Json;
  readonly score: number | undefined;
  readonly warnings: readonly unknown[][];
}

/** Answers every question in page order, journaling each answer, then reports the state. */
function answerAll(version: Version, responses: Record<string, QuestionResponse>): Run {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const course = lmsCourse();
    const lms = scormAgain(version);
    const scheduler = new FakeScheduler();
    const session = new ScormSession(connect(lms.found), { scheduler });
    session.start(course.passingScore);
    let state: LearnerState = sawEverything(course);
    for (const page of course.pages) {
      for (const block of page.blocks) {
        const response = block.id === undefined ? undefined : responses[block.id];
        if (!response || block.id === undefined) continue;
        const result = submitAnswer(course, state, block.id, response);
        if (!result) throw new Error(`submitAnswer refused ${block.id}`);
        state = result.state;
        for (const record of answerRecords(result.block, response, result.evaluation, scheduler.now(), 2000)) session.record(record);
        scheduler.advance(1000);
      }
    }
    const report = learnerReport(course, state);
    session.update(report);
    scheduler.runAll();
    return { lms, cmi: cmiOf(lms.api), score: report.score?.raw, warnings: warn.mock.calls.map((args) => [...args]) };
  } finally {
    warn.mockRestore();
  }
}

describe.each<Version>(['1.2', '2004'])('SCORM %s with scorm-again', (version) => {
  it('stores one interaction per question and the score with no error code, and passes at 69 ≥ 60', () => {
    const run = answerAll(version, PASSING);
    expect(run.score).toBe(69);
    expect(run.warnings).toEqual([]);
    const sets = run.lms.calls.filter((c) => c.method.endsWith('SetValue'));
    expect(sets.length).toBeGreaterThan(0);
    expect(sets.filter((c) => c.result !== 'true' || c.error !== '0')).toEqual([]);
    expect(run.lms.calls.filter((c) => c.method.endsWith('Commit')).every((c) => c.result === 'true')).toBe(true);

    const at = (n: number, field: string) => readPath(run.cmi, `interactions.${n}.${field}`);
    const ids = ['q-match', 'q-sort', 'q-order', 'q-single', 'q-multi', 'q-tf'];
    ids.forEach((id, n) => expect(at(n, 'id')).toBe(id));
    expect(at(ids.length, 'id')).toBe('');

    if (version === '1.2') {
      const response = (n: number) => at(n, 'student_response');
      expect(at(0, 'type')).toBe('matching');
      expect(response(0)).toBe('a.x,b.y');
      expect(at(0, 'correct_responses.0.pattern')).toBe('a.x,b.y,c.z');
      expect(at(0, 'result')).toBe('wrong');
      expect(response(1)).toBe('i1.cat-1,i2.cat-2,i3.cat-1,i4.cat-2');
      expect(at(1, 'result')).toBe('correct');
      expect(at(2, 'type')).toBe('sequencing');
      expect(response(2)).toBe('s1,s2,s3');
      expect(at(3, 'type')).toBe('choice');
      expect(response(3)).toBe('b');
      expect(response(4)).toBe('o1');
      expect(at(4, 'correct_responses.0.pattern')).toBe('o1,o2');
      expect(at(5, 'type')).toBe('true-false');
      expect(response(5)).toBe('t');
      expect(at(5, 'correct_responses.0.pattern')).toBe('f');
      expect(at(5, 'result')).toBe('wrong');
      expect(readPath(run.cmi, 'core.score.raw')).toBe('69');
      expect(readPath(run.cmi, 'core.lesson_status')).toBe('passed');
    } else {
      const response = (n: number) => at(n, 'learner_response');
      expect(at(0, 'type')).toBe('matching');
      expect(response(0)).toBe('a[.]x[,]b[.]y');
      expect(at(0, 'correct_responses.0.pattern')).toBe('a[.]x[,]b[.]y[,]c[.]z');
      expect(at(0, 'result')).toBe('incorrect');
      expect(at(0, 'description')).toBe('Match each term to its meaning.');
      expect(response(1)).toBe('i1[.]cat-1[,]i2[.]cat-2[,]i3[.]cat-1[,]i4[.]cat-2');
      expect(at(2, 'type')).toBe('sequencing');
      expect(response(2)).toBe('s1[,]s2[,]s3');
      expect(at(2, 'correct_responses.0.pattern')).toBe('s1[,]s2[,]s3');
      expect(at(3, 'type')).toBe('choice');
      expect(response(3)).toBe('b');
      expect(at(4, 'correct_responses.0.pattern')).toBe('o1[,]o2');
      expect(at(5, 'type')).toBe('true-false');
      expect(response(5)).toBe('true');
      expect(at(5, 'correct_responses.0.pattern')).toBe('false');
      expect(at(5, 'result')).toBe('incorrect');
      expect(readPath(run.cmi, 'score.scaled')).toBe('0.69');
      expect(readPath(run.cmi, 'score.raw')).toBe('69');
      expect(readPath(run.cmi, 'completion_status')).toBe('completed');
      expect(readPath(run.cmi, 'success_status')).toBe('passed');
    }
  });

  it('fails the learner below the pass mark of 60', () => {
    const run = answerAll(version, FAILING);
    expect(run.score).toBe(19);
    expect(run.warnings).toEqual([]);
    expect(run.lms.calls.filter((c) => c.method.endsWith('SetValue') && c.error !== '0')).toEqual([]);
    if (version === '1.2') {
      expect(readPath(run.cmi, 'core.score.raw')).toBe('19');
      expect(readPath(run.cmi, 'core.lesson_status')).toBe('failed');
    } else {
      expect(readPath(run.cmi, 'score.scaled')).toBe('0.19');
      expect(readPath(run.cmi, 'score.raw')).toBe('19');
      expect(readPath(run.cmi, 'success_status')).toBe('failed');
    }
  });
});
