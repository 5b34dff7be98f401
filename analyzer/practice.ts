import { evidenceRank } from './frame';
import type { Concept } from './lexicon/build';
import type { Filter } from './lexicon/scan';
import type { PracticeMeta, VerdictOf } from './practice-meta';
import type { Evidence, EvidenceSays, PracticeId, Practices, Sentence } from './types';

export type { PracticeId } from './types';
export type { VerdictOf } from './practice-meta';

/** What one sentence says about a practice. */
export type Hit<V extends string = string> = {
  verdict: V;
  sentence: Sentence;
  /** How directly the sentence states it, 0..1. */
  strength: number;
  /** Why, in words, for the tooltip. */
  reason: string;
  /** Which of the judge's statements this is, when a verdict has several (see `EvidenceSays`). */
  claim?: string;
  /** What the sentence names, in its own words (trackers, signals, measures…), for the tooltip. */
  names?: string[];
  days?: number;
  value?: number;
  trackers?: string[];
};

/** What a judge gets besides its sentence: the whole text and its sentences (for a sentence's neighbours). */
export type PracticeContext = { text: string; sentences: Sentence[] };

/**
 * A practice in the style of an ESLint rule: metadata, a cheap candidate filter, a sentence judge,
 * and how sentence findings combine into the policy's verdict.
 */
export interface Practice<K extends PracticeId = PracticeId> extends PracticeMeta<K> {
  /** Sentences not matching this are never judged (keeps the analyzer fast). */
  candidate: Filter;
  /**
   * The concepts the judge's hits start from: every hit needs one of them in its sentence (or its section's heading).
   * `candidate` must pass every phrase their tables say they match (tests/filter-covers-triggers.test.ts), so a
   * synonym added to a trigger cannot be kept out by the filter unseen. Where the judge needs nothing else to begin,
   * `candidate` is built from them (`anyOf`).
   */
  triggers: readonly Concept[];
  judge(sentence: Sentence, ctx: PracticeContext): Hit<VerdictOf<K>>[];
  combine(hits: Hit<VerdictOf<K>>[], ctx: PracticeContext): Practices[K];
}

/** How many sentences saying the same thing (same rule, same names) the evidence shows before it shows others. */
const SAME_SAYING = 2;

/**
 * The sentences a verdict rests on, decisive first (hits come ordered by `strongest`). Five at most: the popup shows
 * the first and the rest on request. A sentence repeated word for word (hub pages repeat whole statements) counts once.
 * Ten sentences naming Google Analytics are one fact: after two hits of the same rule and the same names, other statements
 * come first ("We permit advertising networks to collect ..."), and the repeats fill what room is left.
 */
export function toEvidence(hits: Hit[], max = 5): Evidence[] {
  const seen = new Set<string>();
  const said = new Map<string, number>();
  const picked: Hit[] = [];
  const held: Hit[] = [];
  for (const h of hits) {
    const key = h.sentence.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // Only named things repeat as one fact: two sentences of the same rule without names may say different things.
    const names = h.names ?? h.trackers ?? [];
    const saying = `${h.claim ?? ''}|${names.join(',')}`;
    const count = names.length ? (said.get(saying) ?? 0) : 0;
    said.set(saying, count + 1);
    if (count < SAME_SAYING) picked.push(h);
    else held.push(h);
    if (picked.length >= max) break;
  }
  return [...picked, ...held].slice(0, max).map((h) => ({
    text: h.sentence.text,
    start: h.sentence.start,
    end: h.sentence.end,
    reason: h.reason,
    says: saysOf(h),
  }));
}

/** The hit as data for `Evidence.says`: only the fields it has. */
function saysOf(h: Hit): EvidenceSays {
  const names = h.names ?? h.trackers;
  return {
    verdict: h.verdict,
    ...(h.claim ? { claim: h.claim } : {}),
    ...(names?.length ? { names } : {}),
    ...(h.days !== undefined ? { days: h.days } : {}),
    ...(h.value !== undefined ? { age: h.value } : {}),
  };
}

/**
 * Hits of the winning verdict, the decisive one first: strongest, and direct statements before rights lists,
 * definitions, citations, questions and table rows (keeping the hits' own type, extra fields included).
 */
export function strongest<H extends Hit>(hits: H[], verdict: H['verdict']): H[] {
  return hits
    .filter((h) => h.verdict === verdict)
    .map((h) => [h, evidenceRank(h.strength, h.sentence)] as const)
    .sort((a, b) => b[1] - a[1] || a[0].sentence.start - b[0].sentence.start)
    .map(([h]) => h);
}

/**
 * Named strength bands: how directly a sentence states a verdict. Judges say which band a hit is in instead of a raw
 * number; evidence order and confidence (`confidenceOf`) read the numbers. From outright to a bare mention:
 * `explicit` (a named tool put to use, an outright denial), `firm` (a promise: "we will notify you by e-mail"),
 * `direct` (stated without hedge), `qualified` (stated with a condition), `hedged` ("as long as necessary", a notice
 * without channel), `edge` (the lowest direct band), then the indirect bands below `INDIRECT`: `inferred`, `weak`,
 * `hint`, `mention` (the topic named without a stance).
 */
export const BAND = {
  explicit: 0.9,
  firm: 0.85,
  direct: 0.8,
  qualified: 0.75,
  hedged: 0.7,
  edge: 0.6,
  inferred: 0.55,
  weak: 0.5,
  hint: 0.4,
  mention: 0.3,
} as const;

/**
 * How far a hit read through a list's lead ("We may disclose your data to:" + "- advertising partners") is below the
 * same words said in one sentence: the reading joins two lines, so a sentence that says it whole comes first.
 */
export const THROUGH_LEAD = BAND.direct - BAND.qualified;

/** Hits below this strength are indirect evidence (a heading, a link name, a generic mention). */
export const INDIRECT = BAND.edge;

/**
 * The strongest hit, plus a little for each supporting one. Indirect evidence stays below 0.6 however often it
 * repeats: ten generic mentions do not make one explicit statement.
 */
export function confidenceOf(hits: Hit[]): number {
  if (hits.length === 0) return 0;
  const best = hits.reduce((max, h) => Math.max(max, h.strength), -Infinity);
  const support = Math.min(0.1, (hits.length - 1) * 0.03);
  const cap = best < INDIRECT ? INDIRECT - 0.01 : 0.99;
  return Math.round(Math.min(cap, best + support) * 100) / 100;
}

export function defineCases<V extends string>(cases: SentenceCase<V>[]): SentenceCase<V>[] {
  return cases;
}

/** A row of a practice's case table: a text in, the verdict (and value) it must give. */
export type SentenceCase<V extends string> = {
  text: string;
  verdict: V;
  days?: number | null;
  value?: number | null;
  trackers?: string[];
  /** 'low': confidence < 0.6 (indirect evidence); 'high': confidence >= 0.8 (stated outright). */
  confidence?: 'low' | 'high';
  /** Words the first evidence sentence must contain: the decisive sentence is shown first. */
  first?: string;
  /** Words some evidence sentence (up to five) must contain: a sentence the summary leans on is shown too. */
  shows?: string;
  /** The rule (the hit's `claim`, like an ESLint `messageId`) that must give the first evidence sentence. */
  claim?: string;
  note?: string;
};
