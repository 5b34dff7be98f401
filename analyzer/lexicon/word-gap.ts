import { opt, type Source } from './build';

/**
 * Up to `n` plain words (letters, digits, underscore) in between, inside a `seq`: `seq(a, wordGap(2), b)`. Narrower
 * than `gap`: no punctuation inside a word, so "such child's information" is not "such ... information".
 */
export function wordGap(n: number): Source {
  return opt(`\\w+(?:\\s+\\w+){0,${n - 1}}`);
}
