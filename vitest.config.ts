import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/support/summary-reporter';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    reporters: ['default', new SummaryReporter('unit')],
  },
});
