import { expect, test } from '@playwright/test';
import {
  advanceTo,
  back,
  defaultCourse,
  expectNoHorizontalScroll,
  expectNoSeriousAxeViolations,
  expectOnPage,
  finishPage,
  heading,
  next,
  openCourse,
} from './player.ts';

const course = defaultCourse();

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
test(`a learner walks every page with 下一页 and completes the course, each page passing axe (motion: ${reducedMotion}; scanned once)`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion });
  await openCourse(page);
  await expect(page.getByText(course.code, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
  await expect(back(page)).toBeDisabled();

  for (const [i, p] of course.pages.entries()) {
    await expectOnPage(page, course, p.id);
    // Motion changes no markup: one scan per page is enough.
    if (reducedMotion === 'no-preference') await expectNoSeriousAxeViolations(page);
    await finishPage(page);
    if (i < course.pages.length - 1) {
      await next(page).click();
      await expect(heading(page)).toBeFocused();
    }
  }
  await expect(next(page)).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: '您已完成本课程。' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '学习进度' })).toHaveAttribute('aria-valuenow', '100');
});
}

test('返回 goes to the previous page in order', async ({ page }) => {
  await openCourse(page);
  await advanceTo(page, course, 'satisfaction');
  await back(page).click();
  await expectOnPage(page, course, 'what-is-service');
  await expect(heading(page)).toBeFocused();
  await back(page).click();
  await expectOnPage(page, course, 'quiz-service-types');
  await back(page).click();
  await expectOnPage(page, course, 'objectives');
  await expect(back(page)).toBeDisabled();
});

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

test(`no page scrolls sideways at ${VIEWPORTS.map((v) => `${v.width}x${v.height}`).join(', ')}`, async ({ page }) => {
  test.setTimeout(120_000);
  await openCourse(page);
  for (const [i] of course.pages.entries()) {
    await finishPage(page);
    // Each page is checked at every size, finished content included (lines, debriefs, tables).
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await expectNoHorizontalScroll(page);
    }
    if (i < course.pages.length - 1) await next(page).click();
  }
});
