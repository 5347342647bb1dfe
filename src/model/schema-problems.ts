/** Turns schema (zod) issues into messages a trainer can act on, at the offending YAML node. */
import type { z } from 'zod';
import { formatPath, type Position } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

export interface LocatedMessage extends Position {
  readonly message: string;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value: unknown = root;
  for (const seg of path) {
    if (value === null || typeof value !== 'object' || !(seg in value)) return { found: false, value: undefined };
    value = Reflect.get(value, seg);
  }
  return { found: true, value };
}

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

function kindOfItem(path: readonly PropertyKey[]): string {
  return path.includes('blocks') ? 'block' : 'page';
}

function messageFor(issue: z.core.$ZodIssue, root: unknown): { message: string; key?: string } {
  const where = issue.path.length > 0 ? formatPath(issue.path) : 'course';
  const at = valueAt(root, issue.path);
  const missing = !at.found || at.value === undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        message: `${where}: unknown key "${issue.keys.join('", "')}"`,
        key: issue.keys[0],
      };
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (missing) return { message: `${where}: missing (expected ${expected})` };
      return { message: `${where}: expected ${expected}, found ${describe(at.value)}` };
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      if (options.length > 0) {
        const value = at.value;
        const kind = kindOfItem(issue.path);
        return {
          message:
            missing
              ? `${where}: missing; a ${kind} needs a type: ${options.join(', ')}`
              : `${where}: unknown ${kind} type "${String(value)}"; use one of: ${options.join(', ')}`,
        };
      }
      return { message: `${where}: ${issue.message}` };
    }
    case 'invalid_value': {
      const options = issue.values.map(String).join(', ');
      return { message: missing ? `${where}: missing (one of: ${options})` : `${where}: must be one of: ${options}` };
    }
    default:
      return { message: `${where}: ${issue.message}` };
  }
}

export function schemaProblems(error: z.ZodError, source: YamlSource): LocatedMessage[] {
  return error.issues.map((issue) => {
    const { message, key } = messageFor(issue, source.value);
    return { ...source.locate(issue.path, key), message };
  });
}
