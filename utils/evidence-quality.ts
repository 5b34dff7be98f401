/**
 * Which evidence sentences are fit to show as the quote under a verdict, and how to cut a long one.
 * The analyzer puts the decisive sentence first; this is the popup's safety net: a heading, a
 * table-of-contents line or a bare fragment is never the quote a person reads.
 */
import type { Evidence } from '../analyzer/types';

/** Shorter than this is a fragment, not a sentence that can support a verdict. */
export const MIN_QUOTE_CHARS = 25;
/** A quote longer than this is cut around its decisive words (the full text is one click away). */
export const MAX_QUOTE_CHARS = 240;

/** "12. Sharing and sale of personal information" or "Retention ........ 14": a contents line. */
const CONTENTS_LINE = /^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\))\s+[^.!?]{0,80}$|\.{4,}\s*\d+\s*$/i;
/** A sentence ends in punctuation (or a closing quote/bracket after it). */
const SENTENCE_END = /[.!?;:]["'”’)\]]*\s*$/;
const MAX_HEADING_WORDS = 8;
/** A heading asks ("How we use your data") or names ("Data Retention"); a sentence has a subject or an auxiliary. */
const QUESTION_START = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:how|what|why|when|who|whom|where|which)\b/i;
const SENTENCE_CUE = /\b(?:we|you|they|is|are|was|were|will|may|might|must|can|could|should|do|does|did|not|never)\b/i;

/** A heading: a short line that does not end like a sentence ("Cookies and Tracking Technologies"). */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (SENTENCE_END.test(t) || t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  return QUESTION_START.test(t) || !SENTENCE_CUE.test(t);
}

export function isQuotable(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length >= MIN_QUOTE_CHARS && !isHeadingLike(t) && !CONTENTS_LINE.test(t);
}

/** The evidence fit to quote, in the analyzer's order (decisive first); one the analyzer marks as a heading (`kind`, if it says) never is. */
export function quotableEvidence<E extends Evidence>(evidence: readonly E[]): E[] {
  return evidence.filter((e) => (e as { kind?: unknown }).kind !== 'heading' && isQuotable(e.text));
}

export type Excerpt = { text: string; cut: boolean };

/**
 * At most `max` characters of `text`, keeping the first match of `focus` in view: the window starts a
 * little before it, at a word boundary, with "…" where text was left out.
 */
export function excerpt(text: string, focus: RegExp | null, max = MAX_QUOTE_CHARS): Excerpt {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { text: clean, cut: false };
  const at = focus ? clean.search(focus) : -1;
  let start = at > max / 3 ? at - Math.floor(max / 3) : 0;
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return { text: `${start > 0 ? '… ' : ''}${clean.slice(start, end)}${end < clean.length ? ' …' : ''}`, cut: true };
}

/** The words that decide each core verdict, to keep in view when a quote is cut. */
const DECISIVE_WORDS: Record<string, RegExp> = {
  tracking: /\b(?:cookies?|track\w*|pixels?|analytics|advertis\w*)\b/i,
  selling: /\b(?:sell|sells|sold|selling|sale|rent\w*|trade|share\w*)\b/i,
  retention: /\b(?:retain\w*|keep|kept|stor\w+|delet\w+|indefinite\w*|days?|months?|years?)\b/i,
  age: /\b(?:under|over|at least|age[ds]?|old|children|\d{1,2})\b/i,
  sharing: /\b(?:share\w*|disclos\w+|advertis\w*|partners?|third[- ]part\w+)\b/i,
};

/** Where to centre a long quote for `practice`: its detail words first (tracker names, the stated period). */
export function focusFor(practice: string, details: string[] = []): RegExp | null {
  const words = details.filter(Boolean).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length) return new RegExp(words.join('|'), 'i');
  return DECISIVE_WORDS[practice] ?? null;
}
