/** Turns schema (zod) issues into messages a trainer can act on, at the offending YAML node. */
import type { z } from 'zod';
import { knownKeys } from './known-keys.ts';
import { formatPath, type Position } from './problem.ts';
import { closest } from './suggest.ts';
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

interface Message {
  readonly message: string;
  /** The key to point at instead of the value at the issue's path. */
  readonly key?: string;
  /** A missing key this message already explains (the trainer misspelled it). */
  readonly explains?: string;
}

function unknownKeys(where: string, keys: readonly string[], path: readonly PropertyKey[], root: unknown): Message[] {
  const allowed = knownKeys(root, path);
  return keys.map((key) => {
    const meant = closest(key, allowed);
    if (meant === undefined) return { message: `${where}: unknown key "${key}"`, key };
    return { message: `${where}: unknown key "${key}"; did you mean "${meant}"?`, key, explains: formatPath([...path, meant]) };
  });
}

function messageFor(issue: z.core.$ZodIssue, root: unknown): Message | Message[] {
  const where = issue.path.length > 0 ? formatPath(issue.path) : 'course';
  const at = valueAt(root, issue.path);
  const missing = !at.found || at.value === undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(where, issue.keys, issue.path, root);
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
    case 'too_small':
      // A message written in the schema (e.g. "a step sequence needs at least 2 steps") says it best.
      if (!issue.message.startsWith('Too small')) return { message: `${where}: ${issue.message}` };
      if (issue.origin === 'array') return { message: `${where}: needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}` };
      if (issue.origin === 'string') return { message: `${where}: must not be empty` };
      return { message: `${where}: must be at least ${String(issue.minimum)}` };
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return { message: `${where}: ${issue.message}` };
      if (issue.origin === 'array') return { message: `${where}: at most ${String(issue.maximum)} items` };
      if (issue.origin === 'string') return { message: `${where}: at most ${String(issue.maximum)} characters` };
      return { message: `${where}: must be at most ${String(issue.maximum)}` };
    default:
      return { message: `${where}: ${issue.message}` };
  }
}

export function schemaProblems(error: z.ZodError, source: YamlSource): LocatedMessage[] {
  const found = error.issues.flatMap((issue) => {
    const messages = messageFor(issue, source.value);
    return (Array.isArray(messages) ? messages : [messages]).map((m) => ({ issue, ...m }));
  });
  // "title: missing" says nothing new next to `unknown key "tittle"; did you mean "title"?`.
  const explained = new Set(found.flatMap((m) => (m.explains === undefined ? [] : [m.explains])));
  return found
    .filter(({ issue }) => !(explained.has(formatPath(issue.path)) && valueAt(source.value, issue.path).value === undefined))
    .map(({ issue, message, key }) => ({ ...source.locate(issue.path, key), message }));
}
