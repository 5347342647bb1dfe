/** The two SCORM run-time versions the harness can host, and what differs between them. */
export type ScormVersion = '1.2' | '2004';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

export function isScormVersion(value: unknown): value is ScormVersion {
  return value === '1.2' || value === '2004';
}

/** `?scorm=` wins; then the default the dev server passed in (COURSELOOM_SCORM); then 2004. */
export function chooseVersion(search: string, serverDefault: string | null | undefined): ScormVersion {
  const asked = new URLSearchParams(search).get('scorm');
  if (isScormVersion(asked)) return asked;
  return isScormVersion(serverDefault) ? serverDefault : '2004';
}

/** The error code the simulated LMS reports when it refuses a commit: 391 in 2004, 101 in 1.2. */
export const COMMIT_FAILURE_CODE: Readonly<Record<ScormVersion, string>> = { '1.2': '101', '2004': '391' };

/** SPM of cmi(.core).suspend_data; scorm-again does not enforce the 1.2 limit, so we show it. */
export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = { '1.2': 4096, '2004': 64000 };

/** Where the elements the harness itself reads or sets live, relative to `cmi`. */
export interface CmiPaths {
  readonly entry: string;
  readonly exit: string;
  readonly sessionTime: string;
  readonly totalTime: string;
  readonly mastery: string;
  readonly learnerId: string;
  readonly learnerName: string;
  readonly location: string;
  readonly suspendData: string;
}

export const CMI_PATHS: Readonly<Record<ScormVersion, CmiPaths>> = {
  '1.2': {
    entry: 'core.entry',
    exit: 'core.exit',
    sessionTime: 'core.session_time',
    totalTime: 'core.total_time',
    mastery: 'student_data.mastery_score',
    learnerId: 'core.student_id',
    learnerName: 'core.student_name',
    location: 'core.lesson_location',
    suspendData: 'suspend_data',
  },
  '2004': {
    entry: 'entry',
    exit: 'exit',
    sessionTime: 'session_time',
    totalTime: 'total_time',
    mastery: 'scaled_passing_score',
    learnerId: 'learner_id',
    learnerName: 'learner_name',
    location: 'location',
    suspendData: 'suspend_data',
  },
};

/** The same page, asking for another version. */
export function versionHref(href: string, version: ScormVersion): string {
  const url = new URL(href);
  url.searchParams.set('scorm', version);
  return url.href;
}

/** The `<meta>` through which the dev server passes COURSELOOM_SCORM to the harness page. */
export const DEFAULT_VERSION_META = 'courseloom-default-scorm';
