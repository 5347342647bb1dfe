/**
 * The curriculum as a trainer and a learner meet it on `npm start`: the catalogue lists every
 * course, and each course opens from it in the local LMS and is taken to completion through
 * roles and names, every page passing an axe scan.
 */
import { expect, test } from '@playwright/test';
import { listCourses } from '../../src/preview/catalogue.ts';
import { loadCourseDir } from '../../src/model/load-course-dir.ts';
import type { Course } from '../../src/model/schema.ts';
import { DEV_PORT } from '../../playwright.config.ts';
import { cmiValue, courseFrame } from './harness.ts';
import { expectNoSeriousAxeViolations, expectOnPage, finishPage, next } from './player.ts';
import { buildCourseSite, serveFolder } from './static-site.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CATALOGUE = `http://127.0.0.1:${DEV_PORT}/`;
/** The course, not the harness around it (which has its own scan in harness.spec.ts). */
const COURSE_FRAME = 'iframe';
const entries = listCourses('courses');

function course(folder: string): Course {
  const result = loadCourseDir(`courses/${folder}`);
  if (!result.ok) throw new Error(`courses/${folder} does not validate`);
  return result.course;
}

test('the catalogue lists every course with its code, title, pages and minutes', async ({ page }) => {
  await page.goto(CATALOGUE);
  const table = page.getByRole('table', { name: /全部课程/ });
  await expect(table.getByRole('row')).toHaveCount(entries.length + 1);
  expect(entries.length).toBeGreaterThanOrEqual(5);
  for (const entry of entries) {
    if (!entry.ok) throw new Error(`courses/${entry.folder} does not validate`);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: entry.title }) });
    await expect(row.getByRole('cell')).toContainText([entry.code, String(entry.pages), `约 ${entry.minutes} 分钟`]);
    await expect(row.getByRole('link', { name: `${entry.code} ${entry.title}：SCORM 1.2` })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
});

test('the storyboard view lists every page of fm-1-b2 in order, reached from the catalogue', async ({ page }) => {
  const shown = course('fm-1-b2');
  await page.goto(CATALOGUE);
  await page.getByRole('link', { name: `${shown.code} ${shown.title}：故事板` }).click();
  await expect(page).toHaveURL(/[?&]view=storyboard/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`故事板：${shown.code} ${shown.title}`);
  const pages = page.getByRole('article');
  await expect(pages).toHaveCount(shown.pages.length);
  for (const [i, p] of shown.pages.entries()) {
    await expect(pages.nth(i)).toContainText(`第 ${i + 1} 页`);
    await expect(pages.nth(i).getByRole('heading', { level: 2 })).toHaveText(p.title);
  }
  await expect(page.getByRole('table', { name: '数据与大小' })).toContainText('暂存数据：全部作答后');
  await expectNoSeriousAxeViolations(page);
});

// fm-1-b2 is walked page by page in walkthrough.spec.ts; the others here, each as it ships: a
// production build with the harness page beside the player.
for (const entry of entries.filter((e) => e.folder !== 'fm-1-b2')) {
  test(`${entry.folder}: packages, and completes in the local LMS with every page passing axe`, async ({ page }) => {
    test.setTimeout(180_000);
    const shown = course(entry.folder);
    const site = mkdtempSync(join(tmpdir(), `courseloom-${entry.folder}-`));
    // It packages: the SCORM 1.2 zip (manifest checked against the XSDs) is written.
    const packaged = spawnSync(process.execPath, ['bin/courseloom.js', 'package', `courses/${entry.folder}`, '--scorm', '1.2', '--out', join(site, 'zip')], { encoding: 'utf8' });
    expect(packaged.status, packaged.stderr).toBe(0);
    expect(existsSync(join(site, 'zip', `${shown.code}-${shown.version}-scorm12.zip`))).toBe(true);
    buildCourseSite(`courses/${entry.folder}`, join(site, 'www'));
    const server = await serveFolder(join(site, 'www'));
    try {
      await page.goto(`${server.origin}/preview.html?scorm=2004`);
      const frame = courseFrame(page);
      for (const [i, p] of shown.pages.entries()) {
        await expectOnPage(frame, shown, p.id);
        await expectNoSeriousAxeViolations(page, [], COURSE_FRAME);
        await finishPage(frame, shown);
        if (i < shown.pages.length - 1) await next(frame).click();
      }
      await expect(frame.getByText('您已完成本课程。')).toBeVisible();
      await expect.poll(() => cmiValue(page, 'cmi.completion_status')).toBe('completed');
      await expect.poll(() => cmiValue(page, 'cmi.score.raw')).toBe('100');
      if (shown.passingScore !== undefined) expect(await cmiValue(page, 'cmi.success_status')).toBe('passed');
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
}
