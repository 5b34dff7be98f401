import { describe, expect, it } from 'vitest';
import { firstRun, firstRunsFor } from '../analyzer/first-run';

describe('firstRun, a pattern compiled on a blank text before its first real run', () => {
  it('leaves a global pattern where it was and changes no answer', () => {
    const re = /\bsell\b/gi;
    re.lastIndex = 5;
    firstRun(re);
    expect(re.lastIndex).toBe(5);
    re.lastIndex = 0;
    expect([...'we sell, we Sell'.matchAll(re)].map((m) => m.index)).toEqual([3, 12]);
  });

  it('runs a pattern once only, and a pattern that matches blanks loses nothing', () => {
    const re = /\s+/g;
    firstRun(re);
    expect(re.lastIndex).toBe(0);
    re.lastIndex = 3;
    firstRun(re); // already done: nothing runs
    expect(re.lastIndex).toBe(3);
    expect('a b'.replace(/\s+/g, '-')).toBe('a-b');
  });

  it('works for texts of either string encoding', () => {
    firstRunsFor('We don’t sell it.');
    const re = /\bdon[’']t\b/i;
    firstRun(re);
    expect(re.test('We don’t sell it.')).toBe(true);
    firstRunsFor('plain Latin-1 text');
  });
});
