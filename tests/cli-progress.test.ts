import { describe, expect, it } from 'vitest';
import { Progress } from '../cli/batch/progress';

/** What a terminal reads as: back to the line's start, erase it. */
const CLEAR_LINE = '\r\x1b[K';

/** A stand-in for process.stderr that keeps what is written. */
function sink() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

describe('batch progress and summary', () => {
  it('draws a progress line with count, rate and ETA on a terminal, then replaces it with the summary', () => {
    const { chunks, stream } = sink();
    const p = new Progress(stream, true, false);
    p.total = 3;
    p.add('policy');
    const line = chunks.join('');
    expect(line.startsWith(CLEAR_LINE)).toBe(true);
    expect(line.slice(CLEAR_LINE.length)).toMatch(/^1 of 3 inputs, [\d.]+\/s, ETA \d+:\d\d$/);
    p.add('failed');
    p.add('not-policy');
    p.finish(false);
    expect(chunks.at(-1)).toMatch(/^policylens: 3 inputs in [\d.]+ s \([\d.]+\/s\): 2 analyzed \(1 not a policy\), 1 failed\n$/);
    expect(p.failed).toBe(1);
  });

  it('writes no progress line when stderr is not a terminal, only the summary; nothing at all with --quiet', () => {
    const plain = sink();
    const p = new Progress(plain.stream, false, false);
    for (let i = 0; i < 50; i++) p.add('policy');
    p.finish(false);
    expect(plain.chunks).toEqual([expect.stringMatching(/^policylens: 50 inputs in .*: 50 analyzed \(0 not a policy\), 0 failed\n$/)]);
    const quiet = sink();
    const q = new Progress(quiet.stream, true, true);
    q.add('failed');
    q.finish(false);
    expect(quiet.chunks).toEqual([]);
  });
});
