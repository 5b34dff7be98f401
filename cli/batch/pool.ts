import { Worker } from 'node:worker_threads';
import { render, runJob, type Format, type JobResult } from './job';
import type { JobReply } from './worker';

/** Runs inputs in this thread for one job, else in up to `jobs` worker threads. */
export type Runner = { run(input: string): Promise<JobResult>; close(): Promise<void> };

export function createRunner(jobs: number, format: Format): Runner {
  if (jobs <= 1) return { run: (input) => runJob(input, format), close: async () => {} };
  return new WorkerPool(jobs, format);
}

/** `retried`: it was in a thread that died; it now runs alone, and fails if its thread dies again. */
type Task = { id: number; input: string; done: (r: JobResult) => void; retried: boolean };
type Slot = { worker: Worker; tasks: Map<number, Task> };

/**
 * Inputs in flight per thread: while one is being read from disk (the thread idles on I/O), the other is analyzed.
 * Two is enough to keep a thread busy and keeps memory flat.
 */
const IN_FLIGHT = 2;

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;
/** Node 20 threads do not inherit tsx's loader hooks, so each thread registers them before loading the TypeScript worker. */
const boot = (url: string) =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;

export class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly format: Format,
    /** The thread's script (tests give one that dies on cue). */
    private readonly workerUrl = WORKER_URL,
  ) {}

  run(input: string): Promise<JobResult> {
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, input, done, retried: false });
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
      const task = this.queue[0]!;
      const slot = this.slotFor(task);
      if (!slot) return;
      this.queue.shift();
      slot.tasks.set(task.id, task);
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
  }

  /** The least busy thread that can take the task (a new one while some are missing), or none for now. */
  private slotFor(task: Task): Slot | null {
    const alone = (s: Slot) => [...s.tasks.values()].some((t) => t.retried);
    let best: Slot | null = null;
    for (const s of this.slots) if (!alone(s) && (!best || s.tasks.size < best.tasks.size)) best = s;
    if ((!best || best.tasks.size > 0) && this.slots.length < this.size) best = this.spawn();
    if (!best) return null;
    // A retried input waits for an idle thread: if it is the one that kills threads, it takes no other input along.
    const room = task.retried ? best.tasks.size === 0 : best.tasks.size < IN_FLIGHT;
    return room ? best : null;
  }

  private spawn(): Slot {
    const worker = new Worker(boot(this.workerUrl), { eval: true, workerData: { format: this.format } });
    const slot: Slot = { worker, tasks: new Map() };
    worker.on('message', (reply: JobReply) => {
      const task = slot.tasks.get(reply.id);
      if (!task) return;
      slot.tasks.delete(reply.id);
      task.done({ outcome: reply.outcome as JobResult['outcome'], out: reply.out });
      this.dispatch();
    });
    // A thread that dies (out of memory on one huge input, say) fails only the input that killed it: the inputs it
    // held are run again, each alone in a fresh thread, and one that dies a second time gets its error entry.
    const lost = (why: string) => {
      if (!this.slots.includes(slot)) return;
      this.slots = this.slots.filter((s) => s !== slot);
      const tasks = [...slot.tasks.values()];
      slot.tasks.clear();
      if (this.closed) return;
      for (const task of tasks.reverse()) {
        if (task.retried || tasks.length === 1)
          task.done({ outcome: 'failed', out: render({ source: task.input, error: `the analyzer thread stopped (${why})` }, this.format) });
        else this.queue.unshift({ ...task, retried: true });
      }
      this.dispatch();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
