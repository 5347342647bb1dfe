/**
 * The SCORM schema files shipped in `schemas/` and what each version's manifest needs from
 * them: its namespaces and the files that define them. Node only (reads the files once).
 */
import { readFileSync } from 'node:fs';
import type { ScormVersion } from './manifest.ts';

export interface Namespace {
  /** The prefix the manifest uses; '' for the default namespace (IMS CP). */
  readonly prefix: string;
  readonly uri: string;
  /** The schema file defining it, at the package root. */
  readonly schema: string;
}

export interface SchemaSet {
  /** Folder under `schemas/`. */
  readonly dir: string;
  /** What the error messages call the version. */
  readonly label: string;
  /** Every file of the set, in the order they are packaged. */
  readonly files: readonly string[];
  /** The namespaces the manifest declares, in `xsi:schemaLocation` order. */
  readonly namespaces: readonly Namespace[];
}

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export const SCHEMA_SETS: Readonly<Record<ScormVersion, SchemaSet>> = {
  '1.2': {
    dir: 'scorm12',
    label: 'SCORM 1.2',
    // imsmd_rootv1p2p1.xsd (IMS meta-data 1.2.1) is in schemas/scorm12 but not packaged: the
    // manifest uses no meta-data element, and libxml2 2.13 refuses to compile it (its content
    // models are not deterministic), so naming it in xsi:schemaLocation would only invite trouble.
    files: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'],
    namespaces: [
      { prefix: '', uri: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', schema: 'imscp_rootv1p1p2.xsd' },
      { prefix: 'adlcp', uri: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', schema: 'adlcp_rootv1p2.xsd' },
    ],
  },
  '2004': {
    dir: 'scorm2004',
    label: 'SCORM 2004 4th Edition',
    files: [
      'imscp_v1p1.xsd',
      'adlcp_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'adlnav_v1p3.xsd',
      'imsss_v1p0.xsd',
      'imsss_v1p0auxresource.xsd',
      'imsss_v1p0control.xsd',
      'imsss_v1p0delivery.xsd',
      'imsss_v1p0limit.xsd',
      'imsss_v1p0objective.xsd',
      'imsss_v1p0random.xsd',
      'imsss_v1p0rollup.xsd',
      'imsss_v1p0seqrule.xsd',
      'imsss_v1p0util.xsd',
      'xml.xsd',
      'XMLSchema.dtd',
      'datatypes.dtd',
    ],
    namespaces: [
      { prefix: '', uri: 'http://www.imsglobal.org/xsd/imscp_v1p1', schema: 'imscp_v1p1.xsd' },
      { prefix: 'adlcp', uri: 'http://www.adlnet.org/xsd/adlcp_v1p3', schema: 'adlcp_v1p3.xsd' },
      { prefix: 'adlseq', uri: 'http://www.adlnet.org/xsd/adlseq_v1p3', schema: 'adlseq_v1p3.xsd' },
      { prefix: 'adlnav', uri: 'http://www.adlnet.org/xsd/adlnav_v1p3', schema: 'adlnav_v1p3.xsd' },
      { prefix: 'imsss', uri: 'http://www.imsglobal.org/xsd/imsss', schema: 'imsss_v1p0.xsd' },
    ],
  },
};

/** The namespace with this prefix; every set has the ones the manifest writer asks for. */
export function namespaceUri(version: ScormVersion, prefix: string): string {
  const found = SCHEMA_SETS[version].namespaces.find((ns) => ns.prefix === prefix);
  if (!found) throw new Error(`no namespace with prefix "${prefix}" in ${SCHEMA_SETS[version].label}`);
  return found.uri;
}

/** `xsi:schemaLocation`: each namespace followed by its file at the package root. */
export function schemaLocation(version: ScormVersion): string {
  return SCHEMA_SETS[version].namespaces.map((ns) => `${ns.uri} ${ns.schema}`).join(' ');
}

const cache = new Map<ScormVersion, ReadonlyArray<readonly [string, Uint8Array]>>();

/** The files' bytes, read once; callers get their own copies. */
export function readSchemaSet(version: ScormVersion): ReadonlyArray<readonly [string, Uint8Array]> {
  let files = cache.get(version);
  if (!files) {
    const set = SCHEMA_SETS[version];
    files = set.files.map((name): readonly [string, Uint8Array] => {
      const bytes = readFileSync(new URL(`./schemas/${set.dir}/${name}`, import.meta.url));
      return [name, new Uint8Array(bytes)];
    });
    cache.set(version, files);
  }
  return files.map(([name, bytes]): readonly [string, Uint8Array] => [name, bytes.slice()]);
}
