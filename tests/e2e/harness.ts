/**
 * Steps for browser tests that run the course inside the local LMS harness (`preview.html`):
 * open it, reach the course frame, read what the LMS recorded, and play the LMS's part.
 * Everything goes through roles and accessible names, as a trainer would use the page.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export type ScormVersion = '1.2' | '2004';

export interface ApiCallRow {
  /** The method, e.g. `SetValue` or `LMSCommit`. */
  readonly call: string;
  /** The arguments as the log shows them: strings JSON-quoted, comma-separated. */
  readonly args: string;
  readonly result: string;
  /** The error code read right after the call: '0' when none, '' for GetLastError and the like. */
  readonly error: string;
}

const stage = (page: Page) => page.getByRole('region', { name: '课程' });
const courseIframe = (page: Page) => stage(page).locator('iframe');
const cmiTable = (page: Page) => page.getByRole('table', { name: 'CMI 数据' });
const callTable = (page: Page) => page.getByRole('table', { name: 'API 调用' });

/**
 * Opens the harness with this SCORM version and waits until the course frame is there. Unless
 * `keepData`, the saved data of this course and version is forgotten first (as 新尝试 does; the
 * mastery score stays).
 */
export async function openHarness(page: Page, version: ScormVersion, opts: { keepData?: boolean } = {}): Promise<void> {
  await page.goto(`/preview.html?scorm=${version}${opts.keepData ? '' : '&reset'}`);
  await expect(courseIframe(page)).toBeAttached();
  await expect(cmiTable(page)).toBeVisible();
}

/** The course, inside the harness's frame. */
export function courseFrame(page: Page): FrameLocator {
  return courseIframe(page).contentFrame();
}

/** The current value of a CMI element as the LMS holds it; '' when it has none. */
export async function cmiValue(page: Page, element: string): Promise<string> {
  const row = cmiTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: element, exact: true }) });
  if ((await row.count()) === 0) return '';
  return (await row.getByRole('cell').textContent()) ?? '';
}

/**
 * Closes the course (it terminates on pagehide) and waits until the harness has launched it
 * again from what was saved, in a new frame.
 */
export async function closeAndReopen(page: Page): Promise<void> {
  const before = await courseIframe(page).getAttribute('data-launch');
  await page.getByRole('button', { name: '关闭并重新打开' }).click();
  await expect(courseIframe(page)).not.toHaveAttribute('data-launch', before ?? '');
  await expect(courseIframe(page)).toBeAttached();
}

/** Starts a new attempt: the saved data is forgotten and the course launches as the first time. */
export async function newAttempt(page: Page): Promise<void> {
  const before = await courseIframe(page).getAttribute('data-launch');
  await page.getByRole('button', { name: '新尝试' }).click();
  await expect(courseIframe(page)).not.toHaveAttribute('data-launch', before ?? '');
}

/** While on, the LMS refuses Commit and Terminate ("false", error 391 in 2004 / 101 in 1.2). */
export async function setCommitFailure(page: Page, on: boolean): Promise<void> {
  await page.getByRole('checkbox', { name: '模拟 LMS 提交失败' }).setChecked(on);
}

/** Stores a mastery score (0–100, or null for none) for the next launch. */
export async function setMasteryScore(page: Page, score: number | null): Promise<void> {
  await page.getByRole('spinbutton', { name: '掌握分数（mastery score）' }).fill(score === null ? '' : String(score));
  await page.getByRole('button', { name: '应用', exact: true }).click();
}

async function rowsOf(table: Locator): Promise<ApiCallRow[]> {
  // One round trip: every cell of the body, five per row (the header row has column headers).
  const cells = await table.getByRole('cell').allTextContents();
  const rows: ApiCallRow[] = [];
  for (let i = 0; i + 4 < cells.length; i += 5) {
    const [, call = '', args = '', result = '', error = ''] = cells.slice(i, i + 5);
    rows.push({ call, args, result, error: /^\s*(\d+)/.exec(error)?.[1] ?? error.trim() });
  }
  return rows;
}

/** The API call log, newest first. */
export function apiCalls(page: Page): Promise<ApiCallRow[]> {
  return rowsOf(callTable(page));
}

/**
 * Calls a method of the API in the harness window, as a course would, and returns its result:
 * `callApi(page, 'SetValue', 'cmi.location', 'p3')`.
 */
export function callApi(page: Page, method: string, ...args: string[]): Promise<string> {
  return page.evaluate(
    ({ name, values }) => {
      const api: unknown = Reflect.get(window, 'API_1484_11') ?? Reflect.get(window, 'API');
      const fn: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, name) : undefined;
      if (typeof fn !== 'function') throw new Error(`the harness has no API method ${name}`);
      return String(Reflect.apply(fn, api, values));
    },
    { name: method, values: args },
  );
}
