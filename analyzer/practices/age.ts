import { PRACTICE_META } from '../practice-meta';
import { frameOf, previousOf } from '../frame';
import { firstRun } from '../first-run';
import { isNegated } from '../negation';
import {
  ADULTS_ONLY,
  indexOf,
  MADE_FOR_CHILDREN,
  AGE_GATE,
  AGE_LIMIT_VERB,
  AGE_OF_A_RIGHT,
  AGE_PRICED,
  AGE_GROUP_NAME,
  CHILD_CONTEXT,
  has,
  MINOR_REMOVAL_RIGHT,
  MINOR_SALE_RULE,
  NOT_COUNTED,
  PEOPLE_UNDER_AGE,
  AGE_OF_MAJORITY,
  OF_LEGAL_AGE,
  SITE_AIMS_AT_MINORS,
  CHILD_NAMED,
  CHILD_OR_UNDER,
  DEFINES_CHILDREN,
  DURATION_BEFORE_NUMBER,
  LAW_LETS_PEOPLE,
  anyConcept,
} from '../lexicon/index';
import { NUMBER_SOURCE, readAge } from '../numbers';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { AgeVerdict } from '../types';

const N = NUMBER_SOURCE;
/** The second number of an age range ("children aged 7 to 12"): the ages of a group, not a limit. */
const AGE_RANGE_END = '\\s*(?:to|-|–)\\s*(?:\\d|(?:ten|eleven|twelve|\\w+teen|twenty)\\b)';
/**
 * Phrases that put an age limit before or after a number, each with `needs`: words the phrase cannot match without,
 * tested first. A phrase pasting the number pattern costs V8 up to ~15 ms to compile on its first run (a cold
 * worker's first click); most age sentences need only one or two of them, so the others are never compiled.
 */
export const AGE_PATTERNS: { needs: RegExp; re: RegExp }[] = [
  {
    needs: /\b(?:under|below|younger than|less than|over|above|older than|at least|minimum|not yet|ages?|aged?|turned|reached|attained)\s/i,
    re: new RegExp(
      `\\b(?:under|below|younger than|less than|over|above|older than|at least|minimum age (?:of|is|[\\w ]{0,30}(?::| is))|not yet|ages?(?: of)?|aged?|turned|reached|attained)\\s+(?:the\\s+)?(?:age\\s+(?:of\\s+)?)?(${N})${NOT_COUNTED}(?!${AGE_RANGE_END})`,
      'gi',
    ),
  },
  {
    needs: /(?:or|and)\s+(?:older|over|above|up|more|younger|under)\b/i,
    // "18 or more" is an age only when no unit follows ("8 or more characters"). "12 and under" names the
    // excluded group (`below`): its limit is the next age, as "under 13" is 13.
    re: new RegExp(
      `\\b(${N})\\s*(?:years?(?:\\s+of\\s+age|\\s+old|\\s+or\\s+older)?|yrs?\\.?|\\+)?\\s*(?:or|and)\\s+(?:older|over|above|up|more${NOT_COUNTED}|(?<below>younger|under))\\b`,
      'gi',
    ),
  },
  { needs: /\byears?[\s-]+(?:of[\s-]+age|old)\b/i, re: new RegExp(`\\b(${N})[\\s-]+years?[\\s-]+(?:of[\\s-]+age|old)\\b`, 'gi') },
  // "Must have reached their thirteenth birthday": an ordinal birthday is an age.
  {
    needs: /birthday/i,
    re: /\b(\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:st|nd|rd|th)\s+birthday\b/gi,
  },
  // "We don't allow under-13s": the group named by its limit.
  { needs: /\bunder-\d/i, re: /\bunder-(\d{1,2})s?\b/gi },
  { needs: /\+/, re: new RegExp(`\\b(${N})\\s*\\+(?![\\w+])`, 'gi') },
  { needs: /\bbetween\s/i, re: new RegExp(`\\bbetween (?:the ages of )?(${N}) and ${N}\\b`, 'gi') },
  {
    needs: /\b(?:must|should|need to|have to) be\s/i,
    re: new RegExp(`\\b(?:must|should|need to|have to) be (?:at least |over |older than )?(${N})${NOT_COUNTED}`, 'gi'),
  },
];

/** Any one- or two-digit number: digits, not vocabulary, so no lexicon concept. */
const TWO_DIGITS = /\b\d{1,2}\b/g;
/** The ages a sentence puts a limit at ("under 13", "18 or older"), durations and lengths set aside. */
function agesIn(text: string): number[] {
  const ages: number[] = [];
  for (const { needs, re } of AGE_PATTERNS) {
    if (!needs.test(text)) continue;
    firstRun(re);
    for (const m of text.matchAll(re)) {
      const value = readAge(m[1]!);
      if (value === null) continue;
      if (DURATION_BEFORE_NUMBER.re.test(text.slice(0, m.index!))) continue;
      ages.push(m.groups?.below ? value + 1 : value);
    }
  }
  return ages;
}

export const age: Practice<'age'> = {
  ...PRACTICE_META.age,
  // The judge starts from a child or an age limit, so its filter is exactly those two concepts.
  candidate: anyConcept(CHILD_CONTEXT, PEOPLE_UNDER_AGE),
  triggers: [CHILD_CONTEXT, PEOPLE_UNDER_AGE],
  judge(sentence, ctx) {
    const text = sentence.text;
    // "individuals under 18" limits an age with no word of age or childhood: read a little less surely.
    const childContext = has(CHILD_CONTEXT, text);
    if (!childContext && !has(PEOPLE_UNDER_AGE, text)) return [];
    // Ages that limit nothing: what a law lets a business do, a definition, an example, an opt-in rule for selling
    // minors' data, a minor's right to remove posts. Only an age that limits use or collection is a minimum age.
    const kind = frameOf(sentence).kind;
    if (kind === 'citation' || kind === 'example' || kind === 'question') return [];
    // A definition sets an age only when it defines the children the policy protects ("children refers to individuals under 13").
    if (kind === 'definition' && !DEFINES_CHILDREN.re.test(text)) return [];
    if (has(MINOR_REMOVAL_RIGHT, text) || has(LAW_LETS_PEOPLE, text)) return [];
    if (has(MINOR_SALE_RULE, text) && !SITE_AIMS_AT_MINORS.re.test(text)) return [];
    if (has(AGE_OF_A_RIGHT, text) || has(AGE_PRICED, text) || has(AGE_GROUP_NAME, text)) return [];
    // "Puddle is directed to children under 13": the audience, unless denied ("not directed to children under 13").
    const madeFor = indexOf(MADE_FOR_CHILDREN, text);
    if (madeFor >= 0 && !isNegated(text, madeFor)) return [];
    if (!has(AGE_LIMIT_VERB, text) && !has(AGE_GATE, text) && !DEFINES_CHILDREN.re.test(text)) return [];
    const ages = agesIn(text);
    // "We do not sell data of minors under 16 unless they opt in. Please tell us if you are under 16.": the next
    // sentence, at the same age and limiting nothing itself, still speaks of the opt-in rule.
    if (ages.length && !SITE_AIMS_AT_MINORS.re.test(text)) {
      const before = previousOf(sentence, ctx.sentences);
      if (before && has(MINOR_SALE_RULE, before.text) && !SITE_AIMS_AT_MINORS.re.test(before.text)) {
        // "Between 13 and 16" reads as 13: the range's other end is the rule's age too.
        const ruleAges = [...agesIn(before.text), ...(before.text.match(TWO_DIGITS) ?? []).map(Number)];
        if (ages.every((a) => ruleAges.includes(a))) return [];
      }
    }
    if (
      !ages.length &&
      (((AGE_OF_MAJORITY.re.test(text) || OF_LEGAL_AGE.re.test(text)) && has(CHILD_CONTEXT, text)) || has(ADULTS_ONLY, text))
    ) {
      return [
        {
          verdict: 'minimum-age',
          sentence,
          strength: BAND.weak,
          value: 18,
          reason: 'Requires the age of majority, which is 18 in most places.',
          claim: 'majority',
        },
      ];
    }
    if (!ages.length) {
      if (CHILD_NAMED.re.test(text)) {
        return [
          { verdict: 'not-mentioned', sentence, strength: BAND.mention, reason: 'Mentions children without an age.', claim: 'no-age' },
        ];
      }
      return [];
    }
    const value = Math.min(...ages);
    const hit: Hit<AgeVerdict> = {
      verdict: 'minimum-age',
      sentence,
      strength: !childContext ? BAND.firm : CHILD_OR_UNDER.re.test(text) ? BAND.explicit : BAND.hedged,
      value,
      reason: `Sets an age limit of ${value}.`,
      claim: 'sets-age',
    };
    return [hit];
  },
  combine(hits) {
    const found = strongest(hits, 'minimum-age');
    if (found.length) {
      const value = Math.min(...found.map((h) => h.value!));
      const others = [...new Set(found.map((h) => h.value!))].filter((v) => v !== value).sort((a, b) => a - b);
      // The summary names the other ages ("It also mentions age 18"): the evidence shows the strongest sentence of
      // each, not only five sentences about the lowest one. (Two other ages at most: the lowest age leads.)
      const shown = others.slice(0, 2).map((v) => found.find((h) => h.value === v)!);
      const lowest = found.filter((h) => h.value === value);
      const byValue = [...lowest.slice(0, 5 - shown.length), ...shown, ...lowest.slice(5 - shown.length)];
      const rest = found.filter((h) => h.value !== value && !shown.includes(h));
      const extra = others.length ? ` It also mentions age ${others.join(' and ')}.` : '';
      return {
        verdict: 'minimum-age',
        confidence: confidenceOf(found),
        summary: `The policy sets a minimum age of ${value}.${extra}`,
        evidence: toEvidence([...byValue, ...rest]),
        value,
      };
    }
    const children = hits.length > 0;
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: children
        ? 'The policy mentions children but states no minimum age.'
        : 'The policy states no minimum age and does not mention children.',
      evidence: [],
      value: null,
    };
  },
};
