import { describe, expect, it } from 'vitest';
import { findDurations, parseNumber, readAge } from '../analyzer/numbers';

describe('numbers and durations', () => {
  it('reads digits, words and "words (digits)"', () => {
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('thirty (30)')).toBe(30);
    expect(parseNumber('a')).toBe(1);
  });
  it('converts durations to days', () => {
    expect(findDurations('kept for 18 months').map((d) => d.days)).toEqual([540]);
    expect(findDurations('two years or a week').map((d) => d.days)).toEqual([730, 7]);
    expect(findDurations('within thirty (30) days').map((d) => d.days)).toEqual([30]);
    expect(findDurations('a 90-day window').map((d) => d.days)).toEqual([90]);
    expect(findDurations('a 24-month period, one (1) year, eighteen months').map((d) => d.days)).toEqual([720, 365, 540]);
  });
  it('reads ages only in a plausible range', () => {
    expect(readAge('thirteen (13) years')).toBe(13);
    expect(readAge('16 in the EEA')).toBe(16);
    expect(readAge('2015')).toBeNull();
    expect(readAge('eighteen years old')).toBe(18);
    expect(readAge('sixty')).toBeNull();
  });
});
