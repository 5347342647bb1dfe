/**
 * The first load of a course, cold: bytes on the wire and requests of the course frame (the host
 * page and scorm-again are counted apart), and how long until the first page's heading is painted
 * and the player answers a real click on 目录 by showing the open menu.
 */
import type { Browser } from '@playwright/test';
import type { FileOnWire } from './results.ts';
import { clickAt, openCoursePage, type Profile } from './browser.ts';
import type { PlayerNames } from './course-driver.ts';
import { HOST_PATH } from './serve-package.ts';

export interface LoadRun {
  /** ms from the course frame's navigation start to the first painted frame showing the heading. */
  readonly headingMs: number;
  /** ms from the course frame's navigation start until the menu, clicked as soon as the heading showed, is painted open. */
  readonly readyMs: number;
  /** The same two, from the host page's navigation start (they include the LMS page and scorm-again). */
  readonly headingFromHostMs: number;
  readonly readyFromHostMs: number;
  /** ms from that click's input event to the open menu painted. */
  readonly menuClickMs: number;
  /** 下一页 was enabled when the heading showed (the first page needs nothing done). */
  readonly nextEnabled: boolean;
  /** Bytes on the wire (encodedDataLength: headers + gzipped body) of every course-frame request until the network is idle. */
  readonly bytes: number;
  readonly bytesBeforeHeading: number;
  readonly requests: number;
  /** The host page and scorm-again, for reference. */
  readonly hostBytes: number;
  readonly files: readonly FileOnWire[];
}

interface Logged {
  readonly url: string;
  readonly type: string;
  done: boolean;
  bytes: number;
  beforeHeading: boolean;
}

const IDLE_MS = 500;
const IDLE_CAP_MS = 20_000;
const LOAD_TIMEOUT_MS = 60_000;

export async function measureLoad(
  browser: Browser,
  origin: string,
  coursePath: string,
  names: PlayerNames,
  profile: Profile,
): Promise<LoadRun> {
  const view = await openCoursePage(browser, {
    profile,
    cacheDisabled: true,
    probe: { coursePath, menuName: names.menu, nextName: names.next },
  });
  try {
    const { page, cdp, signals } = view;
    const log = new Map<string, Logged>();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (event) => {
      lastActivity = Date.now();
      if (!/^https?:/.test(event.request.url)) return;
      log.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', done: false, bytes: 0, beforeHeading: false });
    });
    cdp.on('Network.loadingFinished', (event) => {
      lastActivity = Date.now();
      const entry = log.get(event.requestId);
      if (!entry) return;
      entry.done = true;
      entry.bytes = event.encodedDataLength;
      entry.beforeHeading = !signals.seen('heading');
    });
    cdp.on('Network.loadingFailed', (event) => {
      lastActivity = Date.now();
      const entry = log.get(event.requestId);
      if (entry) entry.done = true;
    });

    await page.goto(`${origin}${HOST_PATH}`, { waitUntil: 'commit' });
    const heading = await signals.next('heading', LOAD_TIMEOUT_MS);
    if (!heading.menu) throw new Error(`no "${names.menu}" button next to the first heading`);
    await clickAt(cdp, heading.menu.x, heading.menu.y);
    const ready = await signals.next('ready', LOAD_TIMEOUT_MS);

    const idleDeadline = Date.now() + IDLE_CAP_MS;
    while (Date.now() < idleDeadline && ([...log.values()].some((e) => !e.done) || Date.now() - lastActivity < IDLE_MS)) {
      await page.waitForTimeout(50);
    }

    const inCourse = (url: string) => new URL(url).pathname.startsWith(coursePath);
    const course = [...log.values()].filter((e) => inCourse(e.url));
    const shift = heading.frameOrigin - heading.hostOrigin;
    return {
      headingMs: heading.painted,
      readyMs: ready.painted,
      headingFromHostMs: heading.painted + shift,
      readyFromHostMs: ready.painted + shift,
      menuClickMs: ready.painted - ready.input,
      nextEnabled: heading.nextEnabled,
      bytes: course.reduce((sum, e) => sum + e.bytes, 0),
      bytesBeforeHeading: course.filter((e) => e.beforeHeading).reduce((sum, e) => sum + e.bytes, 0),
      requests: course.length,
      hostBytes: [...log.values()].filter((e) => !inCourse(e.url)).reduce((sum, e) => sum + e.bytes, 0),
      files: course.map((e) => ({
        url: new URL(e.url).pathname.slice(coursePath.length),
        type: e.type,
        bytes: e.bytes,
        beforeHeading: e.beforeHeading,
      })),
    };
  } finally {
    await view.close();
  }
}
