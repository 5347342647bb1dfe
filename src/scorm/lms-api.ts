/** The two LMS APIs as the SCORM run-time specifications define them (values are strings). */
type Result = string | boolean;

export interface Scorm12Api {
  LMSInitialize(arg: ''): Result;
  LMSFinish(arg: ''): Result;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): Result;
  LMSCommit(arg: ''): Result;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): Result;
  Terminate(arg: ''): Result;
  GetValue(element: string): string;
  SetValue(element: string, value: string): Result;
  Commit(arg: ''): Result;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

function hasMethods(value: unknown, names: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof Reflect.get(value, name) === 'function')
  );
}

export function isScorm12Api(value: unknown): value is Scorm12Api {
  return hasMethods(value, ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError']);
}

export function isScorm2004Api(value: unknown): value is Scorm2004Api {
  return hasMethods(value, ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError']);
}
