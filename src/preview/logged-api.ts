/**
 * The LMS side of the run-time: forwards the course's calls to scorm-again and records each one
 * with the error code read right after it. It can also play an LMS whose server refuses commits,
 * so trainers can see how a course copes.
 */
import type { Scorm12API, Scorm2004API } from 'scorm-again';
import { COMMIT_FAILURE_CODE, type ScormVersion } from './scorm-version.ts';

export type ScormApi = Scorm12API | Scorm2004API;

export type ApiOperation =
  | 'initialize'
  | 'terminate'
  | 'getValue'
  | 'setValue'
  | 'commit'
  | 'getLastError'
  | 'getErrorString'
  | 'getDiagnostic';

export const METHOD_NAMES: Readonly<Record<ScormVersion, Readonly<Record<ApiOperation, string>>>> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
};

/** Calls that only ask about the last error: they neither fail nor clear a simulated failure. */
const ERROR_QUERIES: ReadonlySet<ApiOperation> = new Set(['getLastError', 'getErrorString', 'getDiagnostic']);

export interface ApiCall {
  /** Unique within the page, in call order. */
  readonly seq: number;
  readonly time: Date;
  readonly method: string;
  /** Each argument as the course passed it: strings JSON-quoted, anything else as `String(x)`. */
  readonly args: readonly string[];
  readonly result: string;
  /** The code read right after the call; '' for the calls that only ask about an error. */
  readonly error: string;
  readonly errorString: string;
  readonly failed: boolean;
}

export interface ApiListener {
  /** After every call, once its outcome is known. */
  called?(call: ApiCall): void;
  /** After an Initialize, Commit or Terminate that returned "true" (the moments an LMS stores). */
  succeeded?(operation: 'initialize' | 'commit' | 'terminate'): void;
}

function showArgument(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function text(value: unknown): string {
  return value === undefined ? '' : String(value);
}

export class LoggedApi {
  /** Shared by all launches, so the calls of one page's launches never share a number. */
  static #lastSeq = 0;
  /** While true, Commit and Terminate answer "false" without reaching scorm-again. */
  failCommits = false;
  #simulatedError: string | null = null;

  constructor(
    readonly version: ScormVersion,
    readonly api: ScormApi,
    private readonly listener: ApiListener = {},
  ) {}

  call(operation: ApiOperation, args: readonly unknown[]): string {
    const result = this.#perform(operation, args);
    // Asking about an error leaves the error state as it was: the code belongs to an earlier call.
    const error = ERROR_QUERIES.has(operation) ? '' : this.lastError();
    if (result === 'true' && (operation === 'initialize' || operation === 'commit' || operation === 'terminate')) {
      this.listener.succeeded?.(operation);
    }
    this.listener.called?.({
      seq: ++LoggedApi.#lastSeq,
      time: new Date(),
      method: METHOD_NAMES[this.version][operation],
      args: args.map(showArgument),
      result,
      error,
      errorString: error === '' || error === '0' ? '' : this.api.getLmsErrorMessageDetails(error, false),
      failed: error !== '' && error !== '0',
    });
    return result;
  }

  /** The code GetLastError would answer now, without making (and logging) that call. */
  lastError(): string {
    return this.#simulatedError ?? String(this.api.lastErrorCode);
  }

  #perform(operation: ApiOperation, args: readonly unknown[]): string {
    const [first, second] = args;
    const api = this.api;
    switch (operation) {
      case 'getLastError':
        return this.lastError();
      case 'getErrorString':
        return api.lmsGetErrorString(text(first));
      case 'getDiagnostic':
        // With no code, GetDiagnostic explains the last error, which may be our simulated one.
        return api.lmsGetDiagnostic(text(first) || (this.#simulatedError ?? ''));
    }
    if ((operation === 'commit' || operation === 'terminate') && this.failCommits) {
      this.#simulatedError = COMMIT_FAILURE_CODE[this.version];
      return 'false';
    }
    this.#simulatedError = null;
    switch (operation) {
      case 'initialize':
        return api.lmsInitialize(text(first));
      case 'terminate':
        return api.lmsFinish(text(first));
      case 'commit':
        return api.lmsCommit(text(first));
      case 'getValue':
        return api.lmsGetValue(text(first));
      case 'setValue':
        return api.lmsSetValue(text(first), second);
    }
  }
}
