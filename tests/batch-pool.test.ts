import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../cli/batch/pool';

const DYING = new URL('./support/dying-batch-worker.ts', import.meta.url).href;

describe('batch worker pool', () => {
  it('keeps two inputs in flight per thread and answers each with its own entry', async () => {
    const pool = new WorkerPool(2, 'jsonl', DYING);
    const inputs = Array.from({ length: 8 }, (_, i) => `input-${i}`);
    const results = await Promise.all(inputs.map((i) => pool.run(i)));
    await pool.close();
    const [names, held] = [results.map((r) => r.out.split(' ')[0]), results.map((r) => Number(r.out.split(' ')[1]))];
    expect(names).toEqual(inputs);
    expect(results.every((r) => r.outcome === 'policy')).toBe(true);
    // Each thread held a second input while the first was still in it, and never a third.
    expect(Math.max(...held)).toBe(2);
  }, 60_000);

  it('fails only the input that kills its thread: the one beside it is run again alone and answered', async () => {
    const pool = new WorkerPool(2, 'jsonl', DYING);
    const inputs = ['a', 'die-b', 'c', 'd', 'e', 'die-f', 'g'];
    const results = await Promise.all(inputs.map((i) => pool.run(i)));
    await pool.close();
    const failed = inputs.filter((_, k) => results[k]!.outcome === 'failed');
    expect(failed).toEqual(['die-b', 'die-f']);
    for (const [k, input] of inputs.entries()) {
      if (input.startsWith('die'))
        expect(JSON.parse(results[k]!.out)).toMatchObject({ source: input, error: /the analyzer thread stopped/ });
      else expect(results[k]!.out).toMatch(new RegExp(`^${input} \\d\\n$`));
    }
  }, 60_000);
});
