/**
 * The objects a course finds on `window.API` (SCORM 1.2) and `window.API_1484_11` (2004): exactly
 * the standard method names and nothing else, so a course cannot come to rely on scorm-again
 * extras that a real LMS would not have.
 */
import type { LoggedApi } from './logged-api.ts';

export interface Scorm12Standard {
  LMSInitialize(parameter: string): string;
  LMSFinish(parameter: string): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: string): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export interface Scorm2004Standard {
  Initialize(parameter: string): string;
  Terminate(parameter: string): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: string): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

// Rest parameters, so the log shows the arguments exactly as the course passed them.
export function scorm12Standard(api: LoggedApi): Scorm12Standard {
  return {
    LMSInitialize: (...args: unknown[]) => api.call('initialize', args),
    LMSFinish: (...args: unknown[]) => api.call('terminate', args),
    LMSGetValue: (...args: unknown[]) => api.call('getValue', args),
    LMSSetValue: (...args: unknown[]) => api.call('setValue', args),
    LMSCommit: (...args: unknown[]) => api.call('commit', args),
    LMSGetLastError: (...args: unknown[]) => api.call('getLastError', args),
    LMSGetErrorString: (...args: unknown[]) => api.call('getErrorString', args),
    LMSGetDiagnostic: (...args: unknown[]) => api.call('getDiagnostic', args),
  };
}

export function scorm2004Standard(api: LoggedApi): Scorm2004Standard {
  return {
    Initialize: (...args: unknown[]) => api.call('initialize', args),
    Terminate: (...args: unknown[]) => api.call('terminate', args),
    GetValue: (...args: unknown[]) => api.call('getValue', args),
    SetValue: (...args: unknown[]) => api.call('setValue', args),
    Commit: (...args: unknown[]) => api.call('commit', args),
    GetLastError: (...args: unknown[]) => api.call('getLastError', args),
    GetErrorString: (...args: unknown[]) => api.call('getErrorString', args),
    GetDiagnostic: (...args: unknown[]) => api.call('getDiagnostic', args),
  };
}

/** Puts the API where a SCORM course looks for it (its parent window), replacing any earlier one. */
export function installStandardApi(target: object, api: LoggedApi): void {
  if (api.version === '1.2') Object.assign(target, { API: scorm12Standard(api) });
  else Object.assign(target, { API_1484_11: scorm2004Standard(api) });
}
