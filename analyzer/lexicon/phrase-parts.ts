import type { Source } from './build';

/**
 * Up to `n` plain words, one space after each, for a phrase written `verb words… object`: unlike `gap`, no comma or
 * other mark may stand between, so a list's break ("maintain, customize, and secure") ends the phrase.
 */
export function plainWords(n: number): Source {
  return `(?:\\w+ ){0,${n}}`;
}

/** Only where `source` does not come next: "provide" but not "provide you", "third party" but not "third party sites". */
export function notFollowedBy(source: Source): Source {
  return `(?!${source})`;
}
