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
  /\bwe (?:may |also |will |do not |don't |never )?(?:share|disclose|transfer|provide|sell|rent)\b|\b(?:sharing|disclosure) of (?:your |personal )?(?:information|data)\b/i,
  /\bcookies?\b|\bweb beacons?\b/i,
  /\b(?:your (?:privacy )?(?:rights|choices)|opt[- ]out|unsubscribe|right (?:of|to) (?:access|erasure|rectification|delete|know)|access,? (?:correct|update|delete))\b/i,
  /\b(?:security (?:measures|safeguards|procedures)|safeguards?|protect (?:your|the|personal) (?:information|data|privacy)|encrypt\w*)\b/i,
  /\b(?:retain|retention|how long we (?:keep|store)|we (?:keep|store) (?:your|personal))\b/i,
  /\b(?:children|coppa|minors?)\b/i,
  /\b(?:changes to (?:this|our) (?:privacy )?(?:policy|statement|notice)|(?:update|change|modify) this (?:privacy )?(?:policy|statement|notice))\b/i,
  /\b(?:ip address(?:es)?|device identifiers?|browser type)\b/i,
];
/** The site speaking about its own data handling; a policy does this again and again. */
const OWN_VOICE =
  /\b(?:we|our (?:web ?)?(?:site|server|company|app|service)s?|this (?:web ?)?site)\b(?: [a-z]+){0,3}? (?:collect|use|process|share|disclose|retain|keep|store|sell|rent|receive|obtain|transfer|track|recogni[sz]e|gather|log)s?\b/gi;
/**
 * Policies often speak in the company's name ("Acme Inc. collects"); news says "the company collected".
 * A name starts only where a token starts (the lookbehind) and has at most five words: an unbounded
 * `(?: [A-Z]…)*` retried from every word of a long run of capitalised words was quadratic (300 KB: 33 s).
 */
const NAMED_VOICE =
  /(?<![\w.&'’-])[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4} (?:(?:may|will|does|do|also|never|not|only) ){0,3}(?:collects?|uses?|process(?:es)?|shares?|discloses?|retains?|keeps?|stores?|sells?|rents?|receives?|obtains?|gathers?)\b/g;
const PRIVACY_TITLE =
  /\b(?:privacy|data protection)(?: (?:and|&) (?:cookies?|security))? (?:policy|notice|statement|practices|highlights|information)\b/i;
/** A heading line further down: a page that combines terms and a privacy policy still holds a policy. */
const PRIVACY_HEADING =
  /^[ \t#*]*(?:[\w&'’.-]+ ){0,4}(?:privacy|data protection)(?: (?:and|&) (?:cookies?|security))? (?:policy|notice|statement)[ \t:]*$/im;
/** A title at the top that names another kind of page. */
const OTHER_TITLE =
  /\b(?:terms (?:of (?:use|service|sale)|and conditions)|conditions of (?:use|sale)|(?:end[- ]user )?licen[cs]e agreement|cookies? (?:policy|notice|statement|settings|preferences)|we value your privacy)\b/i;
/** Clauses of terms of service. */
const LEGAL: ReadonlyArray<RegExp> = [
  /\bgoverning law\b/i,
  /\blimitation of liability\b/i,
  /\bindemnif/i,
  /\barbitration\b|\bclass action\b/i,
  /["“]as is["”]|\bdisclaimer of warrant/i,
];

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
  const own = count(OWN_VOICE, text, 6);
  const voice = own + count(NAMED_VOICE, text, 6 - own);
  // Counting stops once the answer is known: cookies only matter if they outnumber data words by half again.
  const dataWords = Math.max(1, count(/\b(?:personal|information|data)\b/gi, text, 40));
  const cookieShare = count(/\bcookies?\b/gi, text, Math.ceil(dataWords * 1.5) + 1) / dataWords;
  let score = (topics / TOPICS.length) * 0.45 + (voice / 6) * 0.3;
  // A page about privacy policies (a guide, a generator) says "a/your privacy policy", never "this/our" one.
  const aboutPolicies =
    count(/\b(?:a|your) privacy (?:policy|notice|statement)\b/gi, text, 2) >= 2 &&
    !/\b(?:this|our|the) privacy (?:policy|notice|statement)\b/i.test(text);
  if (aboutPolicies) score -= 0.2;
  else if (PRIVACY_TITLE.test(top)) score += 0.35;
  else if (PRIVACY_HEADING.test(text)) score += 0.2;
  else if (OTHER_TITLE.test(top)) score -= 0.25;
  // Terms pages mention privacy in passing; a policy rarely has more than a couple of legal clauses.
  const legal = LEGAL.filter((re) => re.test(text)).length;
  if (legal >= 3) score -= 0.1 * (legal - 2);
  // A cookie notice talks about cookies more than about people's data.
  if (cookieShare > 1.5) score -= 0.3;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

export const POLICY_THRESHOLD = 0.5;
