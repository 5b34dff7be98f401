import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import {
  ABROAD,
  ADEQUACY,
  APPROPRIATE_SAFEGUARDS,
  BINDING_CORPORATE_RULES,
  CHILDREN_TOPIC,
  DATA_PRIVACY_FRAMEWORK,
  DATA_WORD,
  EEA,
  EQUIVALENT_PROTECTION,
  EUROPEAN_UNION,
  EU_BOUNDARY,
  EU_PLACES,
  every,
  has,
  HOME_LAWS,
  MONEY_TRANSFER,
  MOVES_DATA,
  MOVES_THERE,
  PLAIN_COUNTRY_NAMES,
  PLAIN_COUNTRY_NAME,
  PRIVACY_SHIELD,
  RESTS_THERE,
  SAFE_HARBOR,
  SAFEGUARD_WORD,
  SHIELD_PROGRAMME,
  STAFF_ABROAD,
  STANDARD_CLAUSES,
  SWITZERLAND,
  TO_COUNTRY,
  TRANSFER_EXCEPTION,
  TRANSFER_TOPIC,
  TRANSFER_WORD,
  UNITED_KINGDOM,
  UNITED_STATES,
  US_AGENCY,
  MOVE_DENIED_AFTER,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { TransfersVerdict } from '../types';
import { cuesIn, listInWords, union, type Cue } from './cues';

/** `staysHome`: the sentence only says where data rests or who reaches it, which is no transfer if that is the home country. */
type TransfersHit = Hit<TransfersVerdict> & { countries: string[]; safeguards: string[]; staysHome?: boolean };

/** The legal mechanisms for moving personal data out of the EEA, the UK or Switzerland. */
const SAFEGUARDS: Cue[] = [
  ['standard contractual clauses', STANDARD_CLAUSES.all],
  ['adequacy decision', ADEQUACY.all],
  ['Data Privacy Framework', DATA_PRIVACY_FRAMEWORK.all],
  ['Privacy Shield', PRIVACY_SHIELD.all],
  // COPPA also has "safe harbor" programmes: only the EU/Swiss one is about transfers.
  ['Safe Harbor', SAFE_HARBOR.all],
  ['binding corporate rules', BINDING_CORPORATE_RULES.all],
  ['appropriate safeguards', APPROPRIATE_SAFEGUARDS.all],
  ['appropriate safeguards', EQUIVALENT_PROTECTION.all],
];
/** Safeguards whose name alone may mean something else ("our free Privacy Shield service"): kept beside a transfer or, for the Shield, its programme's words. */
const NEEDS_A_TRANSFER = new Set(['appropriate safeguards', 'Privacy Shield']);
const COUNTRIES: Cue[] = [
  ['United States', UNITED_STATES.all],
  ['European Economic Area', EEA.all],
  ['European Union', EUROPEAN_UNION.all],
  ['United Kingdom', UNITED_KINGDOM.all],
  ['Switzerland', SWITZERLAND.all],
];
/**
 * Where the policy's data is at home: the one country whose privacy law it answers to, if it names exactly one (a
 * multinational's annexes name several), or the EU when it says data stays there ("within the EEA", "not ... outside
 * the European Union").
 */
function homePlaces(text: string): Set<string> {
  const homes = HOME_LAWS.filter(([, law]) => has(law, text));
  const places = new Set(homes.length === 1 ? [homes[0][0]] : []);
  // A member state's data is at home anywhere in the EU: the GDPR's transfers are those that leave it.
  if (homes.length === 1 && EU_PLACES.includes(homes[0][0])) for (const place of EU_PLACES) places.add(place);
  for (const m of every(EU_BOUNDARY, text)) {
    const within = !m[0].toLowerCase().startsWith('out');
    // "A transfer ... outside the European Union does not take place": denied after the boundary.
    const deniedAfter = has(MOVE_DENIED_AFTER, text.slice(Math.max(0, m.index! - 120), m.index! + 160));
    if (within || isNegated(text, m.index!) || deniedAfter) {
      for (const place of EU_PLACES) places.add(place);
      break;
    }
  }
  return places;
}

/** Data said to rest, or be reached, only in the policy's own places has not left them. */
function leavesHome(hit: TransfersHit, home: Set<string>): boolean {
  return !hit.staysHome || !hit.countries.length || hit.countries.some((c) => !home.has(c));
}

/** The places a sentence names, special forms first, then plain names in the list's order. */
function countriesIn(text: string): string[] {
  // One pattern for every plain name (one compilation, not one per name).
  const named = new Set([...text.matchAll(PLAIN_COUNTRY_NAME.all)].map((m) => m[0]));
  return [...cuesIn(text, COUNTRIES), ...PLAIN_COUNTRY_NAMES.filter((name) => named.has(name))];
}

export const transfers: Practice<'transfers'> = {
  ...PRACTICE_META.transfers,
  candidate: TRANSFER_TOPIC.re,
  triggers: [
    TRANSFER_WORD,
    ABROAD,
    MOVES_DATA,
    MOVES_THERE,
    RESTS_THERE,
    STAFF_ABROAD,
    STANDARD_CLAUSES,
    ADEQUACY,
    BINDING_CORPORATE_RULES,
    DATA_PRIVACY_FRAMEWORK,
    PRIVACY_SHIELD,
    SAFE_HARBOR,
    APPROPRIATE_SAFEGUARDS,
    EQUIVALENT_PROTECTION,
  ],
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading) return [];
    if (has(MONEY_TRANSFER, text) && !has(DATA_WORD, text)) return [];
    const safeguards =
      has(CHILDREN_TOPIC, text) || !has(SAFEGUARD_WORD, text)
        ? []
        : // Two cues name appropriate safeguards: union keeps one label.
          union([cuesIn(text, SAFEGUARDS)]).filter(
            (s) =>
              !NEEDS_A_TRANSFER.has(s) ||
              has(ABROAD, text) ||
              has(TRANSFER_WORD, text) ||
              (s === 'Privacy Shield' && has(SHIELD_PROGRAMME, text)),
          );
    const countries = () => countriesIn(text.replace(US_AGENCY.all, ' '));
    if (safeguards.length) {
      return [
        {
          verdict: 'safeguards',
          sentence,
          strength: BAND.firm,
          reason: `Names a safeguard for transfers: ${listInWords(safeguards)}.`,
          claim: 'names-safeguards',
          names: safeguards,
          countries: countries(),
          safeguards,
        },
      ];
    }
    const moves = every(MOVES_DATA, text);
    // "Hosted in Germany and not transferred to third countries": a denied move, with no exception, is no transfer.
    const denied = moves.some((m) => isNegated(text, m.index!)) || has(MOVE_DENIED_AFTER, text);
    if (!moves.length || (denied && !has(TRANSFER_EXCEPTION, text))) return [];
    const abroad = has(ABROAD, text) || (has(TO_COUNTRY, text) && has(MOVES_THERE, text));
    const there = !abroad && ((has(TO_COUNTRY, text) && has(RESTS_THERE, text)) || has(STAFF_ABROAD, text));
    if (!abroad && !there) return [];
    return [
      {
        verdict: 'transferred',
        sentence,
        strength: abroad ? BAND.qualified : BAND.hedged,
        reason: 'Says personal data may be processed in other countries.',
        claim: 'transferred',
        countries: countries(),
        safeguards: [],
        // "Our data centres are located in India": no word of leaving, so it may only say where home is.
        staysHome: !has(ABROAD, text) && !has(TRANSFER_WORD, text),
      },
    ];
  },
  combine(hits, ctx) {
    const found = hits as TransfersHit[];
    const home = found.some((h) => h.staysHome) ? homePlaces(ctx.text) : new Set<string>();
    const all = found.filter((h) => leavesHome(h, home));
    const safe = strongest(all, 'safeguards');
    const moved = strongest(all, 'transferred');
    const countries = union(all.map((h) => h.countries));
    const where = countries.length ? ` Places named: ${listInWords(countries)}.` : '';
    if (safe.length) {
      const safeguards = union(safe.map((h) => h.safeguards));
      return {
        verdict: 'safeguards',
        confidence: confidenceOf(safe),
        summary: `The policy says data is transferred across borders under ${listInWords(safeguards)}.${where}`,
        evidence: toEvidence([...safe, ...moved]),
        countries,
        safeguards,
      };
    }
    if (moved.length) {
      return {
        verdict: 'transferred',
        confidence: confidenceOf(moved),
        summary: `The policy says your data may be processed in other countries, without naming a legal safeguard.${where}`,
        evidence: toEvidence(moved),
        countries,
        safeguards: [],
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say whether your data leaves your country.',
      evidence: [],
      countries: [],
      safeguards: [],
    };
  },
};
