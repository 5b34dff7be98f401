import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import {
  ABROAD,
  ADEQUACY,
  EQUIVALENT_PROTECTION,
  every,
  has,
  MONEY_TRANSFER,
  MOVES_DATA,
  SAFE_HARBOR,
  STAFF_ABROAD,
  STANDARD_CLAUSES,
  TO_COUNTRY,
  TRANSFER_TOPIC,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { TransfersVerdict } from '../types';
import { cuesIn, listInWords, union, type Cue } from './cues';

type TransfersHit = Hit<TransfersVerdict> & { countries: string[]; safeguards: string[] };

/** The legal mechanisms for moving personal data out of the EEA, the UK or Switzerland. */
const SAFEGUARDS: Cue[] = [
  ['standard contractual clauses', STANDARD_CLAUSES.all],
  ['adequacy decision', ADEQUACY.all],
  ['Data Privacy Framework', /\bdata privacy framework\b|\bDPF\b/gi],
  ['Privacy Shield', /\bprivacy shield\b/gi],
  // COPPA also has "safe harbor" programmes: only the EU/Swiss one is about transfers.
  ['Safe Harbor', SAFE_HARBOR.all],
  ['binding corporate rules', /\b[Bb]inding [Cc]orporate [Rr]ules\b|\bBCRs?\b/g],
  ['appropriate safeguards', /\b(?:appropriate|adequate|suitable) (?:\w+ )?safeguards\b/gi],
  ['appropriate safeguards', EQUIVALENT_PROTECTION.all],
];
const COUNTRIES: Cue[] = [
  ['United States', /\b(?:United States(?: of America)?|U\.S\.A?\.?(?! Department| Federal)|USA|US)\b(?! Department)/g],
  ['European Economic Area', /\b(?:European Economic Area|EEA)\b/g],
  ['European Union', /\b(?:European Union|EU)\b(?![- ](?:U\.S\.|US) (?:Privacy|Safe|Data))/g],
  ['United Kingdom', /\b(?:United Kingdom|UK|U\.K\.|Great Britain)\b/g],
  ['Switzerland', /\b(?:Switzerland|Swiss)\b(?![- ](?:U\.S\.|US) (?:Privacy|Safe|Data))/g],
  ['Canada', /\bCanada\b/g],
  ['India', /\bIndia\b/g],
  ['Ireland', /\bIreland\b/g],
  ['Germany', /\bGermany\b/g],
  ['Israel', /\bIsrael\b/g],
  ['Singapore', /\bSingapore\b/g],
  ['Australia', /\bAustralia\b/g],
  ['Japan', /\bJapan\b/g],
  ['China', /\bChina\b/g],
  ['Philippines', /\bPhilippines\b/g],
];
/** Words every safeguard cue contains: a cheap test before the costly ones. */
const SAFEGUARD_WORD =
  /harbou?r|shield|framework|DPF|contract|clauses|SCC|adequa|binding corporate|BCR|safeguards|EU[- ]approved|transfer a|IDTA|protection|principles/i;
const TRANSFER_WORD = /\btransfer/i;
/** US agencies named in Privacy Shield sentences are not a destination. */
const US_AGENCIES = /\bU\.S\. Department of Commerce\b|\bFederal Trade Commission\b/g;
/** With a named country, a word of movement or residence makes it a transfer: "transferred to the US", "located in India". */
const MOVES_THERE = /\b(?:transfer|outside|reside|located|live|visit\w* from)/i;
/**
 * Data resting in a named country: "backups are stored in the United States", "held in the US". Weaker than a
 * move out of the reader's country: for a reader there it is no transfer.
 */
const RESTS_THERE = /\b(?:stor|held|host|kept|housed|processed)/i;
/** Data named as such: a money transfer sentence without it moves no personal data. */
const DATA_WORD = /\b(?:information|data)\b/i;
const CHILDREN = /\bchild|\bCOPPA\b|\bkid/i;
/** An exception to a denied transfer ("we do not transfer data abroad except to our US parent"): a transfer after all. */
const EXCEPTION = /\b(?:except|unless|other than|save for|apart from)\b/i;

export const transfers: Practice<'transfers'> = {
  ...PRACTICE_META.transfers,
  candidate: TRANSFER_TOPIC.re,
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading) return [];
    if (has(MONEY_TRANSFER, text) && !DATA_WORD.test(text)) return [];
    const safeguards =
      CHILDREN.test(text) || !SAFEGUARD_WORD.test(text)
        ? []
        : // Two cues name appropriate safeguards: union keeps one label.
          union([cuesIn(text, SAFEGUARDS)]).filter((s) => s !== 'appropriate safeguards' || has(ABROAD, text) || TRANSFER_WORD.test(text));
    const countries = () => cuesIn(text.replace(US_AGENCIES, ' '), COUNTRIES);
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
    if (!moves.length || (moves.some((m) => isNegated(text, m.index!)) && !EXCEPTION.test(text))) return [];
    const abroad = has(ABROAD, text) || (has(TO_COUNTRY, text) && MOVES_THERE.test(text));
    const there = !abroad && ((has(TO_COUNTRY, text) && RESTS_THERE.test(text)) || has(STAFF_ABROAD, text));
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
      },
    ];
  },
  combine(hits) {
    const all = hits as TransfersHit[];
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
