/**
 * `courseloom preview` as a trainer uses it: a new course open in the local LMS while its file is
 * edited. Saves update the page where the learner stands; a broken file shows its problems over
 * the page until it is fixed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { heading, next } from './player.ts';

test.describe.configure({ mode: 'serial' });

const work = mkdtempSync(join(tmpdir(), 'courseloom-live-'));
const folder = join(work, 'courses', 'live-demo');
const file = join(folder, 'course.yaml');
let server: ChildProcess | undefined;
let courseUrl = '';

const frame = (page: Page) => page.getByRole('region', { name: '课程' }).locator('iframe').contentFrame();
const problems = (page: Page) => frame(page).getByRole('alertdialog', { name: /课程文件有 \d+ 个问题/ });
const edit = (change: (yaml: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

test.beforeAll(async () => {
  const made = spawnSync(process.execPath, ['bin/courseloom.js', 'new', 'live-demo', '--dir', join(work, 'courses')], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const started = spawn(process.execPath, ['bin/courseloom.js', 'preview', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  server = started;
  courseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    started.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /course:\s+(\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    started.once('exit', (code) => reject(new Error(`courseloom preview exited with ${code}: ${out}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('a saved edit updates the open page in place, keeping the learner on it', async ({ page }) => {
  await page.goto(`${courseUrl}&reset`);
  await expect(heading(frame(page))).toHaveText('欢迎');
  await next(frame(page)).click();
  await expect(heading(frame(page))).toHaveText('点击查看');
  await frame(page).getByRole('button', { name: '理智型客户' }).click();
  // Marks this document: a reload (which would lose unsaved work in the page) would drop it.
  const course = page.frames().find((f) => f.url().includes('index.html'));
  await course?.evaluate(() => document.documentElement.setAttribute('data-before-edit', ''));

  edit((yaml) => yaml.replace('title: 点击查看', 'title: 点击查看详情').replace('重视数据和事实', '看重数据和事实'));
  await expect(heading(frame(page))).toHaveText('点击查看详情', { timeout: 5_000 });
  await frame(page).getByRole('button', { name: '理智型客户' }).click();
  await expect(frame(page).getByText('看重数据和事实')).toBeVisible();
  await expect(frame(page).getByLabel('第 2 页，共 8 页')).toBeVisible();
  expect(await course?.evaluate(() => document.documentElement.hasAttribute('data-before-edit'))).toBe(true);
});

test('a saved image is shown anew', async ({ page }) => {
  await page.goto(courseUrl);
  const image = frame(page).getByRole('img', { name: '服务顾问在接待台迎接客户' });
  await expect(image).toBeVisible();
  const before = await image.getAttribute('src');
  const svg = join(folder, 'images', 'example.svg');
  writeFileSync(svg, readFileSync(svg, 'utf8').replace('#eef3f8', '#fdf3e7'));
  await expect(image).not.toHaveAttribute('src', before ?? '', { timeout: 5_000 });
  await expect(image).toBeVisible();
});

test('a broken file shows each problem with its line over the page, and the overlay goes once fixed', async ({ page }) => {
  await page.goto(courseUrl);
  await expect(heading(frame(page))).toBeVisible();

  edit((yaml) => yaml.replace('title: 点击查看详情', 'tittle: 点击查看详情'));
  const overlay = problems(page);
  await expect(overlay).toBeVisible({ timeout: 5_000 });
  await expect(overlay).toContainText(/course\.yaml:\d+:\d+ pages\[1\]: unknown key "tittle"; did you mean "title"\?/);
  await expect(overlay.locator('pre')).toContainText('tittle: 点击查看详情');
  await expect(overlay).toBeFocused();

  edit((yaml) => yaml.replace('tittle: 点击查看详情', 'title: 点击查看'));
  await expect(overlay).toBeHidden({ timeout: 5_000 });
});

test('a page opened while the file is broken shows the problems, then the course once fixed', async ({ page }) => {
  edit((yaml) => yaml.replace('- type: hint', '- type: hnit'));
  await page.goto(`${courseUrl}&reset`);
  const overlay = problems(page);
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('unknown block type "hnit"; use one of: text, image');

  edit((yaml) => yaml.replace('- type: hnit', '- type: hint'));
  await expect(overlay).toBeHidden({ timeout: 5_000 });
  await expect(heading(frame(page))).toHaveText('欢迎');
});
