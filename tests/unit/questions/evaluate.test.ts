import { describe, expect, it } from 'vitest';
import { evaluate, isMultipleChoice, isRightMatch, rightResponse } from '../../../src/engine/questions/evaluate.ts';
import type { QuestionResponse } from '../../../src/engine/questions/response.ts';
import {
  allQuestions,
  matchBlock,
  multipleChoiceBlock,
  orderBlock,
  singleChoiceBlock,
  sortBlock,
  trueFalseBlock,
} from './fixtures.ts';

describe('match', () => {
  const block = matchBlock();

  it('is right when every statement is on its answer', () => {
    expect(evaluate(block, { type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: [] })).toEqual({ score: 1, correct: true });
  });

  it('is wrong when every statement is on a wrong answer', () => {
    expect(evaluate(block, { type: 'match', placed: { a: 'y', b: 'z', c: 'x' }, missed: [] })).toEqual({ score: 0, correct: false });
  });

  it('earns 2 of 3 for two right statements', () => {
    const result = evaluate(block, { type: 'match', placed: { a: 'x', b: 'y', c: 'x' }, missed: [] });
    expect(result.score).toBeCloseTo(2 / 3);
    expect(result.correct).toBe(false);
  });

  it('gives nothing for a statement moved twice (first wrong, then right)', () => {
    const result = evaluate(block, { type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: ['b'] });
    expect(result.score).toBeCloseTo(2 / 3);
    expect(result.correct).toBe(false);
  });

  it('counts unplaced statements as wrong', () => {
    const result = evaluate(block, { type: 'match', placed: { a: 'x' }, missed: [] });
    expect(result.score).toBeCloseTo(1 / 3);
    expect(result.correct).toBe(false);
    expect(evaluate(block, { type: 'match', placed: {}, missed: [] })).toEqual({ score: 0, correct: false });
  });

  it('counts a statement placed on a target that does not exist as wrong, and ignores unknown statements', () => {
    const result = evaluate(block, { type: 'match', placed: { a: 'x', b: 'nowhere', c: 'z', ghost: 'x' }, missed: ['ghost'] });
    expect(result.score).toBeCloseTo(2 / 3);
    expect(result.correct).toBe(false);
  });

  it('isRightMatch says whether one drop is right', () => {
    expect(isRightMatch(block, 'a', 'x')).toBe(true);
    expect(isRightMatch(block, 'a', 'y')).toBe(false);
    expect(isRightMatch(block, 'ghost', 'x')).toBe(false);
    expect(isRightMatch(block, 'a', 'nowhere')).toBe(false);
  });
});

describe('sort', () => {
  const block = sortBlock();

  it('is right when every item is in its category', () => {
    expect(evaluate(block, { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-2' } })).toEqual({
      score: 1,
      correct: true,
    });
  });

  it('is wrong when every item is in the other category', () => {
    expect(evaluate(block, { type: 'sort', placed: { i1: 'cat-2', i2: 'cat-1', i3: 'cat-2', i4: 'cat-1' } })).toEqual({
      score: 0,
      correct: false,
    });
  });

  it('earns 3 of 4 for three right items', () => {
    expect(evaluate(block, { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-1' } })).toEqual({
      score: 0.75,
      correct: false,
    });
  });

  it('counts unsorted items and unknown categories as wrong', () => {
    expect(evaluate(block, { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-9' } })).toEqual({ score: 0.25, correct: false });
  });
});

describe('order', () => {
  const block = orderBlock(4);

  it('is right in the right order', () => {
    expect(evaluate(block, { type: 'order', ids: ['s1', 's2', 's3', 's4'] })).toEqual({ score: 1, correct: true });
  });

  it('is wrong in reverse order', () => {
    expect(evaluate(block, { type: 'order', ids: ['s4', 's3', 's2', 's1'] })).toEqual({ score: 0, correct: false });
  });

  it('earns a share per position that is right', () => {
    expect(evaluate(block, { type: 'order', ids: ['s1', 's2', 's4', 's3'] })).toEqual({ score: 0.5, correct: false });
  });

  it('counts an unknown id as a wrong position', () => {
    expect(evaluate(block, { type: 'order', ids: ['s1', 'ghost', 's3', 's4'] })).toEqual({ score: 0.75, correct: false });
  });

  it('is not right with items missing or extra', () => {
    expect(evaluate(block, { type: 'order', ids: ['s1', 's2', 's3'] })).toEqual({ score: 0.75, correct: false });
    expect(evaluate(block, { type: 'order', ids: [] })).toEqual({ score: 0, correct: false });
    expect(evaluate(block, { type: 'order', ids: ['s1', 's2', 's3', 's4', 's4'] }).correct).toBe(false);
  });
});

describe('choice', () => {
  const multiple = multipleChoiceBlock();
  const single = singleChoiceBlock();

  it('multiple choice: all right picks and nothing else is right', () => {
    expect(evaluate(multiple, { type: 'choice', ids: ['o2', 'o1'] })).toEqual({ score: 1, correct: true });
  });

  it('multiple choice: only wrong picks earn 0', () => {
    expect(evaluate(multiple, { type: 'choice', ids: ['o3', 'o4'] })).toEqual({ score: 0, correct: false });
    expect(evaluate(multiple, { type: 'choice', ids: [] })).toEqual({ score: 0, correct: false });
  });

  it('multiple choice: 1 of 2 right earns half', () => {
    expect(evaluate(multiple, { type: 'choice', ids: ['o1'] })).toEqual({ score: 0.5, correct: false });
  });

  it('multiple choice: 1 of 2 right and one wrong pick earns 0', () => {
    expect(evaluate(multiple, { type: 'choice', ids: ['o1', 'o3'] })).toEqual({ score: 0, correct: false });
  });

  it('multiple choice: picking everything is not right and never goes below 0', () => {
    expect(evaluate(multiple, { type: 'choice', ids: ['o1', 'o2', 'o3', 'o4'] })).toEqual({ score: 0, correct: false });
  });

  it('single choice: the right option is right, another is wrong', () => {
    expect(evaluate(single, { type: 'choice', ids: ['b'] })).toEqual({ score: 1, correct: true });
    expect(evaluate(single, { type: 'choice', ids: ['a'] })).toEqual({ score: 0, correct: false });
  });

  it('counts an unknown option id as a wrong pick', () => {
    expect(evaluate(single, { type: 'choice', ids: ['ghost'] })).toEqual({ score: 0, correct: false });
    expect(evaluate(single, { type: 'choice', ids: ['b', 'ghost'] })).toEqual({ score: 0, correct: false });
  });

  it('counts a repeated pick once', () => {
    expect(evaluate(single, { type: 'choice', ids: ['b', 'b'] })).toEqual({ score: 1, correct: true });
  });

  it('isMultipleChoice is true with more than one right option', () => {
    expect(isMultipleChoice(multiple)).toBe(true);
    expect(isMultipleChoice(single)).toBe(false);
  });
});

describe('true-false', () => {
  it('is right for the right value and wrong for the other', () => {
    expect(evaluate(trueFalseBlock(), { type: 'true-false', value: false })).toEqual({ score: 1, correct: true });
    expect(evaluate(trueFalseBlock(), { type: 'true-false', value: true })).toEqual({ score: 0, correct: false });
    expect(evaluate(trueFalseBlock({ answer: true }), { type: 'true-false', value: true })).toEqual({ score: 1, correct: true });
  });
});

describe('a response of the wrong type', () => {
  const responses: QuestionResponse[] = [
    { type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: [] },
    { type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-2' } },
    { type: 'order', ids: ['s1', 's2', 's3'] },
    { type: 'choice', ids: ['b'] },
    { type: 'true-false', value: false },
  ];

  it('scores 0 for every other question type and never throws', () => {
    for (const block of allQuestions()) {
      for (const response of responses) {
        if (response.type === block.type) continue;
        expect(evaluate(block, response), `${response.type} for ${block.type}`).toEqual({ score: 0, correct: false });
      }
    }
  });
});

describe('rightResponse', () => {
  it('gives the right response per type', () => {
    expect(rightResponse(matchBlock())).toEqual({ type: 'match', placed: { a: 'x', b: 'y', c: 'z' }, missed: [] });
    expect(rightResponse(sortBlock())).toEqual({ type: 'sort', placed: { i1: 'cat-1', i2: 'cat-2', i3: 'cat-1', i4: 'cat-2' } });
    expect(rightResponse(orderBlock(4))).toEqual({ type: 'order', ids: ['s1', 's2', 's3', 's4'] });
    expect(rightResponse(multipleChoiceBlock())).toEqual({ type: 'choice', ids: ['o1', 'o2'] });
    expect(rightResponse(singleChoiceBlock())).toEqual({ type: 'choice', ids: ['b'] });
    expect(rightResponse(trueFalseBlock())).toEqual({ type: 'true-false', value: false });
  });

  it('always evaluates as right', () => {
    for (const block of allQuestions()) expect(evaluate(block, rightResponse(block)), block.id).toEqual({ score: 1, correct: true });
  });
});
