/**
 * Checks a course package (the zip's contents by path) the way an LMS would on import:
 * the manifest is there, follows the SCORM schemas of its version, and its files and the
 * package's files match. Offline: the schemas are ours and xmllint runs as WebAssembly on an
 * in-memory file system, with `--nonet`.
 */
import { validateXML } from 'xmllint-wasm';
import { schemaFiles, type ScormVersion } from './manifest.ts';
import { SCHEMA_SETS, XSI } from './schema-set.ts';

const MANIFEST = 'imsmanifest.xml';
const DRIVER = 'courseloom-driver.xsd';
const RULE = 'every path in a package must be relative to its root, without "..", backslashes or a URL scheme';

/** Every problem that would make an LMS reject the package, as sentences saying what to fix. */
export async function validatePackage(version: ScormVersion, entries: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const problems: string[] = [];
  const paths = [...entries.keys()].sort();
  for (const path of paths) {
    const unsafe = unsafePath(path);
    if (unsafe) problems.push(`The package contains "${path}", which ${unsafe}: ${RULE}. Rename or remove it.`);
  }

  const manifest = entries.get(MANIFEST);
  if (!manifest) {
    const nested = paths.find((path) => path.endsWith(`/${MANIFEST}`));
    const hint = nested
      ? ` It has "${nested}": zip the contents of that folder, not the folder itself.`
      : ' Add the manifest next to the launch file.';
    problems.push(`The package has no ${MANIFEST} at its root, where an LMS looks for it.${hint}`);
    return problems;
  }

  const schemaPaths = schemaFiles(version).map(([path]) => path);
  const missingSchemas = schemaPaths.filter((path) => !entries.has(path));
  if (missingSchemas.length > 0) {
    problems.push(
      `The package lacks the ${SCHEMA_SETS[version].label} schema ${missingSchemas.length === 1 ? 'file' : 'files'} ` +
        `${missingSchemas.join(', ')}, which ` +
        `${MANIFEST} refers to; add the files of schemaFiles('${version}') at the package root.`,
    );
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(manifest);
  } catch {
    problems.push(`${MANIFEST} is not valid UTF-8; save it as UTF-8.`);
    return problems;
  }

  const schemaProblems = await schemaValidate(version, manifest);
  if (schemaProblems.length > 0) return [...problems, ...schemaProblems];

  const listed = new Set<string>();
  for (const ref of manifestHrefs(text)) {
    const where = `${MANIFEST}:${ref.line}: <${ref.element} href="${ref.href}">${ref.base ? ` (with xml:base "${ref.base}")` : ''}`;
    const resolved = resolvePath(ref.base, ref.href, ref.element === 'resource');
    if (!resolved.ok) {
      problems.push(`${where} ${resolved.problem}: an href must name a file of the package, and ${RULE}.`);
      continue;
    }
    if (ref.element === 'file') listed.add(resolved.path);
    if (!entries.has(resolved.path)) {
      const what = ref.element === 'resource' ? 'names a launch file' : 'names a file';
      const other = paths.find((path) => path.toLowerCase() === resolved.path.toLowerCase());
      const hint = other ? ` The package has "${other}": paths are case-sensitive.` : '';
      problems.push(
        `${where} ${what} the package does not contain${resolved.path === ref.href ? '' : ` ("${resolved.path}")`}; ` +
          `add the file to the package or correct the href.${hint}`,
      );
    }
  }

  const exempt = new Set([MANIFEST, ...schemaPaths]);
  for (const path of paths) {
    if (exempt.has(path) || listed.has(path) || unsafePath(path) || isDirectory(path, entries)) continue;
    problems.push(
      `"${path}" is in the package but not listed in ${MANIFEST}; add <file href="${uriPath(path)}"/> to the resource, ` +
        'or leave the file out of the package.',
    );
  }
  return problems;
}

/** A package path as the URI reference an href holds (as `manifestXml` writes it). */
function uriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A zip's folder entry: a path ending in "/" with no content. */
function isDirectory(path: string, entries: ReadonlyMap<string, Uint8Array>): boolean {
  return path.endsWith('/') && (entries.get(path)?.length ?? 0) === 0;
}

/** Why a path may not be used inside a package, or undefined when it may. */
function unsafePath(path: string): string | undefined {
  if (path === '') return 'is empty';
  if (path.includes('\\')) return 'contains a backslash';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return `starts with a URL scheme ("${path.slice(0, path.indexOf(':') + 1)}")`;
  if (path.startsWith('/')) return 'is absolute (starts with "/")';
  if (path.split('/').includes('..')) return 'climbs out of the package with ".."';
  return undefined;
}

// ── schema validation ──────────────────────────────────────────────────────────────────────

/** A schema that imports every namespace of the version from its file: xmllint takes one schema. */
function driverSchema(version: ScormVersion): string {
  const imports = SCHEMA_SETS[version].namespaces.map(
    (ns) => `  <xs:import namespace="${ns.uri}" schemaLocation="${ns.schema}"/>`,
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">', ...imports, '</xs:schema>', ''].join('\n');
}

/** The manifest's errors against the version's schemas; warnings (e.g. 1.2's ims_xml.xsd) are ignored. */
async function schemaValidate(version: ScormVersion, manifest: Uint8Array): Promise<string[]> {
  let output: string;
  let valid: boolean;
  try {
    const result = await validateXML({
      xml: [{ fileName: MANIFEST, contents: manifest }],
      schema: [{ fileName: DRIVER, contents: driverSchema(version) }],
      preload: schemaFiles(version).map(([fileName, contents]) => ({ fileName, contents })),
      modifyArguments: (args) => ['--nonet', ...args],
    });
    output = result.rawOutput;
    valid = result.valid;
  } catch (error) {
    // xmllint exits with an unclassified code when the manifest is not well-formed XML; the
    // wrapper then rejects with its stderr as the message.
    output = error instanceof Error ? error.message : String(error);
    valid = false;
  }
  if (valid) return [];

  const problems: string[] = [];
  const foreign: string[] = [];
  for (const line of output.split('\n')) {
    const located = /^([^:\s]+):(\d+): (.*)$/.exec(line);
    if (!located || /\bwarning\b/i.test(located[3] ?? '')) continue;
    const [, file, lineNumber, message = ''] = located;
    if (file === MANIFEST) problems.push(`${MANIFEST}:${lineNumber}: ${describeError(version, message)}`);
    else foreign.push(line);
  }
  if (problems.length > 0) return problems;
  // No error located in the manifest: the schema set itself failed, which is our fault, not the package's.
  throw new Error(`xmllint could not validate ${MANIFEST} against the ${SCHEMA_SETS[version].label} schemas:\n${foreign.join('\n') || output}`);
}

/** xmllint's message, with `{namespace}name` written as the manifest's `prefix:name`. */
function describeError(version: ScormVersion, raw: string): string {
  const prefixes = new Map<string, string>(SCHEMA_SETS[version].namespaces.map((ns) => [ns.uri, ns.prefix]));
  prefixes.set(XSI, 'xsi');
  const named = raw
    .replace(/##other\{[^}]*\}\*/g, 'an element of another namespace')
    .replace(/\{([^}]*)\}([\w.-]+)/g, (whole, uri: string, local: string) => {
      const prefix = prefixes.get(uri);
      if (prefix === undefined) return whole;
      return prefix === '' ? local : `${prefix}:${local}`;
    });
  const validity = /Schemas validity error : (.*)$/.exec(named);
  if (validity) return `does not follow the ${SCHEMA_SETS[version].label} schema: ${validity[1]}`;
  const parser = /(?:parser|namespace) error : (.*)$/.exec(named);
  if (parser) return `is not well-formed XML: ${parser[1]}`;
  return named;
}

// ── hrefs ──────────────────────────────────────────────────────────────────────────────────

interface HrefRef {
  readonly element: 'resource' | 'file';
  readonly href: string;
  /** The xml:base in effect (resources', then resource's), '' when none. */
  readonly base: string;
  readonly line: number;
}

/**
 * The href of every <resource> and <file>, in document order. Run only on a manifest that
 * passed the schema check, so the structure is known; comments, CDATA and processing
 * instructions are blanked first (keeping line breaks, so line numbers stay right).
 */
function manifestHrefs(xml: string): HrefRef[] {
  const blanked = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (m) => m.replace(/[^\n]/g, ' '));
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const refs: HrefRef[] = [];
  let resourcesBase = '';
  let resourceBase = '';
  let line = 1;
  let counted = 0;
  for (const match of blanked.matchAll(tag)) {
    const [, closing, name = '', attributeText = '', selfClosing] = match;
    const local = name.slice(name.indexOf(':') + 1);
    if (local !== 'resources' && local !== 'resource' && local !== 'file') continue;
    if (closing) {
      if (local === 'resources') resourcesBase = '';
      if (local === 'resource') resourceBase = '';
      continue;
    }
    const attributes = parseAttributes(attributeText);
    const xmlBase = attributes.get('xml:base');
    if (local === 'resources') {
      if (!selfClosing) resourcesBase = xmlBase ?? '';
      continue;
    }
    const base = local === 'resource' ? joinBase(resourcesBase, xmlBase ?? '') : joinBase(resourcesBase, resourceBase);
    if (local === 'resource' && !selfClosing) resourceBase = xmlBase ?? '';
    const value = attributes.get('href');
    if (value === undefined) continue;
    for (; counted < match.index; counted++) if (blanked.charCodeAt(counted) === 10) line++;
    refs.push({ element: local, href: value, base, line });
  }
  return refs;
}

function joinBase(outer: string, inner: string): string {
  if (inner === '' || /^[A-Za-z][A-Za-z0-9+.-]*:|^\//.test(inner)) return inner || outer;
  return outer.slice(0, outer.lastIndexOf('/') + 1) + inner;
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single] of text.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    // Attribute-value normalisation, then xs:anyURI's whitespace collapse.
    attributes.set(name, unescapeXml(double ?? single ?? '').replace(/[\t\n\r]/g, ' ').trim());
  }
  return attributes;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

type Resolved = { ok: true; path: string } | { ok: false; problem: string };

/** The package path an href names: against its xml:base, without query or fragment, %-decoded. */
function resolvePath(base: string, href: string, launch: boolean): Resolved {
  if (href === '') return { ok: false, problem: 'is empty' };
  const joined = joinBase(base, href);
  // A launch href may carry parameters (index.html?x=1); a file href names a file only.
  const cut = joined.search(launch ? /[?#]/ : /#/);
  const reference = cut === -1 ? joined : joined.slice(0, cut);
  let decoded: string;
  try {
    decoded = decodeURIComponent(reference);
  } catch {
    return { ok: false, problem: 'has a malformed %-escape' };
  }
  for (const candidate of [reference, decoded]) {
    const unsafe = unsafePath(candidate);
    if (unsafe) return { ok: false, problem: unsafe };
  }
  const path = decoded
    .split('/')
    .filter((segment) => segment !== '.')
    .join('/');
  return { ok: true, path };
}
