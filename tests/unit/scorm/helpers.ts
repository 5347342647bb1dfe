/**
 * Shared fixtures for the SCORM tests: a scheduler the test drives by hand, the real course,
 * a learner walking it, scorm-again wrapped in a call recorder, and CMI JSON helpers.
 */
import { fileURLToPath } from 'node:url';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { InteractionRecord } from '../../../src/engine/interaction-record.ts';
import { requiredInteractionsOf, currentPage, startState, type LearnerState } from '../../../src/engine/learner-state.ts';
import { completeInteraction, goNext, isLastPage } from '../../../src/engine/navigation.ts';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import type { Course } from '../../../src/model/schema.ts';
import type { FoundApi } from '../../../src/scorm/find-api.ts';
import type { Scorm12Api, Scorm2004Api } from '../../../src/scorm/lms-api.ts';
import type { Scheduler } from '../../../src/scorm/session.ts';

/* ------------------------------------------------------------------------------------------ */
/* Scheduler                                                                                   */

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/** Timers that only fire when the test advances the clock. */
export class FakeScheduler implements Scheduler {
  #now = 1_700_000_000_000;
  #seq = 0;
  #timers: Timer[] = [];
  /** The delay of every timer ever requested, in order. */
  readonly requested: number[] = [];

  now(): number {
    return this.#now;
  }

  later(fn: () => void, ms: number): () => void {
    const timer: Timer = { at: this.#now + ms, seq: this.#seq++, fn, cancelled: false };
    this.requested.push(ms);
    this.#timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Timers still waiting to fire. */
  get pending(): number {
    return this.#timers.filter((t) => !t.cancelled).length;
  }

  #next(): Timer | undefined {
    const live = this.#timers.filter((t) => !t.cancelled);
    live.sort((a, b) => a.at - b.at || a.seq - b.seq);
    return live[0];
  }

  /** Moves the clock forward, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.#now + ms;
    for (;;) {
      const timer = this.#next();
      if (!timer || timer.at > target) break;
      this.#fire(timer);
    }
    this.#now = target;
  }

  /** Fires the next timer (moving the clock to it); false when none is waiting. */
  step(): boolean {
    const timer = this.#next();
    if (!timer) return false;
    this.#fire(timer);
    return true;
  }

  /** Fires timers until none is left (bounded, so a session that retries forever ends). */
  runAll(limit = 50): number {
    let fired = 0;
    while (fired < limit && this.step()) fired++;
    return fired;
  }

  #fire(timer: Timer): void {
    timer.cancelled = true;
    this.#timers = this.#timers.filter((t) => t !== timer);
    this.#now = Math.max(this.#now, timer.at);
    timer.fn();
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The course and a learner                                                                    */

export const COURSE_DIR = fileURLToPath(new URL('../../../courses/fm-1-b2', import.meta.url));

export function loadFm1b2(): Course {
  const result = loadCourseDir(COURSE_DIR);
  if (!result.ok) throw new Error(`fm-1-b2 does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.course;
}

/**
 * The states a diligent learner goes through: every required interaction of a page is finished
 * (one step each), then 下一页, until the last page or `stopAtPage` is reached.
 */
export function walkCourse(course: Course, stopAtPage?: string): LearnerState[] {
  let state = startState(course);
  const states = [state];
  for (let guard = 0; guard < 1000; guard++) {
    for (const id of requiredInteractionsOf(currentPage(course, state))) {
      if (state.done.includes(id)) continue;
      state = completeInteraction(state, id);
      states.push(state);
    }
    if (state.page === stopAtPage || isLastPage(course, state)) return states;
    const next = goNext(course, state);
    if (next === state) throw new Error(`the learner is stuck on ${state.page}`);
    state = next;
    states.push(state);
  }
  throw new Error('the walk never ended');
}

export function lastOf<T>(items: readonly T[]): T {
  const last = items.at(-1);
  if (last === undefined) throw new Error('empty list');
  return last;
}

/* ------------------------------------------------------------------------------------------ */
/* Interaction records                                                                         */

export const ANSWERED_AT = Date.UTC(2024, 0, 2, 3, 4, 5, 678);

/** One of each response type, with and without a correct response. */
export function syntheticRecords(): InteractionRecord[] {
  const base = { weighting: 1, latencyMs: 12_340, answeredAt: ANSWERED_AT };
  return [
    {
      ...base,
      id: 'q-choice',
      description: 'Which greeting fits?',
      response: { type: 'choice', ids: ['a', 'c'] },
      correct: { type: 'choice', ids: ['a', 'c'] },
      result: 'correct',
    },
    {
      ...base,
      id: 'q-true-false',
      description: 'Service means meeting needs.',
      response: { type: 'true-false', value: true },
      correct: { type: 'true-false', value: false },
      result: 'incorrect',
    },
    {
      ...base,
      id: 'q-matching',
      description: 'Match each customer to a strategy.',
      response: {
        type: 'matching',
        pairs: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      correct: {
        type: 'matching',
        pairs: [
          ['a', 'd'],
          ['c', 'b'],
        ],
      },
      result: 'incorrect',
    },
    {
      ...base,
      id: 'q-sequencing',
      description: 'Put the steps in order.',
      response: { type: 'sequencing', ids: ['s1', 's2', 's3'] },
      correct: { type: 'sequencing', ids: ['s1', 's2', 's3'] },
      result: 'correct',
    },
    {
      ...base,
      id: 'q-other',
      description: 'Your own words',
      response: { type: 'other', text: '先倾听,再道歉' },
      result: 'neutral',
      weighting: 0,
    },
  ];
}

/* ------------------------------------------------------------------------------------------ */
/* scorm-again behind a call recorder                                                          */

export type Version = '1.2' | '2004';

export interface ApiCall {
  readonly method: string;
  readonly args: readonly string[];
  readonly result: string;
  /** GetLastError right after the call. */
  readonly error: string;
}

export interface Recorded {
  readonly found: FoundApi;
  readonly calls: ApiCall[];
}

/** Forwards every call to scorm-again and notes the error code it left. */
export function recorded12(api: Scorm12API): Recorded {
  const calls: ApiCall[] = [];
  const note = (method: string, args: string[], result: string): string => {
    calls.push({ method, args, result, error: String(api.lmsGetLastError()) });
    return result;
  };
  const wrapped: Scorm12Api = {
    LMSInitialize: (arg) => note('LMSInitialize', [arg], api.lmsInitialize(arg)),
    LMSFinish: (arg) => note('LMSFinish', [arg], api.lmsFinish(arg)),
    LMSGetValue: (element) => note('LMSGetValue', [element], api.lmsGetValue(element)),
    LMSSetValue: (element, value) => note('LMSSetValue', [element, value], api.lmsSetValue(element, value)),
    LMSCommit: (arg) => note('LMSCommit', [arg], api.lmsCommit(arg)),
    LMSGetLastError: () => api.lmsGetLastError(),
    LMSGetErrorString: (code) => api.lmsGetErrorString(code),
  };
  return { found: { version: '1.2', api: wrapped }, calls };
}

export function recorded2004(api: Scorm2004API): Recorded {
  const calls: ApiCall[] = [];
  const note = (method: string, args: string[], result: string): string => {
    calls.push({ method, args, result, error: String(api.lmsGetLastError()) });
    return result;
  };
  const wrapped: Scorm2004Api = {
    Initialize: (arg) => note('Initialize', [arg], api.lmsInitialize(arg)),
    Terminate: (arg) => note('Terminate', [arg], api.lmsFinish(arg)),
    GetValue: (element) => note('GetValue', [element], api.lmsGetValue(element)),
    SetValue: (element, value) => note('SetValue', [element, value], api.lmsSetValue(element, value)),
    Commit: (arg) => note('Commit', [arg], api.lmsCommit(arg)),
    GetLastError: () => api.lmsGetLastError(),
    GetErrorString: (code) => api.lmsGetErrorString(code),
  };
  return { found: { version: '2004', api: wrapped }, calls };
}

export interface AgainLms {
  readonly api: Scorm12API | Scorm2004API;
  readonly found: FoundApi;
  readonly calls: ApiCall[];
}

/** A fresh scorm-again LMS of `version`, optionally loaded with `cmi` JSON (a relaunch). */
export function scormAgain(version: Version, cmi?: Json): AgainLms {
  if (version === '1.2') {
    const api = new Scorm12API({ logLevel: 5 });
    if (cmi) api.loadFromJSON({ ...cmi });
    return { api, ...recorded12(api) };
  }
  const api = new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON({ ...cmi });
  return { api, ...recorded2004(api) };
}

/** The value the session last set for `element` (what it meant to store). */
export function lastSet(calls: readonly ApiCall[], element: string): string | undefined {
  return calls.filter((c) => c.method.endsWith('SetValue') && c.args[0] === element).at(-1)?.args[1];
}

/* ------------------------------------------------------------------------------------------ */
/* CMI JSON                                                                                    */

export type Json = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text at a dotted path such as `core.exit` (leading `cmi.` allowed); '' when absent. */
export function readPath(json: unknown, path: string): string {
  let node: unknown = json;
  for (const key of path.replace(/^cmi\./, '').split('.')) node = isRecord(node) ? node[key] : undefined;
  return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean' ? String(node) : '';
}

/** A copy of `json` with the value at `path` replaced (intermediate objects created). */
export function withPath(json: Json, path: string, value: string): Json {
  const [key, ...rest] = path.replace(/^cmi\./, '').split('.');
  if (key === undefined || key === '') return json;
  if (rest.length === 0) return { ...json, [key]: value };
  const child = json[key];
  return { ...json, [key]: withPath(isRecord(child) ? child : {}, rest.join('.'), value) };
}

/** The `cmi` object of what scorm-again holds. */
export function cmiOf(api: Scorm12API | Scorm2004API): Json {
  const cmi = api.renderCMIToJSONObject()['cmi'];
  if (!isRecord(cmi)) throw new Error('scorm-again rendered no cmi object');
  return cmi;
}

export interface ElementNames {
  readonly status: string;
  readonly exit: string;
  readonly entry: string;
  readonly location: string;
  readonly sessionTime: string;
  readonly suspendData: string;
  readonly mastery: string;
}

/** Element names per version, for assertions written once for both. */
export const ELEMENTS: Readonly<Record<Version, ElementNames>> = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.student_data.mastery_score',
  },
  '2004': {
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    suspendData: 'cmi.suspend_data',
    mastery: 'cmi.scaled_passing_score',
  },
};
