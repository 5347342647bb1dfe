/**
 * Page changes at CPU 4x: the time from a real click on 下一页 (and on 返回) to the first painted
 * frame showing the new page's heading. The bench walks the course forward; on each page it
 * measures 下一页, 返回 and 下一页 again, then keeps going back and forth over the pages it
 * reached until it has enough samples.
 */
import type { Browser } from '@playwright/test';
import type { Course } from '../../src/model/schema.ts';
import { courseFrame, CPU4X, openCoursePage } from './browser.ts';
import { button, canGoNext, finishPage, headingText, shownPage, type PlayerNames } from './course-driver.ts';
import type { PaintSample } from './probe.ts';
import { HOST_PATH } from './serve-package.ts';
import { eventDurations, eventTimings, timeToPaint } from './time-to-paint.ts';

export interface PageChanges {
  /** ms from the 下一页 click to the new page painted. */
  readonly next: readonly number[];
  readonly back: readonly number[];
  /** The browser's Event Timing durations of those 下一页 clicks (only those ≥ 16 ms are reported). */
  readonly nextEventTiming: readonly number[];
  readonly notes: readonly string[];
}

/** Lets the page's entrance (0.3 s) and any lazy chunk finish before the next click. */
const SETTLE_MS = 600;

export async function measurePageChanges(
  browser: Browser,
  origin: string,
  coursePath: string,
  course: Course,
  names: PlayerNames,
  minSamples: number,
): Promise<PageChanges> {
  const view = await openCoursePage(browser, {
    profile: CPU4X,
    cacheDisabled: false,
    probe: { coursePath, menuName: names.menu, nextName: names.next },
  });
  const notes: string[] = [];
  const next: PaintSample[] = [];
  const back: PaintSample[] = [];
  try {
    const { page, signals } = view;
    await page.goto(`${origin}${HOST_PATH}`, { waitUntil: 'commit' });
    await signals.next('heading', 60_000);
    const frame = await courseFrame(page, coursePath);
    const change = async (name: string, into: PaintSample[]) => {
      const from = await headingText(frame);
      into.push(await timeToPaint(frame, 'click', { headingNot: from }, () => button(frame, name).click()));
      await page.waitForTimeout(SETTLE_MS);
    };

    // Forward through the course: 下一页, 返回, 下一页 on every page that can be left.
    let reached = 0;
    for (;;) {
      const shown = await shownPage(frame, course);
      if (!shown || shown.index >= course.pages.length - 1) break;
      await finishPage(frame, shown.page, names);
      if (!(await canGoNext(frame, names))) {
        notes.push(`page changes: stopped at page ${shown.index + 1} ("${shown.page.id}"), which the bench cannot finish`);
        break;
      }
      await change(names.next, next);
      await change(names.back, back);
      await change(names.next, next);
      reached = shown.index + 1;
    }
    // Back and forth over the pages reached, until there are enough samples.
    if (reached === 0) {
      notes.push('page changes: the first page cannot be left');
    } else {
      let forward = false;
      let at = reached;
      for (let guard = 0; next.length < minSamples && guard < minSamples * 4; guard++) {
        if (forward ? at >= reached : at <= 0) forward = !forward;
        await change(forward ? names.next : names.back, forward ? next : back);
        at += forward ? 1 : -1;
      }
    }
    const entries = await eventTimings(frame);
    return {
      next: next.map((s) => s.painted - s.input),
      back: back.map((s) => s.painted - s.input),
      nextEventTiming: eventDurations(next, entries),
      notes,
    };
  } finally {
    await view.close();
  }
}
