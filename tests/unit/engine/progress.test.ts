import { describe, expect, it } from 'vitest';
import { startState } from '../../../src/engine/learner-state.ts';
import { completeInteraction, followJump, goNext } from '../../../src/engine/navigation.ts';
import { progress } from '../../../src/engine/progress.ts';
import { course, page, reveal } from './course-fixture.ts';

describe('progress and completion', () => {
  it('counts required pages seen and required interactions done', () => {
    const c = course([page('a', [reveal('r', true)]), page('b'), page('c')]);
    let s = startState(c);
    expect(progress(c, s)).toEqual({ done: 1, total: 4, percent: 25, complete: false });
    s = completeInteraction(s, 'r');
    expect(progress(c, s).percent).toBe(50);
    s = goNext(c, goNext(c, s));
    expect(progress(c, s)).toEqual({ done: 4, total: 4, percent: 100, complete: true });
  });

  it('is not complete while a required interaction is unfinished, even with every page seen', () => {
    const c = course([page('a'), page('b', [reveal('r', true)])]);
    const s = goNext(c, startState(c));
    expect(s.visited).toEqual(['a', 'b']);
    expect(progress(c, s).complete).toBe(false);
    expect(progress(c, completeInteraction(s, 'r')).complete).toBe(true);
  });

  it('does not need optional pages', () => {
    const c = course([page('a'), page('b'), page('detail', undefined, true)]);
    const s = goNext(c, startState(c));
    expect(progress(c, s).complete).toBe(true);
  });

  it('counts a page reached by a jump as seen', () => {
    const c = course([page('a'), page('b'), page('c')]);
    const s = followJump(c, goNext(c, startState(c)), 'c');
    expect(progress(c, s).complete).toBe(true);
  });

  it('ignores optional interactions', () => {
    const c = course([page('a', [reveal('r', false)])]);
    expect(progress(c, startState(c)).complete).toBe(true);
  });
});
