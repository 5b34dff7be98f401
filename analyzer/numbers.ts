import nlp from 'compromise';

import { NUMBER_SOURCE, type Duration } from './number-patterns';

export { NUMBER_SOURCE };

const wordCache = new Map<string, number | null>();

/**
 * The value of a number phrase. Digits are read directly; words go through compromise (cached,
 * since the vocabulary is small and tagging costs about a millisecond). "thirty (30)" trusts the digits.
 */
export function parseNumber(phrase: string): number | null {
  const p = phrase.toLowerCase().trim();
  const paren = /\(\s*(\d{1,4})\s*\)/.exec(p);
  if (paren) return Number(paren[1]);
  if (/^\d/.test(p)) return Number.parseFloat(p);
  if (p === 'a' || p === 'an') return 1;
  if (p === 'several' || p === 'few') return null;
  if (wordCache.has(p)) return wordCache.get(p)!;
  const values = nlp(p).numbers().get() as number[];
  const got = values[0];
  const value = typeof got === 'number' && Number.isFinite(got) ? got : null;
  wordCache.set(p, value);
  return value;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, hour: 1 / 24 };

export type { Duration };

const DURATION_RE = new RegExp(
  `\\b(${NUMBER_SOURCE})[\\s-]*(?:calendar\\s+|business\\s+|full\\s+)?(hour|day|week|month|year)s?\\b`,
  'gi',
);

/** Every duration in a sentence, in days ("18 months" → 540, "thirty (30) days" → 30). */
export function findDurations(sentence: string): Duration[] {
  const out: Duration[] = [];
  for (const m of sentence.matchAll(DURATION_RE)) {
    const n = parseNumber(m[1]!);
    if (n === null || n <= 0) continue;
    out.push({ days: Math.round(n * UNIT_DAYS[m[2]!.toLowerCase()]! * 100) / 100, text: m[0], index: m.index! });
  }
  return out;
}

const AGE_NUMBER = new RegExp(`^(${NUMBER_SOURCE})`, 'i');

/** Reads an age at the start of a fragment: "thirteen (13) years" → 13, "16 in the EEA" → 16. */
export function readAge(fragment: string): number | null {
  const m = AGE_NUMBER.exec(fragment.trim());
  if (!m || /^(an?|several|few)$/i.test(m[1]!)) return null;
  const n = parseNumber(m[1]!);
  return n !== null && Number.isInteger(n) && n >= 5 && n <= 25 ? n : null;
}
