/**
 * The real deliverable: the SCORM 2004 zip, unpacked under a nested path of a web server, beside
 * an LMS host page running scorm-again, taken to completion as a learner would.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipEntries } from '../../src/build/zip.ts';
import { advanceTo, defaultCourse, expectOnPage, finishPage } from './player.ts';
import { serveFolder, type StaticSite } from './static-site.ts';

const course = defaultCourse();
const COURSE_PATH = '/lms/content/2026/fm-1-b2/';
/** Packaged with `--separate-script`: the player in files of its own. */
const SEPARATE_PATH = '/lms/content/2026/fm-1-b2-separate/';
const hostPage = (coursePath: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host LMS</title>
<script src="/vendor/scorm2004.min.js"></script>
<script>window.API_1484_11 = new Scorm2004API({ logLevel: 5 });</script>
</head><body><iframe title="course" src="${coursePath}index.html" style="width:1280px;height:720px;border:0"></iframe></body></html>`;
/** What a locked-down LMS may send with its content: its own policy, which no page can loosen. */
const LMS_POLICY = { 'content-security-policy': "script-src 'self'" };

let site = '';
let server: StaticSite | undefined;
let strictServer: StaticSite | undefined;
let origin = '';

function packageInto(coursePath: string, ...extra: string[]): void {
  const out = join(site, 'packages', coursePath);
  const run = spawnSync(process.execPath, ['bin/courseloom.js', 'package', 'courses/fm-1-b2', '--scorm', '2004', '--out', out, ...extra], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const zip = readFileSync(join(out, `${course.code}-${course.version}-scorm2004.zip`));
  for (const [path, data] of unzipEntries(zip)) {
    const target = join(site, 'www', coursePath, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'courseloom-lms-'));
  packageInto(COURSE_PATH);
  packageInto(SEPARATE_PATH, '--separate-script');
  mkdirSync(join(site, 'www', 'vendor'), { recursive: true });
  copyFileSync('node_modules/scorm-again/dist/scorm2004.min.js', join(site, 'www', 'vendor', 'scorm2004.min.js'));
  writeFileSync(join(site, 'www', 'host.html'), hostPage(COURSE_PATH));
  writeFileSync(join(site, 'www', 'host-separate.html'), hostPage(SEPARATE_PATH));
  server = await serveFolder(join(site, 'www'));
  origin = server.origin;
  strictServer = await serveFolder(join(site, 'www'), 0, (path) => (path.startsWith('/lms/') ? LMS_POLICY : {}));
});

test.afterAll(async () => {
  await server?.close();
  await strictServer?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('the 2004 package runs from a nested LMS path and reports completion, loading nothing from elsewhere', async ({ page }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  const refused: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${origin}/host.html`);
  const frame = page.frameLocator('iframe[title="course"]');
  await expectOnPage(frame, course, 'objectives');
  // A real mouse drag under the package's Content-Security-Policy: the statement must land where it is dropped.
  await advanceTo(frame, course, 'quiz-service-types');
  const main = frame.getByRole('main');
  // Dragging joins once its chunk (loaded apart from the inlined player) has arrived.
  await expect(main.locator('.match')).toHaveAttribute('data-drag', 'ready');
  const from = await main.getByRole('button', { name: '“向本月购买K5的客户赠送保养。”', exact: true }).boundingBox();
  const to = await main.getByRole('button', { name: '免费服务', exact: true }).boundingBox();
  if (!from || !to) throw new Error('the statement or the answer is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(frame.locator('[data-line="gift->free"]')).toBeAttached();
  await advanceTo(frame, course, course.pages.at(-1)?.id ?? '');
  await finishPage(frame);
  await expect(frame.getByText('您已完成本课程。')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.API_1484_11?.GetValue('cmi.completion_status')))
    .toBe('completed');
  expect(await page.evaluate(() => window.API_1484_11?.GetValue('cmi.location'))).toBe('summary');
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(refused, 'CSP violations').toEqual([]);
});

test('an LMS whose own CSP header forbids inline scripts runs a --separate-script package (and not the default one)', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const strict = strictServer?.origin ?? '';
  // The default package's player is inline: such an LMS refuses it, and the page stays empty.
  await page.goto(`${strict}/host.html`);
  await expect.poll(() => refused.some((text) => /inline script/i.test(text))).toBe(true);
  await expect(page.frameLocator('iframe[title="course"]').locator('main h2')).toHaveCount(0);

  refused.length = 0;
  await page.goto(`${strict}/host-separate.html`);
  const frame = page.frameLocator('iframe[title="course"]');
  await expectOnPage(frame, course, 'objectives');
  await frame.getByRole('button', { name: '下一页' }).click();
  await expectOnPage(frame, course, 'quiz-service-types');
  await expect(frame.getByRole('main').locator('.match')).toHaveAttribute('data-drag', 'ready');
  expect(refused, 'CSP violations').toEqual([]);
});

declare global {
  interface Window {
    API_1484_11?: { GetValue(element: string): string };
  }
}
