/**
 * The question types (choice, true/false, order, sort) and the results page, driven by keyboard
 * on a small fixture course built on its own and served from a temporary folder.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shuffle } from '../../src/engine/questions/shuffle.ts';
import { expectNoSeriousAxeViolations, heading, next, back } from './player.ts';
import { buildCourseSite, serveFolder, type StaticSite } from './static-site.ts';

const STEPS = ['倾听顾客', '表示歉意', '提出解决方案', '跟进回访'];
const SHUFFLED = shuffle(STEPS, 'complaint-steps');

let site = '';
let server: StaticSite | undefined;
let origin = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = mkdtempSync(join(tmpdir(), 'courseloom-quiz-'));
  buildCourseSite('tests/fixtures/quiz-course', site);
  server = await serveFolder(site);
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function open(page: Page): Promise<void> {
  await page.goto(`${origin}/index.html`);
  await expect(heading(page)).toHaveText('选择与判断');
}

/** A question, found by its prompt. */
const question = (page: Page, prompt: string) => page.getByRole('main').getByRole('region', { name: prompt });
const confirmOf = (q: Locator) => q.getByRole('button', { name: '确认', exact: true });

/** Page 1 with the mouse: the single choice right, the multiple choice half wrong, true/false wrong. */
async function answerChoicesPage(page: Page): Promise<void> {
  const single = question(page, '首先应该做什么');
  await single.getByText('主动问候顾客').click();
  await confirmOf(single).click();
  const multiple = question(page, '哪些属于顾客的期望');
  await multiple.getByText('按时交车').click();
  await multiple.getByText('推销额外项目').click();
  await confirmOf(multiple).click();
  const tf = question(page, '顾客投诉是改进服务的机会');
  await tf.getByText('错', { exact: true }).click();
  await confirmOf(tf).click();
  await next(page).click();
  await expect(heading(page)).toHaveText('排序与分类');
}

/** Page 2 with the mouse: the order wrong once, then right after 再试一次; the sort right. */
async function answerOrderingPage(page: Page): Promise<void> {
  const order = question(page, '处理投诉的步骤');
  await confirmOf(order).click();
  await order.getByRole('button', { name: '再试一次' }).click();
  for (const [target, text] of STEPS.entries()) {
    const up = order.getByRole('button', { name: `上移：${text}` });
    const from = (await order.getByRole('listitem').allTextContents()).findIndex((t) => t.includes(text));
    for (let i = from; i > target; i--) await up.click();
  }
  await confirmOf(order).click();
  await expect(order.getByText('回答正确！')).toBeVisible();
  const sort = question(page, '把每项需求归入正确的类别');
  const placements: [string, string][] = [['合理的价格', '理性需求'], ['受到尊重', '感性需求'], ['维修质量', '理性需求'], ['被关心', '感性需求']];
  for (const [item, category] of placements) {
    await sort.getByRole('radiogroup', { name: item }).getByText(category).click();
  }
  await confirmOf(sort).click();
  await next(page).click();
  await expect(heading(page)).toHaveText('测验结果');
}

test('choice and true/false questions by keyboard: 确认 waits for an answer, results and per-option feedback, 下一页 waits for all', async ({ page }) => {
  // Feedback appears without motion when the learner asks for less.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await expect(next(page)).toBeDisabled();

  const single = question(page, '首先应该做什么');
  await expect(single.getByRole('radiogroup', { name: '首先应该做什么' })).toBeVisible();
  await expect(confirmOf(single)).toBeDisabled();
  await single.getByRole('radio', { name: '主动问候顾客' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(single.getByRole('radio', { name: '直接报价' })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(single.getByRole('radio', { name: '主动问候顾客' })).toBeChecked();
  await expect(confirmOf(single)).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(confirmOf(single)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(single.getByText('回答正确！')).toBeVisible();
  const greet = single.getByRole('radio', { name: '主动问候顾客' });
  await expect(greet).toBeChecked();
  await expect(greet).toBeDisabled();
  await expect(greet).toHaveAccessibleDescription('✓ 正确 先问候，让顾客感到受欢迎。');
  await expect(next(page)).toBeDisabled();

  const multiple = question(page, '哪些属于顾客的期望');
  await expect(multiple.getByRole('group', { name: '哪些属于顾客的期望' })).toBeVisible();
  await expect(confirmOf(multiple)).toBeDisabled();
  await multiple.getByRole('checkbox', { name: '按时交车' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(multiple.getByRole('checkbox', { name: '推销额外项目' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(confirmOf(multiple)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(multiple.getByText('回答不完全正确。')).toBeVisible();
  await expect(multiple.getByText('本题得分 0%')).toBeVisible();
  await expect(multiple.getByRole('checkbox', { name: '按时交车' })).toHaveAccessibleDescription('✓ 正确');
  await expect(multiple.getByRole('checkbox', { name: '推销额外项目' })).toHaveAccessibleDescription('✗ 错误 这不是顾客的期望。');
  // The last attempt is used: the right option the learner missed is shown.
  await expect(multiple.getByRole('checkbox', { name: '清楚说明维修项目' })).toHaveAccessibleDescription('✓ 正确答案（未选）');
  await expect(multiple.getByRole('button', { name: '再试一次' })).toHaveCount(0);
  await expect(next(page)).toBeDisabled();

  const tf = question(page, '顾客投诉是改进服务的机会');
  await expect(tf.getByRole('radiogroup', { name: '顾客投诉是改进服务的机会' })).toBeVisible();
  await expect(confirmOf(tf)).toBeDisabled();
  await page.keyboard.press('Tab');
  await expect(tf.getByRole('radio', { name: '对' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(tf.getByRole('radio', { name: '错' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(tf.getByText('回答不完全正确。')).toBeVisible();
  await expect(tf.getByRole('radio', { name: '错' })).toHaveAccessibleDescription('✗ 错误');
  await expect(next(page)).toBeEnabled();
  // 再试一次 clears the answer: nothing chosen, 确认 disabled again.
  await page.keyboard.press('Tab');
  await expect(tf.getByRole('button', { name: '再试一次' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tf.getByRole('radio', { name: '错' })).not.toBeChecked();
  await expect(tf.getByRole('radio', { name: '错' })).toBeEnabled();
  await expect(confirmOf(tf)).toBeDisabled();
  await tf.getByRole('radio', { name: '对' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(tf.getByText('回答正确！')).toBeVisible();
  await expect(tf.getByRole('radio', { name: '对' })).toHaveAccessibleDescription('✓ 正确');
  await expectNoSeriousAxeViolations(page);
});

test('order by 上移/下移 with announcements and retry, sort by keyboard; 下一页 waits for both', async ({ page }) => {
  await open(page);
  await answerChoicesPage(page);
  await expect(next(page)).toBeDisabled();

  const order = question(page, '处理投诉的步骤');
  const rows = order.getByRole('list').getByRole('listitem');
  expect(SHUFFLED).not.toEqual(STEPS);
  await expect(rows).toContainText(SHUFFLED);
  await expect(confirmOf(order)).toBeEnabled();
  // 提出解决方案 is shown first; 下移 once: still wrong.
  expect(SHUFFLED[0]).toBe('提出解决方案');
  const down = order.getByRole('button', { name: '下移：提出解决方案' });
  await down.focus();
  await page.keyboard.press('Space');
  await expect(order.getByText('提出解决方案：现在是第 2 位')).toBeAttached();
  await expect(down).toBeFocused();
  await expect(rows.nth(1)).toContainText('提出解决方案');
  await confirmOf(order).focus();
  await page.keyboard.press('Enter');
  await expect(order.getByText('回答不完全正确。')).toBeVisible();
  await expect(order.getByText('本题得分 50%')).toBeVisible();
  await expect(order.getByText('还可以再作答 1 次。')).toBeVisible();
  await expect(down).toBeDisabled();
  await expect(next(page)).toBeDisabled(); // the sort is still unanswered

  // 再试一次 starts again from the shuffled order.
  await page.keyboard.press('Tab');
  await expect(order.getByRole('button', { name: '再试一次' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toContainText(SHUFFLED);
  await expect(down).toBeEnabled();
  await down.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(order.getByText('提出解决方案：现在是第 3 位')).toBeAttached();
  await expect(down).toBeFocused();
  await expect(rows).toContainText(STEPS);
  await confirmOf(order).focus();
  await page.keyboard.press('Enter');
  await expect(order.getByText('回答正确！')).toBeVisible();

  const sort = question(page, '把每项需求归入正确的类别');
  await expect(confirmOf(sort)).toBeDisabled();
  const items: [string, 'rational' | 'emotional'][] = [['合理的价格', 'rational'], ['受到尊重', 'emotional'], ['维修质量', 'rational'], ['被关心', 'emotional']];
  for (const [item, category] of items) {
    await expect(confirmOf(sort)).toBeDisabled();
    const group = sort.getByRole('radiogroup', { name: item });
    await group.getByRole('radio', { name: '理性需求' }).focus();
    // Space picks the focused first category; an arrow moves to (and picks) the second.
    await page.keyboard.press(category === 'rational' ? 'Space' : 'ArrowRight');
    await expect(group.getByRole('radio', { name: category === 'rational' ? '理性需求' : '感性需求' })).toBeChecked();
  }
  await expect(sort.getByRole('list', { name: '理性需求' }).getByRole('listitem')).toHaveText(['合理的价格', '维修质量']);
  await expect(sort.getByRole('list', { name: '感性需求' }).getByRole('listitem')).toHaveText(['受到尊重', '被关心']);
  await expect(confirmOf(sort)).toBeEnabled();
  await confirmOf(sort).focus();
  await page.keyboard.press('Enter');
  await expect(sort.getByText('回答正确！')).toBeVisible();
  await expect(sort.getByRole('radiogroup', { name: '受到尊重' }).getByRole('radio', { name: '感性需求' })).toBeDisabled();
  await expect(next(page)).toBeEnabled();
  await expectNoSeriousAxeViolations(page);
});

test('the results page lists every scored question with both answers, updates live, and answered questions show their answer on return', async ({ page }) => {
  await open(page);
  await answerChoicesPage(page);
  await answerOrderingPage(page);

  await expect(page.getByText('总成绩：50%')).toBeVisible();
  await expect(page.getByText('未通过（及格线 60%）')).toBeVisible();
  const table = page.getByRole('table', { name: '各题结果' });
  await expect(table.getByRole('columnheader')).toHaveText(['题目', '您的答案', '正确答案', '得分']);
  const expected: [string, string, string, string][] = [
    ['顾客进店后，服务顾问首先应该做什么？', '主动问候顾客', '主动问候顾客', '100%'],
    ['以下哪些属于顾客的期望？（多选）', '按时交车、推销额外项目', '按时交车、清楚说明维修项目', '0%'],
    ['顾客投诉是改进服务的机会。', '错', '对', '0%'],
    ['请按正确顺序排列处理投诉的步骤。', '1. 倾听顾客 → 2. 表示歉意 → 3. 提出解决方案 → 4. 跟进回访', '1. 倾听顾客 → 2. 表示歉意 → 3. 提出解决方案 → 4. 跟进回访', '100%'],
    ['把每项需求归入正确的类别。', '合理的价格 → 理性需求；受到尊重 → 感性需求；维修质量 → 理性需求；被关心 → 感性需求', '合理的价格 → 理性需求；受到尊重 → 感性需求；维修质量 → 理性需求；被关心 → 感性需求', '100%'],
    ['回访可以了解顾客是否满意。', '未作答', '对', '0%'],
  ];
  const body = table.locator('tbody').getByRole('row');
  await expect(body).toHaveCount(expected.length);
  for (const [i, [prompt, answer, right, score]] of expected.entries()) {
    await expect(body.nth(i).getByRole('rowheader')).toHaveText(prompt);
    await expect(body.nth(i).getByRole('cell')).toHaveText([answer, right, score]);
  }

  // Answering the optional question on this page updates the table and the score at once.
  const bonus = question(page, '回访可以了解顾客是否满意');
  await bonus.getByRole('radio', { name: '对' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(bonus.getByText('回答正确！')).toBeVisible();
  await expect(body.nth(5).getByRole('cell')).toHaveText(['对', '对', '100%']);
  await expect(page.getByText('总成绩：67%')).toBeVisible();
  await expect(page.getByText('已通过（及格线 60%）')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Back on answered pages, the stored answers are shown, read-only.
  await back(page).click();
  await expect(heading(page)).toHaveText('排序与分类');
  const order = question(page, '处理投诉的步骤');
  await expect(order.getByRole('listitem')).toContainText(STEPS);
  await expect(order.getByRole('button', { name: '上移：表示歉意' })).toBeDisabled();
  await expect(order.getByText('回答正确！')).toBeVisible();
  const sort = question(page, '把每项需求归入正确的类别');
  await expect(sort.getByRole('radiogroup', { name: '被关心' }).getByRole('radio', { name: '感性需求' })).toBeChecked();
  await back(page).click();
  await expect(heading(page)).toHaveText('选择与判断');
  const multiple = question(page, '哪些属于顾客的期望');
  await expect(multiple.getByRole('checkbox', { name: '推销额外项目' })).toBeChecked();
  await expect(multiple.getByRole('checkbox', { name: '清楚说明维修项目' })).not.toBeChecked();
  await expect(question(page, '顾客投诉是改进服务的机会').getByRole('radio', { name: '错' })).toBeChecked();
  await expect(question(page, '顾客投诉是改进服务的机会').getByRole('radio', { name: '错' })).toBeDisabled();
});
