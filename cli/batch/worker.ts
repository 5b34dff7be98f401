/** A batch worker thread: analyzes the inputs the main thread sends (two in flight: one reads while one is analyzed) and posts each rendered entry back. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Format } from './job';

export type JobRequest = { id: number; input: string };
export type JobReply = { id: number; outcome: string; out: string };

const format = (workerData as { format: Format }).format;
parentPort!.on('message', async ({ id, input }: JobRequest) => {
  const { outcome, out } = await runJob(input, format);
  parentPort!.postMessage({ id, outcome, out } satisfies JobReply);
});
