// The tokenizer-only build: sentence splitting needs its abbreviation lexicon, not the 360 KB tagger.
import nlp from 'compromise/one';
import type { Sentence } from './types';

const world = nlp.world();
// compromise's own splitter: abbreviation-aware ("e.g.", "U.S.", "Inc."), regex-fast, no tagging.
const splitSentences: (text: string, world: unknown) => string[] = (world as any).methods.one.tokenize.splitSentences;

const MAX_SENTENCE = 1200;
const BULLET = /^[\s•·▪●◦‣*\-–—]+|^\(?[0-9ivx]{1,3}[.)]\s+|^\(?[a-h][.)]\s+/i;

/** A short line without a final stop, e.g. "Cookies" or "HOW LONG WE KEEP DATA:". */
function looksLikeHeading(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 80) return false;
  // Table rows ("Logs | 90 days", tab-separated cells) are content, not titles.
  if (/[.!;,]["')\]]?$/.test(t) || /:\s*\S/.test(t) || /[\t|]/.test(t)) return false;
  // A table cell on its own line ("YES", "N/A", "12 months") is content, not a title.
  if (/^(?:yes|no|n\/?a|none|x|✓|\d+)$/i.test(t) || /^\d+\s*(?:hours?|days?|weeks?|months?|years?)\b/i.test(t)) return false;
  // FAQ-style policies title sections with questions: "How long do we keep information?"
  if (/\?["')\]]?$/.test(t)) return t.split(/\s+/).length <= 12;
  const words = t.split(/\s+/).length;
  return words <= 10;
}

/** Abbreviations that precede a number ("No. 5", "Art. 6") and never end a sentence there. */
const BEFORE_NUMBER = /\b(?:no|nos|art|arts|sec|secs|ss|para|paras|ch|ex|ext|fig|vol|p|pp|approx|ste|apt|tel|ph|rev|ver|v)\.$/i;

/**
 * compromise splits after abbreviations it does not know ("No. 5", "St. Louis, Mo. in 2001"). A part that starts
 * with a lower-case word, or a number after "No." / "Art.", continues the previous sentence.
 */
function mergeFalseBreaks(parts: string[], line: string): string[] {
  if (parts.length < 2) return parts;
  const out: { from: number; to: number }[] = [];
  let cursor = 0;
  for (const part of parts) {
    const at = line.indexOf(part, cursor);
    if (at < 0) return parts; // the splitter changed the text: keep its parts as they are
    cursor = at + part.length;
    const prev = out[out.length - 1];
    const startsLower = /^\s*[a-z]/.test(part) && !/^\s*[a-z][.)]/.test(part);
    const numberAfterAbbrev = /^\s*\d/.test(part) && prev !== undefined && BEFORE_NUMBER.test(line.slice(prev.from, prev.to).trimEnd());
    if (prev && (startsLower || numberAfterAbbrev)) prev.to = cursor;
    else out.push({ from: at, to: cursor });
  }
  return out.map((r) => line.slice(r.from, r.to));
}

/** "impenetrable.We will" — pasted text often loses the space after a full stop. */
function splitMissingSpace(part: string): string[] {
  // The lookbehind split is costly at every position; most parts have no such join at all.
  return /[a-z]{2}[.!?][A-Z][a-z]/.test(part) ? part.split(/(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/) : [part];
}

/**
 * Split text into sentences with exact offsets. Lines are split first, because policies use
 * line breaks for bullets and headings that carry no full stop.
 */
export function splitIntoSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let heading = '';
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    const line = m[0];
    if (!line.trim()) continue;
    const lineStart = m.index;
    const parts = line.length > 3 ? mergeFalseBreaks(splitSentences(line, world), line).flatMap(splitMissingSpace) : [line];
    let cursor = 0;
    for (const part of parts) {
      const idx = line.indexOf(part, cursor);
      const at = idx >= 0 ? idx : cursor;
      cursor = at + part.length;
      pushTrimmed(out, text, lineStart + at, lineStart + at + part.length, heading, false);
    }
    const trimmed = line.trim();
    // "II. Categories We Collect": the splitter cuts after a section number; the line is still one title.
    const numbered = parts.length === 2 && /^\s*\(?[0-9ivxa-h]{1,4}[.)]\s*$/i.test(parts[0]!);
    if ((parts.length === 1 || numbered) && looksLikeHeading(trimmed.replace(BULLET, ''))) {
      out[out.length - 1]!.isHeading = true;
      heading = trimmed.toLowerCase();
    }
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, heading: string, isHeading: boolean) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  // Very long runs (tables flattened into one line) are cut so evidence stays readable.
  for (let s = start; s < end; s += MAX_SENTENCE) {
    const e = Math.min(end, s + MAX_SENTENCE);
    out.push({ text: text.slice(s, e), start: s, end: e, heading, isHeading });
  }
}
