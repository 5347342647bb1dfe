import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../../scorm-manifest/manifest.ts';
import { VERSIONS } from './package-fixture.ts';

const SCHEMAS = new URL('../../../scorm-manifest/schemas/', import.meta.url);

describe('the schema files', () => {
  it('are the files listed, unchanged, in schemas/README.md', () => {
    const readme = readFileSync(new URL('README.md', SCHEMAS), 'utf8');
    const listed = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map(([, hash, path]) => [path, hash]);
    const present = ['scorm12', 'scorm2004'].flatMap((dir) => readdirSync(new URL(`${dir}/`, SCHEMAS)).map((name) => `${dir}/${name}`));
    expect(listed.map(([path]) => path).sort()).toEqual(present.sort());
    for (const [path = '', hash] of listed) {
      expect(createHash('sha256').update(readFileSync(new URL(path, SCHEMAS))).digest('hex'), path).toBe(hash);
    }
  });

  it('1.2 packages IMS CP 1.1.2, ADL CP 1.2 and the xml namespace schema (not the unused IMS meta-data)', () => {
    expect(schemaFiles('1.2').map(([path]) => path)).toEqual(['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd']);
  });

  it('2004 packages every file of the 4th edition set', () => {
    expect(schemaFiles('2004').map(([path]) => path).sort()).toEqual(readdirSync(new URL('scorm2004/', SCHEMAS)).sort());
  });

  it('come at the package root, as bytes equal to the files, in copies the caller may change', () => {
    for (const version of VERSIONS) {
      for (const [path, bytes] of schemaFiles(version)) {
        expect(path).toMatch(/^[\w.]+$/);
        const dir = version === '1.2' ? 'scorm12' : 'scorm2004';
        expect(Buffer.from(bytes).equals(readFileSync(new URL(`${dir}/${path}`, SCHEMAS)))).toBe(true);
      }
      const first = schemaFiles(version)[0]?.[1];
      if (first) first[0] = 0;
      expect(schemaFiles(version)[0]?.[1][0]).toBe('<'.charCodeAt(0));
    }
  });
});
