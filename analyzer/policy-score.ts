/**
 * Does a page read like a privacy policy? A policy is the site speaking in its own voice ("we collect",
 * "we share") about several data topics. News about privacy talks about others ("the company collected"),
 * terms of service are mostly legal clauses, and a cookie notice covers cookies only: none of those is a policy.
 * Cheap: about twenty regex tests over the text.
 */

/*
 * These patterns scan the whole page (up to 2 MB), not one sentence, so they are not lexicon concepts (the lexicon is
 * sentence-level: tests/regex-linearity.test.ts times its concepts on one sentence, and these at 1 MB). Long ones are
 * joined here from named parts instead.
 */
const oneOf = (...parts: string[]) => `(?:${parts.join('|')})`;

/** The site says it shares: "we may share", "we do not sell". */
const WE_SHARE = String.raw`\bwe (?:may |also |will |do not |don't |never )?(?:share|disclose|transfer|provide|sell|rent)\b`;
/** "disclosure of your information", "sharing of personal data". */
const SHARING_OF_DATA = String.raw`\b(?:sharing|disclosure) of (?:your |personal )?(?:information|data)\b`;
export const SHARING_TOPIC = new RegExp(oneOf(WE_SHARE, SHARING_OF_DATA), 'i');

/** The user's rights and choices: "your privacy rights", "opt out", "right to erasure", "access, correct". */
const YOUR_CHOICES = String.raw`your (?:privacy )?(?:rights|choices)|opt[- ]out|unsubscribe`;
const NAMED_RIGHT = String.raw`right (?:of|to) (?:access|erasure|rectification|delete|know)|access,? (?:correct|update|delete)`;
export const CHOICES_TOPIC = new RegExp(`\\b${oneOf(YOUR_CHOICES, NAMED_RIGHT)}\\b`, 'i');

/** Topics a privacy policy covers; each counts once. */
const TOPICS: ReadonlyArray<RegExp> = [
  /\bpersonal(?:ly)? (?:identifiable )?(?:information|data)\b|\bPII\b/i,
  /\b(?:we|us)\b[^.\n]{0,40}\b(?:collect|gather|obtain)|\binformation (?:we|that we) (?:collect|receive|obtain)\b/i,
  /\bwe (?:may |also |will )?(?:use|process) (?:your|the|this|that|such|personal|information|data)\b|\bhow we use\b/i,
  SHARING_TOPIC,
  /\bcookies?\b|\bweb beacons?\b/i,
  CHOICES_TOPIC,
  /\b(?:security (?:measures|safeguards|procedures)|safeguards?|protect (?:your|the|personal) (?:information|data|privacy)|encrypt\w*)\b/i,
  /\b(?:retain|retention|how long we (?:keep|store)|we (?:keep|store) (?:your|personal))\b/i,
  /\b(?:children|coppa|minors?)\b/i,
  /\b(?:changes to (?:this|our) (?:privacy )?(?:policy|statement|notice)|(?:update|change|modify) this (?:privacy )?(?:policy|statement|notice))\b/i,
  /\b(?:ip address(?:es)?|device identifiers?|browser type)\b/i,
];
/** "we", "our website", "our web services", "this site": the site itself. */
const SITE_SUBJECT = String.raw`\b(?:we|our (?:web ?)?(?:site|server|company|app|service)s?|this (?:web ?)?site)\b`;
/** Up to three words between subject and verb, as few as possible ("we also collect"). */
const FEW_WORDS = '(?: [a-z]+){0,3}?';
const HANDLING = String.raw`(?:collect|use|process|share|disclose|retain|keep|store|sell|rent|receive|obtain|transfer|track|recogni[sz]e|gather|log)s?\b`;
/** The site speaking about its own data handling; a policy does this again and again. */
export const OWN_VOICE = new RegExp(`${SITE_SUBJECT}${FEW_WORDS} ${HANDLING}`, 'gi');

/**
 * A capitalised name (up to five words) that starts where a token starts: "Acme Inc.", "Example Media Group". An
 * unbounded `(?: [A-Z]…)*` retried from every word of a long run of capitalised words was quadratic (300 KB: 33 s).
 */
const NAME = String.raw`(?<![\w.&'’-])[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}`;
const AUX = '(?:(?:may|will|does|do|also|never|not|only) ){0,3}';
const NAMED_VERB = String.raw`(?:collects?|uses?|process(?:es)?|shares?|discloses?|retains?|keeps?|stores?|sells?|rents?|receives?|obtains?|gathers?)\b`;
/** Policies often speak in the company's name ("Acme Inc. collects"); news says "the company collected". Case-sensitive. */
export const NAMED_VOICE = new RegExp(`${NAME} ${AUX}${NAMED_VERB}`, 'g');
/** A privacy title at the top: "Privacy Policy", "Data Protection Notice". */
const PRIVACY_TITLE =
  /\b(?:privacy|data protection)(?: (?:and|&) (?:cookies?|security))? (?:policy|notice|statement|practices|highlights|information)\b/i;
/** A heading line further down: a page that combines terms and a privacy policy still holds a policy. */
const PRIVACY_HEADING =
  /^[ \t#*]*(?:[\w&'’.-]+ ){0,4}(?:privacy|data protection)(?: (?:and|&) (?:cookies?|security))? (?:policy|notice|statement)[ \t:]*$/im;
/** A title at the top that names another kind of page: "Terms of Use", "License Agreement", "Cookie Policy". */
const TERMS_TITLE = String.raw`terms (?:of (?:use|service|sale)|and conditions)|conditions of (?:use|sale)|(?:end[- ]user )?licen[cs]e agreement`;
const COOKIE_TITLE = String.raw`cookies? (?:policy|notice|statement|settings|preferences)|we value your privacy`;
export const OTHER_TITLE = new RegExp(`\\b${oneOf(TERMS_TITLE, COOKIE_TITLE)}\\b`, 'i');
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
  const own = count(OWN_VOICE, text, 6);
  const voice = own + count(NAMED_VOICE, text, 6 - own);
  // Counting stops once the answer is known: cookies only matter if they outnumber data words by half again.
  const dataWords = Math.max(1, count(DATA_WORD, text, 40));
  const cookieShare = count(COOKIE_WORD, text, Math.ceil(dataWords * 1.5) + 1) / dataWords;
  let score = (topics / TOPICS.length) * 0.45 + (voice / 6) * 0.3;
  // A page about privacy policies (a guide, a generator) says "a/your privacy policy", never "this/our" one.
  const aboutPolicies = count(SOME_POLICY, text, 2) >= 2 && !THIS_POLICY.test(text);
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
