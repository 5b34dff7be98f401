import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import {
  CLOSED_ASIDE,
  PAN_NUMBER,
  ASKS_FOR_DATA,
  BIOMETRIC_DATA,
  CHILD_OR_UNDER_AGE,
  COLLECTION_HEADING,
  FINANCIAL_ACCOUNT,
  GENETIC_DATA,
  GOVERNMENT_ID,
  has,
  HEALTH_DATA,
  ANIMAL_SUBJECT,
  KNOWINGLY,
  NOT_SITE_COLLECTION,
  POLITICAL_OPINIONS,
  PRECISE_LOCATION,
  RACE_OR_ETHNICITY,
  RELIGIOUS_BELIEFS,
  SENSITIVE_IN_GENERAL,
  SENSITIVE_TOPIC,
  SEXUAL_ORIENTATION,
  TAKES_IN_DATA,
  UNION_MEMBERSHIP,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { SensitiveVerdict } from '../types';
import { anyCue, listInWords, union, type Cue } from './cues';

type SensitiveHit = Hit<SensitiveVerdict> & { categories: string[] };

/** GDPR art. 9 special categories and CCPA "sensitive personal information". */
const CATEGORIES: Cue[] = [
  // "health" alone names websites and "health and safety"; the data is "health information", a diagnosis...
  ['health', HEALTH_DATA.all],
  ['biometric', BIOMETRIC_DATA.all],
  ['precise location', PRECISE_LOCATION.all],
  ['racial or ethnic origin', RACE_OR_ETHNICITY.all],
  ['religious beliefs', RELIGIOUS_BELIEFS.all],
  ['sexual orientation', SEXUAL_ORIENTATION.all],
  ['genetic', GENETIC_DATA.all],
  ['political opinions', POLITICAL_OPINIONS.all],
  ['union membership', UNION_MEMBERSHIP.all],
  ['financial account', FINANCIAL_ACCOUNT.all],
  ['government ID', GOVERNMENT_ID.all],
  ['government ID', PAN_NUMBER.all],
];
const ANY_CATEGORY = anyCue(CATEGORIES);
export const sensitive: Practice<'sensitive'> = {
  ...PRACTICE_META.sensitive,
  candidate: SENSITIVE_TOPIC.re,
  triggers: [
    HEALTH_DATA,
    BIOMETRIC_DATA,
    GENETIC_DATA,
    PRECISE_LOCATION,
    RACE_OR_ETHNICITY,
    RELIGIOUS_BELIEFS,
    SEXUAL_ORIENTATION,
    POLITICAL_OPINIONS,
    UNION_MEMBERSHIP,
    FINANCIAL_ACCOUNT,
    GOVERNMENT_ID,
    PAN_NUMBER,
    SENSITIVE_IN_GENERAL,
  ],
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading) return [];
    if (!ANY_CATEGORY.test(text) && !has(SENSITIVE_IN_GENERAL, text)) return [];
    // A verb inside a closed aside speaks for the aside only: "an ID card (we do not acquire the card's number)".
    const main = has(CLOSED_ASIDE, text) ? text.replace(CLOSED_ASIDE.all, (aside) => ' '.repeat(aside.length)) : text;
    const verbs = [...main.matchAll(TAKES_IN_DATA.all)];
    const underCollectionHeading = has(COLLECTION_HEADING, sentence.heading);
    if (!verbs.length && !underCollectionHeading) return [];
    const affirmedCats: string[] = [];
    const deniedCats: string[] = [];
    for (const [label, re] of CATEGORIES) {
      for (const m of text.matchAll(re)) {
        const negated = isNegated(text, m.index!, 120);
        (negated ? deniedCats : affirmedCats).push(label);
      }
    }
    const allNegated = verbs.length > 0 && verbs.every((m) => isNegated(text, m.index!));
    const asks = [...main.matchAll(ASKS_FOR_DATA.all)];
    const deniesCollecting = asks.length > 0 && asks.every((m) => isNegated(text, m.index!));
    if (has(SENSITIVE_IN_GENERAL, text) && deniesCollecting) {
      return [
        {
          verdict: 'not-collected',
          sentence,
          strength: BAND.firm,
          reason: 'Explicitly denies collecting sensitive information.',
          claim: 'none-at-all',
          categories: union([deniedCats, affirmedCats]),
        },
      ];
    }
    const denied = deniesCollecting || !verbs.length ? union([deniedCats, deniesCollecting ? affirmedCats : []]) : [];
    // A pet's health is not the customer's.
    const animal = has(ANIMAL_SUBJECT, text);
    const found = allNegated ? [] : union([affirmedCats]).filter((c) => !denied.includes(c) && !(c === 'health' && animal));
    if (found.length && !has(NOT_SITE_COLLECTION, text) && !(has(CHILD_OR_UNDER_AGE, text) && has(KNOWINGLY, text))) {
      return [
        {
          verdict: 'collected',
          sentence,
          strength: verbs.length ? BAND.direct : BAND.edge,
          reason: `Collects sensitive data: ${listInWords(found)}.`,
          claim: 'collects',
          names: found,
          categories: found,
        },
      ];
    }
    if (denied.length) {
      return [
        {
          verdict: 'not-collected',
          sentence,
          strength: BAND.hedged,
          reason: `Denies collecting ${listInWords(denied)} data.`,
          claim: 'denies',
          names: denied,
          categories: denied,
        },
      ];
    }
    return [];
  },
  combine(hits) {
    const all = hits as SensitiveHit[];
    const collected = strongest(all, 'collected');
    const denied = strongest(all, 'not-collected');
    if (collected.length) {
      const categories = union(collected.map((h) => h.categories));
      return {
        verdict: 'collected',
        confidence: confidenceOf(collected),
        summary: `The policy says it collects sensitive data: ${listInWords(categories)}.`,
        evidence: toEvidence(collected),
        categories,
      };
    }
    if (denied.length) {
      const categories = union(denied.map((h) => h.categories));
      const what = denied.some((h) => h.strength >= BAND.firm) ? 'sensitive information' : `${listInWords(categories)} data`;
      return {
        verdict: 'not-collected',
        confidence: confidenceOf(denied),
        summary: `The policy says it does not collect ${what}.`,
        evidence: toEvidence(denied),
        categories,
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say whether it collects sensitive data (health, biometrics, precise location...).',
      evidence: [],
      categories: [],
    };
  },
};
