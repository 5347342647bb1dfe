/**
 * The harness page's reactive state: a thin rune layer over the simulated LMS. Components read
 * from it and call its methods.
 */
import { tick } from 'svelte';
import type { ApiCall, LoggedApi } from './logged-api.ts';
import { parseMastery, PreviewStore, type KeyValueStore } from './persistence.ts';
import { currentCmi, PreviewLms } from './preview-lms.ts';
import type { ScormVersion } from './scorm-version.ts';
import { summarize, type SummaryItem } from './summary.ts';

/** How long the course stays closed on 关闭并重新打开, as between a learner's two visits. */
export const RELAUNCH_DELAY_MS = 400;
/** Older calls are dropped so that a chatty course cannot slow the page down. */
export const LOG_LIMIT = 500;

export interface HarnessOptions {
  readonly version: ScormVersion;
  readonly course: { readonly id: string; readonly title: string };
  readonly storage: KeyValueStore;
  /** Puts each launch's API where the course will look for it. */
  readonly install: (api: LoggedApi) => void;
  /** Forget the saved data before the first launch, as 新尝试 does. */
  readonly reset?: boolean;
  /** The course page to launch (the dev server's catalogue adds `?course=`). */
  readonly frameSrc?: string;
  /** Where the course catalogue is, when there is one (the dev server). */
  readonly catalogue?: string;
}

export class HarnessState {
  readonly version: ScormVersion;
  readonly courseTitle: string;
  readonly frameSrc: string;
  readonly catalogue: string | undefined;
  calls: readonly ApiCall[] = $state.raw([]);
  cmi: ReadonlyArray<readonly [string, string]> = $state.raw([]);
  sessions = $state(0);
  /** False while the course is closed between two launches. */
  frameOpen = $state(true);
  /** Changes on every launch, so the course frame is a new one. */
  launchId = $state(0);
  masteryInput = $state('');
  masteryMessage = $state('');
  masteryInvalid = $state(false);
  #failCommits = $state(false);
  #pending: ApiCall[] = [];
  readonly #store: PreviewStore;
  readonly #lms: PreviewLms;
  readonly #install: (api: LoggedApi) => void;

  constructor(options: HarnessOptions) {
    this.version = options.version;
    this.courseTitle = options.course.title;
    this.frameSrc = options.frameSrc ?? './index.html';
    this.catalogue = options.catalogue;
    this.#install = options.install;
    this.#store = new PreviewStore(options.storage, options.course.id, options.version);
    this.#lms = new PreviewLms(this.#store, (call) => this.#record(call));
    this.masteryInput = String(this.#store.masteryScore() ?? '');
    if (options.reset) this.#store.clear();
    this.#launch();
  }

  get summary(): SummaryItem[] {
    return summarize(this.version, new Map(this.cmi), this.sessions);
  }

  get failCommits(): boolean {
    return this.#failCommits;
  }

  set failCommits(on: boolean) {
    this.#failCommits = on;
    this.#lms.failCommits = on;
  }

  /** Forgets this course's saved data and launches it as the first time. */
  newAttempt(): Promise<void> {
    return this.#relaunch(true);
  }

  /** Closes the course (it terminates on pagehide) and launches it again from what was saved. */
  closeAndReopen(): Promise<void> {
    return this.#relaunch(false);
  }

  /** Stores the typed mastery score for the next launch; false when it is not 0–100. */
  applyMastery(): boolean {
    const score = parseMastery(this.masteryInput);
    this.masteryInvalid = score === undefined;
    if (score === undefined) {
      this.masteryMessage = '请输入 0 到 100 之间的数字，或留空表示不设掌握分数。';
      return false;
    }
    this.#store.setMasteryScore(score);
    this.masteryInput = score === null ? '' : String(score);
    this.masteryMessage = score === null ? '已清除掌握分数，下次启动时生效。' : `已保存掌握分数 ${score}，下次启动时生效。`;
    return true;
  }

  clearLog(): void {
    this.calls = [];
  }

  async #relaunch(forget: boolean): Promise<void> {
    if (!this.frameOpen) return;
    this.frameOpen = false;
    // Once the frame is gone its pagehide has run, and with it the course's Terminate.
    await tick();
    await new Promise((resolve) => setTimeout(resolve, RELAUNCH_DELAY_MS));
    if (forget) this.#store.clear();
    this.#launch();
    this.frameOpen = true;
  }

  #launch(): void {
    this.#install(this.#lms.launch());
    this.launchId += 1;
    this.#refresh();
  }

  #record(call: ApiCall): void {
    // A course may call while Svelte is updating the page: its pagehide handler runs while the
    // frame is being removed. Svelte forbids state changes then, so they wait for a microtask.
    this.#pending.push(call);
    if (this.#pending.length === 1) queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    const fresh = this.#pending.reverse();
    this.#pending = [];
    this.calls = [...fresh, ...this.calls].slice(0, LOG_LIMIT);
    this.#refresh();
  }

  #refresh(): void {
    this.cmi = currentCmi(this.#lms.api.api);
    this.sessions = this.#store.sessions();
  }
}
