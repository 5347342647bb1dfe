/**
 * 连线题 against its own small course (tests/fixtures/match-course), built into a temp dir and
 * served on port 4318: mouse drag, keyboard drag, click-then-click, touch, on-confirm mode.
 */
import { expect, test, type CDPSession, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { back, expectNoHorizontalScroll, expectNoSeriousAxeViolations, heading, next } from './player.ts';
import { buildCourseSite, serveFolder, type StaticSite } from './static-site.ts';

const PORT = 4318;

let site = '';
let server: StaticSite | undefined;

test.use({ baseURL: `http://127.0.0.1:${PORT}/` });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = mkdtempSync(join(tmpdir(), 'courseloom-match-'));
  buildCourseSite('tests/fixtures/match-course', site);
  server = await serveFolder(site, PORT);
});

test.afterAll(async () => {
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const ITEMS = { a: '向本月购买K5的客户赠送保养。', b: '保养时顺便为客户检查轮胎气压。', c: '为客户更换刹车片并收取费用。' };
const TARGETS = { x: '免费服务', y: '附加服务', z: '收费服务' };
const PHRASES = { p: '请您稍等片刻。', q: '感谢您的耐心。', r: '这不归我管。' };
const KINDS = { u: '礼貌用语', v: '服务禁语' };

const button = (page: Page, name: string) => page.getByRole('main').getByRole('button', { name, exact: true });
const confirmButton = (page: Page) => button(page, '确认');
const line = (page: Page, pair: string) => page.locator(`[data-line="${pair}"]`);
const linesOf = (page: Page, item: string) => page.locator(`[data-line^="${item}->"]`);
const announcement = (page: Page) => page.locator('.match [aria-live="polite"]');
const result = (page: Page) => page.getByRole('status').filter({ hasText: '回答' });

/** Dragging joins a 连线题 once its code (a chunk of its own) has arrived. */
async function dragReady(page: Page): Promise<void> {
  await expect(page.locator('.match').first()).toBeVisible();
  await expect(page.locator('.match:not([data-drag="ready"])')).toHaveCount(0);
}

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(heading(page)).toHaveText('服务种类连线');
  await expect(button(page, ITEMS.a)).toBeVisible();
  await dragReady(page);
}

/** A held finger (CDP touch) moved in 10 steps from `from` to `to`, then lifted. */
async function moveTouchAndLift(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  for (let i = 1; i <= 10; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await center(from);
  const b = await center(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 12, a.y + 4, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await page.mouse.up();
}

async function clickPair(page: Page, item: string, target: string): Promise<void> {
  await button(page, item).click();
  await expect(button(page, item)).toHaveAttribute('aria-pressed', 'true');
  await button(page, target).click();
}

/** Answers page 1 rightly by click-then-click and goes on to page 2. */
async function toOnConfirmPage(page: Page): Promise<void> {
  await open(page);
  await clickPair(page, ITEMS.a, TARGETS.x);
  await clickPair(page, ITEMS.b, TARGETS.y);
  await clickPair(page, ITEMS.c, TARGETS.z);
  await confirmButton(page).click();
  await next(page).click();
  await expect(heading(page)).toHaveText('礼貌用语连线');
  await dragReady(page);
}

test('mouse: a right drop draws a line, a wrong drop draws none and counts; 确认 waits for all', async ({ page }) => {
  await open(page);
  await expect(confirmButton(page)).toBeDisabled();
  await mouseDrag(page, button(page, ITEMS.a), button(page, TARGETS.y));
  await expect(announcement(page)).toHaveText(`${ITEMS.a} 与 ${TARGETS.y} 不匹配，请再试`);
  await expect(linesOf(page, 'a')).toHaveCount(0);
  await mouseDrag(page, button(page, ITEMS.a), button(page, TARGETS.x));
  await expect(line(page, 'a->x')).toHaveCount(1);
  await expect(announcement(page)).toHaveText(`已放到 ${TARGETS.x}`);
  await expect(confirmButton(page)).toBeDisabled();
  await mouseDrag(page, button(page, ITEMS.b), button(page, TARGETS.y));
  await mouseDrag(page, button(page, ITEMS.c), button(page, TARGETS.z));
  await expect(line(page, 'b->y')).toHaveCount(1);
  await expect(line(page, 'c->z')).toHaveCount(1);
  await expect(confirmButton(page)).toBeEnabled();
  await confirmButton(page).click();
  // a was first dropped on a wrong answer: it earns nothing.
  await expect(result(page)).toContainText('回答不完全正确。');
  await expect(result(page)).toContainText('本题得分 67%');
});

test('keyboard only: Space picks up, arrows choose the answer, Space drops, Esc cancels', async ({ page }) => {
  await open(page);
  await button(page, ITEMS.a).focus();
  await page.keyboard.press('Space');
  await expect(announcement(page)).toHaveText(`已拿起 ${ITEMS.a}`);
  await page.keyboard.press('ArrowRight');
  await expect(announcement(page)).toHaveText(TARGETS.x);
  await page.keyboard.press('Space');
  await expect(line(page, 'a->x')).toHaveCount(1);

  await button(page, ITEMS.b).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(announcement(page)).toHaveText(`已取消，${ITEMS.b} 回到原处`);
  await expect(linesOf(page, 'b')).toHaveCount(0);
  await button(page, ITEMS.b).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(announcement(page)).toHaveText(TARGETS.y);
  await page.keyboard.press('Space');
  await expect(line(page, 'b->y')).toHaveCount(1);

  await button(page, ITEMS.c).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp'); // from nowhere, ↑ goes to the last answer
  await expect(announcement(page)).toHaveText(TARGETS.z);
  await page.keyboard.press('Space');
  await expect(line(page, 'c->z')).toHaveCount(1);
  await expect(button(page, ITEMS.c)).toHaveAttribute('aria-pressed', 'false');

  await confirmButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(result(page)).toContainText('回答正确！');
});

test('click then click pairs without dragging; the page with lines passes axe', async ({ page }) => {
  await open(page);
  await clickPair(page, ITEMS.b, TARGETS.x);
  await expect(linesOf(page, 'b')).toHaveCount(0);
  // The wrong pair flashes briefly, then vanishes.
  await expect(page.locator('[data-flash="b->x"]')).toHaveCount(0);
  await expect(button(page, ITEMS.b)).toHaveAttribute('aria-pressed', 'false');
  await clickPair(page, ITEMS.a, TARGETS.x);
  await clickPair(page, ITEMS.b, TARGETS.y);
  await expect(line(page, 'a->x')).toHaveCount(1);
  await expect(line(page, 'b->y')).toHaveCount(1);
  await expect(page.locator('.match-lines')).toHaveAttribute('aria-hidden', 'true');
  await expectNoSeriousAxeViolations(page);
  await clickPair(page, ITEMS.c, TARGETS.z);
  await confirmButton(page).click();
  await expect(result(page)).toContainText('本题得分 67%');
  // Answered: the statements stay where they are.
  await expect(button(page, ITEMS.a)).toHaveAttribute('aria-disabled', 'true');
});

test('a slow click with the mouse still selects a statement (a held press is not a drag)', async ({ page }) => {
  await open(page);
  const a = await center(button(page, ITEMS.a));
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.waitForTimeout(500);
  await page.mouse.up();
  await expect(button(page, ITEMS.a)).toHaveAttribute('aria-pressed', 'true');
  await button(page, TARGETS.x).click();
  await expect(line(page, 'a->x')).toHaveCount(1);
});

test('on-confirm: every pair is drawn, judged at 确认; retry clears; answers shown again on return', async ({ page }) => {
  await toOnConfirmPage(page);
  await clickPair(page, PHRASES.p, KINDS.v);
  await clickPair(page, PHRASES.q, KINDS.u);
  await clickPair(page, PHRASES.r, KINDS.u);
  await expect(line(page, 'p->v')).toHaveCount(1);
  await expect(line(page, 'r->u')).toHaveCount(1);
  await expect(line(page, 'q->u')).toHaveCount(1);
  await expect(button(page, KINDS.u)).toHaveAccessibleDescription('已连 2 项');
  await expect(page.getByRole('status').filter({ hasText: '回答' })).toHaveCount(0);
  // A pair can be changed by placing again, or removed.
  await mouseDrag(page, button(page, PHRASES.p), button(page, KINDS.u));
  await expect(line(page, 'p->u')).toHaveCount(1);
  await expect(linesOf(page, 'p')).toHaveCount(1);
  await button(page, `取消连线：${PHRASES.r}`).click();
  await expect(linesOf(page, 'r')).toHaveCount(0);
  await expect(confirmButton(page)).toBeDisabled();
  await clickPair(page, PHRASES.r, KINDS.u);
  await confirmButton(page).click();
  await expect(result(page)).toContainText('回答不完全正确。');
  await expect(page.locator('[data-line="r->u"].wrong')).toHaveCount(1);
  await expect(page.locator('[data-line="p->u"].right')).toHaveCount(1);

  await button(page, '再试一次').click();
  await expect(page.locator('[data-line]')).toHaveCount(0);
  await expect(confirmButton(page)).toBeDisabled();
  await clickPair(page, PHRASES.p, KINDS.u);
  await clickPair(page, PHRASES.q, KINDS.u);
  await clickPair(page, PHRASES.r, KINDS.v);
  await confirmButton(page).click();
  await expect(result(page)).toContainText('回答正确！');

  await back(page).click();
  await expect(heading(page)).toHaveText('服务种类连线');
  await expect(line(page, 'a->x')).toHaveCount(1);
  await expect(button(page, ITEMS.a)).toHaveAttribute('aria-disabled', 'true');
  await next(page).click();
  await expect(line(page, 'r->v')).toHaveCount(1);
  await expect(page.locator('[data-line]')).toHaveCount(3);
});

test.describe('touch, phone width', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('tap then tap pairs; a touch drag pairs too; lines stay inside the page', async ({ page }) => {
    await open(page);
    await button(page, ITEMS.a).tap();
    await expect(button(page, ITEMS.a)).toHaveAttribute('aria-pressed', 'true');
    await button(page, TARGETS.x).tap();
    await expect(line(page, 'a->x')).toHaveCount(1);
    await expect(button(page, ITEMS.a)).toHaveCSS('touch-action', 'none');

    // A touch drag through CDP: hold until the statement is picked up (dnd-kit waits 250 ms on
    // touch; a busy device may take longer, and moving sooner scrolls instead), then move.
    const cdp = await page.context().newCDPSession(page);
    const from = await center(button(page, ITEMS.b));
    const to = await center(button(page, TARGETS.y));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    await expect(announcement(page)).toHaveText(`已拿起 ${ITEMS.b}`);
    await moveTouchAndLift(cdp, from, to);
    await expect(line(page, 'b->y')).toHaveCount(1);

    await button(page, ITEMS.c).tap();
    await button(page, TARGETS.z).tap();
    await expect(line(page, 'c->z')).toHaveCount(1);
    await expectNoHorizontalScroll(page);
    await confirmButton(page).tap();
    await expect(result(page)).toContainText('回答正确！');
  });

  test('a touch hold right after a tap drags the statement held, not the one tapped', async ({ page }) => {
    await open(page);
    const cdp = await page.context().newCDPSession(page);
    const from = await center(button(page, ITEMS.b));
    const to = await center(button(page, TARGETS.y));
    // Well within the 250 ms hold of the tap: dnd-kit 0.3.2 left the tap's timer running.
    await button(page, ITEMS.a).tap();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    await expect(announcement(page)).toHaveText(`已拿起 ${ITEMS.b}`);
    await moveTouchAndLift(cdp, from, to);
    await expect(line(page, 'b->y')).toHaveCount(1);
    await expect(page.locator('[data-line]')).toHaveCount(1);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a wrong pair shows no line at all, not even briefly', async ({ page }) => {
    await open(page);
    await clickPair(page, ITEMS.c, TARGETS.x);
    await expect(announcement(page)).toHaveText(`${ITEMS.c} 与 ${TARGETS.x} 不匹配，请再试`);
    await expect(page.locator('.match-lines path')).toHaveCount(0);
    await clickPair(page, ITEMS.c, TARGETS.z);
    await expect(line(page, 'c->z')).toHaveCount(1);
  });
});
