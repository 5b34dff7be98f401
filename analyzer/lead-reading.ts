import { firstRun } from './first-run';
import { THROUGH_LEAD, type Hit, type Practice, type PracticeContext } from './practice';
import type { Sentence } from './types';
import { wordGate, type WordGate } from './word-gate';

/** A sentence that may lead a list: the splitter's leads all end so. */
const LEAD_END = /:\s*$/;

/**
 * Per analysis: `said`, the verdicts each line ending in a colon gave on its own, per practice (its items add only
 * what it did not say); `names`, whether a lead passes each practice's filter, tested once per lead, not once per item;
 * `gates`, each sentence's mask of the practices whose filters may pass it (`filterGate`), found once per sentence.
 */
export type LeadMemo = { said: WeakMap<Sentence, Set<string>[]>; names: WeakMap<Sentence, boolean[]>; gates: WeakMap<Sentence, number> };

export const leadMemo = (): LeadMemo => ({ said: new WeakMap(), names: new WeakMap(), gates: new WeakMap() });

const gates = new WeakMap<readonly Practice[], WordGate>();
/**
 * One gate over the filters of a list of practices, built on first use: a sentence that lacks every word a filter
 * cannot match without is not run through it (most sentences name two or three practices out of twelve).
 */
export function filterGate(practices: readonly Practice[]): WordGate {
  let gate = gates.get(practices);
  if (!gate) gates.set(practices, (gate = wordGate(practices.map((practice) => practice.candidate))));
  return gate;
}

/** The sentence's gate mask, found once per analysis (a lead is asked again by each of its items). */
export function gateMask(sentence: Sentence, gate: WordGate, memo: LeadMemo): number {
  let mask = memo.gates.get(sentence);
  if (mask === undefined) memo.gates.set(sentence, (mask = gate.maskOf(sentence.text)));
  return mask;
}

/** Does the sentence pass practice `p`'s filter? The gate's bit first: the filter runs only on sentences that may pass. */
function passes(practice: Practice, p: number, mask: number, text: string): boolean {
  if ((mask & (1 << p)) === 0) return false;
  if (practice.candidate instanceof RegExp) firstRun(practice.candidate);
  return practice.candidate.test(text);
}

/** Does the lead name practice `p`? Its filter runs once per lead: a list of twenty items would run it twenty times. */
function leadNames(practice: Practice, p: number, lead: Sentence, leadMask: number, memo: LeadMemo): boolean {
  const known = memo.names.get(lead) ?? memo.names.set(lead, []).get(lead)!;
  return (known[p] ??= passes(practice, p, leadMask, lead.text));
}

/**
 * One practice's hits on one sentence, in its frame. A sentence with no reading through a lead (`readingOf` null) is
 * judged as it stands. A list item is judged both alone and through its lead, and the lead frames it:
 * - a verdict both readings give is the item's own (the address under "Write to us at:"): its hit, on the item;
 * - a verdict only the item alone gives is dropped: the lead changes what the item means ("- health information"
 *   under "We do not collect:", "- the categories of personal information we have sold" under "You have a right to
 *   request that we provide:");
 * - a verdict only the reading through the lead gives is the lead's ("We do not collect:" over "- health
 *   information", "We may disclose your data to:" over "- advertising partners"): on the lead when the lead names
 *   the practice (passes its filter), then on the item; not repeated when the lead gave it on its own (under "We do
 *   not share it except:", "- when the law requires it" is an exception, no second denial).
 * Every hit on an item or through it is a step below the same words said in one sentence (THROUGH_LEAD): an item
 * that needs its lead is a fragment.
 */
export function judgeInFrame(
  practice: Practice,
  p: number,
  sentence: Sentence,
  masks: { own: number; lead: number },
  readingOf: (item: Sentence) => Sentence | null,
  ctx: PracticeContext,
  memo: LeadMemo,
): Hit[] {
  const lead = sentence.lead;
  const named = passes(practice, p, masks.own, sentence.text);
  let hits: Hit[] = [];
  // An item is read through its lead only when one of the two names the practice (most items name none).
  const leadNamed = lead ? leadNames(practice, p, lead, masks.lead, memo) : false;
  const reading = lead && (named || leadNamed) ? readingOf(sentence) : null;
  if (reading && lead) hits = judgeItem(practice, sentence, named, reading, lead, leadNamed, ctx, memo.said.get(lead)?.[p]);
  else if (named) hits = practice.judge(sentence, ctx);
  if (hits.length && LEAD_END.test(sentence.text)) {
    const verdicts = memo.said.get(sentence) ?? memo.said.set(sentence, []).get(sentence)!;
    verdicts[p] = new Set(hits.map((h) => h.verdict));
  }
  return hits;
}

function judgeItem(
  practice: Practice,
  item: Sentence,
  named: boolean,
  reading: Sentence,
  lead: Sentence,
  leadNames: boolean,
  ctx: PracticeContext,
  leadSaid?: Set<string>,
): Hit[] {
  const alone = named ? practice.judge(item, ctx) : [];
  // The reading is the lead and the item joined, and one of the two passed the filter: no need to test it again.
  const joined = practice.judge(reading, ctx).filter((h) => h.sentence === reading);
  const joinedSays = new Set(joined.map((h) => h.verdict));
  // An item that needs its lead is a fragment: what it says alone counts only where the lead agrees, a step lower.
  const out = alone
    .filter((h) => h.sentence !== item || joinedSays.has(h.verdict))
    .map((h) => (h.sentence === item ? { ...h, strength: h.strength - THROUGH_LEAD } : h));
  const aloneSays = new Set(out.map((h) => h.verdict));
  for (const hit of joined) {
    if (aloneSays.has(hit.verdict) || leadSaid?.has(hit.verdict)) continue;
    const strength = hit.strength - THROUGH_LEAD;
    if (leadNames) out.push({ ...hit, strength, sentence: lead });
    out.push({ ...hit, strength, sentence: item });
  }
  return out;
}
