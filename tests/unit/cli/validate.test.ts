import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { courseloom } from './run-cli.ts';
import { afterEach, describe, expect, it } from 'vitest';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});


function brokenCopy(edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'courseloom-'));
  temps.push(dir);
  cpSync('courses/fm-1-b2', dir, { recursive: true });
  const file = join(dir, 'course.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('courseloom validate', () => {
  it('accepts the default course and exits 0', () => {
    const run = courseloom(['validate', 'courses/fm-1-b2']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('FM-1-B2');
  });

  it('exits 1 with a file:LINE:COL message for each problem of a broken copy', () => {
    const dir = brokenCopy((yaml) =>
      yaml
        .replace('title: 学习内容', 'tittle: 学习内容')
        .replace('language: zh-CN', 'langauge: zh-CN')
        .replace('target: type-sarcastic', 'target: type-sarcstic')
        .replace('src: images/car-service.svg', 'src: images/missing.svg'),
    );
    const run = courseloom(['validate', dir]);
    expect(run.code).toBe(1);
    const lines = run.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/course\.yaml:\d+:\d+: /);
    // The misspelling is named with the key meant, instead of a second "missing title" message.
    expect(run.err).toContain('unknown key "tittle"; did you mean "title"?');
    expect(run.err).toContain('unknown key "langauge"; did you mean "language"?');
    expect(run.err).not.toContain('missing');
  });

  it('lists the block types when a block has an unknown one', () => {
    const dir = brokenCopy((yaml) => yaml.replace('- type: text', '- type: txet'));
    const run = courseloom(['validate', dir]);
    expect(run.err).toMatch(/course\.yaml:\d+:\d+: .*unknown block type "txet"; use one of: text, image, reveal, .*roleplay.*results/);
  });

  it('reports cross-reference problems once the schema is satisfied', () => {
    const dir = brokenCopy((yaml) =>
      yaml.replace('target: type-sarcastic', 'target: type-sarcstic').replace('src: images/car-service.svg', 'src: images/missing.svg'),
    );
    const run = courseloom(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/course\.yaml:\d+:17: jump target "type-sarcstic" is not a page; did you mean "type-sarcastic"\?/);
    expect(run.err).toMatch(/course\.yaml:\d+:14: image file "images\/missing\.svg" not found in the course folder; the closest file is "images\/[a-z-]+\.svg"/);
  });

  it('names the file a misspelled image path meant', () => {
    const dir = brokenCopy((yaml) => yaml.replace('src: images/car-service.svg', 'src: images/car-servise.png'));
    const run = courseloom(['validate', dir]);
    expect(run.err).toContain('image file "images/car-servise.png" not found in the course folder; the closest file is "images/car-service.svg"');
  });

  it('checks several courses and fails when any fails', () => {
    const dir = brokenCopy((yaml) => yaml.replace('language: zh-CN', 'language: fr'));
    const run = courseloom(['validate', 'courses/fm-1-b2', dir]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/ok .*fm-1-b2/);
    expect(run.err).toContain('language: must be one of: zh-CN, en');
  });

  it('explains its usage when called wrongly', () => {
    expect(courseloom(['validate']).code).toBe(2);
    const unknown = courseloom(['publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "publish"');
  });
});

describe('courseloom validate: suspend-data budget', () => {
  it('prints the worst-case suspend-data size of a course', () => {
    const run = courseloom(['validate', 'courses/fm-1-b2']);
    const size = /suspend data: at most (\d+) characters/.exec(run.out)?.[1];
    expect(Number(size)).toBeGreaterThan(0);
    expect(Number(size)).toBeLessThan(1024);
  });

  it('fails a course whose state cannot fit SCORM 1.2', () => {
    const pages = Array.from({ length: 700 }, (_, i) =>
      [`  - id: p${i}`, '    type: content', `    title: Page ${i}`, '    blocks:', `      - { type: reveal, id: r${i}, items: [{ label: a, content: b }] }`].join('\n'),
    ).join('\n');
    const dir = brokenCopy(() => `id: big\ncode: BIG\ntitle: Big\nlanguage: en\nversion: 1.0.0\npages:\n${pages}\n`);
    const run = courseloom(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/course\.yaml:1:1: suspend data can reach \d+ characters, over the SCORM 1\.2 limit/);
  });
});
