/**
 * Latin letters with accents, read as plain letters of the same length. Patterns see ASCII letters only (`\b`, `\w`,
 * no `u` flag), so "Adhérent" read as "Adh" + "rent" rented something, and "Québec" as "Qu" + "bec". Folded, a word
 * with an accent stays one word. Same length, so every offset still indexes the original text.
 */

/** Latin-1 letters, Latin Extended-A and -B, Latin Extended Additional ("ễ"); not × and ÷, which are no letters. */
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/;
const ACCENTED_ALL = new RegExp(ACCENTED.source, 'g');
const ASCII_LETTER = /^[A-Za-z]$/;

const folded = new Map<string, string>();
/** "é" → "e"; a letter with no plain base ("ß", "ø", "æ") → "x" or "X", still a letter. */
function foldLetter(c: string): string {
  let out = folded.get(c);
  if (out === undefined) {
    const base = c.normalize('NFD')[0]!;
    out = ASCII_LETTER.test(base) ? base : c === c.toLowerCase() ? 'x' : 'X';
    folded.set(c, out);
  }
  return out;
}

export function foldAccents(text: string): string {
  return ACCENTED.test(text) ? text.replace(ACCENTED_ALL, foldLetter) : text;
}
