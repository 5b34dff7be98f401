import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless Chromium (see e2e/).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
