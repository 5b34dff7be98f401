import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { resetWarmUp, warmAnalyzerWhile, WARM_UP_EXCLUSIONS, WARM_UP_SENTENCES } from '../utils/worker/analyzer-warm-up';

afterEach(resetWarmUp);
const tick = () => Promise.resolve();

describe('analyzer warm-up while the page extracts', () => {
  it('every warm-up sentence reaches some judge (it compiles the patterns a real policy needs)', () => {
    for (const sentence of WARM_UP_SENTENCES) {
      const found = Object.values(analyze(sentence).practices).filter((f) => f.verdict !== 'not-mentioned');
      expect(found.length, sentence).toBeGreaterThan(0);
    }
    for (const sentence of WARM_UP_EXCLUSIONS) {
      const found = Object.values(analyze(sentence).practices).filter((f) => f.verdict !== 'not-mentioned');
      expect(found, sentence).toEqual([]);
    }
  });

  it('analyzes every sentence while the extraction is pending, and only once per worker', async () => {
    expect(await warmAnalyzerWhile(new Promise(() => {}), tick)).toBe(WARM_UP_SENTENCES.length + WARM_UP_EXCLUSIONS.length);
    expect(await warmAnalyzerWhile(new Promise(() => {}), tick)).toBe(0);
  });

  it('stops as soon as the extraction answers (or fails)', async () => {
    let answer!: () => void;
    const pending = new Promise<void>((r) => (answer = r));
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 3) answer();
      await tick();
      await tick();
    };
    expect(await warmAnalyzerWhile(pending, pause)).toBe(2);
    resetWarmUp();
    const failed = Promise.reject(new Error('no content script'));
    expect(
      await warmAnalyzerWhile(failed, async () => {
        await tick();
        await tick();
      }),
    ).toBe(0);
  });
});
