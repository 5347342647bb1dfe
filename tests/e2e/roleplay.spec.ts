/**
 * FM-1-B2's page 12, 角色扮演练习, inside the local LMS (SCORM 2004): the best path played by
 * keyboard alone, a poor path and 再练一次, and a conversation resumed mid-way after the LMS
 * session ended. Each decision must reach the LMS as an interaction.
 */
import { expect, test, type FrameLocator, type Locator } from '@playwright/test';
import { replay } from '../../src/engine/roleplay/conversation.ts';
import type { RoleplayBlock } from '../../src/model/schema.ts';
import { closeAndReopen, cmiValue, courseFrame, openHarness } from './harness.ts';
import { advanceTo, bestReplies, defaultCourse, expectOnPage, next } from './player.ts';

const course = defaultCourse();
const roleplays = course.pages.flatMap((p) => p.blocks).filter((b): b is RoleplayBlock => b.type === 'roleplay');

function roleplay(id: string): RoleplayBlock {
  const block = roleplays.find((b) => b.id === id);
  if (!block) throw new Error(`no role-play ${id}`);
  return block;
}

/** The replies a careless advisor gives: the one with the fewest points at every decision. */
function poorReplies(block: RoleplayBlock): string[] {
  const path: number[] = [];
  for (;;) {
    const conversation = replay(block, path);
    if (!conversation || conversation.outcome !== undefined) return conversation?.decisions.map((d) => d.choice.text) ?? [];
    const choices = conversation.at.choices ?? [];
    const worst = Math.min(...choices.map((c) => c.points));
    path.push(choices.findIndex((c) => c.points === worst));
  }
}

const scene = (frame: FrameLocator, block: RoleplayBlock) => frame.getByRole('region', { name: block.title });
const lines = (place: Locator) => place.getByRole('list', { name: '对话' }).getByRole('listitem');
const mood = (place: Locator) => place.getByRole('meter', { name: 'P先生的情绪' });

/** Presses Tab until the control has focus, as a keyboard user moves through the page. */
async function tabTo(frame: FrameLocator, control: Locator): Promise<void> {
  const page = control.page();
  for (let i = 0; i < 30; i++) {
    if (await control.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()} in ${frame.toString()}`);
}

test('role-plays: best path by keyboard, a poor path and 再练一次, a resume mid-way, every decision sent to the LMS', async ({ page }) => {
  test.setTimeout(150_000);
  await openHarness(page, '2004');
  const frame = courseFrame(page);
  await advanceTo(frame, course, 'roleplay-practice');
  await expect(next(frame)).toBeDisabled();

  // 极为生气: the best reply at every step, by keyboard alone.
  const angry = roleplay('rp-angry');
  const angryScene = scene(frame, angry);
  await expect(mood(angryScene)).toHaveAttribute('aria-valuetext', '非常愤怒');
  const steps = angryScene.getByRole('list', { name: '应对步骤' }).getByRole('listitem');
  await expect(steps.first()).toHaveAttribute('aria-current', 'step');
  const replies = bestReplies(angry);
  for (const [i, reply] of replies.entries()) {
    await tabTo(frame, angryScene.getByRole('button', { name: reply, exact: true }));
    await page.keyboard.press('Enter');
    await expect(lines(angryScene).filter({ hasText: reply })).toHaveCount(1);
    // The customer's answer takes focus, so a screen reader reads it next; the ending does at the end.
    if (i < replies.length - 1) await expect(lines(angryScene).last()).toBeFocused();
  }
  await expect(steps.last()).not.toHaveAttribute('aria-current', 'step');
  const ending = angryScene.getByRole('heading', { level: 4 });
  await expect(ending).toHaveText('圆满解决：顾客满意');
  await expect(mood(angryScene)).toHaveAttribute('aria-valuetext', '满意');
  await expect(angryScene.getByText('本次得分 8 / 8')).toBeVisible();
  await expect(angryScene.getByRole('region', { name: '应对策略' })).toContainText('负责人');
  const debrief = angryScene.locator('.roleplay-debrief > li');
  await expect(debrief).toHaveCount(replies.length);
  for (const item of await debrief.all()) await expect(item).toContainText('✓ 最佳应对');
  await expect(next(frame)).toBeDisabled();

  // 按照合理逻辑: the poorest replies, then 再练一次 from the start.
  const logical = roleplay('rp-logical');
  const logicalScene = scene(frame, logical);
  for (const reply of poorReplies(logical)) await logicalScene.getByRole('button', { name: reply, exact: true }).click();
  await expect(logicalScene.getByRole('heading', { level: 4 })).toHaveText('处理失败：顾客更加不满');
  await expect(logicalScene.locator('.roleplay-debrief > li').first()).toContainText('✗ 不妥');
  await logicalScene.getByRole('button', { name: '再练一次' }).click();
  await expect(lines(logicalScene)).toHaveCount(1);
  await expect(lines(logicalScene).first()).toBeFocused();
  await expect(mood(logicalScene)).toHaveAttribute('aria-valuetext', '不满');
  for (const reply of bestReplies(logical)) await logicalScene.getByRole('button', { name: reply, exact: true }).click();
  await expect(logicalScene.getByRole('heading', { level: 4 })).toHaveText('圆满解决：顾客满意');

  // 冷嘲热讽: two replies, then the LMS session ends; the conversation resumes where it stood.
  const sarcastic = roleplay('rp-sarcastic');
  const sarcasticScene = scene(frame, sarcastic);
  const sarcasticReplies = bestReplies(sarcastic);
  for (const reply of sarcasticReplies.slice(0, 2)) await sarcasticScene.getByRole('button', { name: reply, exact: true }).click();
  const moodBefore = await mood(sarcasticScene).getAttribute('aria-valuetext');
  const linesBefore = await lines(sarcasticScene).count();
  await closeAndReopen(page);
  await frame.getByRole('dialog', { name: '欢迎回来' }).getByRole('button', { name: '继续' }).click();
  await expectOnPage(frame, course, 'roleplay-practice');
  await expect(lines(sarcasticScene)).toHaveCount(linesBefore);
  await expect(mood(sarcasticScene)).toHaveAttribute('aria-valuetext', moodBefore ?? '');
  await expect(scene(frame, angry).getByRole('heading', { level: 4 })).toHaveText('圆满解决：顾客满意');
  for (const reply of sarcasticReplies.slice(2)) await sarcasticScene.getByRole('button', { name: reply, exact: true }).click();
  await expect(sarcasticScene.getByRole('heading', { level: 4 })).toHaveText('圆满解决：顾客满意');
  await expect(next(frame)).toBeEnabled();

  // The LMS journal: the two quizzes first, then each decision in the order it was made.
  const first = 2;
  expect(await cmiValue(page, `cmi.interactions.${first}.id`)).toBe(`rp-angry-${angry.start}`);
  expect(await cmiValue(page, `cmi.interactions.${first}.type`)).toBe('choice');
  expect(await cmiValue(page, `cmi.interactions.${first}.result`)).toBe('correct');
  const poorFirst = first + replies.length;
  expect(await cmiValue(page, `cmi.interactions.${poorFirst}.id`)).toBe(`rp-logical-${logical.start}`);
  expect(await cmiValue(page, `cmi.interactions.${poorFirst}.result`)).toBe('incorrect');
  expect(await cmiValue(page, `cmi.interactions.${poorFirst}.correct_responses.0.pattern`)).toMatch(/^[a-d](\[,\][a-d])*$/);
  // Last try counts in this course: the replayed role-play scores in full.
  await expect.poll(() => cmiValue(page, 'cmi.score.raw')).toBe('100');
});
