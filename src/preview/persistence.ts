/**
 * What the simulated LMS keeps between launches, in localStorage, and how it prepares the next
 * launch from it: the CMI data (as scorm-again renders it), the number of sessions, and the
 * trainer's mastery score.
 */
import { isRecord, readPath, withPath, type CmiJson } from './cmi-json.ts';
import { CMI_PATHS, type ScormVersion } from './scorm-version.ts';

/** The part of `Storage` we use, so tests can pass a Map-backed stand-in. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const PREVIEW_LEARNER: { readonly id: string; readonly name: string } = { id: 'preview-learner', name: '预览学员' };

export function cmiKey(courseId: string, version: ScormVersion): string {
  return `courseloom-preview:${courseId}:${version}`;
}

const sessionsKey = (courseId: string, version: ScormVersion) => `${cmiKey(courseId, version)}:sessions`;
/** Per course, not per version: the input is 0–100 in both and converted at launch. */
const masteryKey = (courseId: string) => `courseloom-preview:${courseId}:mastery`;

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export class PreviewStore {
  constructor(
    private readonly store: KeyValueStore,
    readonly courseId: string,
    readonly version: ScormVersion,
  ) {}

  /** The saved `cmi` object, or null when this course and version were never committed. */
  savedCmi(): CmiJson | null {
    const saved = parseJson(this.store.getItem(cmiKey(this.courseId, this.version)));
    return isRecord(saved) && isRecord(saved.cmi) ? saved.cmi : null;
  }

  /** Keeps `rendered` (the `{ cmi: … }` of renderCMIToJSONObject), with total_time brought up to date. */
  saveCmi(rendered: unknown, totalTime: string): void {
    if (!isRecord(rendered) || !isRecord(rendered.cmi)) return;
    const cmi = withPath(rendered.cmi, CMI_PATHS[this.version].totalTime, totalTime);
    this.store.setItem(cmiKey(this.courseId, this.version), JSON.stringify({ cmi }));
  }

  sessions(): number {
    const n = Number(this.store.getItem(sessionsKey(this.courseId, this.version)));
    return Number.isInteger(n) && n > 0 ? n : 0;
  }

  countSession(): number {
    const n = this.sessions() + 1;
    this.store.setItem(sessionsKey(this.courseId, this.version), String(n));
    return n;
  }

  /** Forgets the learner's data for this course and version (the mastery score stays). */
  clear(): void {
    this.store.removeItem(cmiKey(this.courseId, this.version));
    this.store.removeItem(sessionsKey(this.courseId, this.version));
  }

  /** 0–100, or null for none. */
  masteryScore(): number | null {
    return parseMastery(this.store.getItem(masteryKey(this.courseId)) ?? '') ?? null;
  }

  setMasteryScore(score: number | null): void {
    if (score === null) this.store.removeItem(masteryKey(this.courseId));
    else this.store.setItem(masteryKey(this.courseId), String(score));
  }
}

/** A mastery score typed by the trainer: '' means none; undefined when it is not 0–100. */
export function parseMastery(input: string): number | null | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

export interface Launch {
  /** What to pass to `loadFromJSON` before Initialize. */
  readonly cmi: CmiJson;
  readonly entry: string;
}

/**
 * The data a new launch starts from, as an LMS prepares it: a learner who suspended resumes with
 * everything kept; otherwise SCORM 2004 starts a new attempt (fresh data, ab-initio) while 1.2
 * keeps the data with an empty entry. Each launch is a new session, so exit and session_time
 * start empty, and the trainer's mastery score (if any) replaces the saved one.
 */
export function prepareLaunch(version: ScormVersion, saved: CmiJson | null, mastery: number | null): Launch {
  const paths = CMI_PATHS[version];
  const suspended = saved !== null && readPath(saved, paths.exit) === 'suspend';
  const kept = saved !== null && (suspended || version === '1.2') ? saved : {};
  const entry = saved === null ? 'ab-initio' : suspended ? 'resume' : version === '2004' ? 'ab-initio' : '';
  const masteryValue = mastery === null ? '' : version === '1.2' ? String(mastery) : String(mastery / 100);
  const values: Array<[string, string]> = [
    [paths.entry, entry],
    [paths.exit, ''],
    [paths.sessionTime, ''],
    [paths.mastery, masteryValue],
    [paths.learnerId, PREVIEW_LEARNER.id],
    [paths.learnerName, PREVIEW_LEARNER.name],
  ];
  // 1.2 leaves credit empty unless the LMS says; a real LMS launches for credit.
  if (version === '1.2') values.push(['core.credit', 'credit']);
  const cmi = values.reduce((json, [path, value]) => withPath(json, path, value), kept);
  return { cmi, entry };
}
