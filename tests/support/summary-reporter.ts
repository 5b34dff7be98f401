import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "<label>: N passed, N failed[, N skipped]", after vitest's own summary:
 * the form CI reads to tell a run that tested something from one that did not.
 */
export default class SummaryReporter implements Reporter {
  constructor(private readonly label = 'tests') {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) count[test.result().state]++;
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) count.failed++; // a file that failed to load
    }
    const skipped = count.skipped + count.pending;
    console.log(`\n${this.label}: ${count.passed} passed, ${count.failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
