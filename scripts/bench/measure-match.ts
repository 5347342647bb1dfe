/**
 * 连线题 at CPU 4x: the time from a drop to its line `[data-line="<item>-><target>"]` painted,
 * by click-then-click (click a statement, then its answer: timed from the answer's click) and by
 * a real mouse drag (timed from the pointerup that drops it, aimed at the right answer); and the
 * long tasks (> 50 ms) seen
 * from the mouse press to the line painted. Each round reloads the host page, which gives a fresh
 * scorm-again API and so a fresh learner, and answers every statement of the first 连线题 rightly.
 */
import type { Browser, Frame, Page } from '@playwright/test';
import type { Course, MatchBlock } from '../../src/model/schema.ts';
import { courseFrame, CPU4X, openCoursePage, VIEWPORT } from './browser.ts';
import { advanceTo, mainButton, type PlayerNames } from './course-driver.ts';
import type { LongTaskEntry, PaintSample } from './probe.ts';
import { HOST_PATH } from './serve-package.ts';
import { eventDurations, eventTimings, frameNow, longTasks, timeToPaint, timeToPaintIfAny } from './time-to-paint.ts';

export interface MatchTimings {
  readonly pageId: string;
  /** ms from the answer's click to the line painted. */
  readonly click: readonly number[];
  readonly clickEventTiming: readonly number[];
  /**
   * ms from the drop's pointerup to its line painted: the answer's line, or, for a drop that
   * landed on another answer than the one aimed at, the brief line of the wrong pair.
   */
  readonly drag: readonly number[];
  /** Every mouse drag made (each aimed at the right answer). */
  readonly drags: number;
  /** Drops that did not land on the answer aimed at, as "item->target landed on …". */
  readonly dragMisses: readonly string[];
  /** Per drag: the long tasks from the mouse press to the line painted. */
  readonly dragLongTasks: readonly (readonly LongTaskEntry[])[];
}

const SETTLE_MS = 400;
/** A drop outside every answer paints nothing: stop waiting after this many frames. */
const DROP_FRAMES = 120;

export function firstMatch(course: Course): { pageIndex: number; block: MatchBlock } | undefined {
  for (const [pageIndex, page] of course.pages.entries()) {
    const block = page.blocks.find((b): b is MatchBlock => b.type === 'match');
    if (block) return { pageIndex, block };
  }
  return undefined;
}

/** The centre of a button in viewport coordinates; it must be inside the viewport to be dragged. */
async function center(frame: Frame, name: string): Promise<{ x: number; y: number }> {
  const box = await mainButton(frame, name).boundingBox();
  if (!box) throw new Error(`"${name}" is not visible`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (point.x < 0 || point.y < 0 || point.x > VIEWPORT.width || point.y > VIEWPORT.height) {
    throw new Error(`"${name}" lies outside the ${VIEWPORT.width}×${VIEWPORT.height} viewport, even with its 连线题 scrolled to the middle`);
  }
  return point;
}

/** The mouse drag of tests/e2e/match.spec.ts: press, a small move to start the drag, then across. */
async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

export async function measureMatch(
  browser: Browser,
  origin: string,
  coursePath: string,
  course: Course,
  names: PlayerNames,
  minSamples: number,
): Promise<MatchTimings | undefined> {
  const found = firstMatch(course);
  if (!found) return undefined;
  const { block, pageIndex } = found;
  const pairs = block.items.flatMap((item) => {
    const target = block.targets.find((t) => t.id === item.target);
    return target ? [{ item, target, line: `[data-line="${item.id}->${target.id}"]` }] : [];
  });
  if (pairs.length === 0) return undefined;
  const view = await openCoursePage(browser, {
    profile: CPU4X,
    cacheDisabled: false,
    probe: { coursePath, menuName: names.menu, nextName: names.next },
  });
  const { page, signals } = view;
  const freshRound = async (): Promise<Frame> => {
    await page.goto(`${origin}${HOST_PATH}`, { waitUntil: 'commit' });
    await signals.next('heading', 60_000);
    const frame = await courseFrame(page, coursePath);
    await advanceTo(frame, course, names, pageIndex);
    await mainButton(frame, pairs[0]?.item.text ?? '').waitFor({ state: 'visible' });
    // Dragging joins once its chunk has arrived (see src/player/blocks/match-drag-loader.ts).
    await frame.locator('.match[data-drag="ready"]').first().waitFor();
    await page.waitForTimeout(SETTLE_MS);
    return frame;
  };
  try {
    const click: PaintSample[] = [];
    let clickEvents: number[] = [];
    while (click.length < minSamples) {
      const frame = await freshRound();
      const round: PaintSample[] = [];
      for (const { item, target, line } of pairs) {
        await mainButton(frame, item.text).click();
        await frame.locator(`[data-item="${item.id}"][aria-pressed="true"]`).waitFor();
        round.push(await timeToPaint(frame, 'click', { selector: line }, () => mainButton(frame, target.text).click()));
        await page.waitForTimeout(SETTLE_MS);
      }
      click.push(...round);
      clickEvents = [...clickEvents, ...eventDurations(round, await eventTimings(frame))];
    }

    const drag: PaintSample[] = [];
    const dragMisses: string[] = [];
    const dragLongTasks: LongTaskEntry[][] = [];
    let drags = 0;
    while (drags < minSamples) {
      const frame = await freshRound();
      // A mouse drag needs both ends on screen: centre the 连线题 first.
      await frame.locator(`section[aria-labelledby="${block.id}-prompt"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(SETTLE_MS);
      for (const { item, target, line } of pairs) {
        const from = await center(frame, item.text);
        const to = await center(frame, target.text);
        const start = await frameNow(frame);
        const drawn = `${line}, [data-flash^="${item.id}->"]`;
        const sample = await timeToPaintIfAny(frame, 'pointerup', { selector: drawn }, () => mouseDrag(page, from, to), DROP_FRAMES);
        drags++;
        if (sample) drag.push(sample);
        if ((await frame.locator(line).count()) === 0) {
          const flash = frame.locator(`[data-flash^="${item.id}->"]`).first();
          const landed = sample ? await flash.getAttribute('data-flash', { timeout: 1_000 }).catch(() => null) : null;
          dragMisses.push(`${item.id}->${target.id} landed on ${landed?.split('->')[1] ?? 'no answer'}`);
        }
        // A long task starting before the line is painted can still be running: wait for it to end.
        await page.waitForTimeout(SETTLE_MS);
        const end = sample?.painted ?? (await frameNow(frame));
        dragLongTasks.push((await longTasks(frame)).filter((t) => t.start >= start && t.start <= end));
      }
    }
    return {
      pageId: course.pages[pageIndex]?.id ?? '',
      click: click.map((s) => s.painted - s.input),
      clickEventTiming: clickEvents,
      drag: drag.map((s) => s.painted - s.input),
      drags,
      dragMisses,
      dragLongTasks,
    };
  } finally {
    await view.close();
  }
}
