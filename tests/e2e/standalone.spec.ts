import { expect, test } from '@playwright/test';
import { advanceTo, back, defaultCourse, expectOnPage, heading, next, openCourse } from './player.ts';

const course = defaultCourse();

test('without an LMS the learner is told nothing is recorded, and progress survives a reload', async ({ page }) => {
  await openCourse(page);
  await expect(page.getByRole('status').filter({ hasText: '未连接学习平台' })).toBeVisible();
  await advanceTo(page, course, 'customer-expectations');
  await page.reload();

  const prompt = page.getByRole('dialog', { name: '欢迎回来' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('上次学到第 6 页');
  await expect(prompt.getByRole('button', { name: '继续' })).toBeFocused();
  await prompt.getByRole('button', { name: '继续' }).click();
  await expect(prompt).toBeHidden();
  await expectOnPage(page, course, 'customer-expectations');
  await expect(heading(page)).toBeFocused();
  // What was finished before the reload is still finished: the gated page lets the learner on.
  await back(page).click();
  await expectOnPage(page, course, 'expectation-outcome');
  await expect(next(page)).toBeEnabled();
});

test('从头开始 goes to page 1 and keeps the pages already visited in the menu', async ({ page }) => {
  await openCourse(page);
  await advanceTo(page, course, 'customer-expectations');
  await page.reload();
  await page.getByRole('dialog', { name: '欢迎回来' }).getByRole('button', { name: '从头开始' }).click();
  await expectOnPage(page, course, 'objectives');
  await expect(heading(page)).toBeFocused();
  await page.getByRole('button', { name: '目录' }).click();
  await expect(page.getByRole('navigation', { name: '课程目录' }).getByRole('button', { name: /期望与成果/ })).toBeEnabled();
});

test('a learner still on page 1 is not asked anything on return', async ({ page }) => {
  await openCourse(page);
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
