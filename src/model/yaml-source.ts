/**
 * Turns the bytes of a course file into a plain value, and keeps the YAML tree so that any
 * later problem (schema, cross-checks) can be reported at its line and column.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { START, type Position } from './problem.ts';

/** Course files are text; anything this big is a mistake (media belongs in asset files). */
export const MAX_COURSE_FILE_BYTES = 1024 * 1024;
/** Enough for any sensible reuse of anchors, far too few for an alias bomb. */
const MAX_ALIAS_EXPANSIONS = 100;

export interface SourceProblem extends Position {
  readonly message: string;
}

export interface YamlSource {
  readonly value: unknown;
  /** Where the node at `path` starts; with `key`, where that key of the map at `path` starts. */
  locate(path: readonly PropertyKey[], key?: string): Position;
}

export type ReadResult = { ok: true; source: YamlSource } | { ok: false; problems: SourceProblem[] };

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: this key is already set above in the same mapping',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a line with ---); a course is one document',
};

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function positionOfIndex(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: index - lineStart + 1 };
}

function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: SourceProblem } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = positionOfIndex(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    return {
      ok: false,
      problem: { ...at, message: 'the file is not valid UTF-8 text; save it as UTF-8' },
    };
  }
}

const BLOCK_SCALAR_START = /(^|[:\-]\s*)[|>][+-]?\d*[+-]?\s*(#.*)?$/;

/**
 * Tabs in indentation, reported on every such line. YAML rejects them, but the parser's own
 * errors for them cascade into confusing ones. Lines inside a block scalar (`body: |`) are
 * text, where a tab is allowed.
 */
function tabIndents(text: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  let scalarParent = -1;
  text.split('\n').forEach((line, i) => {
    const spaces = /^ */.exec(line)?.[0].length ?? 0;
    if (scalarParent >= 0 && (line.trim() === '' || spaces > scalarParent)) return;
    scalarParent = -1;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    if (tab >= 0 && indent.length < line.length) {
      problems.push({ line: i + 1, col: tab + 1, message: 'a tab is used for indentation; YAML needs spaces' });
    } else if (BLOCK_SCALAR_START.test(line)) {
      scalarParent = spaces;
    }
  });
  return problems;
}

const EMPTY: SourceProblem = {
  ...START,
  message: 'the file is empty: a course needs id, code, title, language, version and pages',
};

/** Where the unclosed `[` or `{` before `end` is, if any (quoted text and comments skipped). */
function unclosedBracket(text: string, end: number): number | undefined {
  const open: number[] = [];
  let quote = '';
  for (let i = 0; i < end; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === quote || c === '\n') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? end : eol;
    } else if (c === '[' || c === '{') open.push(i);
    else if (c === ']' || c === '}') open.pop();
  }
  return open.at(-1);
}

function syntaxProblem(error: YAMLError, text: string, counter: LineCounter): SourceProblem {
  const known = YAML_MESSAGES[error.code];
  if (known) return { ...counter.linePos(error.pos[0]), message: known };
  const flow = /^Flow (sequence|mapping)/.exec(error.message);
  const opener = flow ? unclosedBracket(text, error.pos[0]) : undefined;
  if (flow && opener !== undefined) {
    const [openChar, closeChar] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
    return { ...counter.linePos(opener), message: `this "${openChar}" is never closed with "${closeChar}"` };
  }
  return { ...counter.linePos(error.pos[0]), message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}` };
}

function firstUnknownAlias(doc: Document, counter: LineCounter): SourceProblem | undefined {
  let found: SourceProblem | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      const at = node.range ? counter.linePos(node.range[0]) : START;
      found = { ...at, message: `alias *${node.source} has no anchor &${node.source} above it` };
      return visit.BREAK;
    },
  });
  return found;
}

function isBlank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
}

function childOf(node: unknown, seg: PropertyKey): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    return pair?.value ?? undefined;
  }
  if (isSeq(node) && typeof seg === 'number') return node.items[seg];
  return undefined;
}

function makeLocate(doc: Document, counter: LineCounter): YamlSource['locate'] {
  const at = (node: unknown): Position | undefined => {
    const range = isNode(node) ? node.range : undefined;
    return range ? counter.linePos(range[0]) : undefined;
  };
  return (path, key) => {
    let node: unknown = doc.contents;
    let best = at(node) ?? START;
    for (const seg of path) {
      node = childOf(node, seg);
      if (node === undefined) return best;
      best = at(node) ?? best;
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      return at(pair?.key) ?? best;
    }
    return best;
  };
}

/** A course file this big is refused before it is read. */
export function sizeProblem(byteLength: number): SourceProblem | undefined {
  if (byteLength <= MAX_COURSE_FILE_BYTES) return undefined;
  return {
    ...START,
    message:
      `the file is ${formatSize(byteLength)}; a course file may be at most ` +
      `${formatSize(MAX_COURSE_FILE_BYTES)} (put media in files of the course folder)`,
  };
}

export function readYaml(bytes: Uint8Array): ReadResult {
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (isBlank(text)) return { ok: false, problems: [EMPTY] };
  const tabs = tabIndents(text);
  if (tabs.length > 0) return { ok: false, problems: tabs };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => syntaxProblem(e, text, counter)),
    };
  }
  const unknownAlias = firstUnknownAlias(doc, counter);
  if (unknownAlias) return { ok: false, problems: [unknownAlias] };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = /alias count/i.test(detail)
      ? `YAML aliases (*name) expand to too much data (more than ${MAX_ALIAS_EXPANSIONS} copies); write the content out instead`
      : `YAML: ${detail}`;
    return { ok: false, problems: [{ ...START, message }] };
  }
  if (value === null || value === undefined) return { ok: false, problems: [EMPTY] };
  return { ok: true, source: { value, locate: makeLocate(doc, counter) } };
}
