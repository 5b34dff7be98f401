import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { expandInputs, isUrl, type Rejected } from './inputs';
import { render, type Format, type JobResult } from './job';
import { StreamedOutput } from './output';
import { createRunner } from './pool';
import { Progress } from './progress';

export type BatchOptions = { format: Format; jobs: number; quiet: boolean; inputs: string[] };

export const defaultJobs = () => availableParallelism();

/** Inputs started but not yet written, per thread: bounds memory when one slow input holds back the ones after it. */
const WINDOW_PER_JOB = 32;

/** Resolves every waiter at the next `notify()`: "something finished or drained, look again". */
class Signal {
  private waiters: (() => void)[] = [];
  wait = () => new Promise<void>((r) => this.waiters.push(r));
  notify() {
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }
}

/**
 * Analyzes every input and writes each entry in input order as soon as it and those before it are done.
 * Returns the exit code: 1 when some input failed, else 0.
 */
export async function runBatch(opts: BatchOptions): Promise<number> {
  const progress = new Progress(process.stderr, process.stderr.isTTY === true, opts.quiet);
  const signal = new Signal();
  let stopped = false;
  const output = new StreamedOutput(process.stdout, opts.format, () => {
    stopped = true;
    signal.notify();
  });
  // No more threads than inputs: one file is analyzed in this thread, without starting a worker.
  const count = await countIfCheap(opts.inputs);
  const runner = createRunner(count === null ? opts.jobs : Math.min(opts.jobs, count), opts.format);
  const finished = new Map<number, JobResult>();
  let next = 0; // the first entry not yet written
  let started = 0;
  let running = 0;
  const flush = () => {
    for (let r = finished.get(next); r; r = finished.get(next)) {
      finished.delete(next++);
      output.entry(r.out);
    }
  };
  const settle = (index: number, result: JobResult) => {
    running--;
    progress.add(result.outcome);
    finished.set(index, result);
    flush();
    signal.notify();
  };
  if (progress.live && !opts.quiet && !opts.inputs.includes('-')) void countInputs(opts.inputs).then((n) => (progress.total ??= n));
  const window = WINDOW_PER_JOB * Math.max(1, opts.jobs);
  try {
    for await (const input of expandInputs(opts.inputs, process.stdin)) {
      // Flat memory: wait while too many entries are pending or stdout is not taking more.
      while (!stopped && started - next >= window) await signal.wait();
      while (!stopped && output.congested) await Promise.race([output.ready(), signal.wait()]);
      if (stopped) break;
      const index = started++;
      running++;
      if (typeof input !== 'string') settle(index, rejected(input, opts.format));
      else {
        // A job never rejects (its failures are entries); should one, it still settles, or the loop would wait forever.
        runner.run(input).then(
          (r) => settle(index, r),
          (err: unknown) => settle(index, rejected({ source: input, error: String(err) }, opts.format)),
        );
      }
    }
    progress.total = started;
    while (running > 0 && !stopped) await signal.wait();
    if (!stopped) output.end();
  } finally {
    await runner.close();
  }
  progress.finish(stopped);
  return progress.failed > 0 ? 1 : 0;
}

function rejected(input: Rejected, format: Format): JobResult {
  return { outcome: 'failed', out: render(input, format) };
}

/** How many inputs the arguments name when that is known without listing anything (no folder, no stdin list). */
async function countIfCheap(args: string[]): Promise<number | null> {
  for (const arg of args) {
    if (arg === '-') return null;
    if (!isUrl(arg) && (await stat(arg).catch(() => null))?.isDirectory()) return null;
  }
  return args.length;
}

async function countInputs(args: string[]): Promise<number> {
  let n = 0;
  for await (const _ of expandInputs(args, process.stdin)) n++;
  return n;
}
