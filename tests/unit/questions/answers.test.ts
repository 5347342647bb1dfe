import { describe, expect, it } from 'vitest';
import { startState, type LearnerState } from '../../../src/engine/learner-state.ts';
import { canGoNext } from '../../../src/engine/navigation.ts';
import { attemptsLeft, countedScore, courseScore, submitAnswer, type Answer } from '../../../src/engine/questions/answers.ts';
import type { QuestionResponse } from '../../../src/engine/questions/response.ts';
import { learnerReport } from '../../../src/engine/report.ts';
import type { Course, QuestionBlock } from '../../../src/model/schema.ts';
import { matchBlock, multipleChoiceBlock, orderBlock, quizCourse, sawEverything, singleChoiceBlock, trueFalseBlock } from './fixtures.ts';

/** Submits, failing the test when the engine refuses. */
function submit(course: Course, state: LearnerState, id: string, response: QuestionResponse): LearnerState {
  const result = submitAnswer(course, state, id, response);
  if (!result) throw new Error(`submitAnswer refused ${id}`);
  return result.state;
}

const RIGHT: QuestionResponse = { type: 'choice', ids: ['b'] };
const WRONG: QuestionResponse = { type: 'choice', ids: ['a'] };

function onQuestionPage(course: Course, block: QuestionBlock): LearnerState {
  const state = sawEverything(course);
  return { ...state, page: `page-${block.id}` };
}

describe('submitAnswer', () => {
  it('records the attempt, its evaluation and the block', () => {
    const block = singleChoiceBlock({ attempts: 3 });
    const course = quizCourse([block]);
    const result = submitAnswer(course, sawEverything(course), block.id, WRONG);
    expect(result?.evaluation).toEqual({ score: 0, correct: false });
    expect(result?.block).toBe(block);
    expect(result?.state.answers[block.id]).toEqual({ response: WRONG, scores: [0] });
    const second = result && submitAnswer(course, result.state, block.id, RIGHT);
    expect(second?.state.answers[block.id]).toEqual({ response: RIGHT, scores: [0, 1] });
    expect(second && attemptsLeft(block, second.state)).toBe(1);
  });

  it('marks the question done, which opens 下一页', () => {
    const block = singleChoiceBlock();
    const course = quizCourse([block]);
    const before = onQuestionPage(course, block);
    expect(canGoNext(course, before)).toBe(false);
    const after = submit(course, before, block.id, WRONG);
    expect(after.done).toContain(block.id);
    expect(canGoNext(course, after)).toBe(true);
  });

  it('refuses once the attempts are used', () => {
    const block = singleChoiceBlock({ attempts: 2 });
    const course = quizCourse([block]);
    let state = sawEverything(course);
    state = submit(course, state, block.id, WRONG);
    state = submit(course, state, block.id, WRONG);
    expect(attemptsLeft(block, state)).toBe(0);
    expect(submitAnswer(course, state, block.id, RIGHT)).toBeUndefined();
    expect(state.answers[block.id]?.scores).toEqual([0, 0]);
  });

  it('refuses a second answer with the default single attempt', () => {
    const block = singleChoiceBlock();
    const course = quizCourse([block]);
    const state = submit(course, sawEverything(course), block.id, WRONG);
    expect(submitAnswer(course, state, block.id, RIGHT)).toBeUndefined();
  });

  it('returns undefined for an unknown id or a block that is not a question', () => {
    const course = quizCourse([singleChoiceBlock()]);
    expect(submitAnswer(course, sawEverything(course), 'ghost', RIGHT)).toBeUndefined();
    expect(submitAnswer(course, sawEverything(course), 'intro', RIGHT)).toBeUndefined();
  });

  it('does not change the state it was given', () => {
    const block = singleChoiceBlock();
    const course = quizCourse([block]);
    const state = sawEverything(course);
    submit(course, state, block.id, RIGHT);
    expect(state.answers).toEqual({});
    expect(state.done).toEqual([]);
  });
});

describe('countedScore', () => {
  const answer: Answer = { response: RIGHT, scores: [0.25, 0.5, 1] };

  it('first-try counts the first attempt', () => {
    expect(countedScore(quizCourse([], { scoring: 'first-try' }), answer)).toBe(0.25);
  });

  it('last-try counts the last attempt', () => {
    expect(countedScore(quizCourse([], { scoring: 'last-try' }), answer)).toBe(1);
  });

  it('is 0 when unanswered', () => {
    expect(countedScore(quizCourse([]), undefined)).toBe(0);
  });
});

describe('courseScore', () => {
  it('weights the questions: a weight-2 question counts twice', () => {
    const heavy = singleChoiceBlock({ id: 'heavy', weight: 2 });
    const light = trueFalseBlock({ id: 'light' });
    const course = quizCourse([heavy, light]);
    let state = submit(course, sawEverything(course), 'heavy', RIGHT);
    state = submit(course, state, 'light', { type: 'true-false', value: true });
    expect(courseScore(course, state)).toBe(67);
    const other = submit(course, submit(course, sawEverything(course), 'heavy', WRONG), 'light', { type: 'true-false', value: false });
    expect(courseScore(course, other)).toBe(33);
  });

  it('does not score a question of weight 0', () => {
    const practice = singleChoiceBlock({ id: 'practice', weight: 0 });
    const scored = trueFalseBlock({ id: 'scored' });
    const course = quizCourse([practice, scored]);
    let state = submit(course, sawEverything(course), 'practice', WRONG);
    state = submit(course, state, 'scored', { type: 'true-false', value: false });
    expect(courseScore(course, state)).toBe(100);
  });

  it('counts unanswered questions as 0', () => {
    const course = quizCourse([singleChoiceBlock(), trueFalseBlock(), orderBlock(), matchBlock()]);
    const state = submit(course, sawEverything(course), 'q-single', RIGHT);
    expect(courseScore(course, state)).toBe(25);
    expect(courseScore(course, sawEverything(course))).toBe(0);
  });

  it('uses partial scores and the scoring rule', () => {
    const block = multipleChoiceBlock({ attempts: 2 });
    for (const [scoring, expected] of [
      ['first-try', 50],
      ['last-try', 100],
    ] satisfies [Course['scoring'], number][]) {
      const course = quizCourse([block], { scoring });
      let state = submit(course, sawEverything(course), block.id, { type: 'choice', ids: ['o1'] });
      state = submit(course, state, block.id, { type: 'choice', ids: ['o1', 'o2'] });
      expect(courseScore(course, state), scoring).toBe(expected);
    }
  });

  it('is undefined without scored questions', () => {
    expect(courseScore(quizCourse([]), sawEverything(quizCourse([])))).toBeUndefined();
    const practice = quizCourse([singleChoiceBlock({ weight: 0 })]);
    expect(courseScore(practice, submit(practice, sawEverything(practice), 'q-single', RIGHT))).toBeUndefined();
  });
});

describe('learnerReport', () => {
  it('carries the score when the course has scored questions', () => {
    const course = quizCourse([singleChoiceBlock()], { passingScore: 60 });
    const state = submit(course, sawEverything(course), 'q-single', RIGHT);
    const report = learnerReport(course, state);
    expect(report.score).toEqual({ raw: 100, min: 0, max: 100 });
    expect(report.passingScore).toBe(60);
    expect(report.completed).toBe(true);
  });

  it('has no score while nothing scored is answered and the course is not finished', () => {
    const course = quizCourse([singleChoiceBlock()], { passingScore: 60 });
    expect(learnerReport(course, startState(course))).not.toHaveProperty('score');
    expect(learnerReport(course, sawEverything(course))).not.toHaveProperty('score');
  });

  it('has no score when the course has no scored questions', () => {
    const none = quizCourse([]);
    expect(learnerReport(none, sawEverything(none))).not.toHaveProperty('score');
    const practice = quizCourse([singleChoiceBlock({ weight: 0 })]);
    const report = learnerReport(practice, submit(practice, sawEverything(practice), 'q-single', RIGHT));
    expect(report).not.toHaveProperty('score');
    expect(report.completed).toBe(true);
  });
});
