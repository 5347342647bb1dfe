/**
 * What the LMS administrator sees of a role-play: one choice interaction per decision, named
 * after the role-play and the moment, with the best choices as the correct response.
 */
import { describe, expect, it, vi } from 'vitest';
import type { InteractionRecord } from '../../../src/engine/interaction-record.ts';
import { answerRecords } from '../../../src/engine/questions/record.ts';
import { learnerReport } from '../../../src/engine/report.ts';
import { replay, type Decision } from '../../../src/engine/roleplay/conversation.ts';
import { choose } from '../../../src/engine/roleplay/play.ts';
import { choiceLetters, decisionRecord } from '../../../src/engine/roleplay/record.ts';
import { submitAnswer } from '../../../src/engine/questions/answers.ts';
import type { RoleplayBlock } from '../../../src/model/schema.ts';
import { connect } from '../../../src/scorm/connection.ts';
import { ScormSession } from '../../../src/scorm/session.ts';
import { FakeScheduler, cmiOf, readPath, scormAgain, type AgainLms, type Json, type Version } from '../scorm/helpers.ts';
import { BEST, RECOVERY, RP, onRoleplayPage, roleplayCourse, roleplayOf } from './fixtures.ts';

const AT = Date.UTC(2024, 0, 2, 3, 4, 5);
const course = roleplayCourse();
const block = roleplayOf(course);

function decisionsOf(b: RoleplayBlock, path: readonly number[]): readonly Decision[] {
  const conversation = replay(b, path);
  if (!conversation) throw new Error(`replay refused ${JSON.stringify(path)}`);
  return conversation.decisions;
}

/** rp-angry with the story's third choice worth as much as the first: two best choices. */
function tiedBlock(): RoleplayBlock {
  return {
    ...block,
    nodes: block.nodes.map((node) =>
      node.id === 'story' ? { ...node, choices: node.choices?.map((c, i) => (i === 2 ? { ...c, points: 3 } : c)) } : node,
    ),
  };
}

describe('decisionRecord', () => {
  it('records a best choice as a correct choice interaction named <role-play>-<node>', () => {
    const [first] = decisionsOf(block, BEST);
    if (!first) throw new Error('no decision');
    expect(decisionRecord(block, first, AT, 4200)).toEqual({
      id: 'rp-angry-open',
      description: 'The customer who came back: This phone drops every call! Who is in charge here?',
      response: { type: 'choice', ids: ['a'] },
      correct: { type: 'choice', ids: ['a'] },
      result: 'correct',
      weighting: 3,
      latencyMs: 4200,
      answeredAt: AT,
    } satisfies InteractionRecord);
  });

  it('records a choice that was not a best one as incorrect, with the best choice as the correct response', () => {
    const [open, blowup] = decisionsOf(block, RECOVERY);
    if (!open || !blowup) throw new Error('no decision');
    const wrong = decisionRecord(block, open, AT, 0);
    expect(wrong.response).toEqual({ type: 'choice', ids: ['b'] });
    expect(wrong.correct).toEqual({ type: 'choice', ids: ['a'] });
    expect(wrong.result).toBe('incorrect');
    // The recovery decision is worth at most 2 points.
    const recovered = decisionRecord(block, blowup, AT, 0);
    expect(recovered.id).toBe('rp-angry-blowup');
    expect(recovered.result).toBe('correct');
    expect(recovered.weighting).toBe(2);
  });

  it('writes the third choice as c and lists every best choice when tied', () => {
    const tied = tiedBlock();
    const [, story] = decisionsOf(tied, [0, 2]);
    if (!story) throw new Error('no decision');
    const record = decisionRecord(tied, story, AT, 0);
    expect(record.response).toEqual({ type: 'choice', ids: ['c'] });
    expect(record.correct).toEqual({ type: 'choice', ids: ['a', 'c'] });
    expect(record.result).toBe('correct');
    expect(choiceLetters([0, 1, 2, 3])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('adds no interaction for the finished role-play itself: its decisions are already journaled', () => {
    expect(answerRecords(block, { type: 'roleplay', path: [...BEST] }, { score: 1, correct: true }, AT, 0)).toEqual([]);
  });
});

/* ------------------------------------------------------------------------------------------ */

interface Run {
  readonly lms: AgainLms;
  readonly cmi: Json;
  readonly warnings: readonly unknown[][];
}

/** Plays the recovery path as the player does (a record per decision), answers the true-false, reports. */
function playRecovery(version: Version, extra: readonly InteractionRecord[] = []): Run {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const lms = scormAgain(version);
    const scheduler = new FakeScheduler();
    const session = new ScormSession(connect(lms.found), { scheduler });
    session.start(course.passingScore);
    let state = onRoleplayPage(course);
    for (const index of RECOVERY) {
      const result = choose(course, state, RP, index);
      if (!result) throw new Error(`choose refused ${index}`);
      state = result.state;
      session.record(decisionRecord(block, result.decision, scheduler.now(), 3000));
      scheduler.advance(1000);
    }
    const answered = submitAnswer(course, state, 'q-check', { type: 'true-false', value: false });
    if (!answered) throw new Error('the true-false was refused');
    state = answered.state;
    for (const record of answerRecords(answered.block, { type: 'true-false', value: false }, answered.evaluation, scheduler.now(), 2000)) {
      session.record(record);
    }
    for (const record of extra) session.record(record);
    session.update(learnerReport(course, state));
    scheduler.runAll();
    return { lms, cmi: cmiOf(lms.api), warnings: warn.mock.calls.map((args) => [...args]) };
  } finally {
    warn.mockRestore();
  }
}

/** SCORM 1.2 CMITimespan in seconds (NaN for anything else). */
function seconds12(text: string): number {
  const match = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(text);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : Number.NaN;
}

describe.each<Version>(['1.2', '2004'])('role-play decisions in SCORM %s with scorm-again', (version) => {
  const tied = tiedBlock();
  const [, tiedStory] = decisionsOf(tied, [0, 2]);
  if (!tiedStory) throw new Error('no decision');
  const run = playRecovery(version, [decisionRecord(tied, tiedStory, AT, 1000)]);
  const at = (n: number, field: string) => readPath(run.cmi, `interactions.${n}.${field}`);

  it('are accepted with no error code', () => {
    const sets = run.lms.calls.filter((c) => c.method.endsWith('SetValue'));
    expect(sets.filter((c) => c.args[0]?.startsWith('cmi.interactions.')).length).toBeGreaterThan(0);
    expect(sets.filter((c) => c.result !== 'true' || c.error !== '0')).toEqual([]);
    expect(run.warnings).toEqual([]);
  });

  it('read back as written', () => {
    const written = run.lms.calls.filter((c) => c.method.endsWith('SetValue') && c.args[0]?.startsWith('cmi.interactions.'));
    expect(written.length).toBeGreaterThan(0);
    for (const call of written) {
      const [element = '', value = ''] = call.args;
      // scorm-again renders a 1.2 timespan in its own width (00:00:03 for 0000:00:03.00).
      if (version === '1.2' && element.endsWith('.latency')) expect(seconds12(readPath(run.cmi, element)), element).toBe(seconds12(value));
      else expect(readPath(run.cmi, element), element).toBe(value);
    }
    expect(seconds12(at(0, 'latency'))).toBe(version === '1.2' ? 3 : Number.NaN);
    if (version === '2004') expect(at(0, 'latency')).toBe('PT3S');
  });

  it('hold one choice interaction per decision, then the true-false', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => at(n, 'id'))).toEqual([
      'rp-angry-open',
      'rp-angry-blowup',
      'rp-angry-story',
      'rp-angry-details',
      'q-check',
      'rp-angry-story',
    ]);
    expect(at(6, 'id')).toBe('');
    for (const n of [0, 1, 2, 3]) expect(at(n, 'type')).toBe('choice');
    const response = version === '1.2' ? 'student_response' : 'learner_response';
    expect([0, 1, 2, 3].map((n) => at(n, response))).toEqual(['b', 'a', 'a', 'a']);
    expect([0, 1, 2, 3].map((n) => at(n, 'correct_responses.0.pattern'))).toEqual(['a', 'a', 'a', 'a']);
    const wrong = version === '1.2' ? 'wrong' : 'incorrect';
    expect([0, 1, 2, 3].map((n) => at(n, 'result'))).toEqual([wrong, 'correct', 'correct', 'correct']);
    expect([0, 1, 2, 3].map((n) => at(n, 'weighting'))).toEqual(['3', '2', '3', '3']);
    expect(at(5, 'correct_responses.0.pattern')).toBe(version === '1.2' ? 'a,c' : 'a[,]c');
    if (version === '2004') expect(at(1, 'description')).toBe('The customer who came back: Again? Get me your manager!');
  });

  it('scores the course from the finished role-play: (2 × 8/9 + 1) / 3 = 93%', () => {
    const raw = version === '1.2' ? 'core.score.raw' : 'score.raw';
    expect(readPath(run.cmi, raw)).toBe('93');
  });
});
