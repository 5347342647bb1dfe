/**
 * Shared fixtures for the role-play tests: a small course in YAML, parsed through parseCourse
 * (so the schema defaults apply, as in a real course), ways to tweak its lines, and helpers to
 * play it.
 *
 * The role-play "rp-angry" (counted by hand, see engine.test.ts):
 *
 *   open ─a(+1, 3)→ story ─a(+2, 3)→ details ─a(+2, 3)→ thanks → end-good
 *     │               │ └─b(0, 1)→ details  └─b(0, 1)→ end-fair
 *     │               └─c(-2, 0)→ end-poor
 *     └─b(-1, 0)→ blowup ─a(+1, 2)→ manager (the manager speaks) → story      (the recovery branch)
 *                        └─b(-2, 0)→ end-poor
 *
 * Four decisions (open, blowup, story, details); the best path is [0, 0, 0]: three decisions,
 * 9 points. The customer starts at mood 1.
 */
import { expect } from 'vitest';
import type { LearnerState } from '../../../src/engine/learner-state.ts';
import { startState } from '../../../src/engine/learner-state.ts';
import { choose, playAgain, type Choosing } from '../../../src/engine/roleplay/play.ts';
import { parseCourse } from '../../../src/model/parse-course.ts';
import { formatProblem, type Problem } from '../../../src/model/problem.ts';
import type { Course, RoleplayBlock } from '../../../src/model/schema.ts';

export const FILE = 'courses/roleplay/course.yaml';

export const RP = 'rp-angry';
export const LOOP = 'rp-loop';

/** The role-play block of the course, as lines indented for a page's `blocks:`. */
export const ROLEPLAY_LINES: readonly string[] = [
  '      - type: roleplay',
  `        id: ${RP}`,
  '        title: The customer who came back',
  '        weight: 2',
  '        intro: Ms Liu bought a phone three weeks ago. It keeps **dropping calls**.',
  '        cast:',
  '          customer: Ms Liu',
  '          advisor: You',
  '          manager: Service manager',
  '        steps:',
  '          - id: greet',
  '            title: Introduce yourself',
  '          - id: listen',
  '            title: Listen and apologise',
  '          - id: act',
  '            title: Act',
  '        start: open',
  '        strategy: Take charge, listen, apologise, then act.',
  '        nodes:',
  '          - id: open',
  '            step: greet',
  '            text: This phone drops every call! Who is in charge here?',
  '            choices:',
  '              - text: I am Chen, I will look after this. Sorry you had to come twice.',
  '                next: story',
  '                mood: 1',
  '                points: 3',
  '                note: Taking charge and apologising calms her down.',
  '              - text: Please come back tomorrow, the manager is out.',
  '                next: blowup',
  '                mood: -1',
  '                note: Sending her away again passes the buck.',
  '          - id: blowup',
  '            step: greet',
  '            text: Again? Get me your manager!',
  '            choices:',
  '              - text: You are right, I am sorry. I will fetch the manager now.',
  '                next: manager',
  '                mood: 1',
  '                points: 2',
  '                note: Owning the mistake saves the situation.',
  '              - text: Rules are rules.',
  '                next: end-poor',
  '                mood: -2',
  '                note: Hiding behind the rules ends the conversation.',
  '          - id: manager',
  '            step: greet',
  '            speaker: manager',
  '            text: Hello Ms Liu, I am the service manager. Chen will look after you.',
  '            next: story',
  '          - id: story',
  '            step: listen',
  '            text: It drops calls at home and at work. I lost a client yesterday!',
  '            choices:',
  '              - text: Losing a client call is awful, I am so sorry. Since when does it happen?',
  '                next: details',
  '                mood: 2',
  '                points: 3',
  '                note: Empathy first, then questions.',
  '              - text: Calm down, there are many reasons for dropped calls.',
  '                next: details',
  '                points: 1',
  '                note: Explaining too early sounds like an excuse.',
  '              - text: That is normal for phones these days.',
  '                next: end-poor',
  '                mood: -2',
  '                note: Brushing her off is the worst answer.',
  '          - id: details',
  '            step: act',
  '            text: So what are you going to do about it?',
  '            choices:',
  '              - text: A technician checks it now, twenty minutes. If it is faulty, you get a new one.',
  '                next: thanks',
  '                mood: 2',
  '                points: 3',
  '                note: Quick action with a time and a remedy.',
  '              - text: I really understand how you feel.',
  '                next: end-fair',
  '                points: 1',
  '                note: Sympathy without action is an empty gift box.',
  '          - id: thanks',
  '            speaker: narrator',
  '            text: Twenty minutes later Ms Liu leaves with a new phone.',
  '            next: end-good',
  '          - id: end-good',
  '            text: Thank you, I will come back here.',
  '            ending: good',
  '          - id: end-fair',
  '            text: Fine. Call me when it is done.',
  '            ending: fair',
  '          - id: end-poor',
  '            text: I am never coming back here.',
  '            ending: poor',
];

/** A second, looping role-play with a way out: "unclear" can lead back to "ask". */
export const LOOP_LINES: readonly string[] = [
  '      - type: roleplay',
  `        id: ${LOOP}`,
  '        title: What will it cost?',
  '        cast:',
  '          customer: Mr Wang',
  '          advisor: You',
  '        start: ask',
  '        nodes:',
  '          - id: ask',
  '            text: What will the repair cost?',
  '            choices:',
  '              - text: Let me look up the exact price for you.',
  '                next: quote',
  '                mood: 1',
  '                points: 2',
  '                note: A clear answer.',
  '              - text: It depends.',
  '                next: unclear',
  '                mood: -1',
  '                note: Vague.',
  '          - id: unclear',
  '            text: Depends on what?',
  '            choices:',
  '              - text: Well, it depends.',
  '                next: ask',
  '                note: Going round in circles.',
  '              - text: On the part. Let me look it up properly.',
  '                next: quote',
  '                points: 1',
  '                note: Better late than never.',
  '              - text: I cannot say.',
  '                next: leaves',
  '                mood: -2',
  '                note: He gives up.',
  '          - id: quote',
  '            text: That is a fair price.',
  '            ending: good',
  '          - id: leaves',
  '            text: I will ask somewhere else.',
  '            ending: poor',
];

export interface CourseOptions {
  readonly scoring?: 'first-try' | 'last-try';
  /** The role-play's lines (default ROLEPLAY_LINES), e.g. tweaked by a test. */
  readonly roleplay?: readonly string[];
  /** Add the looping role-play on a page of its own. */
  readonly withLoop?: boolean;
}

/**
 * The course: an intro page, the role-play page, a check page with a true-false question
 * (weight 1) and a results page.
 */
export function courseLines(options: CourseOptions = {}): string[] {
  return [
    'id: roleplay-demo',
    'code: RP-1',
    'title: Handling a complaint',
    'language: en',
    'version: 1.0.0',
    `scoring: ${options.scoring ?? 'last-try'}`,
    'pages:',
    '  - id: intro',
    '    type: content',
    '    title: Welcome',
    '    blocks:',
    '      - type: text',
    '        body: A customer is waiting.',
    '  - id: practice',
    '    type: content',
    '    title: Role-play',
    '    blocks:',
    ...(options.roleplay ?? ROLEPLAY_LINES),
    ...(options.withLoop
      ? ['  - id: loop-page', '    type: content', '    title: Another customer', '    blocks:', ...LOOP_LINES]
      : []),
    '  - id: check',
    '    type: content',
    '    title: Check',
    '    blocks:',
    '      - type: true-false',
    '        id: q-check',
    '        prompt: A customer who complains is a lost customer.',
    '        answer: false',
    '  - id: end',
    '    type: content',
    '    title: Results',
    '    blocks:',
    '      - type: results',
  ];
}

export function courseYaml(options: CourseOptions = {}): string {
  return `${courseLines(options).join('\n')}\n`;
}

/** The role-play lines with the one line that reads exactly `from` replaced (by several, or none). */
export function replaceLine(from: string, ...to: string[]): string[] {
  const lines = [...ROLEPLAY_LINES];
  const found = lines.flatMap((line, i) => (line === from ? [i] : []));
  const [at] = found;
  if (at === undefined || found.length !== 1) throw new Error(`test helper: "${from}" is on ${found.length} lines`);
  lines.splice(at, 1, ...to);
  return lines;
}

/** The role-play lines with `more` inserted after the one line that reads exactly `after`. */
export function insertAfter(after: string, ...more: string[]): string[] {
  return replaceLine(after, after, ...more);
}

/** The role-play lines with `more` nodes appended at the end of `nodes`. */
export function withNodes(...more: string[]): string[] {
  return [...ROLEPLAY_LINES, ...more];
}

/** 1-based number of the line that reads exactly `text` (the nth such line). */
export function lineOf(yaml: string, text: string, nth = 1): number {
  const numbers = yaml.split('\n').flatMap((line, i) => (line === text ? [i + 1] : []));
  const n = numbers[nth - 1];
  if (n === undefined) throw new Error(`test helper: no line ${JSON.stringify(text)} #${nth}`);
  return n;
}

/** 1-based column where `text` starts on its line, e.g. the value after a key. */
export function colOf(line: string, text: string): number {
  const at = line.indexOf(text);
  if (at < 0) throw new Error(`test helper: "${text}" is not in "${line}"`);
  return at + 1;
}

export function parse(yaml: string): Course {
  const result = parseCourse(yaml, { file: FILE, assetExists: () => true });
  if (!result.ok) throw new Error(`the fixture course does not parse:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.course;
}

export function problemsOf(yaml: string): Problem[] {
  const result = parseCourse(yaml, { file: FILE, assetExists: () => true });
  if (result.ok) return expect.unreachable('expected problems, but the course parsed');
  return result.problems;
}

export function roleplayCourse(options: CourseOptions = {}): Course {
  return parse(courseYaml(options));
}

export function roleplayOf(course: Course, id = RP): RoleplayBlock {
  for (const page of course.pages) {
    for (const block of page.blocks) if (block.type === 'roleplay' && block.id === id) return block;
  }
  throw new Error(`test helper: no role-play "${id}"`);
}

/** A learner on the role-play page who has seen the pages up to it. */
export function onRoleplayPage(course: Course): LearnerState {
  return { ...startState(course), page: 'practice', visited: ['intro', 'practice'] };
}

/** One choice, failing the test when the engine refuses it. */
export function say(course: Course, state: LearnerState, index: number, id = RP): Choosing {
  const result = choose(course, state, id, index);
  if (!result) throw new Error(`choose refused choice ${index} of ${id}`);
  return result;
}

/** Plays a whole path (starting over first when a conversation was finished). */
export function play(course: Course, state: LearnerState, path: readonly number[], id = RP): Choosing {
  let current = state;
  if (current.answers[id] !== undefined && current.conversations[id] === undefined) {
    const again = playAgain(course, current, id);
    if (!again) throw new Error(`playAgain refused ${id}`);
    current = again;
  }
  let last: Choosing | undefined;
  for (const index of path) {
    last = say(course, current, index, id);
    current = last.state;
  }
  if (!last) throw new Error('test helper: empty path');
  return last;
}

/** The path of each kind of way through rp-angry. */
export const BEST = [0, 0, 0] as const; // 9 points, good
export const RECOVERY = [1, 0, 0, 0] as const; // 0 + 2 + 3 + 3 = 8 points, good
export const FAIR = [0, 1, 1] as const; // 3 + 1 + 1 = 5 points, fair
export const POOR = [0, 2] as const; // 3 + 0 = 3 points, poor
export const WORST = [1, 1] as const; // 0 points, poor
