import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter';

// End-to-end tests: the built extension in real headless Chromium (see e2e/).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    reporters: ['default', new SummaryReporter('e2e')],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
