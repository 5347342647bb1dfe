import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  apiCalls,
  callApi,
  closeAndReopen,
  cmiValue,
  courseFrame,
  newAttempt,
  openHarness,
  setCommitFailure,
  setMasteryScore,
  type ScormVersion,
} from './harness.ts';

const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];
const ELEMENT: Record<ScormVersion, Record<'entry' | 'location' | 'exit' | 'mastery', string>> = {
  '1.2': { entry: 'cmi.core.entry', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', mastery: 'cmi.student_data.mastery_score' },
  '2004': { entry: 'cmi.entry', location: 'cmi.location', exit: 'cmi.exit', mastery: 'cmi.scaled_passing_score' },
};
const METHOD: Record<ScormVersion, Record<'initialize' | 'setValue' | 'commit' | 'lastError', string>> = {
  '1.2': { initialize: 'LMSInitialize', setValue: 'LMSSetValue', commit: 'LMSCommit', lastError: 'LMSGetLastError' },
  '2004': { initialize: 'Initialize', setValue: 'SetValue', commit: 'Commit', lastError: 'GetLastError' },
};

/**
 * The API tests play the course's part by hand: a stand-in page replaces the player in the
 * frame, so they hold whatever the player itself does with the API. Like a course, it
 * terminates on pagehide (which runs while the harness removes the frame).
 */
const STAND_IN = `<!doctype html><html lang="zh-CN"><title>stand-in</title><h2>学习内容</h2><script>
  addEventListener('pagehide', () => {
    if (parent.API_1484_11) parent.API_1484_11.Terminate('');
    else if (parent.API) parent.API.LMSFinish('');
  });
</script></html>`;

async function withStandInCourse(page: Page): Promise<void> {
  await page.route(/\/index\.html(\?.*)?$/, (route) => route.fulfill({ contentType: 'text/html', body: STAND_IN }));
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => {
  expect(pageErrors, 'errors on the harness page').toEqual([]);
});

for (const version of VERSIONS) {
  const el = ELEMENT[version];
  const m = METHOD[version];
  const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';
  const apiName = version === '1.2' ? 'API' : 'API_1484_11';

  test.describe(`harness, SCORM ${version}`, () => {
    test('shows the course in its frame with the API in the parent window', async ({ page }) => {
      await openHarness(page, version);
      await expect(courseFrame(page).getByRole('heading', { name: '学习内容' })).toBeVisible();
      expect(await page.evaluate((name) => typeof Reflect.get(window, name), apiName)).toBe('object');
      await expect(page.getByRole('radiogroup', { name: 'SCORM 版本' }).getByRole('radio', { name: version })).toBeChecked();
      await expect(page.getByRole('heading', { name: '学习记录概览' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'CMI 数据' })).toBeVisible();
    });

    test('logs each call and shows the CMI data live', async ({ page }) => {
      await withStandInCourse(page);
      await openHarness(page, version);
      expect(await callApi(page, m.initialize, '')).toBe('true');
      expect(await callApi(page, m.setValue, el.location, 'page-3')).toBe('true');
      await expect.poll(() => cmiValue(page, el.location)).toBe('page-3');
      expect(await cmiValue(page, el.entry)).toBe('ab-initio');
      expect(await cmiValue(page, 'cmi.nothing.here')).toBe('');
      expect((await apiCalls(page)).slice(0, 2)).toEqual([
        { call: m.setValue, args: `"${el.location}", "page-3"`, result: 'true', error: '0' },
        { call: m.initialize, args: '""', result: 'true', error: '0' },
      ]);
      await page.getByRole('button', { name: '清空' }).click();
      expect(await apiCalls(page)).toEqual([]);
    });

    test('simulates a refused commit until it is switched off', async ({ page }) => {
      const code = version === '1.2' ? '101' : '391';
      await withStandInCourse(page);
      await openHarness(page, version);
      await callApi(page, m.initialize, '');
      await setCommitFailure(page, true);
      expect(await callApi(page, m.commit, '')).toBe('false');
      expect(await callApi(page, m.lastError)).toBe(code);
      const [, commit] = await apiCalls(page);
      expect(commit).toEqual({ call: m.commit, args: '""', result: 'false', error: code });
      await expect(page.getByRole('table', { name: 'API 调用' }).getByRole('cell', { name: new RegExp(`^${code}`) }).first()).toBeVisible();
      expect(await callApi(page, m.setValue, el.location, 'still-works')).toBe('true');
      await setCommitFailure(page, false);
      expect(await callApi(page, m.commit, '')).toBe('true');
    });

    test('keeps the data across a reload and resumes after exit suspend', async ({ page }) => {
      await withStandInCourse(page);
      await openHarness(page, version);
      await callApi(page, m.initialize, '');
      await callApi(page, m.setValue, el.location, 'customer-expectations');
      await callApi(page, m.setValue, el.exit, 'suspend');
      expect(await callApi(page, m.commit, '')).toBe('true');
      await page.reload();
      await expect.poll(() => cmiValue(page, el.location)).toBe('customer-expectations');
      expect(await cmiValue(page, el.entry)).toBe('resume');
      // A new session: the exit of the last one is not carried over.
      expect(await cmiValue(page, el.exit)).toBe('');
      // Closing (the stand-in terminates) after suspending again resumes again.
      await callApi(page, m.initialize, '');
      await callApi(page, m.setValue, el.exit, 'suspend');
      await closeAndReopen(page);
      expect(await cmiValue(page, el.entry)).toBe('resume');
      expect(await cmiValue(page, el.location)).toBe('customer-expectations');
      // The course's Terminate, made while its frame was being removed, is in the log.
      expect((await apiCalls(page)).find((c) => c.call === terminate)).toEqual({ call: terminate, args: '""', result: 'true', error: '0' });
      await newAttempt(page);
      expect(await cmiValue(page, el.location)).toBe('');
      expect(await cmiValue(page, el.entry)).toBe('ab-initio');
    });

    test('applies the mastery score to the next launch', async ({ page }) => {
      await withStandInCourse(page);
      await openHarness(page, version);
      await setMasteryScore(page, 80);
      await expect(page.getByRole('status').filter({ hasText: '下次启动时生效' })).toBeVisible();
      expect(await cmiValue(page, el.mastery)).toBe('');
      await closeAndReopen(page);
      expect(await cmiValue(page, el.mastery)).toBe(version === '1.2' ? '80' : '0.8');
      await setMasteryScore(page, null);
      await closeAndReopen(page);
      expect(await cmiValue(page, el.mastery)).toBe('');
    });
  });
}

test('the version switch reloads the harness with the other API', async ({ page }) => {
  await openHarness(page, '2004');
  await page.getByRole('radiogroup', { name: 'SCORM 版本' }).getByRole('radio', { name: '1.2' }).check();
  await expect(page).toHaveURL(/scorm=1\.2/);
  await expect(page.getByRole('table', { name: 'CMI 数据' }).getByRole('rowheader', { name: 'cmi.core.entry' })).toBeVisible();
  expect(await page.evaluate(() => typeof Reflect.get(window, 'API'))).toBe('object');
});

test('a refused mastery score is explained', async ({ page }) => {
  await openHarness(page, '2004');
  await page.getByRole('spinbutton', { name: '掌握分数（mastery score）' }).fill('120');
  await page.getByRole('button', { name: '应用', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '0 到 100' })).toBeVisible();
});

test('the harness page itself passes an axe scan (the course has its own)', async ({ page }) => {
  await withStandInCourse(page);
  await openHarness(page, '2004');
  await callApi(page, 'Initialize', '');
  await setCommitFailure(page, true);
  await callApi(page, 'Commit', '');
  await expect.poll(async () => (await apiCalls(page)).length).toBe(2);
  const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
});
