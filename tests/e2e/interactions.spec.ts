import { expect, test, type Page } from '@playwright/test';
import { advanceTo, back, defaultCourse, expectOnPage, finishPage, heading, next, openCourse } from './player.ts';

const course = defaultCourse();

/** Goes to a page the way a learner would: 下一页 from the start, finishing what each page asks. */
async function reach(page: Page, pageId: string): Promise<void> {
  await openCourse(page);
  await advanceTo(page, course, pageId);
}

test('下一页 stays disabled until every arrow of a required reveal is opened', async ({ page }) => {
  await reach(page, 'expectation-outcome');
  await expect(next(page)).toBeDisabled();
  await expect(page.getByText('完成本页的互动后即可继续。')).toBeVisible();
  const arrows = ['服务成果低于预期目标', '服务成果等于预期目标', '服务成果高于预期目标', '服务成果远高于预期目标'];
  const labels = ['不满意', '没感觉', '满意', '感动'];
  for (const [i, name] of arrows.entries()) {
    const arrow = page.getByRole('button', { name });
    await expect(arrow).toHaveAttribute('aria-expanded', 'false');
    await arrow.click();
    await expect(arrow).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('main').getByText(labels[i] ?? '', { exact: true })).toBeVisible();
    if (i < arrows.length - 1) await expect(next(page)).toBeDisabled();
  }
  await expect(next(page)).toBeEnabled();
  // Opened once is enough: closing an arrow again does not lock the page.
  await page.getByRole('button', { name: arrows[0] }).click();
  await expect(page.getByRole('button', { name: arrows[0] })).toHaveAttribute('aria-expanded', 'false');
  await expect(next(page)).toBeEnabled();
});

test('a reveal opens by keyboard and its red label uses the highlight colour', async ({ page }) => {
  await reach(page, 'expectation-outcome');
  const arrow = page.getByRole('button', { name: '服务成果远高于预期目标' });
  await arrow.focus();
  await page.keyboard.press('Enter');
  const label = page.getByRole('main').locator('strong', { hasText: '感动' });
  await expect(label).toBeVisible();
  await expect(label).toHaveCSS('color', 'rgb(180, 18, 27)');
});

test('a popup keeps focus inside, closes with Esc and returns focus to its trigger', async ({ page }) => {
  await reach(page, 'satisfaction');
  const trigger = page.getByRole('button', { name: '什么是顾客满意？' });
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: '什么是顾客满意？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('忠实顾客')).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const inside = await dialog.evaluate((el) => el.contains(document.activeElement));
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('a popup closes with its X button', async ({ page }) => {
  await reach(page, 'type-angry');
  await finishPage(page);
  await page.getByRole('button', { name: '查看应对策略' }).click();
  const dialog = page.getByRole('dialog', { name: '应对“极为生气、寻找负责人的客户”的策略' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '查看应对策略' })).toBeFocused();
});

test('a step sequence reveals one step at a time with ◀ ▶ and gates 下一页', async ({ page }) => {
  await reach(page, 'type-angry');
  const previous = page.getByRole('button', { name: '上一步' });
  const forward = page.getByRole('button', { name: '下一步' });
  await expect(page.getByText('第 1 步，共 4 步')).toBeVisible();
  await expect(page.getByText('顾客您好，我是负责管理您车辆的服务顾问×××。')).toBeVisible();
  await expect(previous).toBeDisabled();
  await expect(next(page)).toBeDisabled();
  await forward.click();
  await expect(page.getByText('第 2 步，共 4 步')).toBeVisible();
  await expect(page.getByText('顾客您好，我是负责管理您车辆的服务顾问×××。')).toBeHidden();
  await previous.click();
  await expect(page.getByText('第 1 步，共 4 步')).toBeVisible();
  await forward.click();
  await forward.click();
  await expect(next(page)).toBeDisabled();
  await forward.click();
  await expect(page.getByText('第 4 步，共 4 步')).toBeVisible();
  await expect(page.getByText('能否请您说说平时的驾驶习惯？')).toBeVisible();
  await expect(forward).toBeDisabled();
  await expect(next(page)).toBeEnabled();
});

test('a jump link goes to another page and 返回 comes back to where the learner was', async ({ page }) => {
  await reach(page, 'complaint-case');
  await page.getByRole('button', { name: '冷嘲热讽地表露不满的客户' }).click();
  await expectOnPage(page, course, 'type-sarcastic');
  await expect(heading(page)).toBeFocused();
  await back(page).click();
  await expectOnPage(page, course, 'complaint-case');
  // Without a jump, 返回 follows page order again.
  await back(page).click();
  await expectOnPage(page, course, 'quiz-customer-types');
});

test('a hint shows on hover and on keyboard focus, and Esc hides it', async ({ page }) => {
  await reach(page, 'what-is-service');
  const term = page.getByRole('button', { name: '顾客需求' });
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('没有说出口的期待');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/没有说出口的期待/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('the page menu shows visited and current pages and opens only visited ones', async ({ page }) => {
  await reach(page, 'satisfaction');
  const toggle = page.getByRole('button', { name: '目录' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('navigation', { name: '课程目录' });
  await expect(menu.getByRole('button', { name: /顾客满意从哪里来/ })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('button', { name: /课程总结/ })).toBeDisabled();
  await expect(menu.getByRole('button', { name: /学习内容.*已学习/ })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await expect(menu).toBeHidden();
  await toggle.click();
  await menu.getByRole('button', { name: /学习内容/ }).click();
  await expectOnPage(page, course, 'objectives');
  await expect(heading(page)).toBeFocused();
  await expect(menu).toBeHidden();
});

test('keyboard shortcuts move between pages and open the menu', async ({ page }) => {
  await openCourse(page);
  await page.keyboard.press('Alt+ArrowRight');
  await expectOnPage(page, course, 'quiz-service-types');
  await page.keyboard.press('Alt+ArrowLeft');
  await expectOnPage(page, course, 'objectives');
  await page.keyboard.press('Alt+m');
  await expect(page.getByRole('navigation', { name: '课程目录' })).toBeVisible();
  await expect(next(page)).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowRight');
});

test('the progress bar and counter follow the learner', async ({ page }) => {
  await openCourse(page);
  const bar = page.getByRole('progressbar', { name: '学习进度' });
  const start = Number(await bar.getAttribute('aria-valuenow'));
  expect(start).toBeGreaterThan(0);
  await next(page).click();
  await expect(page.getByText(`2/${course.pages.length}`, { exact: true })).toBeVisible();
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(start);
  await expect(bar).toHaveAttribute('aria-valuetext', /已完成 \d+%/);
});
