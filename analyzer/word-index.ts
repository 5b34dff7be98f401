import { DIGIT, PREFIX_LENGTH, requiredKeys } from './required-words';

/**
 * `mayMatch(re, text)`: false when the text lacks every word the pattern cannot match without (`requiredKeys`), so
 * the pattern need not run; true means only "maybe". A text's words are read once into a set of bits (the last few
 * texts are kept: a judge asks many patterns about one sentence), and a pattern's keys are read once from its source,
 * once it has been asked `HOT_CALLS` times.
 *
 * The set is a Bloom filter: each key is a bit chosen by a hash, with no check of the word itself, so two keys that
 * share a bit can only let a text through, never keep one out.
 */

const BITS = 15;
const SHIFT = 32 - BITS;
/** The hash of a word's first characters, one character at a time (lower-case ASCII codes). */
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
const START = 7;
const prefixBit = (h: number) => Math.imul(h, 0x9e3779b1) >>> SHIFT;
const wholeBit = (h: number) => Math.imul(h ^ 0x5bd1e995, 0x85ebca6b) >>> SHIFT;
const charBit = (code: number) => Math.imul(code ^ 0x27d4eb2f, 0x165667b1) >>> SHIFT;
const DIGIT_BIT = charBit(0x10000);
const hashOf = (word: string) => [...word].reduce((h, c) => step(h, c.charCodeAt(0)), START);

/** The bits a text's words set: every word's first one to six characters, each short word whole, characters, digits. */
function fill(bits: Uint32Array, text: string): void {
  bits.fill(0);
  let h = START;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
      if (c <= 57) bits[DIGIT_BIT >>> 5]! |= 1 << (DIGIT_BIT & 31);
      if (length < PREFIX_LENGTH) {
        h = step(h, upper ? c | 32 : c);
        const b = prefixBit(h);
        bits[b >>> 5]! |= 1 << (b & 31);
      }
      length++;
      continue;
    }
    if (length && length < PREFIX_LENGTH) {
      const b = wholeBit(h);
      bits[b >>> 5]! |= 1 << (b & 31);
    }
    h = START;
    length = 0;
    if (c > 32 && c !== 160) {
      const b = charBit(c);
      bits[b >>> 5]! |= 1 << (b & 31);
    }
  }
}

/** The bits of one pattern's keys; null when it has no gate (it always may match). */
function bitsOf(re: RegExp): Int32Array | null {
  const keys = requiredKeys(re.source, re.flags);
  if (!keys) return null;
  const out = new Set<number>();
  for (const key of keys) {
    if (key === DIGIT) out.add(DIGIT_BIT);
    else if (key.startsWith('c:')) out.add(charBit(key.charCodeAt(2)));
    else out.add(key.startsWith('p:') ? prefixBit(hashOf(key.slice(2))) : wholeBit(hashOf(key.slice(2))));
  }
  return Int32Array.from(out);
}

/** A pattern's gate once read (null: none), or how often it was asked before (a number). */
const gates = new WeakMap<RegExp, Int32Array | null | number>();
/**
 * Calls before a pattern's keys are read. Reading them costs more than the pattern runs saved in a fresh process's
 * first analysis (its code still runs in V8's interpreter), so only patterns asked often get a gate: in a warm
 * process, all that matter.
 */
export const HOT_CALLS = 256;

/** The last texts read, newest first: a judge asks about its sentence and a slice or two of it in turn. */
const KEPT = 3;
const texts: (string | null)[] = new Array(KEPT).fill(null);
const sets = Array.from({ length: KEPT }, () => new Uint32Array(1 << (BITS - 5)));

function bitsFor(text: string): Uint32Array {
  for (let i = 0; i < KEPT; i++) if (texts[i] === text) return sets[i]!;
  // Reuse the oldest set: shift the others down.
  const set = sets[KEPT - 1]!;
  for (let i = KEPT - 1; i > 0; i--) {
    texts[i] = texts[i - 1]!;
    sets[i] = sets[i - 1]!;
  }
  fill(set, text);
  texts[0] = text;
  sets[0] = set;
  return set;
}

/** Can `re` match in `text`? False only when the text lacks every word (or character) the pattern needs. */
export function mayMatch(re: RegExp, text: string): boolean {
  let gate = gates.get(re);
  if (gate === undefined || typeof gate === 'number') {
    const calls = (gate ?? 0) + 1;
    if (calls < HOT_CALLS) return (gates.set(re, calls), true);
    gates.set(re, (gate = bitsOf(re)));
  }
  if (!gate) return true;
  const bits = bitsFor(text);
  for (let i = 0; i < gate.length; i++) {
    const b = gate[i]!;
    if (bits[b >>> 5]! & (1 << (b & 31))) return true;
  }
  return false;
}
