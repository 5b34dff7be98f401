import { CHOICES_TOPIC, has, NAMED_VOICE, OTHER_PAGE_TITLE, OWN_VOICE, SHARING_TOPIC } from './lexicon/index';

/**
 * Does a page read like a privacy policy? A policy is the site speaking in its own voice ("we collect",
 * "we share") about several data topics. News about privacy talks about others ("the company collected"),
 * terms of service are mostly legal clauses, and a cookie notice covers cookies only: none of those is a policy.
 * Cheap: about twenty regex tests over the text.
 */

/** Topics a privacy policy covers; each counts once. */
const TOPICS: ReadonlyArray<RegExp> = [
  /\bpersonal(?:ly)? (?:identifiable )?(?:information|data)\b|\bPII\b/i,
  /\b(?:we|us)\b[^.\n]{0,40}\b(?:collect|gather|obtain)|\binformation (?:we|that we) (?:collect|receive|obtain)\b/i,
  /\bwe (?:may |also |will )?(?:use|process) (?:your|the|this|that|such|personal|information|data)\b|\bhow we use\b/i,
  SHARING_TOPIC.re,
  /\bcookies?\b|\bweb beacons?\b/i,
  CHOICES_TOPIC.re,
  /\b(?:security (?:measures|safeguards|procedures)|safeguards?|protect (?:your|the|personal) (?:information|data|privacy)|encrypt\w*)\b/i,
  /\b(?:retain|retention|how long we (?:keep|store)|we (?:keep|store) (?:your|personal))\b/i,
  /\b(?:children|coppa|minors?)\b/i,
  /\b(?:changes to (?:this|our) (?:privacy )?(?:policy|statement|notice)|(?:update|change|modify) this (?:privacy )?(?:policy|statement|notice))\b/i,
  /\b(?:ip address(?:es)?|device identifiers?|browser type)\b/i,
];
/** A privacy title at the top: "Privacy Policy", "Data Protection Notice". */
const PRIVACY_TITLE =
  /\b(?:privacy|data protection)(?: (?:and|&) (?:cookies?|security))? (?:policy|notice|statement|practices|highlights|information)\b/i;
/** A heading line further down: a page that combines terms and a privacy policy still holds a policy. */
const PRIVACY_HEADING =
  /^[ \t#*]*(?:[\w&'’.-]+ ){0,4}(?:privacy|data protection)(?: (?:and|&) (?:cookies?|security))? (?:policy|notice|statement)[ \t:]*$/im;
/** Clauses of terms of service. */
const LEGAL: ReadonlyArray<RegExp> = [
  /\bgoverning law\b/i,
  /\blimitation of liability\b/i,
  /\bindemnif/i,
  /\barbitration\b|\bclass action\b/i,
  /["“]as is["”]|\bdisclaimer of warrant/i,
];

const DATA_WORD = /\b(?:personal|information|data)\b/gi;
const COOKIE_WORD = /\bcookies?\b/gi;
/** "a privacy policy", "your privacy notice": a page about policies in general. */
const SOME_POLICY = /\b(?:a|your) privacy (?:policy|notice|statement)\b/gi;
/** "this privacy policy", "our privacy notice": the page is the policy. */
const THIS_POLICY = /\b(?:this|our|the) privacy (?:policy|notice|statement)\b/i;

function count(re: RegExp, text: string, cap: number): number {
  if (cap <= 0) return 0;
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= cap) break;
  return n;
}

/**
 * A page shows what it is long before this many characters (the longest policies we know are about 120,000):
 * beyond it, a pathological page (2 MB of capitalised words) would only cost time.
 */
export const SCORED_CHARS = 300_000;

/** 0..1: how much the text reads like a privacy policy (its first SCORED_CHARS characters). */
export function policyScore(fullText: string, wordCount: number, title?: string | null): number {
  if (wordCount < 40) return 0;
  const text = fullText.length > SCORED_CHARS ? fullText.slice(0, SCORED_CHARS) : fullText;
  // The page title, or the first lines (Readability may have moved the h1 into the title).
  const top = `${title ?? ''}\n${text.slice(0, 200)}`;
  const topics = TOPICS.filter((re) => re.test(text)).length;
  // The company's name is looked for only while "we" has not already said enough (most policies: it has).
  const own = count(OWN_VOICE.all, text, 6);
  const voice = own + count(NAMED_VOICE.all, text, 6 - own);
  // Counting stops once the answer is known: cookies only matter if they outnumber data words by half again.
  const dataWords = Math.max(1, count(DATA_WORD, text, 40));
  const cookieShare = count(COOKIE_WORD, text, Math.ceil(dataWords * 1.5) + 1) / dataWords;
  let score = (topics / TOPICS.length) * 0.45 + (voice / 6) * 0.3;
  // A page about privacy policies (a guide, a generator) says "a/your privacy policy", never "this/our" one.
  const aboutPolicies = count(SOME_POLICY, text, 2) >= 2 && !THIS_POLICY.test(text);
  if (aboutPolicies) score -= 0.2;
  else if (PRIVACY_TITLE.test(top)) score += 0.35;
  else if (PRIVACY_HEADING.test(text)) score += 0.2;
  else if (has(OTHER_PAGE_TITLE, top)) score -= 0.25;
  // Terms pages mention privacy in passing; a policy rarely has more than a couple of legal clauses.
  const legal = LEGAL.filter((re) => re.test(text)).length;
  if (legal >= 3) score -= 0.1 * (legal - 2);
  // A cookie notice talks about cookies more than about people's data.
  if (cookieShare > 1.5) score -= 0.3;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

export const POLICY_THRESHOLD = 0.5;
