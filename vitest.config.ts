import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run the CLI as a separate process (tsx start-up included): seconds, not milliseconds.
    testTimeout: 30_000,
  },
});
