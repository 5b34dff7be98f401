/**
 * A batch thread for tests/batch-pool.test.ts: answers each input after a short wait with the input and how many
 * inputs the thread held when it arrived ("c 2"), and dies on one that says "die".
 */
import { parentPort } from 'node:worker_threads';

let held = 0;
parentPort!.on('message', ({ id, input }: { id: number; input: string }) => {
  const atArrival = ++held;
  // The wait keeps inputs in the thread at once, as real file reads do.
  setTimeout(() => {
    if (input.includes('die')) throw new Error(`killed by ${input}`);
    held--;
    parentPort!.postMessage({ id, outcome: 'policy', out: `${input} ${atArrival}\n` });
  }, 30);
});
