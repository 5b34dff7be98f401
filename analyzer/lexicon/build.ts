/**
 * Small pattern builders for the policy vocabulary. Concepts are written as words, stems and phrases and compiled
 * to regular expressions here, so no one hand-writes long alternations. Every builder returns a regex *source*;
 * `compile` makes the RegExp. Builders never nest unbounded quantifiers over overlapping atoms (linear matching).
 */

import { firstRun, firstRunsStarted } from '../first-run';
import { mayMatch } from '../word-index';

export type Source = string;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase's words, with any run of spaces or a hyphen between them ("opt out", "opt-out"). */
const phraseSource = (p: string) =>
  p
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');

/** Whole words or phrases: `words('sell', 'rent out')`. */
export function words(...list: string[]): Source {
  return `\\b(?:${list.map(phraseSource).join('|')})\\b`;
}

/** Words that start with a stem: `stems('retain', 'retention')` matches "retained", "retention". */
export function stems(...list: string[]): Source {
  return `\\b(?:${list.map(phraseSource).join('|')})[\\w’'-]*`;
}

const BOUNDARY = '\\b';

/**
 * Any of the given sources. When every one starts at a word boundary, the boundary is written once in front of the
 * group (the same matches): the engine then tests it once per position, not once per alternative, which made a
 * practice's candidate filter twice as fast.
 */
export function anyOf(...list: Source[]): Source {
  if (list.length > 1 && list.every((part) => part.startsWith(BOUNDARY))) {
    return `${BOUNDARY}(?:${list.map((part) => part.slice(BOUNDARY.length)).join('|')})`;
  }
  return `(?:${list.join('|')})`;
}

const OPTIONAL = '\u0000';
/** Between two words of a phrase: spaces, perhaps after a comma ("allows you, as a parent, to"). */
const SPACE = ',?\\s+';

/** The sources one after another, separated by spaces; an `opt` part brings its own space. */
export function seq(...list: Source[]): Source {
  let out = '';
  for (const part of list) {
    if (part.startsWith(OPTIONAL)) out += `(?:${out ? SPACE : ''}${part.slice(1)})?`;
    else out += (out && !out.endsWith(')?') ? SPACE : out ? ',?\\s*' : '') + part;
  }
  return out;
}

/** An optional part of a `seq`. */
export function opt(source: Source): Source {
  return OPTIONAL + source;
}

/** Up to `n` words in between, inside a `seq`: `seq(a, gap(3), b)`. Words and spaces do not overlap: linear. */
export function gap(n: number): Source {
  return opt(`[^\\s.;:!?]+(?:\\s+[^\\s.;:!?]+){0,${n - 1}}`);
}

/** `a`, then `b` within `chars` characters of the same sentence part (no full stop or semicolon between). */
export function near(a: Source, b: Source, chars = 60): Source {
  return `${a}[^.;]{0,${chars}}?${b}`;
}

/** `a` and `b` in either order, within `chars` characters. */
export function nearEither(a: Source, b: Source, chars = 60): Source {
  return anyOf(near(a, b, chars), near(b, a, chars));
}

/**
 * Compile a source, case-insensitive; 'gi' for scanning all matches. No 'u' flag: with 'i', it makes V8 fold case
 * the Unicode way at every `\\b` and letter, about twice as slow, and the vocabulary is plain English.
 */
export function compile(source: Source, flags = 'i'): RegExp {
  return new RegExp(source, flags);
}

/** A named concept of policy language: its doc comment is the definition; its table lives in a `.cases.ts` file. */
export type Concept = {
  readonly name: string;
  readonly source: Source;
  readonly flags: string;
  readonly re: RegExp;
  readonly all: RegExp;
};

/**
 * A concept's patterns, each constructed on first use: a median policy reaches about two thirds of them, and
 * constructing them all when the modules load (401 patterns, 156,000 characters of source) was part of a cold
 * worker's script evaluation; `all` is also only ever needed by a few. Reading `re` or `all` during an analysis means
 * the pattern is about to run (a judge's `X.re.exec(text)`), so the first read compiles it straight to machine code
 * (`firstRun`). Other patterns are built from `X.source`, which constructs nothing: a union of concepts is itself a
 * concept, and its members are only constructed when they run on their own. One class, so every concept has the same shape and a read stays a fast, inlined property load.
 */
class CompiledConcept implements Concept {
  private ran = false;
  private pattern: RegExp | undefined;
  private global: RegExp | undefined;
  constructor(
    readonly name: string,
    readonly source: Source,
    readonly flags: string,
  ) {}

  get re(): RegExp {
    const re = (this.pattern ??= compile(this.source, this.flags));
    if (!this.ran && firstRunsStarted()) {
      this.ran = true;
      firstRun(re);
    }
    return re;
  }

  get all(): RegExp {
    if (this.global) return this.global;
    const all = compile(this.source, `${this.flags}g`);
    if (firstRunsStarted()) firstRun(all);
    return (this.global = all);
  }
}

/**
 * Define a concept: `re` tests, `all` scans (global). `flags` is 'i' (case-insensitive) unless a concept tells words
 * apart by their capitals (`caseSensitive`).
 */
export function concept(name: string, source: Source, flags = 'i'): Concept {
  return new CompiledConcept(name, source, flags);
}

/** Does the concept occur in `text`? The text's words are looked at first: most texts lack all the concept needs. */
export function has(c: Concept, text: string): boolean {
  const re = c.re; // one read of the getter: asked for every concept of every judged sentence
  return mayMatch(re, text) && re.test(text);
}

/** Index of the concept's first occurrence, or -1. */
export function indexOf(c: Concept, text: string): number {
  const re = c.re;
  return mayMatch(re, text) ? text.search(re) : -1;
}

/** The first occurrence, or null (what `every(c, text)[0]` gives, without the scanning pattern). */
export function firstMatch(c: Concept, text: string): RegExpExecArray | null {
  const re = c.re;
  return mayMatch(re, text) ? re.exec(text) : null;
}

/**
 * Every occurrence (fresh iterator, safe to nest). Gated on the scanning pattern itself: reading `re` would compile
 * the non-global pattern too, a second compilation of the same source for a concept that is only scanned.
 */
export function every(c: Concept, text: string): RegExpMatchArray[] {
  const all = c.all;
  return mayMatch(all, text) ? [...text.matchAll(all)] : [];
}
