import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import { confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { SensitiveVerdict } from '../types';
import { anyCue, listInWords, union, type Cue } from './cues';

type SensitiveHit = Hit<SensitiveVerdict> & { categories: string[] };

/** GDPR art. 9 special categories and CCPA "sensitive personal information". */
const CATEGORIES: Cue[] = [
  // "health" alone names websites and "health and safety"; the data is "health information", a diagnosis...
  [
    'health',
    /\b(?:health|medical|healthcare|health care)(?:[- ]related)? (?:information|data|records?|conditions?|history|status|questions|topics|insurance information|details)\b|\b(?:medications?|prescriptions?|diagnos[ie]s|disabilit(?:y|ies)|mental health|symptoms?)\b/gi,
  ],
  [
    'biometric',
    /\bbiometric\w*|\b(?:face|voice) ?prints?\b|\bfacial (?:recognition|geometry|scans?)\b|\b(?:face|retina|iris) scans?\b|\b(?:retina|iris) scans?\b|(?<!(?:device|browser|digital|canvas|audio) )\bfingerprints?\b(?!ing)/gi,
  ],
  [
    'precise location',
    /\b(?:precise|exact|specific|real-time|GPS|accurate|fine) (?:geo-?)?location\b|\bGPS\b|\b(?:latitude|longitude)\b|(?<!(?:general|approximate|rough|coarse|city|regional) )\b(?:geo-?location|location) (?:\w+ ){0,2}(?:of|from) your (?:mobile |wireless )?(?:device|phone)\b|\byour (?:mobile |wireless )?(?:device|phone)(?:'s|’s) (?:geo-?)?location\b/gi,
  ],
  [
    'racial or ethnic origin',
    /\bracial\b|\bethnic(?:ity)?\b|\brace\b(?=,? (?:or |and |\/ ?)?(?:ethnic|religio|national origin|color|colour|gender))/gi,
  ],
  ['religious beliefs', /\breligio(?:us|n)\b|\bphilosophical beliefs\b/gi],
  ['sexual orientation', /\bsexual (?:orientation|life|preferences?)\b|\bsex life\b/gi],
  ['genetic', /\bgenetic\b|\bDNA\b/g],
  ['political opinions', /\bpolitical (?:opinions?|affiliations?|views|beliefs)\b/gi],
  ['union membership', /\b(?:trade )?union membership\b/gi],
  [
    'financial account',
    /\b(?:bank|financial|checking|savings) account(?: numbers?| information| details)?\b|\b(?:credit|debit|payment) cards?\b(?! (?:processing|payments?|transactions?|processors?|compan\w+|issuers?|fraud|authori[sz]ation)| or other payment)|\brouting numbers?\b/gi,
  ],
  [
    'government ID',
    /\bsocial security numbers?\b|\bSSNs?\b|\bdriver(?:'s|’s|s)? licen[cs]e(?: numbers?)?\b|\bpassport (?:numbers?|details|information|data)\b|\bgovernment[- ]issued (?:ID|identification|identity)\b|\bnational (?:ID|identification|identity|insurance) (?:numbers?|cards?)\b|\btax (?:ID|identification) numbers?\b/gi,
  ],
];
const ANY_CATEGORY = anyCue(CATEGORIES);
/** A denial must be about collecting: "we will not keep your card number" after a payment still collects it. */
const ASK =
  /\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|ask(?:s|ed|ing)? (?:\w+ )?for|request\w*|requir\w*|captur\w*|access(?:es|ed|ing)?|use)\b/gi;
const COLLECT =
  /\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|ask(?:s|ed|ing)? (?:\w+ )?for|request\w*|requir\w*|record\w*|stor(?:e|es|ed|ing)|captur\w*|access(?:es|ed|ing)?|provid(?:e|es|ed|ing)|submit\w*|enter(?:s|ed|ing)?|process(?:es|ed|ing)?|retain\w*|keep|kept|maintain\w*|use (?:your|the) (?:precise|device|GPS|location|biometric))\b/gi;
/** "We do not collect sensitive information" speaks for every category at once. */
const SENSITIVE_ALL = /\bsensitive (?:personal )?(?:information|data)\b|\bspecial categor(?:y|ies)\b/i;
/** Payment processors and warnings ("do not send us your card number") talk about these words without the site collecting them. */
const NOT_COLLECTION =
  /\b(?:processed by (?:\w+ ){0,3}(?:third|payment|our (?:payment )?processor)|(?:our|a|the) (?:\w+ )?payment processor|you should not|please do not|do not send|never (?:ask|request) (?:you )?(?:for )?(?:\w+ ){0,3}(?:via|by|through|in an?) e-?mail)\b/i;
const CHILDREN = /\bchild(?:ren)?\b|\bunder (?:the age of )?1[3-8]\b/i;

export const sensitive: Practice<'sensitive'> = {
  ...PRACTICE_META.sensitive,
  candidate:
    /\b(?:health|medic|prescription|diagnos|disabilit|symptom|biometric|fingerprint|faceprint|voiceprint|face ?(?:print|scan)|facial|retina|iris|precise|exact|specific|real-time|accurate|fine|GPS|latitude|longitude|(?:geo-?)?location (?:\w+ ){0,2}(?:of|from) your|racial|ethnic|race\b|religio|philosophical|sexual|sex life|genetic|DNA\b|political|union membership|(?:bank|financial|checking|savings) account|(?:credit|debit|payment) card|routing number|social security|SSNs?\b|driver|passport|government[- ]issued|national (?:id|identi|insurance)|tax (?:id|identification)|sensitive|special categor)/i,
  judge(sentence) {
    const text = sentence.text;
    if (sentence.isHeading) return [];
    if (!ANY_CATEGORY.test(text) && !SENSITIVE_ALL.test(text)) return [];
    const verbs = [...text.matchAll(COLLECT)];
    const underCollectionHeading = /\b(?:collect|gather|obtain|information we|data we)\b/i.test(sentence.heading);
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
          strength: 0.85,
          reason: 'Explicitly denies collecting sensitive information.',
          claim: 'none-at-all',
          categories: union([deniedCats, affirmedCats]),
        },
      ];
    }
    const denied = deniesCollecting || !verbs.length ? union([deniedCats, deniesCollecting ? affirmedCats : []]) : [];
    const found = allNegated ? [] : union([affirmedCats]).filter((c) => !denied.includes(c));
    if (found.length && !NOT_COLLECTION.test(text) && !(CHILDREN.test(text) && /\bknowingly\b/i.test(text))) {
      return [
        {
          verdict: 'collected',
          sentence,
          strength: verbs.length ? 0.8 : 0.6,
          reason: `Collects sensitive data: ${listInWords(found)}.`,
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
          strength: 0.7,
          reason: `Denies collecting ${listInWords(denied)} data.`,
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
      const what = denied.some((h) => h.strength >= 0.85) ? 'sensitive information' : `${listInWords(categories)} data`;
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
