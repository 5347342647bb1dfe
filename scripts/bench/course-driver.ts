/**
 * Drives the player inside the course frame the way a learner does, by role and accessible name:
 * finishes what a page requires and moves on. Used to reach pages, not measured itself.
 */
import type { Frame, Locator } from '@playwright/test';
import { isMultipleChoice, rightResponse } from '../../src/engine/questions/evaluate.ts';
import { replay } from '../../src/engine/roleplay/conversation.ts';
import type { Block, Course, MatchBlock, Page, RoleplayBlock } from '../../src/model/schema.ts';
import { translator } from '../../src/player/i18n.ts';
import { messagesFor } from '../../src/player/messages/index.ts';

export interface PlayerNames {
  readonly next: string;
  readonly back: string;
  readonly menu: string;
  readonly confirm: string;
  readonly nextStep: string;
  readonly close: string;
  readonly yes: string;
  readonly no: string;
}

export function playerNames(course: Course): PlayerNames {
  const t = translator(messagesFor(course.language));
  return { next: t('next'), back: t('back'), menu: t('menu'), confirm: t('confirm'), nextStep: t('nextStep'), close: t('close'), yes: t('true'), no: t('false') };
}

/** The page heading (PageView.svelte: `<main>` → `<article>` → `<h2 id="page-title">`). */
export const HEADING = 'main h2';

export function button(frame: Frame, name: string): Locator {
  return frame.getByRole('button', { name, exact: true });
}

export function mainButton(frame: Frame, name: string): Locator {
  return frame.getByRole('main').getByRole('button', { name, exact: true });
}

export async function headingText(frame: Frame): Promise<string> {
  return (await frame.locator(HEADING).first().textContent({ timeout: 30_000 })) ?? '';
}

/** The shown page, found by its title. */
export async function shownPage(frame: Frame, course: Course): Promise<{ page: Page; index: number } | undefined> {
  const title = await headingText(frame);
  const index = course.pages.findIndex((p) => p.title === title);
  const page = course.pages[index];
  return page ? { page, index } : undefined;
}

export async function waitForHeadingChange(frame: Frame, from: string, timeoutMs = 30_000): Promise<void> {
  await frame.waitForFunction(
    ({ selector, old }) => {
      const text = document.querySelector(selector)?.textContent;
      return text !== undefined && text !== null && text !== old;
    },
    { selector: HEADING, old: from },
    { timeout: timeoutMs },
  );
}

/** A question's own section (QuestionFrame.svelte labels it by its prompt). */
function questionSection(frame: Frame, blockId: string): Locator {
  return frame.locator(`section[aria-labelledby="${blockId}-prompt"]`);
}

/** Answers a 连线题 rightly with the click-then-click alternative and confirms it. */
export async function answerMatch(frame: Frame, block: MatchBlock, names: PlayerNames): Promise<void> {
  const confirm = questionSection(frame, block.id).getByRole('button', { name: names.confirm, exact: true });
  if ((await confirm.count()) === 0) return;
  for (const item of block.items) {
    const target = block.targets.find((t) => t.id === item.target);
    if (!target) continue;
    await mainButton(frame, item.text).click();
    await mainButton(frame, target.text).click();
  }
  await confirm.click();
}

/** Plays a role-play along its best path, as far as it is not played yet. */
async function playRoleplay(frame: Frame, block: RoleplayBlock): Promise<void> {
  const right = rightResponse(block);
  const path = right.type === 'roleplay' ? right.path : [];
  const scene = frame.locator(`section[aria-labelledby="${block.id}-title"]`);
  for (const decision of replay(block, path)?.decisions ?? []) {
    const reply = scene.getByRole('button', { name: decision.choice.text, exact: true });
    await reply.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
    if ((await reply.count()) === 0) return;
    await reply.click();
  }
}

/** Answers a question rightly (the bench only needs it answered) and confirms it. */
async function answerQuestion(frame: Frame, block: Block, names: PlayerNames): Promise<void> {
  if (block.type === 'match') return answerMatch(frame, block, names);
  if (block.type === 'roleplay') return playRoleplay(frame, block);
  if (block.type !== 'choice' && block.type !== 'true-false' && block.type !== 'sort' && block.type !== 'order') return;
  const section = questionSection(frame, block.id);
  const confirm = section.getByRole('button', { name: names.confirm, exact: true });
  if ((await confirm.count()) === 0) return;
  if (block.type === 'choice') {
    const role = isMultipleChoice(block) ? 'checkbox' : 'radio';
    const right = block.options.filter((o) => o.correct);
    for (const option of right.length > 0 ? right : block.options.slice(0, 1)) {
      await section.getByRole(role, { name: option.text, exact: true }).check();
    }
  } else if (block.type === 'true-false') {
    await section.getByRole('radio', { name: block.answer ? names.yes : names.no, exact: true }).check();
  } else if (block.type === 'sort') {
    for (const item of block.items) {
      const category = block.categories.find((c) => c.id === item.category) ?? block.categories[0];
      if (!category) continue;
      await section.getByRole('radiogroup', { name: item.text, exact: true }).getByRole('radio', { name: category.text, exact: true }).check();
    }
  }
  if (await confirm.isEnabled()) await confirm.click();
}

/**
 * Does what the page's interactions ask: answers its questions (rightly), plays its role-plays,
 * opens every reveal, steps every stepper to its end, opens and closes required popups.
 */
export async function finishPage(frame: Frame, page: Page, names: PlayerNames): Promise<void> {
  const main = frame.getByRole('main');
  // A page shows its heading and first block first, the rest a frame later (PageView.svelte).
  await main.locator('article[aria-busy="true"]').waitFor({ state: 'detached' });
  for (const block of page.blocks) {
    await answerQuestion(frame, block, names);
    if (block.type === 'popup' && block.required) {
      await mainButton(frame, block.trigger).click();
      await frame.getByRole('dialog').getByRole('button', { name: names.close }).click();
    }
  }
  const closed = main.locator('button[aria-expanded="false"]');
  for (let guard = 0; guard < 200 && (await closed.count()) > 0; guard++) await closed.first().click();
  for (const stepper of await main.getByRole('button', { name: names.nextStep, exact: true }).all()) {
    for (let guard = 0; guard < 100 && (await stepper.getAttribute('aria-disabled')) !== 'true'; guard++) {
      await stepper.click();
    }
  }
}

/** Whether 下一页 is enabled now. */
export async function canGoNext(frame: Frame, names: PlayerNames): Promise<boolean> {
  const next = button(frame, names.next);
  return (await next.count()) > 0 && (await next.isEnabled());
}

/** From the shown page on, finishes each page and presses 下一页 until page `target` is shown. */
export async function advanceTo(frame: Frame, course: Course, names: PlayerNames, target: number): Promise<void> {
  for (let guard = 0; guard <= course.pages.length; guard++) {
    const shown = await shownPage(frame, course);
    if (!shown) throw new Error('the shown page has an unknown title');
    if (shown.index >= target) return;
    await finishPage(frame, shown.page, names);
    if (!(await canGoNext(frame, names))) throw new Error(`page "${shown.page.id}" stays locked after finishing what the bench can finish`);
    const title = await headingText(frame);
    await button(frame, names.next).click();
    await waitForHeadingChange(frame, title);
  }
  throw new Error(`page ${target + 1} was never reached`);
}
