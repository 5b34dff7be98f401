import { describe, expect, it } from 'vitest';
import { findDurations, parseNumber, readAge, wordsToNumber } from '../analyzer/numbers';

describe('numbers and durations', () => {
  it('reads digits, words and "words (digits)"', () => {
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('thirty (30)')).toBe(30);
    expect(parseNumber('a')).toBe(1);
  });
  it('converts durations to days', () => {
    expect(findDurations('kept for 18 months').map((d) => d.days)).toEqual([540]);
    // Whole years written in months are years: a policy's "12 months" is its "one year".
    expect(findDurations('kept for 12 months, or 36 months for invoices').map((d) => d.days)).toEqual([365, 1095]);
    expect(findDurations('two years or a week').map((d) => d.days)).toEqual([730, 7]);
    expect(findDurations('within thirty (30) days').map((d) => d.days)).toEqual([30]);
    // A qualified year is a year: "eight financial years", "7 fiscal years".
    expect(findDurations('kept for eight financial years').map((d) => d.days)).toEqual([2920]);
    expect(findDurations('7 fiscal years').map((d) => d.days)).toEqual([2555]);
    // "24 consecutive months", "three complete years": a qualified span is the span.
    expect(findDurations('not signed in for 24 consecutive months').map((d) => d.days)).toEqual([730]);
    expect(findDurations('three complete years').map((d) => d.days)).toEqual([1095]);
    expect(findDurations('a 90-day window').map((d) => d.days)).toEqual([90]);
    expect(findDurations('a 24-month period, one (1) year, eighteen months').map((d) => d.days)).toEqual([730, 365, 540]);
  });
  it('reads the short units of tables and lists', () => {
    expect(findDurations('call recordings: 5 yrs').map((d) => d.days)).toEqual([1825]);
    expect(findDurations('kept for 6 mos after closure, backups 2 wks').map((d) => d.days)).toEqual([180, 14]);
    expect(findDurations('deleted after 48 hrs').map((d) => d.days)).toEqual([2]);
    expect(findDurations('one yr. later').map((d) => d.days)).toEqual([365]);
    // Not units: words that merely start with the letters of a short unit.
    expect(findDurations('the 2 most recent orders, 3 modes, 4 years')).toHaveLength(1);
    expect(findDurations('5 mobile numbers, 12 hrsa grants, 10 wkly reports')).toEqual([]);
  });
  it('reads ages only in a plausible range', () => {
    expect(readAge('thirteen (13) years')).toBe(13);
    expect(readAge('16 in the EEA')).toBe(16);
    expect(readAge('2015')).toBeNull();
    expect(readAge('eighteen years old')).toBe(18);
    expect(readAge('sixty')).toBeNull();
  });
});

describe('wordsToNumber', () => {
  it('reads compound number words', () => {
    expect(wordsToNumber('twenty-four')).toBe(24);
    expect(wordsToNumber('one hundred eighty')).toBe(180);
    expect(wordsToNumber('one hundred and twenty')).toBe(120);
    expect(wordsToNumber('two thousand five hundred')).toBe(2500);
    expect(wordsToNumber('eighteen')).toBe(18);
    expect(wordsToNumber('zero')).toBe(0);
  });
  it('rejects anything outside the vocabulary', () => {
    expect(wordsToNumber('several')).toBeNull();
    expect(wordsToNumber('twenty apples')).toBeNull();
    expect(wordsToNumber('')).toBeNull();
  });
});
