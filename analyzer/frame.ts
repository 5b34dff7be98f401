import { LEARN_MORE } from './lexicon/tracking';
import {
  A_BUSINESS,
  CONDITION_THEN_WE,
  CONTINUATION,
  COLON_LEAD,
  LIST_ITEM,
  SENTENCE_ITEM,
  DEFINITION,
  DISCLOSURE_ITEM,
  POLICY_SCOPE,
  PURPOSE_ITEM,
  EXAMPLE_LEAD,
  has,
  LEGAL_CITATION,
  LAW_AS_REASON,
  QUESTION_LINE,
  RIGHT_DESCRIPTION,
  SCOPE_BREAK,
  TABLE_ROW,
  THE_USER,
  THIRD_PARTY,
  WE,
  SELF_NAME,
} from './lexicon/index';
import type { Sentence } from './types';

/** What kind of text a sentence is: only a `statement` says what the site does. */
export type SentenceKind =
  'statement' | 'heading' | 'question' | 'scope' | 'pointer' | 'purpose' | 'right' | 'definition' | 'citation' | 'table-row' | 'example';
/** Who does what the sentence says: the site (`we`), someone else, the reader, or a business in general (the law). */
export type Actor = 'we' | 'third-party' | 'user' | 'business' | 'unknown';

/**
 * `lead`: for an item of a list, the clause ending in a colon that introduces it (`Sentence.lead`, set by the
 * splitter), through which the item is read: "- advertising partners" under "We may disclose your data to:" is a
 * disclosure, "- when the law requires it" under "We do not share it except:" an exception to a denial.
 */
export type Frame = { kind: SentenceKind; actor: Actor; section: string; lead: Sentence | null };

const cache = new WeakMap<Sentence, Frame>();

/**
 * A sentence's frame; the actor is asked of few sentences, so it is found on first use. A class, not an object
 * literal with a getter: every frame then shares one shape and one accessor, where a literal built a new one each.
 */
class SentenceFrame implements Frame {
  private who: Actor | undefined;
  readonly section: string;
  readonly lead: Sentence | null;
  constructor(
    readonly kind: SentenceKind,
    private readonly sentence: Sentence,
  ) {
    this.section = sentence.heading;
    this.lead = sentence.lead ?? null;
  }

  get actor(): Actor {
    return (this.who ??= firstActor(this.sentence.text));
  }
}

/** The frame of a sentence, computed once and only for sentences a judge asks about (candidates are few). */
export function frameOf(sentence: Sentence): Frame {
  let f = cache.get(sentence);
  if (!f) cache.set(sentence, (f = new SentenceFrame(kindOf(sentence), sentence)));
  return f;
}

/**
 * Words a kind's concept cannot match without: a cheap first pass, since frames are asked of every hit and most
 * sentences are plain statements. (Checked against the concepts' tables by tests/frame.test.ts.)
 */
export const KIND_HINTS = {
  definition: /\b(?:mean|refer|defin|includ|consider|deem|treat|classif)|["“'‘](?:sell|sale|sold|shar)/i,
  citation: /\b(?:laws?|acts?|statute|regulations?|codes?|ccpa|cpra|gdpr|coppa|business|businesses|compan|controllers?|civ)/i,
  right: /\bright|\brequest|\bask/i,
  scope: /\b(?:policy|notice|statement|section|addendum)\b/i,
  pointer: /\b(?:information|details|learn|visit|visiting|going|see|read|click|find|found|available)\b/i,
};

function kindOf(sentence: Sentence): SentenceKind {
  const text = sentence.text;
  // Order matters: a question heading is a question; a table row may quote a right ("Right to Delete | ...").
  if ((text.length < 200 || /\?\W*$/.test(text)) && has(QUESTION_LINE, text)) return 'question';
  // "We sell or share your information as follows:" is short and has no full stop, but it is a clause, not a title.
  if ((has(LIST_ITEM, text) || /^\s*\|/.test(text)) && has(PURPOSE_ITEM, text)) return 'purpose';
  if (sentence.isHeading) return /^\W*we\s+[a-z]/i.test(text) ? 'statement' : 'heading';
  if (isTitleCase(text)) return 'heading';
  if (has(TABLE_ROW, text)) return 'table-row';
  if (KIND_HINTS.definition.test(text) && has(DEFINITION, text)) return 'definition';
  if (KIND_HINTS.citation.test(text) && has(LEGAL_CITATION, text) && !has(LAW_AS_REASON, text)) return 'citation';
  // A sentence that opens on a right describes it; one that mentions a right later ("... as in the Right to Delete
  // above") or in a leading condition ("Unless you have used your right to opt out, we sell ...") is a statement.
  // The clause opens after a run-in phrase ("Depending on the state you live in, you may have the right to delete").
  const right = KIND_HINTS.right.test(text) ? RIGHT_DESCRIPTION.re.exec(text) : null;
  const comma = right ? text.lastIndexOf(', ', right.index) : -1;
  // Not after a clause of the site's own: "We sell your data to advertisers, and you have the right to opt out".
  const opens = !right ? Infinity : comma >= 0 && !has(WE, text.slice(0, comma)) ? right.index - comma - 1 : right.index;
  if ((right && opens < 48 && !has(CONDITION_THEN_WE, text)) || has(DISCLOSURE_ITEM, text)) return 'right';
  if (KIND_HINTS.scope.test(text) && has(POLICY_SCOPE, text)) return 'scope';
  if (has(EXAMPLE_LEAD, text)) return 'example';
  if (has(PURPOSE_ITEM, text)) return 'purpose';
  if (KIND_HINTS.pointer.test(text) && has(LEARN_MORE, text)) return 'pointer';
  return 'statement';
}

/** A line in Title Case without a full stop: a table-of-contents entry or a section title, however long. */
export function isTitleCase(text: string): boolean {
  if (/[.!?]["')\]]?\s*$/.test(text)) return false;
  const long = text.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? [];
  return long.length >= 3 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.7;
}

const SUBJECTS: [Actor, typeof WE][] = [
  ['we', WE],
  ['third-party', THIRD_PARTY],
  ['user', THE_USER],
  ['business', A_BUSINESS],
];

/**
 * Who acts at `index`: the last subject named before it in the same clause ("you may not sell" → user,
 * "these advertising companies may place cookies" → third-party). `unknown` when the clause names none.
 */
export function actorAt(text: string, index: number): Actor {
  const base = Math.max(0, index - 160);
  let clause = text.slice(base, index);
  let cut = 0;
  // A break ", we" starts the new clause at its subject, which stays in it.
  for (const m of clause.matchAll(SCOPE_BREAK.all)) cut = m.index! + (m[0].startsWith(',') ? 1 : m[0].length);
  clause = clause.slice(cut);
  let best: Actor = 'unknown';
  let at = -1;
  for (const [actor, c] of SUBJECTS) {
    for (const m of clause.matchAll(c.all)) {
      if (m.index! > at) {
        at = m.index!;
        best = actor;
      }
    }
  }
  return best;
}

/** The first subject the sentence names: who the sentence is about. */
function firstActor(text: string): Actor {
  let best: Actor = 'unknown';
  let at = Infinity;
  for (const [actor, c] of SUBJECTS) {
    const i = text.search(c.re);
    if (i >= 0 && i < at) {
      at = i;
      best = actor;
    }
  }
  return best;
}

/** The sentence before, when this one leans on it ("If we do, we will post..."); null otherwise. */
export function antecedentOf(sentence: Sentence, sentences: readonly Sentence[]): Sentence | null {
  if (!CONTINUATION.re.test(sentence.text)) return null;
  return sentences[indexOf(sentence, sentences) - 1] ?? null;
}

/** The sentence just before this one, or null: a rule may run on into the next sentence. */
export function previousOf(sentence: Sentence, sentences: readonly Sentence[]): Sentence | null {
  return sentences[indexOf(sentence, sentences) - 1] ?? null;
}

/**
 * A short reply shown with the sentence it answers ("... whether we acknowledge Do Not Track signals. We do not do
 * so."): one span of `text` from `question` to `reply`, read in the reply's frame, since the reply is the statement.
 */
export function answerSpan(question: Sentence, reply: Sentence, text: string): Sentence {
  const span: Sentence = {
    text: text.slice(question.start, reply.end),
    start: question.start,
    end: reply.end,
    heading: question.heading,
    isHeading: false,
  };
  cache.set(span, frameOf(reply));
  return span;
}

/**
 * The sentence that introduces a list item ("The criteria used to determine our retention periods include the
 * following:" above "- The length of time we have an account with you"): the item's frame `lead`, found by the
 * splitter (`analyzer/sentences.ts`, items marked by LIST_ITEM or a few short lines under a lead clause). null when
 * the sentence is no item of a lead clause.
 */
export function leadOf(sentence: Sentence): Sentence | null {
  return frameOf(sentence).lead;
}

/**
 * The length of the list-item marker a line or sentence opens with ("- ", "1. ", "(b) "), 0 when it has none
 * (LIST_ITEM, the one definition of an item's marker). Only the opening characters are looked at.
 */
export function markerLength(text: string): number {
  return LIST_ITEM.re.exec(text.slice(0, 24))?.[0].length ?? 0;
}

/** A sentence ending in a colon that is a clause introducing a list ("We may disclose your data to:"), no title. */
export function isLeadClause(text: string): boolean {
  return COLON_LEAD.re.test(text);
}

/**
 * Kinds of item that describe rather than state, whatever their lead ("- the categories of personal information we
 * have sold" under "You have a right to request:"): read alone.
 */
const DESCRIBES = new Set<SentenceKind>(['right', 'definition']);

/**
 * How a list item is read: through its lead, as one clause ("We may disclose your data to" + "advertising
 * partners"), when the item has no clause of its own ("- advertising partners", "- when the law requires it", "-
 * your account is open"). An item that is a whole sentence of its own ("- We share it with our partners.") is read
 * alone, and so is any sentence without a lead: null then. The reading keeps the item's place (start, end, lead), so
 * a judge finds the item's neighbours; its text is no page text, so hits on it are put back on the item and the lead.
 */
/** A lead as the reading through it begins: its text without the colon that ends it. */
export const leadClause = (lead: Sentence): string => lead.text.replace(/:\s*$/, '');

export function readingOf(item: Sentence): Sentence | null {
  const lead = item.lead;
  if (!lead) return null;
  // An item that describes a right or defines a term keeps that frame: the lead does not make it a statement.
  if (SENTENCE_ITEM.re.test(item.text) || DESCRIBES.has(frameOf(item).kind)) return null;
  const own = item.text.slice(markerLength(item.text)).trim();
  return { ...item, text: `${leadClause(lead)} ${own}` };
}

const sections = new WeakMap<Sentence, string>();

/**
 * The title of the section a sentence is in (lower-cased): the nearest heading above that reads as a section title
 * (numbered, "II. Categories ... and Retention Periods", or in Title Case), skipping short lines that are table
 * cells on their own line ("YES", "Postal addresses"). `sentence.heading` is the nearest line of any kind.
 */
export function sectionOf(sentence: Sentence, sentences: readonly Sentence[]): string {
  const known = sections.get(sentence);
  if (known !== undefined) return known;
  let i = indexOf(sentence, sentences);
  let found = '';
  for (let n = 0; i >= 0 && n < 120; i--, n++) {
    const s = sentences[i]!;
    if (s.isHeading && (/^\W*(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s/i.test(s.text) || isTitleCase(s.text))) {
      found = s.text.toLowerCase();
      break;
    }
  }
  sections.set(sentence, found);
  return found;
}

/**
 * The first row of the table a row is in ("Type of data | How long we keep it"): its header names what the columns
 * hold, as a heading would. '' when the sentence is no table row. Looks back at most 60 rows.
 */
export function tableHeadOf(sentence: Sentence, sentences: readonly Sentence[]): string {
  if (!TABLE_ROW.re.test(sentence.text)) return '';
  let i = indexOf(sentence, sentences);
  for (let n = 0; i > 0 && n < 60 && TABLE_ROW.re.test(sentences[i - 1]!.text); i--, n++);
  return sentences[i]?.text ?? '';
}

function indexOf(sentence: Sentence, sentences: readonly Sentence[]): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

/** Kinds that describe, define, quote or list rather than state the site's practice. */
export function isStatement(sentence: Sentence): boolean {
  const k = frameOf(sentence).kind;
  return k === 'statement' || k === 'example' || k === 'pointer';
}

/**
 * Where a sentence's own words start after a run-in title ("Disclosure of Sale of Personal Information: We have not
 * sold..."): the title names a topic, the words after it state the practice. 0 when there is no such title.
 */
export function bodyStart(text: string): number {
  const colon = text.indexOf(': ');
  if (colon < 3 || colon > 90) return 0;
  const title = text.slice(0, colon);
  return isTitleCase(title + ' ') || title.split(/\s+/).length <= 4 ? colon + 2 : 0;
}

/** How far a kind of sentence is from a direct statement: evidence is ordered by strength minus this. */
const DISTANCE: Record<SentenceKind, number> = {
  statement: 0,
  example: 0.1,
  'table-row': 0.15,
  heading: 0.3,
  question: 0.35,
  scope: 0.35,
  pointer: 0.2,
  purpose: 0.3,
  right: 0.3,
  definition: 0.35,
  citation: 0.35,
};

/** A hit's rank as evidence: the decisive sentence is a strong, direct statement. */
export function evidenceRank(strength: number, sentence: Sentence): number {
  return strength - DISTANCE[frameOf(sentence).kind];
}

// One document is analyzed at a time; its sentences arrive in batches, so the search resumes where it stopped.
const selfNames = new WeakMap<readonly Sentence[], { name: string | null; seen: number }>();

/**
 * The short name the policy defines for itself beside "we" (`Owlbook Learning, Inc. ("Owlbook," "we," "us")`), or
 * null: the site then speaks by that name too ("Meridian will process that signal", "Acme uses cookies").
 */
export function selfNameOf(sentences: readonly Sentence[]): string | null {
  let found = selfNames.get(sentences);
  if (!found) selfNames.set(sentences, (found = { name: null, seen: 0 }));
  for (; found.name === null && found.seen < sentences.length; found.seen++) {
    const m = SELF_NAME.re.exec(sentences[found.seen]!.text);
    // Too short to tell from ordinary words.
    if (m && m[1]!.length >= 3) found.name = m[1]!;
  }
  return found.name;
}

/** Does the sentence name the site by the name it defined for itself? */
export function namesItself(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  const name = selfNameOf(sentences);
  return name !== null && sentence.text.includes(name);
}
