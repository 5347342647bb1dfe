import { expect, test } from '@playwright/test';
import { apiCalls, closeAndReopen, cmiValue, courseFrame, openHarness, setCommitFailure } from './harness.ts';
import { advanceTo, defaultCourse, expectOnPage, finishPage, heading, next } from './player.ts';

const course = defaultCourse();
const lastPage = course.pages.at(-1)?.id ?? '';

const ELEMENTS = {
  '1.2': { location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', exit: 'cmi.core.exit', status: 'cmi.core.lesson_status' },
  '2004': { location: 'cmi.location', entry: 'cmi.entry', exit: 'cmi.exit', status: 'cmi.completion_status' },
} as const;

for (const version of ['1.2', '2004'] as const) {
  const cmi = ELEMENTS[version];

  test.describe(`SCORM ${version} through the local LMS`, () => {
    test('the course starts an attempt, bookmarks each page and resumes where the learner left', async ({ page }) => {
      await openHarness(page, version);
      const frame = courseFrame(page);
      await expectOnPage(frame, course, 'objectives');
      await expect.poll(() => cmiValue(page, cmi.status)).toBe('incomplete');
      await advanceTo(frame, course, 'customer-expectations');
      await expect.poll(() => cmiValue(page, cmi.location)).toBe('customer-expectations');
      const calls = await apiCalls(page);
      // Reading an element the LMS has not set yet answers 403 in 2004: that is the standard, not a fault.
      const faults = calls.filter((c) => c.error !== '' && c.error !== '0' && !(c.call === 'GetValue' && c.error === '403'));
      expect(faults, 'no API call raised an error').toEqual([]);

      await closeAndReopen(page);
      const prompt = frame.getByRole('dialog', { name: '欢迎回来' });
      await expect(prompt).toBeVisible();
      await prompt.getByRole('button', { name: '继续' }).click();
      await expectOnPage(frame, course, 'customer-expectations');
      await expect.poll(() => cmiValue(page, cmi.entry)).toBe('resume');
      // The required reveal two pages back was finished before closing: still finished.
      await frame.getByRole('button', { name: '返回' }).click();
      await expectOnPage(frame, course, 'expectation-outcome');
      await expect(next(frame)).toBeEnabled();
    });

    test('finishing the course reports completion and a normal exit', async ({ page }) => {
      test.setTimeout(120_000);
      await openHarness(page, version);
      const frame = courseFrame(page);
      await advanceTo(frame, course, lastPage);
      await finishPage(frame);
      await expect(frame.getByText('您已完成本课程。')).toBeVisible();
      await expect.poll(() => cmiValue(page, cmi.status)).toBe('completed');
      // Both matching quizzes answered right at the first try: the score reaches the LMS.
      await expect.poll(() => cmiValue(page, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('100');
      if (version === '2004') {
        expect(await cmiValue(page, 'cmi.success_status')).toBe('unknown');
        expect(await cmiValue(page, 'cmi.score.scaled')).toBe('1');
        expect(await cmiValue(page, 'cmi.interactions.0.learner_response')).toBe('gift[.]free[,]warranty[.]after-sales[,]lounge[.]environment');
      } else {
        expect(await cmiValue(page, 'cmi.interactions.0.student_response')).toBe('gift.free,warranty.after-sales,lounge.environment');
      }
      await expect(frame.getByRole('table', { name: '各题结果' })).toContainText('以下的对话内容符合哪一种服务种类');
      await closeAndReopen(page);
      await expect(heading(frame)).toBeVisible();
      if (version === '1.2') {
        // 1.2 keeps the record: still completed, and the learner is back at the bookmark.
        await expect.poll(() => cmiValue(page, cmi.status)).toBe('completed');
        await frame.getByRole('dialog', { name: '欢迎回来' }).getByRole('button', { name: '继续' }).click();
        await expectOnPage(frame, course, lastPage);
      } else {
        // 2004: a normal exit ends the attempt; the next launch is a new attempt from page 1.
        await expectOnPage(frame, course, 'objectives');
        await expect.poll(() => cmiValue(page, cmi.entry)).toBe('ab-initio');
      }
    });

    test('when commits fail the learner is told calmly, and nothing is lost once the LMS recovers', async ({ page }) => {
      await openHarness(page, version);
      const frame = courseFrame(page);
      await expect(heading(frame)).toBeVisible();
      await setCommitFailure(page, true);
      await advanceTo(frame, course, 'customer-expectations');
      const notice = frame.getByRole('status').filter({ hasText: '学习进度暂时未能保存' });
      await expect(notice).toBeVisible();
      await expect(notice).toHaveCount(1);
      await setCommitFailure(page, false);
      await expect(notice).toBeHidden({ timeout: 15_000 });
      await closeAndReopen(page);
      await frame.getByRole('dialog', { name: '欢迎回来' }).getByRole('button', { name: '继续' }).click();
      await expectOnPage(frame, course, 'customer-expectations');
      await frame.getByRole('button', { name: '返回' }).click();
      await expect(next(frame)).toBeEnabled();
    });

    test('each launch initializes once and terminates once', async ({ page }) => {
      await openHarness(page, version);
      const frame = courseFrame(page);
      await expect(heading(frame)).toBeVisible();
      await closeAndReopen(page);
      await expect(heading(frame)).toBeVisible();
      const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';
      const calls = await apiCalls(page);
      expect(calls.filter((c) => c.call === terminate).length).toBeGreaterThanOrEqual(1);
      const initialize = version === '1.2' ? 'LMSInitialize' : 'Initialize';
      // The first launch terminated once; the second is still open.
      const lifecycle = calls.filter((c) => c.call === initialize || c.call === terminate).map((c) => c.call);
      expect(lifecycle.filter((c) => c === terminate).length).toBe(lifecycle.filter((c) => c === initialize).length - 1);
    });
  });
}
