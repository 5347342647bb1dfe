import { describe, expect, it } from 'vitest';
import { currentPage, startState } from '../../../src/engine/learner-state.ts';
import {
  canGoBack,
  canGoNext,
  completeInteraction,
  followJump,
  goBack,
  goNext,
  openFromMenu,
  pendingInteractions,
  restart,
} from '../../../src/engine/navigation.ts';
import { course, page, reveal } from './course-fixture.ts';

const linear = course([page('a'), page('b'), page('c'), page('d')]);

describe('linear navigation', () => {
  it('starts on the first page, with only it visited and no way back', () => {
    const s = startState(linear);
    expect(s.page).toBe('a');
    expect(s.visited).toEqual(['a']);
    expect(canGoBack(linear, s)).toBe(false);
    expect(goBack(linear, s)).toBe(s);
  });

  it('goes forward page by page, records visits and stops at the last page', () => {
    let s = startState(linear);
    s = goNext(linear, goNext(linear, goNext(linear, s)));
    expect(currentPage(linear, s).id).toBe('d');
    expect(s.visited).toEqual(['a', 'b', 'c', 'd']);
    expect(canGoNext(linear, s)).toBe(false);
    expect(goNext(linear, s)).toBe(s);
  });

  it('goes back to the previous page in order without un-visiting anything', () => {
    const s = goBack(linear, goNext(linear, goNext(linear, startState(linear))));
    expect(s.page).toBe('b');
    expect(s.visited).toEqual(['a', 'b', 'c']);
  });

  it('never mutates the state it is given', () => {
    const s = Object.freeze(startState(linear));
    expect(() => goNext(linear, s)).not.toThrow();
    expect(s.page).toBe('a');
  });
});

describe('jump links', () => {
  it('返回 on the jump target returns to the page the jump came from', () => {
    const s = followJump(linear, startState(linear), 'd');
    expect(s.page).toBe('d');
    expect(canGoBack(linear, s)).toBe(true);
    expect(goBack(linear, s).page).toBe('a');
  });

  it('nested jumps unwind in order', () => {
    let s = goNext(linear, startState(linear)); // b
    s = followJump(linear, s, 'd');
    s = followJump(linear, s, 'a');
    s = goBack(linear, s);
    expect(s.page).toBe('d');
    expect(goBack(linear, s).page).toBe('b');
  });

  it('a linear move ends the excursion: 返回 then follows page order', () => {
    let s = followJump(linear, startState(linear), 'c');
    s = goNext(linear, s); // d
    expect(goBack(linear, s).page).toBe('c');
    expect(goBack(linear, goBack(linear, s)).page).toBe('b');
  });

  it('a jump back to where the trail started unwinds it, so the trail stays bounded', () => {
    let s = startState(linear);
    for (let i = 0; i < 50; i++) s = followJump(linear, followJump(linear, s, 'd'), 'a');
    expect(s.page).toBe('a');
    expect(s.excursions).toEqual([]);
    s = followJump(linear, followJump(linear, followJump(linear, s, 'b'), 'd'), 'b');
    expect(s.excursions).toEqual([{ from: 'a', to: 'b' }]);
    expect(goBack(linear, s).page).toBe('a');
  });

  it('ignores a jump to an unknown page or to the page itself', () => {
    const s = startState(linear);
    expect(followJump(linear, s, 'nowhere')).toBe(s);
    expect(followJump(linear, s, 'a')).toBe(s);
  });
});

describe('从头开始', () => {
  it('returns to the first page and keeps what was seen and done', () => {
    const gated = course([page('a', [reveal('r', true)]), page('b'), page('c')]);
    let s = goNext(gated, completeInteraction(startState(gated), 'r'));
    s = restart(gated, goNext(gated, s));
    expect(s.page).toBe('a');
    expect(s.visited).toEqual(['a', 'b', 'c']);
    expect(s.done).toEqual(['r']);
    expect(canGoBack(gated, s)).toBe(false);
  });
});

describe('page menu', () => {
  it('opens visited pages only', () => {
    let s = goNext(linear, goNext(linear, startState(linear))); // c
    expect(openFromMenu(linear, s, 'd')).toBe(s);
    s = openFromMenu(linear, s, 'a');
    expect(s.page).toBe('a');
    expect(s.visited).toEqual(['a', 'b', 'c']);
  });
});

describe('gating', () => {
  const gated = course([page('a', [reveal('must', true), reveal('may', false)]), page('b')]);

  it('disables 下一页 until the required interaction is done', () => {
    let s = startState(gated);
    expect(pendingInteractions(gated, s)).toEqual(['must']);
    expect(canGoNext(gated, s)).toBe(false);
    expect(goNext(gated, s)).toBe(s);
    s = completeInteraction(s, 'may');
    expect(canGoNext(gated, s)).toBe(false);
    s = completeInteraction(s, 'must');
    expect(canGoNext(gated, s)).toBe(true);
    expect(goNext(gated, s).page).toBe('b');
  });

  it('records an interaction once', () => {
    const s = completeInteraction(completeInteraction(startState(gated), 'must'), 'must');
    expect(s.done).toEqual(['must']);
  });

  it('returns to an already finished page without gating it again', () => {
    let s = goNext(gated, completeInteraction(startState(gated), 'must'));
    s = goBack(gated, s);
    expect(canGoNext(gated, s)).toBe(true);
  });
});
