import { Worker } from 'node:worker_threads';
import { render, runJob, type Format, type JobResult } from './job';
import type { JobReply } from './worker';

/** Runs one input at a time per thread: in this thread for one job, else in up to `jobs` worker threads. */
export type Runner = { run(input: string): Promise<JobResult>; close(): Promise<void> };

export function createRunner(jobs: number, format: Format): Runner {
  if (jobs <= 1) return { run: (input) => runJob(input, format), close: async () => {} };
  return new WorkerPool(jobs, format);
}

type Task = { id: number; input: string; done: (r: JobResult) => void };
type Slot = { worker: Worker; task: Task | null };

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;
/** Node 20 threads do not inherit tsx's loader hooks, so each thread registers them before loading the TypeScript worker. */
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly format: Format,
  ) {}

  run(input: string): Promise<JobResult> {
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, input, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private dispatch(): void {
    while (this.queue.length) {
      // Threads start on demand: a run of three inputs never pays for eight idle workers.
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(BOOT, { eval: true, workerData: { format: this.format } });
    const slot: Slot = { worker, task: null };
    worker.on('message', (reply: JobReply) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      slot.task = null;
      task.done({ outcome: reply.outcome as JobResult['outcome'], out: reply.out });
      this.dispatch();
    });
    // A thread that dies (out of memory on one huge input, say) fails only its own input; a fresh one takes its place.
    const lost = (why: string) => {
      this.slots = this.slots.filter((s) => s !== slot);
      const task = slot.task;
      slot.task = null;
      if (task && !this.closed)
        task.done({ outcome: 'failed', out: render({ source: task.input, error: `the analyzer thread stopped (${why})` }, this.format) });
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
