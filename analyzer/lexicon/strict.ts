import { concept, opt, type Concept, type Source } from './build';

/*
 * Stricter builders, for concepts whose older hand-written patterns read plain words and single spaces: a `seq`
 * part may follow a comma and any `gap` word may hold punctuation, which reads more sentences than those did.
 */

/** Up to `n` plain words (letters, digits, underscore) in between: "such child's information" is not "such … information". */
export function wordGap(n: number): Source {
  return opt(`\\w+(?:\\s+\\w+){0,${n - 1}}`);
}

/** Up to `n` plain words, also separated by commas: "reasonable physical, technical and administrative measures". */
export function listGap(n: number): Source {
  return opt(`\\w+(?:[\\s,]+\\w+){0,${n - 1}}`);
}

/** Like `seq`, but only spaces between the parts, never a comma: "we use, protect" is not "we … protect". */
export function tight(...list: Source[]): Source {
  let out = '';
  // While only optional parts have been written, each carries its own space after it.
  let leading = true;
  for (const part of list) {
    const optional = part.charCodeAt(0) === 0;
    const body = optional ? part.slice(1) : part;
    if (optional) out += leading ? `(?:${body}\\s+)?` : `(?:\\s+${body})?`;
    else {
      out += (leading ? '' : '\\s+') + body;
      leading = false;
    }
  }
  return out;
}

/** `a`, then `b` within `chars` characters with no full stop between, reaching as far as it can (greedy). */
export function within(a: Source, b: Source, chars = 60): Source {
  return `${a}[^.]{0,${chars}}${b}`;
}

/** A case-sensitive concept: addresses and country codes are told apart by their capitals ("CA 94105", "in the US"). */
export function caseSensitive(name: string, source: Source): Concept {
  return concept(name, source, '');
}
