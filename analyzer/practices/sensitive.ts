import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import {
  BIOMETRIC_DATA,
  FINANCIAL_ACCOUNT,
  GOVERNMENT_ID,
  has,
  HEALTH_DATA,
  NOT_SITE_COLLECTION,
  PRECISE_LOCATION,
  SENSITIVE_TOPIC,
  TAKES_IN_DATA,
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
  [
    'racial or ethnic origin',
    /\bracial\b|\bethnic(?:ity)?\b|\brace\b(?=,? (?:or |and |\/ ?)?(?:ethnic|religio|national origin|color|colour|gender))/gi,
  ],
  ['religious beliefs', /\breligio(?:us|n)\b|\bphilosophical beliefs\b/gi],
  ['sexual orientation', /\bsexual (?:orientation|life|preferences?)\b|\bsex life\b/gi],
  ['genetic', /\bgenetic\b|\bDNA\b/g],
  ['political opinions', /\bpolitical (?:opinions?|affiliations?|views|beliefs)\b/gi],
  ['union membership', /\b(?:trade )?union membership\b/gi],
  ['financial account', FINANCIAL_ACCOUNT.all],
  ['government ID', GOVERNMENT_ID.all],
];
const ANY_CATEGORY = anyCue(CATEGORIES);
/** A denial must be about collecting: "we will not keep your card number" after a payment still collects it. */
const ASK =
  /\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|ask(?:s|ed|ing)? (?:\w+ )?for|request\w*|requir\w*|captur\w*|access(?:es|ed|ing)?|use)\b/gi;
/** "We do not collect sensitive information" speaks for every category at once. */
const SENSITIVE_ALL = /\bsensitive (?:personal )?(?:information|data)\b|\bspecial categor(?:y|ies)\b/i;
/** A heading over what the site collects. */
const COLLECTION_HEADING =
  /\b(?:collect|gather|obtain|information we|data we|records?|tracks?|we get|we receive|you tell us|you give us)\b/i;
/** "We do not knowingly collect ... from children": the age practice's sentence, not a sensitive category. */
const KNOWINGLY = /\bknowingly\b/i;
const CHILDREN = /\bchild(?:ren)?\b|\bunder (?:the age of )?1[3-8]\b/i;

export const sensitive: Practice<'sensitive'> = {
  ...PRACTICE_META.sensitive,
  candidate: SENSITIVE_TOPIC.re,
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading) return [];
    if (!ANY_CATEGORY.test(text) && !SENSITIVE_ALL.test(text)) return [];
    const verbs = [...text.matchAll(TAKES_IN_DATA.all)];
    const underCollectionHeading = COLLECTION_HEADING.test(sentence.heading);
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
    const asks = [...text.matchAll(ASK)];
    const deniesCollecting = asks.length > 0 && asks.every((m) => isNegated(text, m.index!));
    if (SENSITIVE_ALL.test(text) && deniesCollecting) {
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
    const found = allNegated ? [] : union([affirmedCats]).filter((c) => !denied.includes(c));
    if (found.length && !has(NOT_SITE_COLLECTION, text) && !(CHILDREN.test(text) && KNOWINGLY.test(text))) {
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
