/**
 * The words a pattern cannot match without, read from its compiled source: the ground for gates that skip a pattern
 * on text that lacks them all (`word-gate.ts`). Derived, never written by hand, so a synonym added to a
 * concept reaches its gate by itself.
 *
 * A key is one of (a word being a run of `\w` characters, what `\b` sees, lower-cased):
 * - `w:tag`, a whole word ("tag", not "tags");
 * - `p:secur`, a word's first characters, up to `PREFIX_LENGTH` ("secure", "security");
 * - `c:@`, a character that has no case and is not a word character, anywhere;
 * - `digit`, any digit, anywhere.
 * Only parts of a pattern that start at a word boundary give word keys. `requiredKeys` returns keys of which every
 * match contains at least one, or null when it cannot tell (a part that starts mid-word, `\w`, a negated class...):
 * a gate built on null passes everything, which is correct, only slower.
 */

export type Key = string;
export type KeySet = ReadonlySet<Key>;

/** How many of a word's first characters a prefix key holds at most. */
export const PREFIX_LENGTH = 6;
export const DIGIT: Key = 'digit';

/** Keys written this many at most for one part: past it, the part says too little to be worth a gate. */
const MAX_KEYS = 400;

type Atom =
  | { k: 'char'; c: string }
  | { k: 'class'; chars: string[] | null; word: boolean; nonWord: boolean; digit: boolean }
  | { k: 'group'; alts: Item[][] }
  | { k: 'look' }
  | { k: 'edge' } // \b, ^: the next word character starts a word
  | { k: 'zero' } // \B, $: consumes nothing, says nothing
  | { k: 'any' };
type Item = { atom: Atom; min: number; max: number };

/** `\w`: ASCII letters, digits and the underscore (no `u` flag). */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
const caseless = (c: string) => c.toLowerCase() === c.toUpperCase();
const WHITESPACE = [' ', '\t', '\n', '\r', '\f', '\v', '\u00a0'];
const DIGITS = [...'0123456789'];

/** A parser for the patterns the vocabulary builds (no `u` flag): enough of the syntax to read, and `any` for the rest. */
const cls = (chars: string[] | null, word: boolean, nonWord: boolean, digit = false): Atom => ({ k: 'class', chars, word, nonWord, digit });

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alts(): Item[][] {
    const out: Item[][] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      out.push(this.seq());
    }
    return out;
  }

  seq(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  atom(): Atom {
    const c = this.src[this.i++]!;
    if (c === '(') {
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        look = true;
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      const alts = this.alts();
      if (this.src[this.i++] !== ')') throw new Error('unbalanced group');
      return look ? { k: 'look' } : { k: 'group', alts };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return (this.escape(false) as Atom | null) ?? { k: 'any' };
    if (c === '^') return { k: 'edge' };
    if (c === '$') return { k: 'zero' };
    if (c === '.') return { k: 'any' };
    return { k: 'char', c };
  }

  /** An escape, in or out of a class: a char, a class, or (outside a class) an assertion. */
  escape(inClass: boolean): Atom | string[] | null {
    const c = this.src[this.i++]!;
    switch (c) {
      case 'b':
        return inClass ? ['\b'] : { k: 'edge' };
      case 'B':
        return { k: 'zero' };
      case 'd':
        return cls(DIGITS, true, false, true);
      case 's':
        return cls(WHITESPACE, false, true);
      case 'W':
        return cls(null, false, true);
      case 'w':
      case 'D':
      case 'S':
        return cls(null, false, false);
      case 'n':
        return inClass ? ['\n'] : { k: 'char', c: '\n' };
      case 't':
        return inClass ? ['\t'] : { k: 'char', c: '\t' };
      case 'r':
      case 'f':
      case 'v':
      case '0': {
        const ch = ({ r: '\r', f: '\f', v: '\v', 0: '\0' } as Record<string, string>)[c]!;
        return inClass ? [ch] : { k: 'char', c: ch };
      }
      case 'x':
      case 'u': {
        // Without the `u` flag, `\u{41}` is "u" 41 times: only the four-digit form is a code.
        const hex = (c === 'x' ? /^[\da-f]{2}/i : /^[\da-f]{4}/i).exec(this.src.slice(this.i, this.i + 4));
        if (!hex) return inClass ? [c] : { k: 'char', c };
        this.i += hex[0].length;
        const ch = String.fromCharCode(parseInt(hex[0], 16));
        return inClass ? [ch] : { k: 'char', c: ch };
      }
      case 'k': // a named back-reference, \k<name>: read as any character
        if (this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
        return null;
      case 'c':
        this.i++; // a control character: rare, read as any character
        return null;
      default:
        if (/\d/.test(c)) return null; // a back-reference
        return inClass ? [c] : { k: 'char', c };
    }
  }

  charClass(): Atom {
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let chars: string[] | null = [];
    let word = true;
    let nonWord = true;
    let digit = true;
    const add = (list: string[]) => {
      for (const ch of list) {
        word &&= isWordChar(ch);
        nonWord &&= !isWordChar(ch);
        digit &&= /\d/.test(ch);
      }
      chars?.push(...list);
    };
    // In JavaScript a `]` right after `[` closes an empty class (it never matches).
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let lo: string | null;
      if (this.src[this.i] === '\\') {
        this.i++;
        const e = this.escape(true);
        if (Array.isArray(e)) lo = e[0]!;
        else if (e && e.k === 'class') {
          if (e.chars) add(e.chars);
          else {
            chars = null;
            word &&= e.word;
            nonWord &&= e.nonWord;
            digit = false;
          }
          continue;
        } else {
          chars = null;
          word = nonWord = digit = false;
          continue;
        }
      } else lo = this.src[this.i++]!;
      if (lo === null) continue;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let hi = this.src[this.i++]!;
        if (hi === '\\') {
          const e = this.escape(true);
          if (!Array.isArray(e) || e.length !== 1) throw new Error('range to a class');
          hi = e[0]!;
        }
        const range: string[] = [];
        for (let code = lo.charCodeAt(0); code <= hi.charCodeAt(0); code++) range.push(String.fromCharCode(code));
        add(range);
      } else add([lo]);
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    // A negated class may match almost anything: what it cannot match says nothing useful here.
    if (negated) return { k: 'class', chars: null, word: false, nonWord: false, digit: false };
    return { k: 'class', chars, word, nonWord, digit: digit && chars !== null && chars.length > 0 };
  }

  quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24));
      if (!m) return q; // a literal brace
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }
}

/** Does the atom consume only non-word characters (so a word character after it starts a word)? */
function nonWordOnly(atom: Atom): boolean {
  if (atom.k === 'char') return !isWordChar(atom.c);
  return atom.k === 'class' && atom.nonWord;
}

/** A linked list of what comes next: the rest of a sequence, then the rest of the sequence around its group. */
type Next = { items: Item[]; i: number; up: Next | null } | null;

/**
 * How the word a match starts at this point begins, every way the pattern can spell it: whole words when the pattern
 * ends the word within `PREFIX_LENGTH` characters, else prefixes. Null when some way does not start with a word
 * character or cannot be spelled out.
 */
function wordStarts(next: Next): Set<Key> | null {
  const out = new Set<Key>();
  return walkWord(next, '', out) ? out : null;
}

/**
 * One way on through the pattern, `word` spelled so far; false when a way does not start a word or spells too many.
 * A plain function, not a closure per step: the walk runs for every part of every pattern on a cold first analysis.
 */
function walkWord(at: Next, word: string, out: Set<Key>): boolean {
  if (word.length === PREFIX_LENGTH) return add(out, `p:${word}`);
  // What follows is not known (the pattern's end): the word starts so.
  if (!at) return word ? add(out, `p:${word}`) : false;
  if (at.i >= at.items.length) return walkWord(at.up, word, out);
  const item = at.items[at.i]!;
  const after: Next = { items: at.items, i: at.i + 1, up: at.up };
  if (item.max === 0) return walkWord(after, word, out);
  if (item.min === 0 && !walkWord(after, word, out)) return false; // the optional part left out
  const atom = item.atom;
  // Taken more than once, what follows the first is not spelled out.
  const then: Next = item.max > 1 ? null : after;
  // A boundary or a non-word character ends the word; a class of many characters leaves it open.
  if (atom.k === 'edge') return word ? add(out, `w:${word}`) : walkWord(after, word, out);
  if (atom.k === 'look' || atom.k === 'zero') return walkWord(after, word, out);
  if (atom.k === 'group') {
    for (const alt of atom.alts) if (!walkWord({ items: alt, i: 0, up: then }, word, out)) return false;
    return true;
  }
  const chars = atom.k === 'char' ? [atom.c] : atom.k === 'class' ? atom.chars : null;
  if (!chars || chars.length > 36) return word ? add(out, `${atom.k === 'class' && atom.nonWord ? 'w' : 'p'}:${word}`) : false;
  for (const ch of chars) {
    const ok = isWordChar(ch) ? walkWord(then, word + ch.toLowerCase(), out) : word ? add(out, `w:${word}`) : false;
    if (!ok) return false;
  }
  return true;
}

/** Adds a key; false once there are too many to be worth a gate. */
function add(out: Set<Key>, key: Key): boolean {
  out.add(key);
  return out.size <= MAX_KEYS;
}

/**
 * Words most sentences of a policy hold: a gate on them passes most sentences, so a part keyed on rarer words is
 * preferred. Only the choice between a pattern's parts depends on this list, never a gate's answer.
 */
const COMMON = new Set(
  `the and or of to a an in on at we our us you your is are be been for not no if may can will would with this that
  these by as it its any all such use used have has from other do does when which who what how more about under over
  up out also only some their they there information personal data privacy policy service services site website
  third party parties account please contact email provide`.split(/\s+/),
);
/** Every start of a common word: a prefix key on one of them is as common as the word. */
const COMMON_STARTS = new Set([...COMMON].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))));
const PUNCTUATION = new Set([...'.,;:()\'"-’'].map((c) => `c:${c}`));
const WHOLE_PRICE = [0, 30, 10, 3];
const PREFIX_PRICE = [0, 60, 30, 10, 4, 2];

/** A rough price of a key set: how many sentences it lets through. The choice between parts only: never correctness. */
function price(keys: KeySet): number {
  let p = 0;
  for (const k of keys) {
    const word = k.slice(2);
    if (k === DIGIT) p += 8;
    else if (k.startsWith('c:')) p += PUNCTUATION.has(k) ? 40 : 3;
    else if (k.startsWith('w:')) p += (WHOLE_PRICE[word.length] ?? 1) + (COMMON.has(word) ? 40 : 0);
    else p += (PREFIX_PRICE[word.length] ?? 1) + (COMMON_STARTS.has(word) ? 40 : 0);
  }
  return p;
}

/** Keys one of which every match of the alternatives contains (null: cannot tell). `edge`: at a word's start. */
function altsKeys(alts: Item[][], edge: boolean, up: Next): KeySet | null {
  const out = new Set<Key>();
  for (const alt of alts) {
    const keys = seqKeys(alt, edge, up);
    if (!keys) return null;
    for (const k of keys) out.add(k);
  }
  return out;
}

/** The cheapest of the key sets the sequence's required parts give (any of them is a valid gate). */
function seqKeys(items: Item[], edge: boolean, _up: Next): KeySet | null {
  const best: Offer = { keys: null, price: Infinity };
  for (let i = 0; i < items.length; i++) {
    const { atom, min } = items[i]!;
    if (atom.k === 'edge') {
      edge = true;
      continue;
    }
    if (atom.k === 'look' || atom.k === 'zero' || items[i]!.max === 0) continue;
    if (min >= 1) {
      if (edge) offer(best, wordStarts({ items, i, up: null }));
      if (atom.k === 'char' && !isWordChar(atom.c) && !/\s/.test(atom.c) && caseless(atom.c)) offer(best, new Set([`c:${atom.c}`]));
      if (atom.k === 'char' && /\d/.test(atom.c)) offer(best, new Set([DIGIT]));
      if (atom.k === 'class' && atom.digit) offer(best, new Set([DIGIT]));
      if (atom.k === 'class' && atom.chars && atom.nonWord && atom.chars.every(caseless) && !atom.chars.some(isSpace))
        offer(best, new Set(atom.chars.map(charKey)));
      if (atom.k === 'group') offer(best, altsKeys(atom.alts, edge, null));
      edge = nonWordOnly(atom);
    } else edge = edge && nonWordOnly(atom);
  }
  return best.keys;
}

/** The cheapest key set offered so far. */
type Offer = { keys: KeySet | null; price: number };
function offer(best: Offer, keys: KeySet | null): void {
  if (!keys) return;
  const p = price(keys);
  if (p < best.price) {
    best.keys = keys;
    best.price = p;
  }
}
const isSpace = (c: string) => /\s/.test(c);
const charKey = (c: string): Key => `c:${c}`;

/** Keys every match of the pattern contains one of, or null when the source cannot tell (see the file's comment). */
export function requiredKeys(source: string, flags = ''): KeySet | null {
  if (/[uvy]/.test(flags)) return null;
  try {
    const parser = new Parser(source);
    const alts = parser.alts();
    if (parser.i !== source.length) return null;
    return altsKeys(alts, false, null);
  } catch {
    return null;
  }
}
