/** A player's files, a description of them and the package (zip contents by path) they make. */
import { manifestXml, schemaFiles, type PackageDescription, type ScormVersion } from '../../../scorm-manifest/manifest.ts';

export const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

export const PLAYER_FILES: readonly string[] = ['index.html', 'assets/index-abc.js', 'assets/index-abc.css'];

/** A Chinese title with the characters XML must escape. */
export const TITLE = '服务理念 & 客户管理 <入门>';

export function description(passingScore?: number, overrides: Partial<PackageDescription> = {}): PackageDescription {
  return {
    identifier: 'fm-1-b2-1.0.0',
    title: TITLE,
    version: '1.0.0',
    launch: 'index.html',
    files: PLAYER_FILES,
    ...(passingScore === undefined ? {} : { passingScore }),
    ...overrides,
  };
}

const utf8 = new TextEncoder();

/** The zip's contents: every listed file (some bytes), the manifest and the schema files. */
export function packageEntries(version: ScormVersion, d: PackageDescription, manifest = manifestXml(version, d)): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  for (const file of d.files) entries.set(file, utf8.encode(`/* ${file} */`));
  entries.set('imsmanifest.xml', utf8.encode(manifest));
  for (const [path, bytes] of schemaFiles(version)) entries.set(path, bytes);
  return entries;
}

/** The package with its manifest text edited. */
export function withManifest(version: ScormVersion, edit: (xml: string) => string, d = description(80)): Map<string, Uint8Array> {
  const xml = manifestXml(version, d);
  const edited = edit(xml);
  if (edited === xml) throw new Error('the edit changed nothing');
  return packageEntries(version, d, edited);
}

/** The 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" not found`);
  return text.slice(0, index).split('\n').length;
}
