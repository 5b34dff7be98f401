/**
 * Times full global scans of regexes over pumped inputs in a worker thread, so a catastrophic pattern can be
 * stopped (worker.terminate) instead of hanging the test run. Only ratios between sizes are used by the tests.
 */
import { Worker } from 'node:worker_threads';

/** `chunk`: the pattern only ever sees pieces this long (practice patterns run per sentence, at most 1,200 chars). */
export type Probe = { id: string; source: string; flags: string; units: string[]; chunk?: number };
/** Per probe and unit: milliseconds per size (min of repeats); null where it was stopped or skipped. */
export type Timing = { id: string; unit: string; ms: Array<number | null> };

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { probes, sizes, stopMs, bigFor } = workerData;
// test() with the g flag walks every match without allocating one array per match.
const scan = (re, s) => {
  re.lastIndex = 0;
  for (let at = -1; re.test(s); ) {
    if (re.lastIndex === at) re.lastIndex++;
    at = re.lastIndex;
  }
};
for (const probe of probes) {
  const re = new RegExp(probe.source, probe.flags.replace(/[gy]/g, '') + 'g');
  for (const unit of probe.units) {
    const ms = [];
    let slow = false;
    for (const size of sizes) {
      if (slow) { ms.push(null); continue; }
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const pieces = [];
      if (probe.chunk) for (let at = 0; at < text.length; at += probe.chunk) pieces.push(text.slice(at, at + probe.chunk));
      else pieces.push(text);
      // A repeated string is a rope until first read: flattened here, not inside the first timed scan.
      for (const piece of pieces) /\u0000/.test(piece);
      let best = Infinity;
      const repeats = size <= 100000 ? 3 : 1;
      for (let r = 0; r < repeats; r++) {
        const t = performance.now();
        for (const piece of pieces) scan(re, piece);
        best = Math.min(best, performance.now() - t);
      }
      ms.push(best);
      // Much slower than any linear scan of this size could be: no need to try a bigger one.
      if (best > stopMs) slow = true;
    }
    parentPort.postMessage({ id: probe.id, unit, ms });
  }
}
parentPort.postMessage('done');
`;

/** Runs the probes; a unit that has not answered within `timeoutMs` gets nulls (and the worker is stopped). */
export function timeProbes(probes: Probe[], sizes: number[], opts: { stopMs: number; timeoutMs: number }): Promise<Timing[]> {
  return new Promise((resolve, reject) => {
    const results: Timing[] = [];
    const worker = new Worker(WORKER, { eval: true, workerData: { probes, sizes, stopMs: opts.stopMs } });
    let timer = setTimeout(stop, opts.timeoutMs);
    function stop() {
      void worker.terminate();
      // Units run in order: the first that never answered is the stuck one; the rest run in a new worker.
      const answered = new Set(results.map((r) => `${r.id}\u0000${r.unit}`));
      const pending = probes.flatMap((p) =>
        p.units.filter((u) => !answered.has(`${p.id}\u0000${u}`)).map((unit) => ({ ...p, units: [unit] })),
      );
      const [stuck, ...rest] = pending;
      if (stuck) results.push({ id: stuck.id, unit: stuck.units[0]!, ms: sizes.map(() => null) });
      if (!rest.length) return resolve(results);
      timeProbes(rest, sizes, opts).then((more) => resolve([...results, ...more]), reject);
    }
    worker.on('message', (msg) => {
      if (msg === 'done') {
        clearTimeout(timer);
        void worker.terminate();
        resolve(results);
        return;
      }
      results.push(msg as Timing);
      clearTimeout(timer);
      timer = setTimeout(stop, opts.timeoutMs);
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
