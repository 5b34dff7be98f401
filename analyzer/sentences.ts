// The tokenizer-only build: sentence splitting needs its abbreviation lexicon, not the 360 KB tagger.
import nlp from 'compromise/one';
import { isLeadClause, isTitleCase, markerLength } from './frame';
import type { Sentence } from './types';

const world = nlp.world();
// compromise's own splitter: abbreviation-aware ("e.g.", "U.S.", "Inc."), regex-fast, no tagging.
type SplitSentences = (text: string, world: unknown) => string[];
const splitSentences = (world as unknown as { methods: { one: { tokenize: { splitSentences: SplitSentences } } } }).methods.one.tokenize
  .splitSentences;

const MAX_SENTENCE = 1200;

/** A short line without a final stop, e.g. "Cookies" or "HOW LONG WE KEEP DATA:". */
function looksLikeHeading(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 80) return false;
  // A rule of dashes or equals signs (a Markdown heading's underline, a separator) has no words: no title.
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
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
    // Only the end of the previous part matters (a whole merged run would make this quadratic).
    const numberAfterAbbrev =
      /^\s*\d/.test(part) && prev !== undefined && BEFORE_NUMBER.test(line.slice(Math.max(prev.from, prev.to - 40), prev.to).trimEnd());
    if (prev && (startsLower || numberAfterAbbrev)) prev.to = cursor;
    else out.push({ from: at, to: cursor });
  }
  return out.map((r) => line.slice(r.from, r.to));
}

/** Where compromise may end a sentence: stops followed by whitespace (its own first split). */
const STOP_SPACE = /(?<![.!?\u203D\u2E18\u203C\u2047-\u2049])[.!?\u203D\u2E18\u203C\u2047-\u2049]+\s/g;
/** A window fed to compromise holds at most this many possible ends or characters. */
const WINDOW_STOPS = 64;
const WINDOW_CHARS = 2 * MAX_SENTENCE;
const WINDOW_SHORT = MAX_SENTENCE / 2;
/**
 * A run of stops this long ("......") is its own part: compromise's first split is quadratic in a run's length. No
 * lookbehind: the leftmost match starts a run anyway, and testing one at every position cost more than the split.
 */
const STOP_RUN = /[.!?\u203D\u2E18\u203C\u2047-\u2049]{16,}/;
/**
 * Where compromise could split at all: a stop (its own list, other scripts' included) before whitespace, a CJK stop
 * (needs no space) or a carriage return. Most lines of a policy (headings, bullets, one-sentence paragraphs) have
 * none, and compromise would return them whole: they skip it (two lines in three, a third of the splitting time).
 */
const MAY_END = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4]\s|[\u3002\uFF01\uFF1F\uFF61\r]/;

/**
 * compromise re-checks the whole growing sentence at every abbreviation it merges over, so a line of
 * "Mr. Smith Mr. Smith…" costs time quadratic in its length (80 KB: 32 s). Long lines are fed to it in
 * windows of a few possible ends: every part but the window's last is final (a merge decision looks at
 * the part's own end), and the last one starts the next window. A window that is all one part (over
 * sixty abbreviations, or no stop at all) is cut there: such a run is cut at MAX_SENTENCE anyway.
 */
function splitLongLine(line: string): string[] {
  if (line.length <= WINDOW_CHARS && !MAY_END.test(line)) return [line];
  if (line.length <= WINDOW_CHARS && !STOP_RUN.test(line)) return splitSentences(line, world);
  const out: string[] = [];
  let from = 0;
  while (from < line.length) {
    let to = Math.min(line.length, from + WINDOW_CHARS);
    // Searched within the window only: a search running on to the end of the line would be quadratic again.
    const ahead = line.slice(from, to);
    const run = STOP_RUN.exec(ahead);
    if (run && run.index === 0) {
      const end = from + run[0].length + (/^\s*/.exec(line.slice(from + run[0].length, from + run[0].length + 64))?.[0].length ?? 0);
      out.push(line.slice(from, end));
      from = end;
      continue;
    }
    if (run) to = from + run.index;
    STOP_SPACE.lastIndex = 0;
    let stops = 0;
    for (let m: RegExpExecArray | null; stops < WINDOW_STOPS && (m = STOP_SPACE.exec(ahead)) && m.index < to - from;) {
      // Many short parts (a run of "Mr. Smith"): a shorter window, as compromise's cost grows with parts × length.
      if (++stops === WINDOW_STOPS || (stops >= 8 && m.index >= WINDOW_SHORT)) to = from + m.index + m[0].length;
    }
    if (to < line.length && !run) {
      // Never cut inside a word: back to the last whitespace (a window of one huge token is cut as is).
      const space = line.lastIndexOf(' ', to - 1);
      if (space > from) to = space + 1;
    }
    const window = line.slice(from, to);
    // No stop followed by a space: compromise would keep the window whole anyway.
    const parts = stops ? splitSentences(window, world) : [window];
    const last = parts.length > 1 && to < line.length ? window.lastIndexOf(parts[parts.length - 1]!) : -1;
    if (last > 0) {
      out.push(...parts.slice(0, -1));
      from += last;
    } else {
      out.push(...parts);
      from = to;
    }
  }
  return out;
}

/** "impenetrable.We will" — pasted text often loses the space after a full stop. */
function splitMissingSpace(part: string): string[] {
  // The lookbehind split is costly at every position; most parts have no such join at all.
  return /[a-z]{2}[.!?][A-Z][a-z]/.test(part) ? part.split(/(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/) : [part];
}

/** Lines longer than this are read in segments (cut after a full stop where possible), each one step of the analysis. */
const SEGMENT_CHARS = 50_000;

/** The lines of `text` as [start, end) ranges; a very long line as segments of at most SEGMENT_CHARS. */
function* lineRanges(text: string): Generator<[number, number, boolean]> {
  const lineRe = /[^\n]+/g;
  for (let m: RegExpExecArray | null; (m = lineRe.exec(text));) {
    const end = m.index + m[0].length;
    let from = m.index;
    while (end - from > SEGMENT_CHARS) {
      const window = text.slice(from + SEGMENT_CHARS / 2, from + SEGMENT_CHARS);
      const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const cut = from + SEGMENT_CHARS / 2 + (stop >= 0 ? stop + 2 : space >= 0 ? space + 1 : window.length);
      yield [from, cut, false];
      from = cut;
    }
    yield [from, end, from === m.index];
  }
}

/**
 * Split text into sentences with exact offsets, in batches of about 50 KB of text, so a long analysis can pause
 * between them. Lines are split first, because policies use line breaks for bullets and headings that carry no full stop.
 */
export function* sentenceBatches(text: string): Generator<Sentence[]> {
  let out: Sentence[] = [];
  let read = 0;
  let heading = '';
  let list: OpenList | null = null;
  for (const [lineStart, lineEnd, whole] of lineRanges(text)) {
    const line = text.slice(lineStart, lineEnd);
    if (!line.trim()) continue;
    const first = out.length;
    const parts = line.length > 3 ? mergeFalseBreaks(splitLongLine(line), line).flatMap(splitMissingSpace) : [line];
    let cursor = 0;
    for (const part of parts) {
      const idx = line.indexOf(part, cursor);
      const at = idx >= 0 ? idx : cursor;
      cursor = at + part.length;
      pushTrimmed(out, text, lineStart + at, lineStart + at + part.length, heading, false);
    }
    const trimmed = line.trim();
    const marker = markerLength(trimmed);
    const bare = trimmed.slice(marker).trim();
    const colon = /:$/.test(trimmed);
    if (list && whole && !colon && isItem(list, marker > 0, bare)) {
      // An item of the list a colon line opened: content, never a title, read through its lead.
      // The item's first sentence is read through the lead; a sentence after it on the line is a statement of its own.
      if (list.lead && out.length > first) out[first]!.lead = list.lead;
      list.left--;
    } else {
      list = null;
      const last = out.length > first ? out[out.length - 1]! : null;
      // "We may use your data to:" is a clause that introduces a list, not a title: it is judged as a sentence.
      const lead = !!last && colon && isLeadClause(last.text);
      // "II. Categories We Collect", "Article 10. Sale of data": the splitter cuts after a section number; the line is
      // still one title.
      const numbered = parts.length === 2 && SECTION_NUMBER.test(parts[0]!);
      if (whole && (parts.length === 1 || numbered) && looksLikeHeading(bare) && out.length) {
        // A short lead still names the subject of the lines below, as a title would.
        if (!lead) out[out.length - 1]!.isHeading = true;
        heading = trimmed.toLowerCase();
      }
      if (whole && colon && last) list = { lead: lead ? last : null, bulleted: null, left: LIST_ITEMS };
    }
    read += line.length;
    if (read >= SEGMENT_CHARS) {
      yield out;
      out = [];
      read = 0;
    }
  }
  if (out.length) yield out;
}

/** A section number alone, as a title's first part: "II.", "(3)", "Article 10.", "Section 4.2.", "§ 5.", "Part B." */
const SECTION_NUMBER = /^\s*(?:(?:article|section|part|chapter|clause|§)\s*)?\(?[0-9ivxa-h]{1,4}(?:\.\d{1,2})?[.)]\s*$/i;

/** A list a line ending in a colon opened: its lead (null under a title), whether its items are marked, items left. */
type OpenList = { lead: Sentence | null; bulleted: boolean | null; left: number };
/** How many lines a list's items may span: marked items run on while marked, unmarked ones are few and short. */
const LIST_ITEMS = 20;
const PLAIN_ITEMS = 8;
const PLAIN_ITEM_WORDS = 60;

/**
 * Is this line the next item of the open list? The first line says whether the items are marked ("- ", "1. ");
 * the rest must agree. Unmarked lines (a page's list extracted without bullets) are items only under a lead clause,
 * at most a few short ones; a line in Title Case is the next section's title.
 */
function isItem(list: OpenList, marked: boolean, bare: string): boolean {
  if (list.bulleted === null) {
    if (!marked && !list.lead) return false;
    list.bulleted = marked;
    if (!marked) list.left = PLAIN_ITEMS;
  }
  if (marked !== list.bulleted || list.left <= 0 || isTitleCase(bare) || isCapitalsTitle(bare)) return false;
  return marked || bare.split(/\s+/).length <= PLAIN_ITEM_WORDS;
}

/** "10. RIGHTS OF THE DATA SUBJECT": a title in capitals (two words of three letters or more, no lower case). */
function isCapitalsTitle(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/\b[A-Z]{3,}\b/g) ?? []).length >= 2;
}

/** Split text into sentences with exact offsets (all batches at once). */
export function splitIntoSentences(text: string): Sentence[] {
  const all: Sentence[] = [];
  for (const batch of sentenceBatches(text)) for (const sentence of batch) all.push(sentence);
  return all;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, heading: string, isHeading: boolean) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  // Very long runs (tables flattened into one line) are cut so evidence stays readable.
  for (let s = start; s < end; s += MAX_SENTENCE) {
    const e = Math.min(end, s + MAX_SENTENCE);
    // Every sentence has the same fields from the start (`lead` set later on items): one object shape for the judges.
    out.push({ text: text.slice(s, e), start: s, end: e, heading, isHeading, lead: undefined });
  }
}
