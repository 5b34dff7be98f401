/**
 * Numbers in policy language: the closed vocabulary of number words and digits the duration and age patterns match,
 * and readers that turn them back into values. No NLP library behind them, so the popup can load them for its answers.
 */
export const UNIT_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TEN_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALES = 'hundred|thousand';
// \\b: "eighteen" must not stop at "eight" where a lookahead would accept it.
const WORD = `(?:(?:${UNIT_WORDS}|${TEN_WORDS}|${SCALES})\\b)`;
/**
 * A number in words ("twenty-four", "one hundred eighty") or digits, optionally followed by "(30)"; or the digits in
 * parentheses alone, legal style with the word dropped ("under (13) years of age"). At most eight words: an unbounded
 * run was retried from every word of a long list of number words (quadratic).
 */
export const NUMBER_SOURCE = `(?:\\(\\s*\\d{1,4}\\s*\\)|\\d{1,4}(?:\\.\\d+)?|${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD}){0,7}|an?|several|few)(?:\\s*\\(\\s*\\d{1,4}\\s*\\))?`;

export type Duration = { days: number; text: string; index: number };

const SMALL: Record<string, number> = Object.fromEntries([
  ...UNIT_WORDS.split('|').map((w, i) => [w, i] as const),
  ...TEN_WORDS.split('|').map((w, i) => [w, (i + 2) * 10] as const),
]);

/**
 * Number words of the closed vocabulary NUMBER_SOURCE matches ("twenty-four", "one hundred eighty").
 * Not compromise's parser: that needs its full 360 KB build and tagger, which would double the worker's
 * start-up and the package for these few words (see README, "Design decisions").
 */
export function wordsToNumber(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === '' || word === 'and') continue;
    if (word in SMALL) current += SMALL[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** The value of a number phrase: digits directly, words by `wordsToNumber`; "thirty (30)" trusts the digits. */
export function parseNumber(phrase: string): number | null {
  const p = phrase.toLowerCase().trim();
  const paren = /\(\s*(\d{1,4})\s*\)/.exec(p);
  if (paren) return Number(paren[1]);
  if (/^\d/.test(p)) return Number.parseFloat(p);
  if (p === 'a' || p === 'an') return 1;
  if (p === 'several' || p === 'few') return null;
  return wordsToNumber(p);
}

/** Days per unit; the short forms are the ones policies write in tables and lists ("5 yrs", "6 mos", "48 hrs"). */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, hour: 1 / 24, hr: 1 / 24, wk: 7, mo: 30, yr: 365 };

/** A number and a unit of time; a short form may end in a full stop ("2 yrs."), a whole unit in a plural s. */
const DURATION_RE = new RegExp(
  `\\b(${NUMBER_SOURCE})[\\s-]*(?:calendar\\s+|business\\s+|full\\s+|financial\\s+|fiscal\\s+|tax\\s+|consecutive\\s+|complete\\s+)?(hour|day|week|month|year|hr|wk|mo|yr)s?\\b`,
  'gi',
);

/** Every duration in a sentence, in days ("18 months" → 540, "12 months" → 365, "thirty (30) days" → 30). */
export function findDurations(sentence: string): Duration[] {
  const out: Duration[] = [];
  for (const m of sentence.matchAll(DURATION_RE)) {
    const n = parseNumber(m[1]!);
    if (n === null || n <= 0) continue;
    const unit = m[2]!.toLowerCase();
    // Months are 30 days ("18 months" → 540), but whole years written in months are years ("24 months" → 730).
    const days = (unit === 'month' || unit === 'mo') && Number.isInteger(n / 12) ? (n / 12) * 365 : n * UNIT_DAYS[unit]!;
    out.push({ days: Math.round(days * 100) / 100, text: m[0], index: m.index! });
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
