/**
 * `imsmanifest.xml` for a course package, SCORM 1.2 or SCORM 2004 4th Edition: one
 * organization with one item launching one SCO resource that lists every file of the player.
 *
 * The output is deterministic (no dates, files sorted), pretty-printed with a 2-space indent,
 * UTF-8, and every text and attribute is XML-escaped. `schemaFiles(version)` are the schema
 * files its `xsi:schemaLocation` names; they go at the package root next to the manifest.
 */
import { namespaceUri, readSchemaSet, SCHEMA_SETS, schemaLocation, XSI } from './schema-set.ts';

export type ScormVersion = '1.2' | '2004';

export interface PackageDescription {
  /** E.g. course id + version. Made a valid xs:ID if it is not one (see `manifestXml`). */
  readonly identifier: string;
  /** The course title (SCORM 1.2 allows at most 200 characters). */
  readonly title: string;
  /** The course version, e.g. 1.0.0: the manifest's `version` (SCORM 1.2 allows at most 20 characters). */
  readonly version: string;
  /** The pass mark in percent, 0..100; absent means completion only. */
  readonly passingScore?: number;
  /** The file the LMS launches, e.g. 'index.html'; must be one of `files`. */
  readonly launch: string;
  /** Every file of the player (posix paths relative to the package root), launch included. */
  readonly files: readonly string[];
}

/**
 * The manifest text. The identifier is used as is when it is a valid identifier of ASCII
 * letters, digits, `.`, `-` and `_` starting with a letter or `_`; otherwise every run of other
 * characters becomes `-` and `_` is put in front of a leading digit, `.` or `-`. The
 * organization, item and resource identifiers are derived from it (`-org`, `-sco`, `-res`).
 *
 * Throws when the description cannot make a manifest: an empty identifier, a pass mark outside
 * 0..100, or a launch file that is not among the files. Everything else (paths, lengths) is
 * for `validatePackage` to report.
 */
export function manifestXml(version: ScormVersion, d: PackageDescription): string {
  const id = xmlId(d.identifier);
  if (d.passingScore !== undefined && !(Number.isFinite(d.passingScore) && d.passingScore >= 0 && d.passingScore <= 100)) {
    throw new RangeError(`passingScore must be a percent from 0 to 100, not ${d.passingScore}`);
  }
  if (!d.files.includes(d.launch)) {
    throw new Error(`the launch file "${d.launch}" is not among the package files`);
  }
  const ids = { org: `${id}-org`, item: `${id}-sco`, res: `${id}-res` };
  const files = [...new Set(d.files)].sort();
  const root = version === '1.2' ? manifest12(id, ids, d, files) : manifest2004(id, ids, d, files);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0).join('\n')}\n`;
}

/** The schema files the manifest refers to, to place at the package root: [path in zip, bytes]. */
export function schemaFiles(version: ScormVersion): ReadonlyArray<readonly [string, Uint8Array]> {
  return readSchemaSet(version);
}

interface Ids {
  readonly org: string;
  readonly item: string;
  readonly res: string;
}

function manifest12(id: string, ids: Ids, d: PackageDescription, files: readonly string[]): XmlElement {
  const mastery = d.passingScore === undefined ? [] : [el('adlcp:masteryscore', [], decimal(d.passingScore, 0))];
  return el('manifest', [...rootAttributes('1.2', id, d.version)], [
    el('metadata', [], [el('schema', [], 'ADL SCORM'), el('schemaversion', [], '1.2')]),
    el('organizations', [['default', ids.org]], [
      el('organization', [['identifier', ids.org]], [
        el('title', [], d.title),
        el('item', [['identifier', ids.item], ['identifierref', ids.res], ['isvisible', 'true']], [
          el('title', [], d.title),
          ...mastery,
        ]),
      ]),
    ]),
    el('resources', [], [
      el(
        'resource',
        [['identifier', ids.res], ['type', 'webcontent'], ['adlcp:scormtype', 'sco'], ['href', href(d.launch)]],
        files.map((file) => el('file', [['href', href(file)]])),
      ),
    ]),
  ]);
}

function manifest2004(id: string, ids: Ids, d: PackageDescription, files: readonly string[]): XmlElement {
  const sequencing =
    d.passingScore === undefined
      ? []
      : [
          el('imsss:sequencing', [], [
            el('imsss:objectives', [], [
              el('imsss:primaryObjective', [['objectiveID', `${id}-passed`], ['satisfiedByMeasure', 'true']], [
                el('imsss:minNormalizedMeasure', [], decimal(d.passingScore, 2)),
              ]),
            ]),
          ]),
        ];
  return el('manifest', [...rootAttributes('2004', id, d.version)], [
    el('metadata', [], [el('schema', [], 'ADL SCORM'), el('schemaversion', [], '2004 4th Edition')]),
    el('organizations', [['default', ids.org]], [
      el('organization', [['identifier', ids.org]], [
        el('title', [], d.title),
        el('item', [['identifier', ids.item], ['identifierref', ids.res]], [el('title', [], d.title), ...sequencing]),
      ]),
    ]),
    el('resources', [], [
      el(
        'resource',
        [['identifier', ids.res], ['type', 'webcontent'], ['adlcp:scormType', 'sco'], ['href', href(d.launch)]],
        files.map((file) => el('file', [['href', href(file)]])),
      ),
    ]),
  ]);
}

function rootAttributes(version: ScormVersion, id: string, courseVersion: string): Attribute[] {
  const declarations = SCHEMA_SETS[version].namespaces.map((ns): Attribute => [ns.prefix === '' ? 'xmlns' : `xmlns:${ns.prefix}`, namespaceUri(version, ns.prefix)]);
  return [
    ['identifier', id],
    ['version', courseVersion],
    ...declarations,
    ['xmlns:xsi', XSI],
    ['xsi:schemaLocation', schemaLocation(version)],
  ];
}

// ── identifiers, numbers, hrefs ────────────────────────────────────────────────────────────

function xmlId(raw: string): string {
  const cleaned = raw.trim().replace(/[^A-Za-z0-9._-]+/g, '-');
  if (cleaned === '' || cleaned === '-') throw new Error(`the package identifier "${raw}" has no usable characters`);
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** `value / 10^shift` as an xs:decimal without exponent or float noise: 80, 2 → "0.8". */
function decimal(value: number, shift: number): string {
  const fixed = (value / 10 ** shift).toFixed(12);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A package path as a URI reference: each segment percent-encoded (UTF-8) where needed. */
function href(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

// ── a tiny XML writer ──────────────────────────────────────────────────────────────────────

type Attribute = readonly [string, string];

interface XmlElement {
  readonly name: string;
  readonly attributes: readonly Attribute[];
  /** Child elements, or the text content. */
  readonly content: readonly XmlElement[] | string;
}

function el(name: string, attributes: readonly Attribute[], content: readonly XmlElement[] | string = []): XmlElement {
  return { name, attributes, content };
}

function render(element: XmlElement, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (typeof element.content === 'string') return [`${open}>${escapeXml(element.content)}</${element.name}>`];
  if (element.content.length === 0) return [`${open}/>`];
  return [`${open}>`, ...element.content.flatMap((child) => render(child, depth + 1)), `${indent}</${element.name}>`];
}

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Safe in text and in double-quoted attributes; tabs and line breaks survive attribute normalisation. */
function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}
