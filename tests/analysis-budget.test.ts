import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { analyzeWithinBudget, DEFAULT_BUDGET, partialNotice, yieldToEventLoop, type Budget } from '../utils/worker/analysis-budget';

const POLICY_LINES = [
  'We may sell your personal information to data brokers.',
  'We use cookies and Google Analytics to track you across websites.',
  'We retain your personal information for 90 days.',
  'Our services are not directed to children under 13.',
];
/** A long policy: the selling sentence only at the very end. */
function longPolicy(lines: number): string {
  const filler = 'We collect your e-mail address when you contact our support team about an order.';
  return ['Privacy Policy', ...Array.from({ length: lines }, () => filler), ...POLICY_LINES].join('\n');
}

/** A clock that advances by `step` ms every time it is read: deterministic, no real time involved. */
function fakeClock(step: number): Pick<Budget, 'now'> & { pauses: number; pause: () => Promise<void> } {
  let t = 0;
  const clock = { pauses: 0, now: () => (t += step), pause: async () => void clock.pauses++ };
  return clock;
}

describe('analyzeWithinBudget', () => {
  it('gives the same report as analyze() when the budget is not reached, pausing between slices', async () => {
    const text = longPolicy(3000);
    const clock = fakeClock(1);
    const { report, complete, readTo } = await analyzeWithinBudget(text, {}, { sliceMs: 5, totalMs: 1e9, ...clock });
    expect(complete).toBe(true);
    expect(readTo).toBe(text.length);
    const plain = analyze(text);
    expect({ ...report, analyzedAt: '' }).toEqual({ ...plain, analyzedAt: '' });
    expect(clock.pauses).toBeGreaterThan(2);
  });

  it('stops at the budget with a partial report of what it read, and says so', async () => {
    const text = longPolicy(3000);
    const { report, complete, readTo } = await analyzeWithinBudget(text, {}, { sliceMs: 3, totalMs: 8, ...fakeClock(1) });
    expect(complete).toBe(false);
    expect(readTo).toBeGreaterThan(0);
    expect(readTo).toBeLessThan(text.length / 2);
    // The selling sentence at the end was never read: a partial report, not a wrong "complete" one.
    expect(report.practices.selling.verdict).toBe('not-mentioned');
    expect(analyze(text).practices.selling.verdict).toBe('sells');
    const notice = partialNotice(readTo, text.length, { sliceMs: 5, totalMs: 4000, ...fakeClock(1) });
    expect(notice).toMatch(/stopped after 4 s, having read the first \d+ % of its text/);
  });

  it('lets a small analysis finish while a 2 MB one is still running (one worker, two tabs)', async () => {
    const unit = 'Acme Privacy Data Company Inc. The Website Service ';
    const huge = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const order: string[] = [];
    const budget: Budget = { ...DEFAULT_BUDGET, sliceMs: 10, totalMs: 1e9 };
    const big = analyzeWithinBudget(huge, {}, budget).then((r) => (order.push('big'), r));
    const small = analyzeWithinBudget(longPolicy(5), {}, budget).then((r) => (order.push('small'), r));
    const [bigResult, smallResult] = await Promise.all([big, small]);
    expect(order).toEqual(['small', 'big']);
    expect(smallResult.report.practices.selling.verdict).toBe('sells');
    expect(bigResult.complete).toBe(true);
  }, 120_000);

  it('pauses as a task, not a nested timer: a message queued before the pause is handled during it', async () => {
    let ran = false;
    // A message queued first (as another tab's request would be) is handled while the analysis pauses.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => ((ran = true), channel.port1.close());
    channel.port2.postMessage(null);
    await yieldToEventLoop();
    expect(ran).toBe(true);
  });
});
