import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../src/engine/course-edit.ts';
import { questionById, submitAnswer } from '../../../src/engine/questions/answers.ts';
import { rightResponse } from '../../../src/engine/questions/evaluate.ts';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import type { Course } from '../../../src/model/schema.ts';
import { quizCourse, sawEverything, singleChoiceBlock, trueFalseBlock } from '../questions/fixtures.ts';

const before = quizCourse([singleChoiceBlock(), trueFalseBlock()]);

function answered(course: Course, state: LearnerState, id: string): LearnerState {
  const block = questionById(course, id);
  if (!block) throw new Error(`no question ${id}`);
  const result = submitAnswer(course, state, id, rightResponse(block));
  if (!result) throw new Error(`${id} cannot be answered`);
  return result.state;
}

const midway: LearnerState = answered(before, answered(before, { ...sawEverything(before), page: 'page-q-tf' }, 'q-single'), 'q-tf');

describe('carryOver: the live preview keeps the learner where they were', () => {
  it('keeps the page, the pages seen and the answers when the edit touched other text', () => {
    const after: Course = { ...before, pages: before.pages.map((p) => (p.id === 'intro' ? { ...p, title: 'Welcome' } : p)) };
    const moved = carryOver(before, after, midway);
    expect(moved.page).toBe('page-q-tf');
    expect(moved.visited).toEqual(midway.visited);
    expect(Object.keys(moved.answers).sort()).toEqual(['q-single', 'q-tf']);
  });

  it('asks an edited question afresh, keeping the other answers', () => {
    const edited = trueFalseBlock({ answer: true, prompt: 'The customer is **sometimes** right.' });
    const after = quizCourse([singleChoiceBlock(), edited]);
    const moved = carryOver(before, after, midway);
    expect(Object.keys(moved.answers)).toEqual(['q-single']);
    expect(moved.page).toBe('page-q-tf');
  });

  it('stays at the same place when the page shown was removed or renamed', () => {
    const after: Course = { ...before, pages: before.pages.map((p) => (p.id === 'page-q-tf' ? { ...p, id: 'renamed' } : p)) };
    const moved = carryOver(before, after, midway);
    expect(moved.page).toBe('renamed');
    expect(moved.visited).toContain('renamed');
    expect(moved.visited).not.toContain('page-q-tf');
  });

  it('lands on the last page when the pages after it were cut', () => {
    const after: Course = { ...before, pages: before.pages.slice(0, 2) };
    const moved = carryOver(before, after, { ...midway, page: 'end' });
    expect(moved.page).toBe(after.pages[1]?.id);
  });

  it('drops an open jump whose page is gone', () => {
    const state: LearnerState = { ...midway, excursions: [{ from: 'intro', to: 'page-q-tf' }] };
    const after: Course = { ...before, pages: before.pages.filter((p) => p.id !== 'page-q-tf') };
    expect(carryOver(before, after, state).excursions).toEqual([]);
    expect(carryOver(before, before, state).excursions).toEqual(state.excursions);
  });
});
