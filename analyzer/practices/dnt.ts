import { PRACTICE_META } from '../practice-meta';
import { answerSpan, frameOf, namesItself } from '../frame';
import {
  DO_NOT_TRACK,
  DUTY_OF_BUSINESSES,
  ENDS_IN_QUESTION,
  GLOBAL_PRIVACY_CONTROL,
  has,
  HOW_LINE,
  IGNORES_SIGNAL,
  NOT_SO,
  OTHERS_RESPOND,
  CONFIGURED_TO,
  PRIVACY_SIGNAL_NAME,
  REFERS_TO_SIGNAL,
  SIGNAL_AS_OPT_OUT,
  SIGNAL_RESPONSE,
  SIGNAL_TURNS_OFF,
  SITE_SPEAKS,
} from '../lexicon/index';
import { isNegated } from '../negation';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { DntVerdict } from '../types';
import { listInWords, union } from './cues';

type DntHit = Hit<DntVerdict> & { signals: string[] };

type Stance = { verdict: DntVerdict; strength: number; claim: string; optOut?: boolean };

/** What a sentence (its signal names masked as SIGNAL) says the site does with the signal. `reply`: it answers the
 * sentence before, so "we" need not be named for a stance; `self`: the site names itself ("Acme honors GPC"). */
function stanceOf(masked: string, reply: boolean, self = false): Stance {
  // "If you visit with a browser transmitting GPC, we will not sell": the denial is how the signal is honoured.
  if (has(SIGNAL_TURNS_OFF, masked)) return { verdict: 'honoured', strength: BAND.firm, claim: 'turns-off' };
  // "Residents may set the Global Privacy Control to opt out of the sale": the signal is accepted as an opt-out.
  if (has(SIGNAL_AS_OPT_OUT, masked) && !isNegated(masked, masked.search(SIGNAL_AS_OPT_OUT.re)))
    return { verdict: 'honoured', strength: BAND.qualified, claim: 'opt-out', optOut: true };
  // The response that governs the signal is the one nearest to it: "we do our best to honor your preferences,
  // [but] we are not able to respond to DNT signals" turns on "respond", not on "honor".
  const signalAt = masked.indexOf('SIGNAL');
  const responses = [...masked.matchAll(SIGNAL_RESPONSE.all)].sort((a, b) => Math.abs(a.index! - signalAt) - Math.abs(b.index! - signalAt));
  if (has(IGNORES_SIGNAL, masked) || (responses.length && isNegated(masked, responses[0]!.index!)))
    return { verdict: 'not-honoured', strength: BAND.firm, claim: 'ignores' };
  if (responses.length && (reply || self || has(SITE_SPEAKS, masked) || has(CONFIGURED_TO, masked)) && !has(OTHERS_RESPOND, masked)) {
    return { verdict: 'honoured', strength: BAND.direct, claim: 'responds' };
  }
  return { verdict: 'not-mentioned', strength: BAND.mention, claim: 'mentions' };
}

function reasonOf(verdict: DntVerdict, signals: string[], optOut = false): string {
  const names = listInWords(signals);
  if (verdict === 'honoured') return optOut ? `Accepts ${names} as a way to opt out.` : `Says it honours ${names} signals.`;
  if (verdict === 'not-honoured') return `Says it does not respond to ${names} signals.`;
  return 'Mentions the signal without saying how it responds.';
}

/** Any signal named: the pre-filter. */
const SIGNAL_NAME = PRIVACY_SIGNAL_NAME.re;
const hasSignal = (t: string) => has(PRIVACY_SIGNAL_NAME, t);

export const dnt: Practice<'dnt'> = {
  ...PRACTICE_META.dnt,
  candidate: SIGNAL_NAME,
  triggers: [DO_NOT_TRACK, GLOBAL_PRIVACY_CONTROL],
  judge(sentence, ctx) {
    const text = sentence.text;
    // Questions and table-of-contents items ("How we respond to Do Not Track") state nothing.
    if (sentence.isHeading || has(ENDS_IN_QUESTION, text) || has(HOW_LINE, text)) return [];
    // "California law requires us to tell you how we respond to DNT": what the law asks, not the site's stance.
    const kind = frameOf(sentence).kind;
    const quiet =
      kind === 'citation' || kind === 'definition' || kind === 'question' || (has(DUTY_OF_BUSINESSES, text) && !has(SITE_SPEAKS, text));
    const signals = [
      ...(has(DO_NOT_TRACK, text) ? ['Do Not Track'] : []),
      ...(has(GLOBAL_PRIVACY_CONTROL, text) ? ['Global Privacy Control'] : []),
    ];
    // "... whether we acknowledge DNT signals. We do not do so." / "Therefore, we do not respond to such signals.":
    // the next sentence answers this one without naming the signal; both are shown together.
    const next = ctx.sentences.find((n) => n.start >= sentence.end);
    if (next && !hasSignal(next.text)) {
      const reply = has(NOT_SO, next.text)
        ? { verdict: 'not-honoured' as const, strength: BAND.direct, claim: 'not-so' }
        : has(REFERS_TO_SIGNAL, next.text)
          ? stanceOf(next.text.replace(REFERS_TO_SIGNAL.all, 'SIGNAL'), true)
          : null;
      if (reply && reply.verdict !== 'not-mentioned') {
        return [
          {
            verdict: reply.verdict,
            strength: reply.strength,
            sentence: answerSpan(sentence, next, ctx.text),
            reason: reasonOf(reply.verdict, signals),
            claim: reply.claim,
            names: signals,
            signals,
          },
        ];
      }
    }
    if (quiet)
      return [
        {
          verdict: 'not-mentioned',
          sentence,
          strength: BAND.mention,
          reason: reasonOf('not-mentioned', signals),
          claim: 'mentions',
          names: signals,
          signals,
        },
      ];
    // Mask the signal names: the "not" inside "Do Not Track" negates nothing.
    const stance = stanceOf(
      text.replace(DO_NOT_TRACK.all, 'SIGNAL').replace(GLOBAL_PRIVACY_CONTROL.all, 'SIGNAL'),
      false,
      namesItself(sentence, ctx.sentences),
    );
    const { optOut, ...said } = stance;
    return [
      {
        ...said,
        sentence,
        reason: reasonOf(stance.verdict, signals, optOut),
        names: signals,
        signals,
      },
    ];
  },
  combine(hits) {
    const all = hits as DntHit[];
    const honoured = strongest(all, 'honoured');
    const ignored = strongest(all, 'not-honoured');
    const signals = union(all.map((h) => h.signals));
    if (honoured.length) {
      const yes = union(honoured.map((h) => h.signals));
      const no = union(ignored.map((h) => h.signals)).filter((s) => !yes.includes(s));
      const summary = `The policy says it honours ${listInWords(yes)} signals${no.length ? `, but not ${listInWords(no)}` : ''}.`;
      return { verdict: 'honoured', confidence: confidenceOf(honoured), summary, evidence: toEvidence([...honoured, ...ignored]), signals };
    }
    if (ignored.length) {
      return {
        verdict: 'not-honoured',
        confidence: confidenceOf(ignored),
        summary: `The policy says it does not respond to ${listInWords(signals)} signals.`,
        evidence: toEvidence(ignored),
        signals,
      };
    }
    const summary = signals.length
      ? `The policy mentions ${listInWords(signals)} but does not say whether it honours the signal.`
      : 'The policy does not say whether it honours Do Not Track or Global Privacy Control signals.';
    return { verdict: 'not-mentioned', confidence: 0.5, summary, evidence: [], signals };
  },
};
