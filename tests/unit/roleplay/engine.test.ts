/**
 * The role-play engine as the learner meets it: what is shown after each choice, how the
 * customer's mood and the points move, how a conversation ends and is scored, and how playing
 * it fits the course (attempts, score, 下一页).
 */
import { describe, expect, it } from 'vitest';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import { canGoNext } from '../../../src/engine/navigation.ts';
import { attemptsLeft, courseScore, submitAnswer } from '../../../src/engine/questions/answers.ts';
import { evaluate, rightResponse } from '../../../src/engine/questions/evaluate.ts';
import { currentStep, hasEnded, replay, type Conversation, type Turn } from '../../../src/engine/roleplay/conversation.ts';
import { bestChoices, decisionLimit, pathStats, reachable, reachingAnEnding } from '../../../src/model/roleplay-graph.ts';
import { choose, conversationOf, isFinished, playAgain, shownPath } from '../../../src/engine/roleplay/play.ts';
import type { Course, RoleplayBlock, RoleplayNode } from '../../../src/model/schema.ts';
import {
  BEST,
  FAIR,
  LOOP,
  POOR,
  RECOVERY,
  RP,
  ROLEPLAY_LINES,
  WORST,
  onRoleplayPage,
  play,
  roleplayCourse,
  roleplayOf,
  say,
} from './fixtures.ts';

const course = roleplayCourse({ withLoop: true });
const block = roleplayOf(course);
const loop = roleplayOf(course, LOOP);

function conversation(b: RoleplayBlock, path: readonly number[]): Conversation {
  const result = replay(b, path);
  if (!result) throw new Error(`replay refused ${JSON.stringify(path)}`);
  return result;
}

/** The turns as "line:<node>" and "said:<node>/<choice>". */
function script(turns: readonly Turn[]): string[] {
  return turns.map((t) => (t.kind === 'line' ? `line:${t.node.id}` : `said:${t.decision.node.id}/${t.decision.index}`));
}

describe('replay: the best path', () => {
  const best = conversation(block, BEST);

  it('shows each line, then what the advisor said, in order, up to the ending', () => {
    expect(script(best.turns)).toEqual([
      'line:open',
      'said:open/0',
      'line:story',
      'said:story/0',
      'line:details',
      'said:details/0',
      'line:thanks',
      'line:end-good',
    ]);
  });

  it('earns 3 + 3 + 3 points and ends well', () => {
    expect(best.points).toBe(9);
    expect(best.outcome).toBe('good');
    expect(best.cutOff).toBe(false);
    expect(best.at.id).toBe('end-good');
    expect(hasEnded(best)).toBe(true);
    expect(best.decisions.map((d) => d.best)).toEqual([true, true, true]);
  });

  it("raises the customer's mood from 1, never above 4 (satisfied)", () => {
    // 1 +1 → 2, +2 → 4, +2 → 6 held at 4.
    expect(best.decisions.map((d) => d.mood)).toEqual([2, 4, 4]);
    expect(best.mood).toBe(4);
  });

  it('knows the stage of the conversation from the latest line that names a step', () => {
    expect(currentStep(conversation(block, []))).toBe('greet');
    expect(currentStep(conversation(block, [0]))).toBe('listen');
    // thanks and end-good name no step: the stage stays "act".
    expect(currentStep(best)).toBe('act');
  });
});

describe('replay: other ways through', () => {
  it('waits at the first decision before any choice', () => {
    const start = conversation(block, []);
    expect(script(start.turns)).toEqual(['line:open']);
    expect(start.at.id).toBe('open');
    expect(start.outcome).toBeUndefined();
    expect(hasEnded(start)).toBe(false);
    expect(start.mood).toBe(1);
  });

  it('waits mid-way at the next decision, not ended', () => {
    const midway = conversation(block, [0, 1]);
    expect(midway.at.id).toBe('details');
    expect(midway.points).toBe(4);
    expect(hasEnded(midway)).toBe(false);
    expect(midway.cutOff).toBe(false);
  });

  it('ends poorly when the advisor brushes the customer off, the mood never below 0 (furious)', () => {
    const worst = conversation(block, WORST);
    // 1 -1 → 0, -2 → -2 held at 0.
    expect(worst.decisions.map((d) => d.mood)).toEqual([0, 0]);
    expect(worst.mood).toBe(0);
    expect(worst.points).toBe(0);
    expect(worst.outcome).toBe('poor');
    expect(worst.decisions.map((d) => d.best)).toEqual([false, false]);
  });

  it('ends poorly after a good start and a careless answer', () => {
    const poor = conversation(block, POOR);
    expect(poor.points).toBe(3);
    expect(poor.outcome).toBe('poor');
    expect(poor.mood).toBe(0); // 1 +1 → 2, -2 → 0
  });

  it('ends fairly with sympathy but no action', () => {
    const fair = conversation(block, FAIR);
    expect(fair.points).toBe(5);
    expect(fair.outcome).toBe('fair');
    expect(fair.at.id).toBe('end-fair');
  });

  it('recovers after a bad start: the manager steps in, and the conversation can still end well', () => {
    const recovery = conversation(block, RECOVERY);
    expect(script(recovery.turns)).toEqual([
      'line:open',
      'said:open/1',
      'line:blowup',
      'said:blowup/0',
      'line:manager',
      'line:story',
      'said:story/0',
      'line:details',
      'said:details/0',
      'line:thanks',
      'line:end-good',
    ]);
    const manager = recovery.turns[4];
    expect(manager?.kind === 'line' && manager.node.speaker).toBe('manager');
    expect(recovery.points).toBe(8);
    expect(recovery.decisions.map((d) => d.mood)).toEqual([0, 1, 3, 4]);
    expect(recovery.outcome).toBe('good');
  });

  it('refuses choices that do not fit the graph', () => {
    expect(replay(block, [2])).toBeUndefined(); // open offers 2 choices
    expect(replay(block, [0, 3])).toBeUndefined(); // story offers 3
    expect(replay(block, [-1])).toBeUndefined();
    expect(replay(block, [0.5])).toBeUndefined();
    expect(replay(block, [...BEST, 0])).toBeUndefined(); // a choice after the ending
    expect(replay(block, [...POOR, 1])).toBeUndefined();
  });
});

describe('graph analysis of the fixture (counted by hand)', () => {
  it('counts 11 paths of 2 to 4 decisions, the best worth 9 points', () => {
    // Via open/a: story/a,b × details/a,b = 4 paths of 3 decisions, story/c = 1 path of 2.
    // Via open/b, blowup/a: the same 5 paths, one decision longer (4 and 3).
    // Via open/b, blowup/b: 1 path of 2 decisions.
    expect(pathStats(block)).toEqual({ paths: 11, shortest: 2, longest: 4, bestPoints: 9, bestPath: [0, 0, 0], loops: false });
  });

  it('counts the looping role-play without going round its loop', () => {
    // ask/a → quote (1 decision, 2 points); ask/b → unclear/b → quote, unclear/c → leaves (2 decisions).
    expect(pathStats(loop)).toEqual({ paths: 3, shortest: 1, longest: 2, bestPoints: 2, bestPath: [0], loops: true });
  });

  it('allows twice as many decisions as there are decision nodes', () => {
    expect(decisionLimit(block)).toBe(8);
    expect(decisionLimit(loop)).toBe(4);
  });

  it('names the best choices at a decision, several when tied', () => {
    const [open, , , story] = block.nodes;
    if (!open || !story) throw new Error('fixture changed');
    expect(bestChoices(open)).toEqual([0]);
    expect(bestChoices(story)).toEqual([0]);
    const tied: RoleplayNode = { ...story, choices: story.choices?.map((c, i) => ({ ...c, points: i === 1 ? 1 : 3 })) };
    expect(bestChoices(tied)).toEqual([0, 2]);
  });

  it('finds the nodes reached from the start and those that can reach an ending', () => {
    const all = block.nodes.map((n) => n.id);
    expect([...reachable(block)].sort()).toEqual([...all].sort());
    expect([...reachingAnEnding(block)].sort()).toEqual([...all].sort());
    const orphan: RoleplayNode = { id: 'orphan', speaker: 'customer', text: 'Hello?', next: 'end-good' };
    const trap: RoleplayNode = { id: 'trap', speaker: 'customer', text: 'Again?', next: 'trap' };
    const broken: RoleplayBlock = {
      ...block,
      nodes: [...block.nodes.map((n) => (n.id === 'thanks' ? { ...n, next: 'trap' } : n)), orphan, trap],
    };
    expect(reachable(broken).has('orphan')).toBe(false);
    expect(reachable(broken).has('trap')).toBe(true);
    expect(reachingAnEnding(broken).has('orphan')).toBe(true);
    expect(reachingAnEnding(broken).has('trap')).toBe(false);
    expect(reachingAnEnding(broken).has('thanks')).toBe(false);
    expect(reachingAnEnding(broken).has('details')).toBe(true); // details/b still reaches end-fair
  });
});

describe('replay: a learner going round in circles', () => {
  it('may go round the loop once and still reach an ending', () => {
    const once = conversation(loop, [1, 0, 1]);
    expect(once.at.id).toBe('unclear');
    expect(hasEnded(once)).toBe(false);
    const out = conversation(loop, [1, 0, 0]);
    expect(out.outcome).toBe('good');
    expect(out.cutOff).toBe(false);
  });

  it('is cut off after decisionLimit decisions: the customer leaves, a poor outcome', () => {
    const limit = decisionLimit(loop);
    const circles = conversation(loop, [1, 0, 1, 0]);
    expect(circles.decisions).toHaveLength(limit);
    expect(circles.cutOff).toBe(true);
    expect(circles.outcome).toBe('poor');
    expect(hasEnded(circles)).toBe(true);
    expect(circles.at.id).toBe('ask'); // stopped where the next decision would have been
    expect(circles.mood).toBe(0);
  });

  it('refuses any choice past the cut-off (the customer has left)', () => {
    expect(replay(loop, [1, 0, 1, 0, 1])).toBeUndefined();
    expect(replay(loop, [1, 0, 1, 0, 0])).toBeUndefined();
    expect(replay(loop, [1, 0, 1, 0, 1, 0, 1, 0, 1, 1])).toBeUndefined();
  });
});

describe('evaluate: a finished role-play as an answer', () => {
  const scoreOf = (b: RoleplayBlock, path: readonly number[]) => evaluate(b, { type: 'roleplay', path });

  it('gives the best path a score of 1, correct', () => {
    expect(scoreOf(block, BEST)).toEqual({ score: 1, correct: true });
  });

  it('gives a poor path its share of the best points, incorrect', () => {
    expect(scoreOf(block, POOR)).toEqual({ score: 3 / 9, correct: false });
    expect(scoreOf(block, FAIR)).toEqual({ score: 5 / 9, correct: false });
    expect(scoreOf(block, WORST)).toEqual({ score: 0, correct: false });
  });

  it('does not call a recovered conversation correct, though it ended well', () => {
    expect(scoreOf(block, RECOVERY)).toEqual({ score: 8 / 9, correct: false });
  });

  it('gives nothing for a conversation not finished, a path that does not fit, or another question type', () => {
    expect(scoreOf(block, [0, 0])).toEqual({ score: 0, correct: false });
    expect(scoreOf(block, [5])).toEqual({ score: 0, correct: false });
    expect(evaluate(block, { type: 'choice', ids: ['a'] })).toEqual({ score: 0, correct: false });
  });

  it('does not call a cut-off conversation correct', () => {
    expect(scoreOf(loop, [1, 0, 1, 0])).toEqual({ score: 0, correct: false });
  });

  it('does not call a cut-off conversation correct even when every choice was a best one', () => {
    // The best choice at each decision leads round the loop: a learner following it is cut off.
    const choice = (next: string, points: number) => ({ text: `To ${next}.`, next, mood: 0, points, note: 'n' });
    const circular: RoleplayBlock = {
      ...loop,
      nodes: [
        { id: 'ask', speaker: 'customer', text: 'A?', choices: [choice('unclear', 3), choice('quote', 1)] },
        { id: 'unclear', speaker: 'customer', text: 'B?', choices: [choice('ask', 3), choice('quote', 2)] },
        { id: 'quote', speaker: 'customer', text: 'Fine.', ending: 'good' },
      ],
    };
    const circles = conversation(circular, [0, 0, 0, 0]);
    expect(circles.cutOff).toBe(true);
    expect(circles.decisions.every((d) => d.best)).toBe(true);
    expect(scoreOf(circular, [0, 0, 0, 0]).correct).toBe(false);
  });

  it('gives every finished conversation full marks when no choice carries points (a practice conversation)', () => {
    const lines = ROLEPLAY_LINES.filter((line) => !line.trimStart().startsWith('points:'));
    const practice = roleplayOf(roleplayCourse({ roleplay: lines }));
    expect(pathStats(practice).bestPoints).toBe(0);
    expect(scoreOf(practice, WORST)).toEqual({ score: 1, correct: true });
  });

  it('shows the best path as the right response', () => {
    expect(rightResponse(block)).toEqual({ type: 'roleplay', path: [0, 0, 0] });
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('playing a role-play in the learner state', () => {
  const fixture = roleplayCourse();
  const start = onRoleplayPage(fixture);

  it('keeps a conversation under way as the choices so far, not yet an answer', () => {
    const first = say(fixture, start, 0);
    expect(first.decision.node.id).toBe('open');
    expect(first.decision.best).toBe(true);
    expect(first.evaluation).toBeUndefined();
    expect(first.state.conversations[RP]).toEqual([0]);
    const second = say(fixture, first.state, 1);
    expect(second.state.conversations[RP]).toEqual([0, 1]);
    expect(second.decision.best).toBe(false);
    expect(second.state.answers[RP]).toBeUndefined();
    expect(second.state.done).not.toContain(RP);
    expect(shownPath(second.state, RP)).toEqual([0, 1]);
    expect(isFinished(second.state, RP)).toBe(false);
    expect(conversationOf(roleplayOf(fixture), second.state)?.at.id).toBe('details');
    // The role-play is required: 下一页 stays closed while it is under way.
    expect(canGoNext(fixture, second.state)).toBe(false);
  });

  it('turns the last choice into a scored answer: recorded, done, the conversation cleared', () => {
    const last = play(fixture, start, BEST);
    expect(last.evaluation).toEqual({ score: 1, correct: true });
    expect(last.decision.node.id).toBe('details');
    expect(last.state.answers[RP]).toEqual({ response: { type: 'roleplay', path: [0, 0, 0] }, scores: [1] });
    expect(last.state.done).toContain(RP);
    expect(Object.keys(last.state.conversations)).not.toContain(RP);
    expect(isFinished(last.state, RP)).toBe(true);
    expect(shownPath(last.state, RP)).toEqual([0, 0, 0]);
    expect(conversationOf(roleplayOf(fixture), last.state)?.outcome).toBe('good');
    expect(canGoNext(fixture, last.state)).toBe(true);
  });

  it('refuses a choice once the conversation is finished', () => {
    const finished = play(fixture, start, POOR).state;
    expect(choose(fixture, finished, RP, 0)).toBeUndefined();
  });

  it('refuses a choice the current decision does not offer, leaving the state as it was', () => {
    const first = say(fixture, start, 0).state;
    expect(choose(fixture, first, RP, 3)).toBeUndefined();
    expect(choose(fixture, first, RP, -1)).toBeUndefined();
    expect(first.conversations[RP]).toEqual([0]);
  });

  it('refuses a choice for an unknown id or a question that is not a role-play', () => {
    expect(choose(fixture, start, 'nobody', 0)).toBeUndefined();
    expect(choose(fixture, start, 'q-check', 0)).toBeUndefined();
  });

  it('does not change the state it was given', () => {
    const first = say(fixture, start, 0).state;
    play(fixture, first, [0, 0]);
    expect(first.conversations[RP]).toEqual([0]);
    expect(first.answers).toEqual({});
    expect(start.conversations).toEqual({});
  });

  it('plays again while attempts are left, keeping the earlier answer, and refuses after the third', () => {
    const rp = roleplayOf(fixture);
    expect(rp.attempts).toBe(3);
    let state = play(fixture, start, POOR).state;
    expect(attemptsLeft(rp, state)).toBe(2);

    const again = playAgain(fixture, state, RP);
    if (!again) return expect.unreachable('playAgain refused with 2 attempts left');
    expect(again.conversations[RP]).toEqual([]);
    expect(isFinished(again, RP)).toBe(false);
    expect(shownPath(again, RP)).toEqual([]);
    expect(again.answers[RP]?.scores).toEqual([3 / 9]);
    // Starting over is not playing: no new attempt until the conversation ends.
    expect(attemptsLeft(rp, again)).toBe(2);

    state = play(fixture, state, BEST).state;
    state = play(fixture, state, WORST).state;
    expect(state.answers[RP]?.scores).toEqual([3 / 9, 1, 0]);
    expect(state.answers[RP]?.response).toEqual({ type: 'roleplay', path: [1, 1] });
    expect(attemptsLeft(rp, state)).toBe(0);
    expect(playAgain(fixture, state, RP)).toBeUndefined();
  });

  it('does not start over before a conversation is finished', () => {
    expect(playAgain(fixture, start, RP)).toBeUndefined();
    expect(playAgain(fixture, say(fixture, start, 0).state, RP)).toBeUndefined();
    expect(playAgain(fixture, start, 'q-check')).toBeUndefined();
  });
});

describe('course score with a role-play of weight 2 next to a true-false question', () => {
  /** The role-play played poorly, then at its best; the true-false answered right. */
  function twoTries(scoring: Course['scoring']): { course: Course; state: LearnerState } {
    const c = roleplayCourse({ scoring });
    let state = play(c, onRoleplayPage(c), POOR).state;
    state = play(c, state, BEST).state;
    const answered = submitAnswer(c, state, 'q-check', { type: 'true-false', value: false });
    if (!answered) return expect.unreachable('the true-false was refused');
    return { course: c, state: answered.state };
  }

  it('first-try counts the first conversation: (2 × 3/9 + 1) / 3 = 56%', () => {
    const { course: c, state } = twoTries('first-try');
    expect(roleplayOf(c).weight).toBe(2);
    expect(courseScore(c, state)).toBe(56);
  });

  it('last-try counts the last conversation: (2 × 1 + 1) / 3 = 100%', () => {
    const { course: c, state } = twoTries('last-try');
    expect(courseScore(c, state)).toBe(100);
  });

  it('counts a role-play under way or not begun as 0', () => {
    const c = roleplayCourse();
    const midway = say(c, onRoleplayPage(c), 0).state;
    const answered = submitAnswer(c, midway, 'q-check', { type: 'true-false', value: false });
    expect(answered && courseScore(c, answered.state)).toBe(33); // 1 / 3
  });
});
