import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenCmi, readPath, withPath } from '../../../src/preview/cmi-json.ts';
import { chooseVersion, versionHref } from '../../../src/preview/scorm-version.ts';
import { summarize } from '../../../src/preview/summary.ts';
import { serveCatalogue } from '../../../src/preview/vite-plugin-preview.ts';
import { estimateMinutes, readingMinutes } from '../../../src/preview/estimate-minutes.ts';
import { loadCourseDir } from '../../../src/model/load-course-dir.ts';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('CMI JSON helpers', () => {
  it('flattens to element names, skipping empty values', () => {
    const json = { cmi: { core: { lesson_status: 'incomplete', exit: '' }, interactions: { 0: { id: 'q1' } }, objectives: [{ id: 'o1' }], comments: {} } };
    expect(flattenCmi(json)).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.interactions.0.id', 'q1'],
      ['cmi.objectives.0.id', 'o1'],
    ]);
  });

  it('reads and replaces nested values without touching the original', () => {
    const json = { core: { exit: 'suspend' } };
    const next = withPath(json, 'core.entry', 'resume');
    expect(readPath(next, 'core.entry')).toBe('resume');
    expect(readPath(next, 'core.exit')).toBe('suspend');
    expect(readPath(json, 'core.entry')).toBe('');
    expect(readPath(json, 'student_data.mastery_score')).toBe('');
  });
});

describe('the summary', () => {
  it('shows the suspend data budget and warns past the 1.2 limit', () => {
    const cmi = new Map([['cmi.suspend_data', 'x'.repeat(5000)], ['cmi.core.score.raw', '80'], ['cmi.core.score.max', '100']]);
    const items = summarize('1.2', cmi, 2);
    expect(items.find((i) => i.label === '挂起数据')).toMatchObject({ value: '5000 / 4096', warning: expect.any(String) });
    expect(items.find((i) => i.label === '分数')?.value).toBe('80 / 100');
    expect(items.find((i) => i.label === '会话次数')?.value).toBe('2');
  });

  it('shows both 2004 statuses and the scaled score', () => {
    const cmi = new Map([['cmi.completion_status', 'completed'], ['cmi.success_status', 'passed'], ['cmi.score.raw', '9'], ['cmi.score.scaled', '0.9']]);
    const items = summarize('2004', cmi, 1);
    expect(items.slice(0, 3).map((i) => i.value)).toEqual(['completed', 'passed', '9 · scaled 0.9']);
    expect(items.find((i) => i.label === '挂起数据')?.value).toBe('0 / 64000');
  });
});

describe('choosing the version', () => {
  it('takes ?scorm= first, then the server default, then 2004', () => {
    expect(chooseVersion('?scorm=1.2', '2004')).toBe('1.2');
    expect(chooseVersion('', '1.2')).toBe('1.2');
    expect(chooseVersion('?scorm=3', 'nonsense')).toBe('2004');
    expect(versionHref('http://h/preview.html?scorm=2004&x=1', '1.2')).toBe('http://h/preview.html?scorm=1.2&x=1');
  });
});

describe('the dev server catalogue at /', () => {
  let root = '';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'courseloom-catalogue-'));
    cpSync('courses/fm-1-b2', join(root, 'fm-1-b2'), { recursive: true });
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'course.yaml'), 'id: broken\ntittle: x\n');
    mkdirSync(join(root, 'not-a-course'));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function request(url: string) {
    const headers = new Map<string, string>();
    let body = '';
    let passed = false;
    const res = {
      setHeader: (name: string, value: string) => headers.set(name, value),
      end: (text?: string) => void (body = text ?? ''),
    };
    const req: Pick<IncomingMessage, 'url'> = { url };
    // Stand-ins for Node's request and response: only the parts the middleware touches.
    Reflect.apply(serveCatalogue(root, 'fm-1-b2'), undefined, [req, res, () => (passed = true)]);
    return { type: headers.get('Content-Type'), body, passed };
  }

  it('lists each course with code, title, pages, minutes and a link per SCORM version into the harness', () => {
    const { type, body } = request('/');
    expect(type).toBe('text/html; charset=utf-8');
    expect(body).toContain('<td>FM-1-B2</td><th scope="row">服务理念 · 基本客户管理 <span class="default">默认</span></th><td>13</td><td>约 ');
    expect(body).toContain('href="preview.html?course=fm-1-b2&#38;scorm=2004" aria-label="FM-1-B2 服务理念 · 基本客户管理：SCORM 2004"');
    expect(body).toContain('href="preview.html?course=fm-1-b2&#38;scorm=1.2"');
    expect(body).not.toContain('not-a-course');
  });

  it('lists a broken course with its problems at file:LINE:COL instead of failing', () => {
    const { body } = request('/?x=1');
    expect(body).toContain('<th scope="row">broken</th>');
    expect(body).toMatch(/course\.yaml:2:1: [^<]*tittle/);
  });

  it('leaves the player and everything else alone', () => {
    expect(request('/index.html').passed).toBe(true);
    expect(request('/preview.html?course=fm-1-b2').passed).toBe(true);
  });
});

describe('estimated minutes', () => {
  it('reads Chinese at 300 characters and English at 180 words a minute', () => {
    expect(readingMinutes('服'.repeat(300))).toBe(1);
    expect(readingMinutes('word '.repeat(90))).toBe(0.5);
  });

  it('puts fm-1-b2 between 20 and 45 minutes: reading, questions and one way through each role-play', () => {
    const result = loadCourseDir('courses/fm-1-b2');
    if (!result.ok) throw new Error('fm-1-b2 does not validate');
    expect(estimateMinutes(result.course)).toBeGreaterThanOrEqual(20);
    expect(estimateMinutes(result.course)).toBeLessThanOrEqual(45);
  });
});
