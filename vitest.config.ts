import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    // UI strings: English, as without a browser there is no browser.i18n (utils/i18n.ts).
    setupFiles: ['tests/support/i18n-setup.ts'],
    reporters: ['default', new SummaryReporter('unit')],
  },
});
