import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import { formatProblem } from '../../../src/model/problem.ts';
import { manifestXml, schemaFiles, type PackageDescription } from '../../../scorm-manifest/manifest.ts';
import { validatePackage } from '../../../scorm-manifest/validate-package.ts';
import { description, lineOf, packageEntries, PLAYER_FILES, VERSIONS, withManifest } from './package-fixture.ts';

const COURSES = fileURLToPath(new URL('../../../courses', import.meta.url));
/** `courses/*\/course.yaml` */
const COURSE_DIRS = readdirSync(COURSES)
  .filter((name) => existsSync(join(COURSES, name, 'course.yaml')))
  .sort();

// Each validation starts xmllint in a worker (a few hundred ms), so the cases run concurrently.
describe.concurrent('validatePackage accepts', () => {
  for (const version of VERSIONS) {
    for (const passingScore of [undefined, 80]) {
      it(`${version}, ${passingScore === undefined ? 'completion only' : `pass mark ${passingScore}`}, a title with & and <`, async ({ expect }) => {
        const d = description(passingScore);
        expect(await validatePackage(version, packageEntries(version, d))).toEqual([]);
      });
    }

    it(`${version}: file names that need percent-encoding, and an odd identifier`, async ({ expect }) => {
      const d = description(62.5, {
        identifier: '1 课程/v1.0.0',
        files: [...PLAYER_FILES, 'images/服务 desk#1.svg', "assets/a&b'c.js"],
      });
      expect(await validatePackage(version, packageEntries(version, d))).toEqual([]);
    });

    it(`${version}: zip folder entries need no <file>`, async ({ expect }) => {
      const entries = packageEntries(version, description());
      entries.set('assets/', new Uint8Array(0));
      expect(await validatePackage(version, entries)).toEqual([]);
    });
  }

  it('at least one course exists under courses/', () => {
    expect(COURSE_DIRS).toContain('fm-1-b2');
  });

  for (const dir of COURSE_DIRS) {
    for (const version of VERSIONS) {
      it(`the manifest of courses/${dir}, SCORM ${version}`, async ({ expect }) => {
        const loaded = loadCourseDir(join(COURSES, dir));
        if (!loaded.ok) return expect.unreachable(loaded.problems.map(formatProblem).join('\n'));
        const { course } = loaded;
        const d: PackageDescription = {
          identifier: `${course.id}-${course.version}`,
          title: course.title,
          version: course.version,
          passingScore: course.passingScore,
          launch: 'index.html',
          files: PLAYER_FILES,
        };
        expect(manifestXml(version, d)).toContain(course.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        expect(await validatePackage(version, packageEntries(version, d))).toEqual([]);
      });
    }
  }
});

describe.concurrent('validatePackage reports', () => {
  for (const version of VERSIONS) {
    it(`${version}: an unknown element, with its line`, async ({ expect }) => {
      const entries = withManifest(version, (xml) => xml.replace('</item>', '  <bogus/>\n        </item>'));
      const problems = await validatePackage(version, entries);
      const line = lineOf(new TextDecoder().decode(entries.get('imsmanifest.xml')), '<bogus/>');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^imsmanifest\\.xml:${line}: does not follow the SCORM .* schema: Element 'bogus': This element is not expected`));
    });

    it(`${version}: an element in the wrong place, with its line`, async ({ expect }) => {
      // <metadata> must come before <organizations>.
      const entries = withManifest(version, (xml) => {
        const metadata = /\n {2}<metadata>[\s\S]*?<\/metadata>/.exec(xml)?.[0] ?? '';
        return xml.replace(metadata, '').replace('\n</manifest>', `${metadata}\n</manifest>`);
      });
      const problems = await validatePackage(version, entries);
      const line = lineOf(new TextDecoder().decode(entries.get('imsmanifest.xml')), '<metadata>');
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^imsmanifest\\.xml:${line}: .*Element 'metadata': This element is not expected`))]);
    });

    it(`${version}: XML that is not well-formed, with its line`, async ({ expect }) => {
      const entries = withManifest(version, (xml) => xml.replace('</organization>', '</organisation>'));
      const problems = await validatePackage(version, entries);
      const line = lineOf(new TextDecoder().decode(entries.get('imsmanifest.xml')), '</organisation>');
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^imsmanifest\\.xml:${line}: is not well-formed XML: .*organisation`))]);
    });

    it(`${version}: a <file> naming a file the package lacks`, async ({ expect }) => {
      const entries = packageEntries(version, description(80));
      entries.delete('assets/index-abc.css');
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(/^imsmanifest\.xml:\d+: <file href="assets\/index-abc\.css"> names a file the package does not contain/),
      ]);
    });

    it(`${version}: a launch file the package lacks`, async ({ expect }) => {
      const entries = withManifest(version, (xml) => xml.replace('href="index.html">', 'href="start.html">'));
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(/^imsmanifest\.xml:\d+: <resource href="start\.html"> names a launch file the package does not contain/),
      ]);
    });

    it(`${version}: a file in the package that is not listed`, async ({ expect }) => {
      const entries = withManifest(version, (xml) => xml.replace(/\n *<file href="assets\/index-abc\.js"\/>/, ''));
      expect(await validatePackage(version, entries)).toEqual([
        '"assets/index-abc.js" is in the package but not listed in imsmanifest.xml; add <file href="assets/index-abc.js"/> to the resource, or leave the file out of the package.',
      ]);
    });

    it(`${version}: hrefs with "..", an absolute path, a URL or a backslash`, async ({ expect }) => {
      const bad = ['../x.js', '/abs.js', 'https://cdn.example.com/x.js', 'assets\\y.js', 'a/%2E%2E/%2E%2E/z.js'];
      const files = bad.map((href) => `<file href="${href}"/>`).join('\n      ');
      const entries = withManifest(version, (xml) => xml.replace('<file href="index.html"/>', `<file href="index.html"/>\n      ${files}`));
      const problems = await validatePackage(version, entries);
      expect(problems).toEqual([
        expect.stringMatching(/<file href="\.\.\/x\.js"> climbs out of the package with "\.\."/),
        expect.stringMatching(/<file href="\/abs\.js"> is absolute/),
        expect.stringMatching(/<file href="https:\/\/cdn\.example\.com\/x\.js"> starts with a URL scheme \("https:"\)/),
        expect.stringMatching(/<file href="assets\\y\.js"> contains a backslash/),
        expect.stringMatching(/<file href="a\/%2E%2E\/%2E%2E\/z\.js"> climbs out of the package/),
      ]);
      for (const problem of problems) expect(problem).toMatch(/^imsmanifest\.xml:\d+: /);
    });

    it(`${version}: a launch URL`, async ({ expect }) => {
      const entries = withManifest(version, (xml) => xml.replace('href="index.html">', 'href="https://lms.example.com/index.html">'));
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(/<resource href="https:\/\/lms\.example\.com\/index\.html"> starts with a URL scheme/),
      ]);
    });

    it(`${version}: package paths with "..", an absolute path or a URL scheme`, async ({ expect }) => {
      const entries = packageEntries(version, description());
      for (const path of ['../x.js', '/abs.js', 'https://x/y.js']) entries.set(path, new Uint8Array(1));
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(/^The package contains "\.\.\/x\.js", which climbs out of the package/),
        expect.stringMatching(/^The package contains "\/abs\.js", which is absolute/),
        expect.stringMatching(/^The package contains "https:\/\/x\/y\.js", which starts with a URL scheme/),
      ]);
    });

    it(`${version}: a missing imsmanifest.xml`, async ({ expect }) => {
      const entries = packageEntries(version, description());
      entries.delete('imsmanifest.xml');
      expect(await validatePackage(version, entries)).toEqual([
        'The package has no imsmanifest.xml at its root, where an LMS looks for it. Add the manifest next to the launch file.',
      ]);
    });

    it(`${version}: a manifest zipped inside a folder`, async ({ expect }) => {
      const entries = new Map([...packageEntries(version, description())].map(([path, bytes]) => [`course/${path}`, bytes]));
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(/no imsmanifest\.xml at its root.*"course\/imsmanifest\.xml": zip the contents of that folder/),
      ]);
    });

    it(`${version}: missing schema files`, async ({ expect }) => {
      const entries = packageEntries(version, description());
      const [first] = schemaFiles(version);
      entries.delete(first?.[0] ?? '');
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(new RegExp(`^The package lacks the SCORM .* schema file ${first?.[0]}, which imsmanifest.xml refers to`)),
      ]);
    });

    it(`${version}: a path differing only in case, with a hint`, async ({ expect }) => {
      const d = description(undefined, { files: ['index.html', 'assets/Logo.svg'] });
      const entries = packageEntries(version, d, manifestXml(version, d).replace('assets/Logo.svg', 'assets/logo.svg'));
      expect(await validatePackage(version, entries)).toEqual([
        expect.stringMatching(/<file href="assets\/logo\.svg"> names a file .* The package has "assets\/Logo\.svg": paths are case-sensitive\./),
        expect.stringMatching(/^"assets\/Logo\.svg" is in the package but not listed/),
      ]);
    });

    it(`${version}: a manifest that is not UTF-8`, async ({ expect }) => {
      const entries = packageEntries(version, description());
      entries.set('imsmanifest.xml', new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]));
      expect(await validatePackage(version, entries)).toEqual(['imsmanifest.xml is not valid UTF-8; save it as UTF-8.']);
    });
  }

  it('1.2: a manifest of the other version', async ({ expect }) => {
    const d = description();
    const problems = await validatePackage('1.2', packageEntries('1.2', d, manifestXml('2004', d)));
    expect(problems).toEqual([expect.stringMatching(/^imsmanifest\.xml:2: does not follow the SCORM 1\.2 schema: Element '\{http:\/\/www\.imsglobal\.org\/xsd\/imscp_v1p1\}manifest'/)]);
  });

  it('2004: a pass mark outside the range of a normalized measure', async ({ expect }) => {
    const entries = withManifest('2004', (xml) => xml.replace('>0.8<', '>1.5<'));
    expect(await validatePackage('2004', entries)).toEqual([
      expect.stringMatching(/^imsmanifest\.xml:\d+: does not follow the SCORM 2004 4th Edition schema: Element 'imsss:minNormalizedMeasure': .*'1\.5'/),
    ]);
  });

  it('1.2: an identifier that is not an xs:ID', async ({ expect }) => {
    const entries = withManifest('1.2', (xml) => xml.replace('<manifest identifier="fm-1-b2-1.0.0"', '<manifest identifier="1 b"'));
    expect(await validatePackage('1.2', entries)).toEqual([expect.stringMatching(/^imsmanifest\.xml:2: .*identifier.*'1 b'/)]);
  });

  it('ignores hrefs in comments and resolves xml:base', async ({ expect }) => {
    const entries = withManifest('2004', (xml) =>
      xml
        .replace('<resources>', '<resources xml:base="assets/">\n    <!-- <file href="../nowhere.js"/> -->')
        .replace(/href="assets\//g, 'href="')
        .replace('href="index.html">', 'href="../index.html">'),
    );
    // "../index.html" against xml:base "assets/" climbs out of the base, not the package; still refused, as LMSs differ.
    const problems = await validatePackage('2004', entries);
    expect(problems.some((p) => p.includes('nowhere'))).toBe(false);
    expect(problems).toEqual([
      expect.stringMatching(/<resource href="\.\.\/index\.html"> \(with xml:base "assets\/"\) climbs out/),
      expect.stringMatching(/<file href="index\.html"> \(with xml:base "assets\/"\) names a file the package does not contain \("assets\/index\.html"\)/),
      '"index.html" is in the package but not listed in imsmanifest.xml; add <file href="index.html"/> to the resource, or leave the file out of the package.',
    ]);
  });
});

describe('validatePackage speed', () => {
  it('validates one package in well under two seconds', async () => {
    const started = performance.now();
    expect(await validatePackage('2004', packageEntries('2004', description(80)))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
