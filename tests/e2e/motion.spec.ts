import { expect, test, type Page } from '@playwright/test';
import { advanceTo, defaultCourse, openCourse } from './player.ts';

/**
 * The opacity of a freshly revealed panel right after the click, before the next frame (a busy
 * machine's frame can outlast the whole tween): below 1 while a tween runs.
 */
async function opacityRightAfterReveal(page: Page): Promise<number> {
  await openCourse(page);
  await page.waitForLoadState('networkidle');
  await advanceTo(page, defaultCourse(), 'what-is-service');
  const main = page.getByRole('main');
  const trigger = main.locator('button[aria-expanded="false"]').first();
  const panelId = await trigger.getAttribute('aria-controls');
  return trigger.evaluate(async (button, id) => {
    (button as HTMLButtonElement).click();
    // Svelte renders the panel in a microtask; the tween sets its start values as it is created.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const panel = document.getElementById(String(id))?.firstElementChild;
    return panel ? Number(getComputedStyle(panel).opacity) : -1;
  }, panelId);
}

test('with reduced motion, revealed content appears at once: no tween runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await opacityRightAfterReveal(page)).toBe(1);
});

test('without reduced motion, revealed content fades in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await opacityRightAfterReveal(page)).toBeLessThan(1);
});
