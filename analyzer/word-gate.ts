import type { Filter } from './lexicon/scan';
import { DIGIT, PREFIX_LENGTH, requiredKeys, type Key } from './required-words';

/**
 * One look at a sentence's words for many patterns at once: each pattern's gate is the keys it cannot match without
 * (`requiredKeys`, derived from its source), and a sentence's mask has bit `i` set when it holds a key of pattern `i`.
 * A pattern whose bit is clear cannot match, so it is not run; a set bit says only "maybe" (the pattern decides).
 * A pattern with no gate (its source cannot tell) has its bit always set. At most 31 patterns.
 *
 * Word keys live in a table indexed by a hash of the word's first characters, with no check of the word itself: two
 * keys that share a slot share their bits, so a collision can only let a sentence through, never keep one out.
 */
export type WordGate = { maskOf(text: string): number };

const BITS = 15;
const SLOT = 32 - BITS;
/** The hash of a word's first characters, one character at a time (lower-case ASCII codes). */
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;
const START = 7;
const prefixSlot = (h: number) => Math.imul(h, 0x9e3779b1) >>> SLOT;
const wholeSlot = (h: number) => Math.imul(h ^ 0x5bd1e995, 0x85ebca6b) >>> SLOT;
const hashOf = (word: string) => [...word].reduce((h, c) => step(h, c.charCodeAt(0)), START);

/** Texts a gate lets through whole before it reads its patterns' keys (see `HOT_CALLS`): a fresh process's first
 * analysis would spend more on reading them than it saves. */
export const GATE_AFTER = 2048;

/** A word gate that passes everything for its first `GATE_AFTER` texts, then reads its patterns' keys. */
export function wordGate(patterns: readonly Filter[], after = GATE_AFTER): WordGate {
  if (patterns.length > 31) throw new Error('a word gate holds 31 patterns at most');
  const all = (1 << patterns.length) - 1;
  let calls = 0;
  let gate: WordGate | null = null;
  return {
    maskOf(text) {
      if (gate) return gate.maskOf(text);
      if (++calls < after) return all;
      return (gate = readGate(patterns)).maskOf(text);
    },
  };
}

function readGate(patterns: readonly Filter[]): WordGate {
  const table = new Int32Array(1 << BITS);
  const ascii = new Int32Array(128);
  const chars = new Map<number, number>();
  let digit = 0;
  let always = 0;
  /** Which prefix lengths some key has (bit k: length k), so a word is looked up only at those. */
  let lengths = 0;
  const add = (key: Key, bit: number) => {
    if (key === DIGIT) digit |= bit;
    else if (key.startsWith('c:')) {
      const code = key.charCodeAt(2);
      if (code < 128) ascii[code]! |= bit;
      else chars.set(code, (chars.get(code) ?? 0) | bit);
    } else {
      const word = key.slice(2);
      if (key.startsWith('p:')) {
        table[prefixSlot(hashOf(word))]! |= bit;
        lengths |= 1 << word.length;
      } else table[wholeSlot(hashOf(word))]! |= bit;
    }
  };
  patterns.forEach((re, i) => {
    const keys = requiredKeys(re.source, re.flags);
    if (!keys) always |= 1 << i;
    else for (const key of keys) add(key, 1 << i);
  });
  const all = (1 << patterns.length) - 1;
  return {
    maskOf(text) {
      let mask = always;
      let h = START;
      let length = 0; // characters of the current word seen so far (0: between words)
      for (let i = 0; i <= text.length && mask !== all; i++) {
        const c = i < text.length ? text.charCodeAt(i) : 32;
        const upper = c >= 65 && c <= 90;
        if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
          if (c <= 57) mask |= digit;
          if (length < PREFIX_LENGTH) {
            h = step(h, upper ? c | 32 : c);
            if (lengths & (1 << (length + 1))) mask |= table[prefixSlot(h)]!;
          }
          length++;
          continue;
        }
        if (length && length < PREFIX_LENGTH) mask |= table[wholeSlot(h)]!;
        h = START;
        length = 0;
        if (c < 128) mask |= ascii[c]!;
        else mask |= chars.get(c) ?? 0;
      }
      return mask;
    },
  };
}
