/**
 * Runs the analyzer in slices inside the extension's single worker: it pauses between slices so another
 * tab's request is served meanwhile, and stops at a budget of active time with what it has (a partial report).
 */
import { analysisSteps, type SteppedReport } from '../../analyzer/index';
import type { AnalyzeMeta } from '../../analyzer/types';
import { t } from '../i18n';

export type Budget = {
  /** Work this long, then let other tasks run. */
  sliceMs: number;
  /** Active time (pauses excluded) after which the analysis combines what it has read. */
  totalMs: number;
  now: () => number;
  /** Lets the event loop run: pending messages from other tabs are handled here. */
  pause: () => Promise<void>;
};

export const DEFAULT_BUDGET: Budget = {
  sliceMs: 25,
  totalMs: 4000,
  now: () => performance.now(),
  pause: () => yieldToEventLoop(),
};

/**
 * Lets the tasks already queued (another tab's message) run, then continues. Not `setTimeout(0)`: timers set from a
 * timer's continuation are clamped to 4 ms after five levels, ~80 ms lost over the forty slices of a 2 MB page.
 * `scheduler.yield()` where the browser has it, else a message to ourselves (a task, with no clamp).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function analyzeWithinBudget(text: string, meta: AnalyzeMeta, budget: Budget = DEFAULT_BUDGET): Promise<SteppedReport> {
  const steps = analysisSteps(text, meta);
  let active = 0;
  let sliceStart = budget.now();
  let step = steps.next();
  while (!step.done) {
    const elapsed = budget.now() - sliceStart;
    if (elapsed >= budget.sliceMs) {
      active += elapsed;
      await budget.pause();
      sliceStart = budget.now();
    }
    step = steps.next(active + (budget.now() - sliceStart) >= budget.totalMs);
  }
  return step.value;
}

/** What the popup says about a report the budget cut short. */
export function partialNotice(readTo: number, length: number, budget: Budget = DEFAULT_BUDGET): string {
  const percent = Math.max(1, Math.floor((readTo / Math.max(1, length)) * 100));
  return t('worker_too_slow', budget.totalMs / 1000, percent);
}
