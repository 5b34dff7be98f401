/**
 * A word is a letter or digit followed by letters, digits, apostrophes and hyphens ("don't", "opt-out", "2024").
 * One regex run per word, not a loop over characters: the loop was faster warm (0.6 vs 1.4 ms on a long policy) but a
 * fresh worker runs it in V8's interpreter, and the first analysis of a median policy paid 3.5 ms for it in Chromium
 * instead of under 1 ms.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words in the text, counted without building an array of them. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}
