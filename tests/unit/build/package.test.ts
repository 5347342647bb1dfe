import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { courseloom } from '../cli/run-cli.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, externalUrls, inlineScripts } from '../../../src/build/content-security.ts';
import { unzipEntries } from '../../../src/build/zip.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});


function packageInto(...extra: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'courseloom-pkg-'));
  temps.push(out);
  return { out, run: courseloom(['package', 'courses/fm-1-b2', '--scorm', 'both', '--out', out, ...extra]) };
}

const first = packageInto();
const zips = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.zip')).sort();

describe('courseloom package', () => {
  it('writes one zip per SCORM version, named by code, version and SCORM version', () => {
    expect(first.run.code, first.run.err).toBe(0);
    expect(zips(first.out)).toEqual(['FM-1-B2-1.0.0-scorm12.zip', 'FM-1-B2-1.0.0-scorm2004.zip']);
    expect(first.run.out).toMatch(/\[1\/2\].*scorm12\.zip ok/);
    expect(first.run.out).toMatch(/\[2\/2\].*scorm2004\.zip ok/);
    expect(first.run.out).toMatch(/first load \(gzip\)/);
  });

  it('is reproducible: the same sources give byte-identical zips', () => {
    const second = packageInto();
    expect(second.run.code, second.run.err).toBe(0);
    for (const name of zips(first.out)) {
      expect(Buffer.compare(readFileSync(join(first.out, name)), readFileSync(join(second.out, name))), name).toBe(0);
    }
  }, 60_000);

  it('holds a self-contained player: manifest at the root, relative URLs, a CSP, no URL of another site', () => {
    const entries = unzipEntries(readFileSync(join(first.out, 'FM-1-B2-1.0.0-scorm2004.zip')));
    expect(entries.has('imsmanifest.xml')).toBe(true);
    expect(entries.has('index.html')).toBe(true);
    const html = new TextDecoder().decode(entries.get('index.html'));
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain('<title>FM-1-B2 服务理念 · 基本客户管理</title>');
    for (const ref of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(ref[1]).toMatch(/^\.\//);
    for (const [path, data] of entries) {
      if (!/\.(html|js|css|svg)$/.test(path)) continue;
      expect(externalUrls(new TextDecoder().decode(data)), path).toEqual([]);
    }
    expect([...entries.keys()].some((p) => p.startsWith('assets/') && p.endsWith('.svg')), 'course images are files').toBe(true);
  });

  it('serves the first page in one response: the player is inside index.html, allowed by its hash', () => {
    const entries = unzipEntries(readFileSync(join(first.out, 'FM-1-B2-1.0.0-scorm2004.zip')));
    const html = new TextDecoder().decode(entries.get('index.html'));
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|rel="stylesheet"/);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    expect(policy).toBe(contentSecurityPolicy(scripts));
    // dnd-kit, loaded by 连线题 only, stays a file of its own that needs nothing from the page.
    const drag = [...entries.keys()].filter((path) => /^assets\/match-drag-[\w-]+\.js$/.test(path));
    expect(drag).toHaveLength(1);
    expect(new TextDecoder().decode(entries.get(drag[0] ?? ''))).not.toMatch(/\bfrom\s*["'`]\.{1,2}\//);
  });

  it('with --separate-script, keeps the player in files of its own, for an LMS whose CSP header forbids inline scripts', () => {
    const separate = packageInto('--separate-script');
    expect(separate.run.code, separate.run.err).toBe(0);
    const entries = unzipEntries(readFileSync(join(separate.out, 'FM-1-B2-1.0.0-scorm2004.zip')));
    const html = new TextDecoder().decode(entries.get('index.html'));
    expect(inlineScripts(html)).toEqual([]);
    const script = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)?.[1] ?? '';
    expect(entries.has(script), `index.html loads ${script}`).toBe(true);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    expect(policy).toContain("script-src 'self';");
    // The first load that packaging measures (and holds to the budget) counts the script file.
    const sizes: unknown = JSON.parse(readFileSync(join(separate.out, 'FM-1-B2.sizes.json'), 'utf8'));
    expect(sizes).toMatchObject({ firstLoad: expect.arrayContaining([expect.objectContaining({ file: script })]) });
  }, 60_000);

  it('tells the player which SCORM version its package declares (an LMS may offer both APIs)', () => {
    for (const [zip, version] of [['FM-1-B2-1.0.0-scorm12.zip', '1.2'], ['FM-1-B2-1.0.0-scorm2004.zip', '2004']] as const) {
      const html = new TextDecoder().decode(unzipEntries(readFileSync(join(first.out, zip))).get('index.html'));
      expect(html, zip).toContain(`<meta name="courseloom-scorm" content="${version}">`);
    }
  });

  it('refuses a course whose saved state could exceed SCORM 1.2, unless packaged for 2004 only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'courseloom-big-'));
    temps.push(dir);
    const pages = Array.from({ length: 700 }, (_, i) =>
      [`  - id: p${i}`, '    type: content', `    title: Page ${i}`, '    blocks:', `      - { type: reveal, id: r${i}, items: [{ label: a, content: b }] }`].join('\n'),
    ).join('\n');
    writeFileSync(join(dir, 'course.yaml'), `id: big\ncode: BIG\ntitle: Big\nlanguage: en\nversion: 1.0.0\npages:\n${pages}\n`);
    const refused = courseloom(['package', dir, '--scorm', 'both', '--out', join(dir, 'out')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/suspend data can reach \d+ characters, over SCORM 1\.2's limit of 4096/);
    expect(existsSync(join(dir, 'out', 'BIG-1.0.0-scorm2004.zip'))).toBe(false);
  });

  it('fails when the first load is over budget, saying how big it is and what grew', () => {
    const over = courseloom(['package', 'courses/fm-1-b2', '--scorm', '2004', '--out', first.out, '--budget', '10']);
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/first load is [\d.]+ KB gzipped, over the budget of 10 KB/);
    expect(over.err).toMatch(/first load: index\.html/);
  }, 60_000);

  it('refuses a course that does not validate, with file:LINE:COL', () => {
    const bad = courseloom(['package', 'tests', '--scorm', '2004', '--out', first.out]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/course\.yaml:1:1: no course\.yaml/);
  });
});
