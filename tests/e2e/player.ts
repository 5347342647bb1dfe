/** Shared steps for driving the player the way a learner does: by role and accessible name. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { loadCourseDir } from '../../src/model/load-course-dir.ts';
import { replay } from '../../src/engine/roleplay/conversation.ts';
import { pathStats } from '../../src/model/roleplay-graph.ts';
import { isMultipleChoice } from '../../src/engine/questions/evaluate.ts';
import { plainText, type PromptedQuestion } from '../../src/engine/questions/record.ts';
import type { Block, Course, RoleplayBlock } from '../../src/model/schema.ts';

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
    await finishPage(view, course);
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

/** The page's blocks as the course file has them, found by the shown title. */
async function shownBlocks(view: CourseView, course: Course): Promise<Block[]> {
  const title = await heading(view).textContent();
  return course.pages.find((p) => p.title === title)?.blocks ?? [];
}

/** A question on the shown page, found by its prompt as the learner reads it. */
export function questionRegion(view: CourseView, block: PromptedQuestion): Locator {
  return view.getByRole('main').getByRole('region', { name: plainText(block.prompt), exact: true });
}

/** Gives the right answer to one question through its controls, then 确认. */
async function answerRightly(view: CourseView, block: PromptedQuestion): Promise<void> {
  const region = questionRegion(view, block);
  const confirm = region.getByRole('button', { name: '确认', exact: true });
  // Question types load lazily: wait until the question shows either 确认 or its result, else a
  // question still loading would be taken for one already answered.
  await expect(confirm.or(region.getByRole('status').filter({ hasText: /回答正确|回答不完全正确/ })).first()).toBeVisible();
  if ((await confirm.count()) === 0) return;
  switch (block.type) {
    case 'match':
      for (const item of block.items) {
        const target = block.targets.find((t) => t.id === item.target);
        const statement = region.getByRole('button', { name: item.text, exact: true });
        // A statement already paired rightly (e.g. dragged there) is fixed in place.
        if ((await statement.getAttribute('aria-disabled')) === 'true') continue;
        await statement.click();
        await region.getByRole('button', { name: target?.text ?? '', exact: true }).click();
      }
      break;
    case 'sort':
      for (const item of block.items) {
        const category = block.categories.find((c) => c.id === item.category);
        await region.getByRole('radiogroup', { name: item.text, exact: true }).getByText(category?.text ?? '', { exact: true }).click();
      }
      break;
    case 'order':
      for (const [target, item] of block.items.entries()) {
        const shown = await region.getByRole('listitem').allTextContents();
        const from = shown.findIndex((text) => text.includes(item.text));
        const up = region.getByRole('button', { name: `上移：${item.text}`, exact: true });
        for (let i = from; i > target; i--) await up.click();
      }
      break;
    case 'choice':
      for (const option of block.options.filter((o) => o.correct)) {
        await region.getByRole(isMultipleChoice(block) ? 'checkbox' : 'radio', { name: option.text, exact: true }).check();
      }
      break;
    case 'true-false':
      await region.getByRole('radio', { name: block.answer ? '对' : '错', exact: true }).check();
      break;
  }
  await confirm.click();
}

/** The best reply at each decision of a role-play, as the learner reads them. */
export function bestReplies(block: RoleplayBlock): string[] {
  const conversation = replay(block, pathStats(block).bestPath);
  return conversation?.decisions.map((d) => d.choice.text) ?? [];
}

/** Plays every role-play on the shown page that is not over yet along its best path. */
async function playRoleplays(view: CourseView, course: Course): Promise<void> {
  const shown = await shownBlocks(view, course);
  for (const block of shown) {
    if (block.type !== 'roleplay') continue;
    const scene = view.getByRole('region', { name: block.title });
    if ((await scene.getByRole('group', { name: '您会怎么说？' }).count()) === 0) continue;
    for (const reply of bestReplies(block)) await scene.getByRole('button', { name: reply, exact: true }).click();
    await expect(scene.getByRole('heading', { level: 4 })).toBeVisible();
  }
}

/** Does what each required interaction on the page asks: opens every reveal, steps to the end, answers. */
export async function finishPage(page: CourseView, course: Course = defaultCourse()): Promise<void> {
  // A page shows its heading and first block first, the rest a frame later (PageView.svelte).
  await expect(page.getByRole('main').locator('article[aria-busy="true"]')).toHaveCount(0);
  for (const block of await shownBlocks(page, course)) {
    if (block.type !== 'roleplay' && 'prompt' in block) await answerRightly(page, block);
  }
  await playRoleplays(page, course);
  const main = page.getByRole('main');
  const closed = main.locator('button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  const nextStep = main.getByRole('button', { name: '下一步' });
  for (const stepper of await nextStep.all()) {
    while ((await stepper.getAttribute('aria-disabled')) !== 'true') await stepper.click();
  }
}

/** `except`: CSS selectors of the page left out of the scan (e.g. the harness's own panel, scanned in harness.spec.ts). */
export async function expectNoSeriousAxeViolations(page: Page, except: readonly string[] = [], only?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (only !== undefined) builder.include(only);
  for (const selector of except) builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // Polled: after a resize, lines and layout settle on the next frames.
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await expect.poll(overflow, { message: `horizontal overflow on "${await heading(page).textContent()}" at ${page.viewportSize()?.width}px` }).toBeLessThanOrEqual(0);
}
