/**
 * Number patterns as regex sources, with no NLP library behind them: practice modules import this,
 * so the popup (which imports the practice registry for labels) never bundles compromise.
 */
export const UNIT_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TEN_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALES = 'hundred|thousand';
// \\b: "eighteen" must not stop at "eight" where a lookahead would accept it.
const WORD = `(?:(?:${UNIT_WORDS}|${TEN_WORDS}|${SCALES})\\b)`;
/**
 * A number in words ("twenty-four", "one hundred eighty") or digits, optionally followed by "(30)". At most eight
 * words: an unbounded run was retried from every word of a long list of number words (quadratic).
 */
export const NUMBER_SOURCE = `(?:\\d{1,4}(?:\\.\\d+)?|${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD}){0,7}|an?|several|few)(?:\\s*\\(\\s*\\d{1,4}\\s*\\))?`;

export type Duration = { days: number; text: string; index: number };

/** What judges get from the analyzer to read numbers (see `PracticeContext.numbers`). */
export type NumberReader = {
  findDurations(sentence: string): Duration[];
  readAge(fragment: string): number | null;
};
