/**
 * Small helpers for the nested CMI JSON that scorm-again renders (`renderCMIToJSONObject`) and
 * loads (`loadFromJSON`). Its values arrive untyped, so everything here narrows from `unknown`.
 */
export type CmiJson = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is CmiJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text at a dotted path such as `core.exit`; '' when absent or not a scalar. */
export function readPath(json: CmiJson, path: string): string {
  let node: unknown = json;
  for (const key of path.split('.')) node = isRecord(node) ? node[key] : undefined;
  return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean' ? String(node) : '';
}

/** A copy of `json` with the value at `path` replaced (intermediate objects are created). */
export function withPath(json: CmiJson, path: string, value: string): CmiJson {
  const [key, ...rest] = path.split('.');
  if (key === undefined || key === '') return json;
  if (rest.length === 0) return { ...json, [key]: value };
  const child = json[key];
  return { ...json, [key]: withPath(isRecord(child) ? child : {}, rest.join('.'), value) };
}

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * Every non-empty element as `[name, value]`, in scorm-again's order, e.g.
 * `['cmi.core.lesson_status', 'incomplete']`. Arrays and `{ "0": … }` collections both become
 * `.0.`-style indices, as the CMI element names have them.
 */
export function flattenCmi(json: unknown, prefix = ''): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const entries = Array.isArray(json) ? json.map((v, i): [string, unknown] => [String(i), v]) : isRecord(json) ? Object.entries(json) : [];
  for (const [key, value] of entries) {
    const name = prefix ? `${prefix}.${key}` : key;
    const text = scalar(value);
    if (text !== null) {
      if (text !== '') rows.push([name, text]);
    } else {
      rows.push(...flattenCmi(value, name));
    }
  }
  return rows;
}
