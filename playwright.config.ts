import { defineConfig, devices } from '@playwright/test';

// Overridable so that two checkouts can run their browser tests side by side.
const PORT = Number(process.env.COURSELOOM_E2E_PORT ?? 4317);
export const DEV_PORT = Number(process.env.COURSELOOM_E2E_DEV_PORT ?? 4319);

/**
 * Playwright cannot download its own browser here: drive Debian's Chromium (or the one named by
 * CHROMIUM_PATH). Where neither exists, Playwright's own browser is used.
 */
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two browsers at once halves the wall time on the 2-core CI machine; files stay serial inside.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI only: a timing slip on a loaded machine must not hide the build; a test that
  // needed it is reported as flaky in the output.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Generous: two browsers share two cores, and a whole-course walk runs dozens of steps.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // Most tests run against a production build of the default course.
      command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The catalogue tests use what npm start serves: the dev server with every course.
      command: `node bin/courseloom.js preview courses/fm-1-b2 --port ${DEV_PORT}`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
