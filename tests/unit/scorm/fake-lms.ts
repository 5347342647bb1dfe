/**
 * A hand-made LMS for the failure tests: a plain object with the standard methods of one SCORM
 * version, which can refuse SetValue or Commit with an error code, reject chosen elements for
 * good, or throw on every call. It keeps what it accepted and what it has committed.
 */
import type { FoundApi } from '../../../src/scorm/find-api.ts';
import type { Version } from './helpers.ts';

export class FakeLms {
  /** Every call, by standard method name, GetLastError included. */
  readonly calls: string[] = [];
  /** SetValue calls the LMS accepted, in order. */
  readonly accepted: [element: string, value: string][] = [];
  readonly data = new Map<string, string>();
  /** What the last successful commit stored. */
  committed = new Map<string, string>();
  /** Error code for every SetValue (0: accept). */
  refuseSet = 0;
  /** Error code for every Commit (0: accept). */
  refuseCommit = 0;
  /** Elements the data model never accepts, with their error code (e.g. 405 / 406). */
  readonly rejects = new Map<string, number>();
  /** Every call throws, GetLastError included. */
  throwing = false;
  #error = 0;

  constructor(readonly version: Version) {}

  /** Error codes a real LMS of this version would use for a refused SetValue / Commit. */
  get commitFailure(): number {
    return this.version === '2004' ? 391 : 101;
  }

  count(method: string): number {
    return this.calls.filter((m) => m === method).length;
  }

  get found(): FoundApi {
    if (this.version === '1.2') {
      return {
        version: '1.2',
        api: {
          LMSInitialize: () => this.#call('LMSInitialize', () => this.#ok()),
          LMSFinish: () => this.#call('LMSFinish', () => this.#ok()),
          LMSGetValue: (element) => this.#call('LMSGetValue', () => this.#get(element)),
          LMSSetValue: (element, value) => this.#call('LMSSetValue', () => this.#set(element, value)),
          LMSCommit: () => this.#call('LMSCommit', () => this.#commit()),
          LMSGetLastError: () => this.#call('LMSGetLastError', () => String(this.#error)),
          LMSGetErrorString: (code) => this.#call('LMSGetErrorString', () => `error ${code}`),
        },
      };
    }
    return {
      version: '2004',
      api: {
        Initialize: () => this.#call('Initialize', () => this.#ok()),
        Terminate: () => this.#call('Terminate', () => this.#ok()),
        GetValue: (element) => this.#call('GetValue', () => this.#get(element)),
        SetValue: (element, value) => this.#call('SetValue', () => this.#set(element, value)),
        Commit: () => this.#call('Commit', () => this.#commit()),
        GetLastError: () => this.#call('GetLastError', () => String(this.#error)),
        GetErrorString: (code) => this.#call('GetErrorString', () => `error ${code}`),
      },
    };
  }

  /** Accepted SetValue calls in order, element names only. */
  get acceptedElements(): string[] {
    return this.accepted.map(([element]) => element);
  }

  #call(method: string, fn: () => string): string {
    this.calls.push(method);
    if (this.throwing) throw new Error(`${method}: the LMS frame has gone away`);
    return fn();
  }

  #ok(): string {
    this.#error = 0;
    return 'true';
  }

  #get(element: string): string {
    this.#error = 0;
    return this.data.get(element) ?? '';
  }

  #set(element: string, value: string): string {
    const code = this.rejects.get(element) ?? this.refuseSet;
    if (code) {
      this.#error = code;
      return 'false';
    }
    this.data.set(element, value);
    this.accepted.push([element, value]);
    return this.#ok();
  }

  #commit(): string {
    if (this.refuseCommit) {
      this.#error = this.refuseCommit;
      return 'false';
    }
    this.committed = new Map(this.data);
    return this.#ok();
  }
}
