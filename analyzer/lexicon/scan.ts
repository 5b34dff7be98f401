import { firstRun } from '../first-run';
import { mayMatch } from '../word-index';
import { anyOf, compile, type Concept } from './build';

/**
 * Several concepts scanned as one, in order: `indexes(text)` gives where a union of their sources, scanned with the
 * `g` flag, would match (at each position the first member that matches there; the scan goes on after that match),
 * but each member runs its own pattern. V8 compiles one union of large concepts much more slowly than its members one
 * by one (in Chromium, the five forms of the access right, 5,000 characters: ~30 ms against ~10), and a member whose
 * words a text lacks is skipped on its own. Not a concept: the members have the tables.
 */
export class Scan {
  private patterns: RegExp[] | undefined;
  constructor(readonly members: readonly Concept[]) {}

  /** The members' patterns, case-insensitive like the union, global to scan from a position; built on first use. */
  private compiled(): RegExp[] {
    return (this.patterns ??= this.members.map((member) => compile(member.source, 'gi')));
  }

  /** Does any member occur in `text`? (The union's `test`.) */
  test(text: string): boolean {
    return this.compiled().some((re) => mayMatch(re, text) && matchFrom(re, text, 0) >= 0);
  }

  /** Where the union's matches start, in order. */
  *indexes(text: string): Generator<number> {
    const patterns = this.compiled();
    // Each member's next match at or after `from`: its start (-1: none left, -2: not looked for) and end.
    const starts = patterns.map((re): number => (mayMatch(re, text) ? -2 : -1));
    const ends = starts.map(() => 0);
    for (let from = 0; from <= text.length;) {
      let best = -1;
      for (let j = 0; j < patterns.length; j++) {
        if (starts[j] === -2 || (starts[j]! >= 0 && starts[j]! < from)) {
          starts[j] = matchFrom(patterns[j]!, text, from);
          ends[j] = matchEnd;
        }
        if (starts[j]! >= 0 && (best < 0 || starts[j]! < starts[best]!)) best = j;
      }
      if (best < 0) return;
      yield starts[best]!;
      // After an empty match, one character on, as `matchAll` does.
      from = Math.max(ends[best]!, starts[best]! + 1);
    }
  }
}

/** Where the last `matchFrom` match ended. */
let matchEnd = 0;

/** The start of `re`'s first match at or after `from` (-1: none); its end goes to `matchEnd`. */
function matchFrom(re: RegExp, text: string, from: number): number {
  firstRun(re);
  re.lastIndex = from;
  const m = re.exec(text);
  matchEnd = re.lastIndex;
  re.lastIndex = 0;
  return m ? m.index : -1;
}

/** Several concepts scanned as one, in order (see `Scan`): nothing is constructed when the modules load. */
export function scanAll(...members: Concept[]): Scan {
  return new Scan(members);
}

/** A test for a sentence, as a practice's candidate filter: a RegExp, or `anyConcept`; `source` gives its words. */
export type Filter = { test(text: string): boolean; readonly source: string; readonly flags: string };

/** Texts a filter tests by its parts before it compiles the pattern joining them (see `anyConcept`). */
const JOIN_AFTER = 2048;

/**
 * A filter that passes a text any of the concepts (or case-insensitive patterns) occurs in: the same answers as one
 * pattern joining them (its `source`, which the word gates read), but each part runs its own pattern, which the judges
 * compile anyway, and V8 compiles a joined pattern of thousands of characters much more slowly than its parts. Once a
 * process has tested `JOIN_AFTER` texts, it is warm, and one pass of the joined pattern is faster than the parts'.
 */
export function anyConcept(...members: (Concept | RegExp)[]): Filter {
  if (members.some((member) => member.flags !== 'i')) throw new Error('anyConcept: case-insensitive parts only');
  const source = anyOf(...members.map((member) => member.source));
  // No word gate of their own: the practices' gate (word-gate.ts) has already looked at the text's words for the
  // joined source, and reading the parts' keys made a fresh Chromium page's second analysis ~65 ms slower.
  let list: RegExp[] | undefined;
  let calls = 0;
  let joined: RegExp | undefined;
  const test = (text: string): boolean => {
    if (joined) return joined.test(text);
    if (++calls >= JOIN_AFTER) {
      firstRun((joined = compile(source, 'i')));
      return joined.test(text);
    }
    list ??= members.map((member) => (member instanceof RegExp ? member : member.re));
    return list.some((re) => (firstRun(re), re.test(text)));
  };
  return { source, flags: 'i', test };
}
