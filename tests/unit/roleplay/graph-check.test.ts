/**
 * What a trainer sees when a role-play's conversation graph is wrong: one message per mistake,
 * at the line and column of the YAML that needs fixing.
 */
import { describe, expect, it } from 'vitest';
import { pathStats } from '../../../src/model/roleplay-graph.ts';
import { formatProblem, type Problem } from '../../../src/model/problem.ts';
import {
  FILE,
  LOOP,
  ROLEPLAY_LINES,
  colOf,
  courseYaml,
  insertAfter,
  lineOf,
  problemsOf,
  replaceLine,
  roleplayCourse,
  roleplayOf,
  withNodes,
} from './fixtures.ts';

/** The only problem of the course with these role-play lines. */
function onlyProblem(roleplay: readonly string[]): { problem: Problem; yaml: string } {
  const yaml = courseYaml({ roleplay });
  const problems = problemsOf(yaml);
  const [problem, ...rest] = problems;
  if (problem === undefined || rest.length > 0) {
    return expect.unreachable(`expected exactly one problem, got:\n${problems.map(formatProblem).join('\n')}`);
  }
  return { problem, yaml };
}

/** `problem` is at the start of `text` on the line that reads exactly `line` (its nth). */
function expectAt(problem: Problem, yaml: string, line: string, text: string, nth = 1): void {
  const at = `${FILE}:${lineOf(yaml, line, nth)}:${colOf(line, text)}: `;
  expect(formatProblem(problem).startsWith(at), `${formatProblem(problem)}\nexpected at ${at}`).toBe(true);
}

/** The role-play lines without the `count` lines starting at the one that reads `first`. */
function withoutLines(first: string, count: number): string[] {
  const lines = [...ROLEPLAY_LINES];
  const at = lines.indexOf(first);
  if (at < 0) throw new Error(`test helper: no line "${first}"`);
  lines.splice(at, count);
  return lines;
}

const DETAILS_SECOND_CHOICE = '              - text: I really understand how you feel.';

describe('role-play graph check: the fixture', () => {
  it('accepts the fixture course, with schema defaults applied', () => {
    const block = roleplayOf(roleplayCourse());
    expect(block.attempts).toBe(3);
    expect(block.mood).toBe(1);
    expect(block.required).toBe(true);
    const open = block.nodes[0];
    expect(open?.speaker).toBe('customer');
    expect(open?.choices?.[1]).toMatchObject({ mood: -1, points: 0 });
  });
});

describe('role-play graph check: nodes nobody reaches and nodes that lead nowhere', () => {
  it('reports a node that cannot be reached from the start, at its id', () => {
    const { problem, yaml } = onlyProblem(withNodes('          - id: orphan', '            text: Nobody gets here.', '            ending: fair'));
    expect(problem.message).toBe('node "orphan" cannot be reached from the start ("open")');
    expectAt(problem, yaml, '          - id: orphan', 'orphan');
  });

  it('reports a dead end, a line with neither choices, next nor ending, at the node', () => {
    const { problem, yaml } = onlyProblem(replaceLine('            next: end-good'));
    expect(problem.message).toBe(
      'node "thanks" needs exactly one of choices (a decision), next (a line that continues) or ending; it has none',
    );
    expectAt(problem, yaml, '          - id: thanks', 'id: thanks');
  });

  it('reports a node with both next and an ending (the learner could not tell where it goes)', () => {
    const { problem, yaml } = onlyProblem(insertAfter('            next: end-good', '            ending: good'));
    expect(problem.message).toContain('node "thanks" needs exactly one of choices');
    expect(problem.message).toMatch(/it has next and ending$/);
    expectAt(problem, yaml, '          - id: thanks', 'id: thanks');
  });

  it('reports a decision that also has next', () => {
    const { problem, yaml } = onlyProblem(insertAfter('            text: So what are you going to do about it?', '            next: thanks'));
    expect(problem.message).toMatch(/node "details" needs exactly one .* it has choices and next$/);
    expectAt(problem, yaml, '          - id: details', 'id: details');
  });
});

describe('role-play graph check: loops', () => {
  it('reports two lines pointing at each other with no way out, naming both, at the first', () => {
    const roleplay = [
      ...insertAfter(
        '                note: Sympathy without action is an empty gift box.',
        '              - text: Let me think about it.',
        '                next: spin',
        '                note: Stalling.',
      ),
      '          - id: spin',
      '            text: Well?',
      '            next: spin-more',
      '          - id: spin-more',
      '            text: Well???',
      '            next: spin',
    ];
    const { problem, yaml } = onlyProblem(roleplay);
    expect(problem.message).toBe(
      'no ending can be reached from "spin", "spin-more": the conversation would go round in a loop with no way out',
    );
    expectAt(problem, yaml, '          - id: spin', 'spin');
  });

  it('reports a loop of decisions in which every choice stays in the loop', () => {
    const choice = (next: string) => [`              - text: Go to ${next}.`, `                next: ${next}`, '                note: Round again.'];
    const roleplay = [
      ...replaceLine('            next: end-good', '            next: ping'),
      '          - id: ping',
      '            text: Ping?',
      '            choices:',
      ...choice('pong'),
      ...choice('pong'),
      '          - id: pong',
      '            text: Pong?',
      '            choices:',
      ...choice('ping'),
      ...choice('ping'),
    ];
    const yaml = courseYaml({ roleplay });
    const messages = problemsOf(yaml).map(formatProblem);
    // end-good can no longer be reached either; the loop is named where it starts.
    expect(messages).toContain(`${FILE}:${lineOf(yaml, '          - id: end-good')}:17: node "end-good" cannot be reached from the start ("open")`);
    const loop = messages.find((m) => m.includes('no ending can be reached'));
    expect(loop).toContain('"thanks", "ping", "pong"');
    expect(loop?.startsWith(`${FILE}:${lineOf(yaml, '          - id: thanks')}:17: `)).toBe(true);
  });

  it('accepts a loop with a way out, and knows it loops', () => {
    const course = roleplayCourse({ withLoop: true });
    const stats = pathStats(roleplayOf(course, LOOP));
    expect(stats.loops).toBe(true);
    expect(pathStats(roleplayOf(course)).loops).toBe(false);
  });
});

describe('role-play graph check: references', () => {
  it('reports a node id used twice, at the second, naming the first', () => {
    const { problem, yaml } = onlyProblem(withNodes('          - id: end-fair', '            text: Again.', '            ending: fair'));
    expect(problem.message).toBe('node id "end-fair" is used twice in this role-play (also node 8)');
    expectAt(problem, yaml, '          - id: end-fair', 'end-fair', 2);
  });

  it('reports a line whose next is not a node, at the value', () => {
    const { problem, yaml } = onlyProblem(replaceLine('            next: end-good', '            next: end-great'));
    expect(problem.message).toBe('next "end-great" is not a node of this role-play');
    expectAt(problem, yaml, '            next: end-great', 'end-great');
  });

  it("reports a choice whose next is not a node, at the value", () => {
    const { problem, yaml } = onlyProblem(replaceLine('                next: blowup', '                next: blow-up'));
    expect(problem.message).toBe('next "blow-up" is not a node of this role-play');
    expectAt(problem, yaml, '                next: blow-up', 'blow-up');
  });

  it('reports an unknown start, listing the nodes', () => {
    const { problem, yaml } = onlyProblem(replaceLine('        start: open', '        start: opening'));
    expect(problem.message).toBe(
      'start "opening" is not a node; the nodes are: open, blowup, manager, story, details, thanks, end-good, end-fair, end-poor',
    );
    expectAt(problem, yaml, '        start: opening', 'opening');
  });

  it('reports a step that is not among the steps, listing them', () => {
    const { problem, yaml } = onlyProblem(replaceLine('            step: act', '            step: acting'));
    expect(problem.message).toBe(`step "acting" is not one of the role-play's steps; the steps are: greet, listen, act`);
    expectAt(problem, yaml, '            step: acting', 'acting');
  });

  it('reports each step when the role-play lists no steps', () => {
    const yaml = courseYaml({ roleplay: withoutLines('        steps:', 7) });
    const problems = problemsOf(yaml);
    // open, blowup, manager, story, details name a step.
    expect(problems).toHaveLength(5);
    expect(problems[0]?.message).toBe(`step "greet" is not one of the role-play's steps; the role-play lists no steps`);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3].map((n) => lineOf(yaml, '            step: greet', n)).concat(
      lineOf(yaml, '            step: listen'),
      lineOf(yaml, '            step: act'),
    ));
  });

  it('reports the manager speaking when the cast names no manager, at the speaker', () => {
    const { problem, yaml } = onlyProblem(replaceLine('          manager: Service manager'));
    expect(problem.message).toBe('the manager speaks here, but the cast names no manager (cast.manager)');
    expectAt(problem, yaml, '            speaker: manager', 'manager');
  });

  it('reports a role-play id that is already a page id, at the role-play', () => {
    const { problem, yaml } = onlyProblem(replaceLine('        id: rp-angry', '        id: intro'));
    expect(problem.message).toBe(`id "intro" is already used on line ${lineOf(yaml, '  - id: intro')}; ids must be unique in the course`);
    expectAt(problem, yaml, '        id: intro', 'intro');
  });

  it('reports a page id that a role-play above already took, at the page', () => {
    const { problem, yaml } = onlyProblem(replaceLine('        id: rp-angry', '        id: check'));
    expect(problem.message).toBe(`id "check" is already used on line ${lineOf(yaml, '        id: check')}; ids must be unique in the course`);
    expectAt(problem, yaml, '  - id: check', 'check');
  });

  it('reports broken references before reachability (which means little until they are fixed)', () => {
    // The unknown next also leaves end-good unreachable; only the cause is reported.
    const yaml = courseYaml({ roleplay: replaceLine('            next: end-good', '            next: end-great') });
    expect(problemsOf(yaml).map((p) => p.message)).toEqual(['next "end-great" is not a node of this role-play']);
  });
});

describe('role-play schema: how many choices a decision offers', () => {
  it('refuses a decision with 1 choice (a decision needs 2 to 4), at the list', () => {
    const { problem, yaml } = onlyProblem(withoutLines(DETAILS_SECOND_CHOICE, 4));
    expect(problem.message).toMatch(/^pages\[1\]\.blocks\[0\]\.nodes\[4\]\.choices: needs at least 2 items$/);
    expectAt(problem, yaml, '              - text: A technician checks it now, twenty minutes. If it is faulty, you get a new one.', '- text');
  });

  it('reports two replies sharing the most points at a decision, at its choices (the LMS records one right reply)', () => {
    const { problem, yaml } = onlyProblem(
      insertAfter('              - text: Please come back tomorrow, the manager is out.', '                points: 3'),
    );
    expect(problem.message).toContain('2 replies share the most points (3) at node "open"');
    expectAt(problem, yaml, '              - text: I am Chen, I will look after this. Sorry you had to come twice.', '- text');
  });

  it('accepts tied replies at a decision without points (practice)', () => {
    const lines = ROLEPLAY_LINES.filter((line) => !line.trimStart().startsWith('points:'));
    expect(roleplayOf(roleplayCourse({ roleplay: lines })).nodes[0]?.choices).toHaveLength(2);
  });

  it('refuses a decision with 5 choices', () => {
    const lines = [...ROLEPLAY_LINES];
    const at = lines.indexOf(DETAILS_SECOND_CHOICE);
    const second = lines.slice(at, at + 4);
    lines.splice(at, 0, ...second, ...second, ...second);
    const { problem } = onlyProblem(lines);
    expect(problem.message).toMatch(/^pages\[1\]\.blocks\[0\]\.nodes\[4\]\.choices: at most 4 items$/);
  });

  it('accepts 4 choices', () => {
    const lines = [...ROLEPLAY_LINES];
    const at = lines.indexOf(DETAILS_SECOND_CHOICE);
    lines.splice(at, 0, ...lines.slice(at, at + 4), ...lines.slice(at, at + 4));
    expect(roleplayOf(roleplayCourse({ roleplay: lines })).nodes[4]?.choices).toHaveLength(4);
  });

  it('refuses a choice worth more than 3 points or moving the mood by more than 2', () => {
    const yaml = courseYaml({
      roleplay: replaceLine('                points: 2', '                points: 4').map((line) => (line === '                mood: 2' ? '                mood: 3' : line)),
    });
    const messages = problemsOf(yaml).map((p) => p.message);
    expect(messages.some((m) => /^pages\[1\]\.blocks\[0\]\.nodes\[1\]\.choices\[0\]\.points: /.test(m))).toBe(true);
    expect(messages.filter((m) => /\.choices\[0\]\.mood: /.test(m))).toHaveLength(2); // story and details
  });
});
