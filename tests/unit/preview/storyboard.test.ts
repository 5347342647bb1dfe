// @vitest-environment jsdom
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { suspendSize } from '../../../src/engine/suspend-size.ts';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import type { Course } from '../../../src/model/schema.ts';
import { storyboardOf } from '../../../src/preview/storyboard/storyboard.ts';
import { courseloom } from '../cli/run-cli.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function loaded(dir: string): Course {
  const result = loadCourseDir(dir);
  if (!result.ok) throw new Error(`${dir} does not validate`);
  return result.course;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function storyboard(dir: string): Document {
  const result = storyboardOf(dir);
  if (!result.ok) throw new Error(`${dir} does not validate`);
  return parse(result.html);
}

const course = loaded('courses/fm-1-b2');
const doc = storyboard('courses/fm-1-b2');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cells = (row: Element) => [...row.querySelectorAll('th, td')].map(text).join(' | ');
const blocksOf = (pageId: string, type: string) => [...doc.querySelectorAll(`#page-${pageId} .block-${type}`)];

describe('the storyboard of fm-1-b2', () => {
  it('shows every page in order with its number and title', () => {
    const headers = [...doc.querySelectorAll('article.page > header')].map(text);
    expect(headers).toHaveLength(course.pages.length);
    course.pages.forEach((page, i) => {
      expect(headers[i]).toContain(`第 ${i + 1} 页`);
      expect(headers[i]).toContain(page.title);
    });
  });

  it('pairs each statement of a 连线题 with its right answer', () => {
    for (const page of course.pages) {
      for (const block of page.blocks) {
        if (block.type !== 'match') continue;
        const rows = blocksOf(page.id, 'match').flatMap((b) => [...b.querySelectorAll('tbody tr')].map(cells));
        for (const item of block.items) {
          const target = block.targets.find((t) => t.id === item.target)?.text ?? '';
          expect(rows).toContain(`${item.text} | ${target}`);
        }
      }
    }
  });

  it('marks the best reply at every decision of a role-play', () => {
    const roleplays = course.pages.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'roleplay' ? [b] : [])));
    expect(roleplays.length).toBeGreaterThan(0);
    const marked = [...doc.querySelectorAll('.block-roleplay tbody tr')].filter((tr) => text(tr).startsWith('★ 最佳'));
    const decisions = roleplays.flatMap((r) => r.nodes.filter((n) => n.choices !== undefined));
    expect(marked).toHaveLength(decisions.length);
  });

  it('prints the suspend data of a fully answered course and the size of what ships', () => {
    const figures = [...doc.querySelectorAll('table.figures tr')].map(cells);
    expect(figures).toContain(`页数 | ${course.pages.length}`);
    expect(figures).toContain(`暂存数据：全部作答后 | ${suspendSize(course).full} 个字符 · SCORM 1.2 上限 4096，SCORM 2004 上限 64000`);
    expect(figures.find((row) => row.startsWith('课程数据（gzip 压缩后）'))).toMatch(/ \| \d+\.\d KB$/);
  });

  it('inlines its images, so that the one file can be mailed and printed', () => {
    const images = [...doc.querySelectorAll('img')];
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});

describe('the storyboard of an authored course', () => {
  it('shows authored HTML as text: nothing in a course file can run in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'courseloom-sb-'));
    temps.push(dir);
    cpSync('courses/fm-1-b2', dir, { recursive: true });
    const file = join(dir, 'course.yaml');
    const yaml = readFileSync(file, 'utf8').replace('title: 学习内容', 'title: 学习内容<script>alert(1)</script>');
    writeFileSync(file, yaml.replace('欢迎学习本课程！', '欢迎学习本课程！<img src=x onerror=alert(1)>'));
    const shown = storyboard(dir);
    expect(shown.querySelectorAll('script')).toHaveLength(0);
    expect([...shown.querySelectorAll('img')].every((img) => !img.hasAttribute('onerror'))).toBe(true);
    expect(text(shown.querySelector('article.page h2'))).toBe('学习内容<script>alert(1)</script>');
  });

  it('is written by courseloom storyboard, which refuses a broken course', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'courseloom-sb-out-')), 'review.html');
    temps.push(join(out, '..'));
    const run = courseloom(['storyboard', 'courses/phone-etiquette', '--out', out]);
    expect(run.code, run.err).toBe(0);
    const written = parse(readFileSync(out, 'utf8'));
    expect(written.querySelectorAll('article.page')).toHaveLength(loaded('courses/phone-etiquette').pages.length);

    const broken = mkdtempSync(join(tmpdir(), 'courseloom-sb-bad-'));
    temps.push(broken);
    writeFileSync(join(broken, 'course.yaml'), 'id: x\n');
    const refused = courseloom(['storyboard', broken, '--out', join(broken, 'sb.html')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/course\.yaml:\d+:\d+: /);
    expect(existsSync(join(broken, 'sb.html'))).toBe(false);
  });
});
