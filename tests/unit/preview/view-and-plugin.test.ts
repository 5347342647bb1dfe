import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { flattenCmi, readPath, withPath } from '../../../src/preview/cmi-json.ts';
import { chooseVersion, versionHref } from '../../../src/preview/scorm-version.ts';
import { summarize } from '../../../src/preview/summary.ts';
import { redirectRootToPreview } from '../../../src/preview/vite-plugin-preview.ts';

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

describe('the dev server redirect', () => {
  function request(url: string) {
    const headers = new Map<string, string>();
    let status = 0;
    let passed = false;
    const res = {
      set statusCode(code: number) {
        status = code;
      },
      setHeader: (name: string, value: string) => headers.set(name, value),
      end: () => undefined,
    };
    const req: Pick<IncomingMessage, 'url'> = { url };
    // Stand-ins for Node's request and response: only the parts the middleware touches.
    Reflect.apply(redirectRootToPreview(), undefined, [req, res, () => (passed = true)]);
    return { status, location: headers.get('Location'), passed };
  }

  it('sends / to the harness, keeping the query', () => {
    expect(request('/')).toEqual({ status: 302, location: 'preview.html', passed: false });
    expect(request('/?scorm=1.2')).toMatchObject({ location: 'preview.html?scorm=1.2' });
  });

  it('leaves the player and everything else alone', () => {
    expect(request('/index.html').passed).toBe(true);
    expect(request('/src/preview/main.ts').passed).toBe(true);
  });
});
