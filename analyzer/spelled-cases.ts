/**
 * A case-insensitive pattern without the `i` flag: every ASCII letter spelled in both cases (`sell` → `[sS][eE][lL][lL]`,
 * `[a-h]` → `[a-hA-H]`). Without the `u` flag the two match the same texts, and V8 compiles the spelled one in about
 * half the time: with `i` it folds the case of every letter of a pattern as it compiles, and compiling the patterns a
 * policy reaches is most of a cold process's first analysis. Matching speed is the same.
 *
 * Null when the spelling could differ from `i`: a letter outside ASCII ("é" also matches "É"), a back-reference
 * (compared without case under `i`), an escape that names a letter (`\x41`), or syntax this reader does not know.
 * Spelling a spelled source again gives it back unchanged.
 */

const isLower = (code: number) => code >= 97 && code <= 122;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLetter = (code: number) => isLower(code) || isUpper(code);
/** A character other than an ASCII letter whose case `i` would fold. */
const foldsOutsideAscii = (c: string) => c.charCodeAt(0) > 127 && c.toLowerCase() !== c.toUpperCase();

/** Escapes that name no letter and mean the same with or without `i` (classes, assertions, controls). */
const PLAIN_ESCAPES = new Set([...'bBdDsSwWnrtfv0']);

/**
 * The parts of a source that matter here, found natively (a loop over each character in JavaScript cost a fresh
 * process more than the spelling saved): an escape, a class, a group's name, a run of ASCII letters, a character
 * outside ASCII. Everything between them is kept as written.
 */
const PART = /\\(?:u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|[\s\S])|\[\^?(?:\\[\s\S]|[^\]\\])*\]|\(\?<[A-Za-z_$][\w$]*>|[A-Za-z]|[^\0-\x7f]/g;
const BOTH: Record<string, string> = {};
for (let code = 97; code <= 122; code++) {
  const lower = String.fromCharCode(code);
  const upper = lower.toUpperCase();
  BOTH[lower] = `[${lower}${upper}]`;
  BOTH[upper] = `[${upper}${lower}]`;
}
/** Classes spelled so far: most are the same few (`[\s-]`, `[\w’'-]`). */
const classes = new Map<string, string | null>();

export function spellCases(source: string): string | null {
  let ok = true;
  const out = source.replace(PART, (part) => {
    const first = part.charCodeAt(0);
    if (first === 92) {
      if (readEscape(part, 0) === null) ok = false;
      return part;
    }
    if (first === 91) {
      let spelled = classes.get(part);
      if (spelled === undefined) classes.set(part, (spelled = spellClass(part)));
      if (spelled === null) ok = false;
      return spelled ?? part;
    }
    if (first === 40) return part; // a group's name is not matched
    if (first > 127) {
      if (foldsOutsideAscii(part)) ok = false;
      return part;
    }
    return BOTH[part]!;
  });
  return ok ? out : null;
}

/** The escape at `i` as written, or null when it names a letter or refers back to a group. */
function readEscape(source: string, i: number): string | null {
  const c = source[i + 1];
  if (c === undefined) return null;
  if (PLAIN_ESCAPES.has(c)) return source.slice(i, i + 2);
  if (c === 'u' || c === 'x') {
    const hex = (c === 'u' ? /^[\da-f]{4}/i : /^[\da-f]{2}/i).exec(source.slice(i + 2, i + 6));
    if (!hex) return null;
    const ch = String.fromCharCode(parseInt(hex[0], 16));
    return isAsciiLetter(ch.charCodeAt(0)) || foldsOutsideAscii(ch) ? null : source.slice(i, i + 2 + hex[0].length);
  }
  // Back-references (\1, \k<name>) compare without case under `i`; \c and identity escapes of letters are rare.
  if (/[\dA-Za-z]/.test(c) || foldsOutsideAscii(c)) return null;
  return source.slice(i, i + 2);
}

/** A class with the other case of each ASCII letter it holds added (a range's letters as a range). */
function spellClass(text: string): string | null {
  const added: string[] = [];
  const chars = new Set<number>();
  const negated = text[1] === '^';
  let j = negated ? 2 : 1;
  const last = text.length - 1;
  const items: [number, number][] = [];
  while (j < last) {
    let lo: number;
    if (text[j] === '\\') {
      const escape = readEscape(text, j);
      if (escape === null) return null;
      j += escape.length;
      if (escape.length === 2 && PLAIN_ESCAPES.has(escape[1]!)) {
        if (text[j] === '-' && j + 1 < last) return null; // a range from an escape: not read
        if (escape[1] === 'b')
          lo = 8; // backspace, in a class
        else if (escape[1] === '0') lo = 0;
        else continue; // a class escape or a control character: no letters
      } else lo = escape.length === 2 ? escape.charCodeAt(1) : parseInt(escape.slice(2), 16);
    } else lo = text.charCodeAt(j++);
    let hi = lo;
    if (text[j] === '-' && j + 1 < last) {
      j++;
      if (text[j] === '\\') {
        const escape = readEscape(text, j);
        if (escape === null || escape.length === 2) return null; // a range to a class escape: not read
        hi = parseInt(escape.slice(2), 16);
        j += escape.length;
      } else hi = text.charCodeAt(j++);
    }
    items.push([lo, hi]);
  }
  for (const [lo, hi] of items) for (let code = lo; code <= hi && code < 128; code++) chars.add(code);
  for (const [lo, hi] of items) {
    for (let code = lo; code <= hi; code++) {
      if (code > 127) {
        if (foldsOutsideAscii(String.fromCharCode(code))) return null;
        if (hi - code > 0x3000) return null; // a long range: not read character by character
        continue;
      }
      if (!isAsciiLetter(code)) continue;
      const pair = isLower(code) ? code - 32 : code + 32;
      if (chars.has(pair)) continue;
      chars.add(pair);
      added.push(String.fromCharCode(pair));
    }
  }
  if (!added.length) return text;
  // In front of the class's own characters (after a leading `^` or `-`), where they cannot join a range.
  const at = text.startsWith('[^-') ? 3 : negated || text[1] === '-' ? 2 : 1;
  return `${text.slice(0, at)}${added.join('')}${text.slice(at)}`;
}
