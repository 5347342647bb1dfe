/** Shared steps for driving the player the way a learner does: by role and accessible name. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { loadCourseDir } from '../../src/model/load-course-dir.ts';
import { replay } from '../../src/engine/roleplay/conversation.ts';
import { pathStats } from '../../src/engine/roleplay/graph.ts';
import type { Course, RoleplayBlock } from '../../src/model/schema.ts';

export function defaultCourse(): Course {
  const result = loadCourseDir('courses/fm-1-b2');
  if (!result.ok) throw new Error('courses/fm-1-b2 does not validate');
  return result.course;
}

/** Where the course is: the page itself, or the course frame inside the LMS harness. */
export type CourseView = Page | FrameLocator;

export const next = (view: CourseView) => view.getByRole('button', { name: '下一页', exact: true });
export const back = (view: CourseView) => view.getByRole('button', { name: '返回', exact: true });
export const heading = (view: CourseView) => view.getByRole('main').getByRole('heading', { level: 2 });

/** Finishes pages and presses 下一页 until the page with this id is shown. */
export async function advanceTo(view: CourseView, course: Course, pageId: string): Promise<void> {
  const target = course.pages.findIndex((p) => p.id === pageId);
  for (;;) {
    const title = await heading(view).textContent();
    const index = course.pages.findIndex((p) => p.title === title);
    if (index >= target) break;
    await finishPage(view);
    await next(view).click();
    await expect(heading(view)).not.toHaveText(title ?? '');
  }
  await expectOnPage(view, course, pageId);
}

/** Opens the course on its own (no LMS) and waits until its first page is shown. */
export async function openCourse(page: Page): Promise<void> {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
}

export async function expectOnPage(page: CourseView, course: Course, pageId: string): Promise<void> {
  const index = course.pages.findIndex((p) => p.id === pageId);
  const expected = course.pages[index];
  if (!expected) throw new Error(`no page ${pageId}`);
  await expect(heading(page)).toHaveText(expected.title);
  await expect(page.getByText(`${index + 1}/${course.pages.length}`, { exact: true })).toBeVisible();
}

/** Answers every match question on the shown page rightly, by the click-then-click alternative. */
async function answerMatches(view: CourseView, course: Course): Promise<void> {
  const title = await heading(view).textContent();
  const shown = course.pages.find((p) => p.title === title);
  const main = view.getByRole('main');
  for (const block of shown?.blocks ?? []) {
    if (block.type !== 'match') continue;
    const confirm = main.getByRole('button', { name: '确认', exact: true });
    if ((await confirm.count()) === 0) continue;
    for (const item of block.items) {
      const target = block.targets.find((t) => t.id === item.target);
      await main.getByRole('button', { name: item.text, exact: true }).click();
      await main.getByRole('button', { name: target?.text ?? '', exact: true }).click();
    }
    await confirm.click();
  }
}

/** The best reply at each decision of a role-play, as the learner reads them. */
export function bestReplies(block: RoleplayBlock): string[] {
  const conversation = replay(block, pathStats(block).bestPath);
  return conversation?.decisions.map((d) => d.choice.text) ?? [];
}

/** Plays every role-play on the shown page that is not over yet along its best path. */
async function playRoleplays(view: CourseView, course: Course): Promise<void> {
  const title = await heading(view).textContent();
  const shown = course.pages.find((p) => p.title === title);
  for (const block of shown?.blocks ?? []) {
    if (block.type !== 'roleplay') continue;
    const scene = view.getByRole('region', { name: block.title });
    if ((await scene.getByRole('group', { name: '您会怎么说？' }).count()) === 0) continue;
    for (const reply of bestReplies(block)) await scene.getByRole('button', { name: reply, exact: true }).click();
    await expect(scene.getByRole('heading', { level: 4 })).toBeVisible();
  }
}

/** Does what each required interaction on the page asks: opens every reveal, steps to the end, answers. */
export async function finishPage(page: CourseView, course: Course = defaultCourse()): Promise<void> {
  await answerMatches(page, course);
  await playRoleplays(page, course);
  const main = page.getByRole('main');
  const closed = main.locator('button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  const nextStep = main.getByRole('button', { name: '下一步' });
  for (const stepper of await nextStep.all()) {
    while ((await stepper.getAttribute('aria-disabled')) !== 'true') await stepper.click();
  }
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(serious, `axe violations on "${await heading(page).textContent()}"`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on "${await heading(page).textContent()}"`).toBeLessThanOrEqual(0);
}
