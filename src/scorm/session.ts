/**
 * One learner session with the LMS: reads where the learner was, writes what changed (coalesced
 * into few commits), retries when the LMS refuses, and terminates exactly once.
 *
 * Nothing is dropped on failure: values the LMS did not accept stay queued, in order, and are
 * sent again with the next attempt; listeners hear once when saving is in trouble and once when
 * it has recovered.
 */
import type { InteractionRecord } from '../engine/interaction-record.ts';
import type { LearnerReport } from '../engine/report.ts';
import type { LmsConnection } from './connection.ts';

export interface SessionStart {
  /** False in standalone mode or when the LMS refused to start a session. */
  readonly tracked: boolean;
  /** An LMS is there but refused to start a session: nothing of this visit can be saved. */
  readonly refused: boolean;
  readonly version: '1.2' | '2004' | 'standalone';
  /** The LMS says this launch continues a suspended attempt. */
  readonly resumed: boolean;
  readonly location: string;
  readonly suspendData: string;
  /** The pass mark in force, in percent: the LMS's when it sets one, else the course's. */
  readonly passMark?: number;
}

export interface Scheduler {
  now(): number;
  later(fn: () => void, ms: number): () => void;
}

/** How long a due commit may wait for the browser to be idle. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Timers in the browser. Nothing the session does is urgent to the learner (commits and retries;
 * `flush` and `finish` write at once), so a timer that falls due runs in the next idle period,
 * not in the middle of a click or a frame: LMS APIs can be slow. Where idle callbacks do not
 * exist it runs when due.
 */
export const realScheduler: Scheduler = {
  now: () => Date.now(),
  later(fn, ms) {
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => fn(), { timeout: IDLE_TIMEOUT_MS });
      else fn();
    }, ms);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  },
};

export interface SessionOptions {
  readonly scheduler?: Scheduler;
  /** Changes within this window go to the LMS in one commit. */
  readonly commitDelayMs?: number;
  /** Waits between attempts while the LMS refuses; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
}

/** Data-model errors (4xx) mean a value can never be accepted; anything else may pass later. */
function isPermanent(code: number): boolean {
  return code >= 400 && code < 500;
}

export class ScormSession {
  readonly #lms: LmsConnection;
  readonly #scheduler: Scheduler;
  readonly #commitDelay: number;
  readonly #retryDelays: readonly number[];
  readonly #written = new Map<string, string>();
  readonly #pending = new Map<string, string>();
  readonly #listeners = new Set<(trouble: boolean) => void>();
  #phase: 'new' | 'open' | 'finished' = 'new';
  #startedAt = 0;
  #finishedBefore = false;
  #passMark: number | undefined;
  #nextInteraction = 0;
  #cancelTimer: (() => void) | undefined;
  #retries = 0;
  #trouble = false;

  constructor(lms: LmsConnection, options: SessionOptions = {}) {
    this.#lms = lms;
    this.#scheduler = options.scheduler ?? realScheduler;
    this.#commitDelay = options.commitDelayMs ?? 400;
    this.#retryDelays = options.retryDelaysMs ?? [1000, 2000, 5000, 10000, 30000];
  }

  get inTrouble(): boolean {
    return this.#trouble;
  }

  /** Hears `true` when saving starts failing and `false` once it works again. */
  onTrouble(listener: (trouble: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  start(coursePassingScore?: number): SessionStart {
    const version = this.#lms.tracked ? this.#lms.dialect.version : 'standalone';
    const started = this.#lms.initialize() || this.#lms.initialize();
    this.#startedAt = this.#scheduler.now();
    if (!started) {
      this.#setTrouble(true);
      return { tracked: false, refused: true, version, resumed: false, location: '', suspendData: '', passMark: coursePassingScore };
    }
    this.#phase = 'open';
    const { dialect } = this.#lms;
    const get = (element: string) => this.#lms.get(element);
    this.#finishedBefore = dialect.finishedStatus.some(([element, values]) => values.includes(get(element)));
    this.#passMark = dialect.masteryPercent(get(dialect.masteryElement)) ?? coursePassingScore;
    this.#nextInteraction = Number.parseInt(get(dialect.interactionCount), 10) || 0;
    return {
      tracked: this.#lms.tracked,
      refused: false,
      version,
      resumed: get(dialect.entry) === 'resume',
      location: get(dialect.location),
      suspendData: get(dialect.suspendData),
      ...(this.#passMark === undefined ? {} : { passMark: this.#passMark }),
    };
  }

  /** Records the learner's current state; the LMS gets what changed, soon, in one commit. */
  update(report: LearnerReport): void {
    if (this.#phase !== 'open') return;
    this.#queue(this.#valuesFor(report));
    this.#scheduleCommit(this.#commitDelay);
  }

  /** Journals one answer as the next `cmi.interactions.n`. */
  record(interaction: InteractionRecord): void {
    if (this.#phase !== 'open') return;
    this.#queue(this.#lms.dialect.interaction(this.#nextInteraction++, interaction));
    this.#scheduleCommit(this.#commitDelay);
  }

  /** Sends everything now, e.g. when the page is hidden. Returns whether all of it was saved. */
  flush(): boolean {
    if (this.#phase !== 'open') return !this.#trouble;
    return this.#commitNow();
  }

  /** Ends the session: session time, exit, a last commit, and one terminate. */
  finish(report: LearnerReport): void {
    if (this.#phase !== 'open') return;
    this.#queue([...this.#valuesFor(report), ...this.#lms.dialect.sessionTime(this.#scheduler.now() - this.#startedAt)]);
    this.#commitNow();
    this.#cancelTimer?.();
    this.#phase = 'finished';
    this.#lms.terminate();
  }

  #valuesFor(report: LearnerReport): (readonly [string, string])[] {
    const { dialect } = this.#lms;
    // Once the LMS has the course as finished, only a state that is itself complete may
    // rewrite the result: a relaunch whose saved state was lost must not turn passed into 0.
    const keepRecorded = this.#finishedBefore && !report.completed;
    const effective = this.#finishedBefore ? { ...report, completed: true } : report;
    const outcome = dialect.outcome(effective, this.#passMark);
    return [
      [dialect.location, report.location],
      [dialect.suspendData, report.suspendData],
      ...(keepRecorded ? outcome.filter(([element]) => !dialect.resultElements.includes(element)) : outcome),
    ];
  }

  #queue(values: readonly (readonly [string, string])[]): void {
    for (const [element, value] of values) {
      if (this.#written.get(element) === value && !this.#pending.has(element)) continue;
      this.#pending.set(element, value);
    }
  }

  #scheduleCommit(ms: number): void {
    if (this.#cancelTimer) return;
    this.#cancelTimer = this.#scheduler.later(() => {
      this.#cancelTimer = undefined;
      this.#commitNow();
    }, ms);
  }

  /** Writes queued values in order, then commits; on failure keeps the rest and retries later. */
  #commitNow(): boolean {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    for (const [element, value] of this.#pending) {
      if (this.#lms.set(element, value)) {
        this.#written.set(element, value);
        this.#pending.delete(element);
        continue;
      }
      const { code, message } = this.#lms.lastError();
      if (isPermanent(code)) {
        // Retrying cannot help a value the data model rejects; it is a bug to fix, not to loop on.
        console.warn(`LMS rejected ${element}=${JSON.stringify(value)}: ${code} ${message}`);
        this.#pending.delete(element);
        continue;
      }
      return this.#failed();
    }
    if (!this.#lms.commit()) return this.#failed();
    this.#retries = 0;
    this.#setTrouble(false);
    return true;
  }

  #failed(): false {
    this.#setTrouble(true);
    if (this.#phase === 'open') {
      const delay = this.#retryDelays[Math.min(this.#retries, this.#retryDelays.length - 1)] ?? 1000;
      this.#retries++;
      this.#scheduleCommit(delay);
    }
    return false;
  }

  #setTrouble(trouble: boolean): void {
    if (trouble === this.#trouble) return;
    this.#trouble = trouble;
    for (const listener of this.#listeners) listener(trouble);
  }
}
