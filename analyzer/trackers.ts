/**
 * Third-party tracking services recognised by name or by the cookie they set. Each entry: the display name
 * and a pattern specific enough not to fire on ordinary words ("Segment", "Heap", "intercom", "moat" alone would).
 * Names that are also common words are matched case-sensitively or only with a qualifier.
 */
export const TRACKERS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['Google Analytics', /\bgoogle analytics\b|\bgoogle-analytics\b|\bGA4\b|(?<![\w-])(?:_ga|_gid|_gat|__utm[abcz])(?![\w-])/i],
  ['Google Tag Manager', /\bgoogle tag manager\b/i],
  ['DoubleClick', /\bdouble ?click\b|\bDFP\b/i],
  [
    'Google Ads',
    /\bgoogle ad ?words\b|\bgoogle ads\b|\bgoogle ad manager\b|\bgoogle marketing platform\b|(?<![\w-])_gcl_(?:au|aw|dc)(?![\w-])/i,
  ],
  ['Google AdSense', /\bad ?sense\b/i],
  ['Google AdMob', /\badmob\b/i],
  ['Firebase Analytics', /\bfirebase (?:analytics|sdk|crashlytics)\b|\banalytics for firebase\b/i],
  ['Facebook Pixel', /\b(?:facebook|meta) (?:pixel|custom audiences?|conversion tracking|conversions api)\b|(?<![\w-])_fb[pc](?![\w-])/i],
  ['Facebook SDK', /\b(?:facebook|meta) (?:sdk|audience network|social plugins?|like button|connect|insights|analytics|ads)\b/i],
  ['Twitter Ads', /\btwitter (?:pixel|conversion tracking|ads|buttons?|widgets?)\b|\bX (?:pixel|ads)\b/i],
  ['LinkedIn Insight Tag', /\blinkedin (?:insight tag|ads|conversion tracking)\b/i],
  ['Pinterest Tag', /\bpinterest (?:tag|conversion)\b|(?<![\w-])_pin_unauth(?![\w-])/i],
  ['TikTok Pixel', /\btiktok (?:pixel|ads|sdk)\b|(?<![\w-])_ttp(?![\w-])/i],
  ['Snap Pixel', /\bsnap(?:chat)? (?:pixel|ads)\b/i],
  ['Reddit Pixel', /\breddit (?:pixel|ads)\b/i],
  ['Microsoft Advertising', /\bbing ads\b|\bmicrosoft advertising\b|\bbing universal event tracking\b|(?<![\w-])_uet(?:sid|vid)(?![\w-])/i],
  ['Microsoft Clarity', /\bmicrosoft clarity\b|(?<![\w-])_cl(?:ck|sk)(?![\w-])/i],
  ['Hotjar', /\bhotjar\b|(?<![\w-])_hj\w+/i],
  ['Mixpanel', /\bmixpanel\b/i],
  ['Twilio Segment', /\bsegment\.(?:io|com)\b|\btwilio segment\b/i],
  ['Amplitude Analytics', /\bamplitude analytics\b|\bamplitude, inc\b/i],
  ['Heap Analytics', /\bheap analytics\b/i],
  ['FullStory', /\bfullstory\b/i],
  ['Crazy Egg', /\bCrazy ?Egg\b/],
  ['Mouseflow', /\bmouseflow\b/i],
  ['Optimizely', /\boptimizely\b/i],
  ['Kissmetrics', /\bkiss ?metrics\b/i],
  ['Matomo', /\bmatomo\b|\bpiwik\b/i],
  ['Yandex Metrica', /\byandex[ .]?metri[ck]a\b/i],
  ['Quantcast', /\bquantcast\b/i],
  ['comScore', /\bcomscore\b|\bscorecard ?research\b/i],
  ['Nielsen Digital', /\bnielsen (?:digital|dcr|sdk|ratings|measurement|audio)\b|\bthe nielsen company\b/i],
  ['Adobe Analytics', /\badobe analytics\b|\bomniture\b|\bsite ?catalyst\b|\badobe (?:audience manager|target)\b/i],
  ['Chartbeat', /\bchartbeat\b/i],
  ['Criteo', /\bcriteo\b|(?<![\w-])cto_bundle(?![\w-])/i],
  ['Taboola', /\btaboola\b/i],
  ['Outbrain', /\boutbrain\b/i],
  ['Xandr (AppNexus)', /\bappnexus\b|\bxandr\b/i],
  ['Magnite (Rubicon Project)', /\brubicon project\b|\bmagnite\b/i],
  ['PubMatic', /\bpubmatic\b/i],
  ['OpenX', /\bopenx\b/i],
  ['Index Exchange', /\bIndex Exchange\b|\bindexexchange\b/],
  ['The Trade Desk', /\bThe Trade Desk\b|\bthetradedesk\b/],
  ['MediaMath', /\bmediamath\b/i],
  ['Amazon Advertising', /\bamazon (?:advertising|associates|publisher services|ads)\b/i],
  ['Oracle BlueKai', /\bbluekai\b|\boracle data cloud\b|\bdatalogix\b|\baddthis\b/i],
  ['Lotame', /\blotame\b/i],
  ['Salesforce DMP (Krux)', /\bkrux\b|\bsalesforce (?:dmp|audience studio)\b/i],
  ['LiveRamp', /\bliveramp\b|\bacxiom\b/i],
  ['Tapad', /\btapad\b/i],
  ['Moat Analytics', /\bmoat analytics\b|\bmoat\b(?= (?:by oracle|inc))/i],
  ['Integral Ad Science', /\bintegral ad science\b/i],
  ['DoubleVerify', /\bdoubleverify\b/i],
  ['Tealium', /\btealium\b/i],
  ['Webtrends', /\bwebtrends\b/i],
  ['Coremetrics', /\bcoremetrics\b/i],
  ['New Relic', /\bNew Relic\b/],
  ['HubSpot', /\bhubspot\b|(?<![\w-])(?:__hstc|hubspotutk)(?![\w-])/i],
  ['Marketo', /\bmarketo\b|(?<![\w-])_mkto_trk(?![\w-])/i],
  ['ShareThis', /\bsharethis\b/i],
  ['Disqus', /\bdisqus\b/i],
  ['Gigya', /\bgigya\b/i],
  ['Yahoo Advertising', /\byahoo (?:advertising|gemini|analytics|web analytics)\b|\bRight Media\b/i],
  ['Undertone', /\bUndertone(?: Networks)?\b(?! of\b)/],
  ['Rocket Fuel Inc.', /\brocket ?fuel,? inc\b|\brocketfuel\b/i],
  ['Sovrn', /\bsovrn\b|\blijit\b/i],
  ['Media.net', /\bmedia\.net\b/i],
  ['Intercom Messenger', /\bintercom(?=,? (?:inc|messenger|chat|cookies?|sdk)\b)/i],
  ['AppsFlyer', /\bappsflyer\b/i],
  ['Adjust SDK', /\badjust (?:gmbh|sdk)\b|\badjust\.com\b/i],
  ['Branch Metrics', /\bbranch\.io\b|\bbranch metrics\b/i],
  ['Kochava', /\bkochava\b/i],
  ['AppLovin', /\bapplovin\b/i],
  ['Unity Ads', /\bunity ads\b/i],
  ['ironSource', /\bironsource\b/i],
  ['Braze SDK', /\bbraze(?:,? inc\b| sdk\b)/i],
  ['OneSignal', /\bonesignal\b/i],
  ['Pendo', /\bpendo(?:\.io)?\b/i],
  ['LogRocket', /\blogrocket\b/i],
  ['Smartlook', /\bsmartlook\b/i],
  ['Contentsquare', /\bcontent ?square\b/i],
  ['VWO', /\bVWO\b|\bvisual website optimizer\b/i],
  ['Permutive', /\bpermutive\b/i],
  ['Klaviyo', /\bklaviyo\b/i],
  ['PostHog', /\bposthog\b/i],
  ['Plausible Analytics', /\bplausible analytics\b|\bplausible\.io\b/i],
  ['Fathom Analytics', /\bfathom analytics\b|\busefathom\.com\b/i],
  ['Quora Pixel', /\bquora (?:pixel|ads)\b/i],
];

/**
 * A cheap hint that a text may name a tracker: one stem per entry above, plain literals so one regex pass is fast.
 * Every name and cookie the patterns know must match it (tests/trackers.test.ts checks); it may over-match.
 */
/** One stem per entry above (a space with "?" where names are written both ways: "double click", "doubleclick"). */
const HINT_STEMS = [
  ...['ad ?sense', 'admob', 'amplitude', 'adobe', 'appnexus', 'amazon', 'addthis', 'acxiom', 'appsflyer', 'adjust', 'applovin'],
  ...['bing', 'bluekai', 'branch', 'braze'],
  ...['crazy ?egg', 'comscore', 'chartbeat', 'criteo', 'cto_bundle', 'coremetrics', 'content ?square'],
  ...['double ?click', 'dfp', 'datalogix', 'doubleverify', 'disqus'],
  ...['firebase', 'facebook', 'fullstory', 'fathom'],
  ...['google', 'ga4', 'gigya'],
  ...['hotjar', 'heap', 'hubspot'],
  ...['index ?exchange', 'integral ad', 'intercom', 'ironsource'],
  ...['kiss ?metrics', 'krux', 'kochava', 'klaviyo'],
  ...['linkedin', 'lotame', 'liveramp', 'lijit', 'logrocket'],
  ...['meta\\b', 'microsoft', 'mixpanel', 'mouseflow', 'matomo', 'magnite', 'mediamath', 'moat', 'marketo', 'media\\.net'],
  ...['nielsen', 'new relic'],
  ...['optimizely', 'omniture', 'outbrain', 'openx', 'oracle', 'onesignal'],
  ...['pinterest', 'piwik', 'pubmatic', 'pendo', 'permutive', 'posthog', 'plausible'],
  ...['quantcast', 'quora'],
  ...['reddit', 'rubicon', 'right media', 'rocket ?fuel'],
  ...['snap', 'segment', 'scorecard', 'site ?catalyst', 'salesforce', 'sharethis', 'sovrn', 'smartlook'],
  ...['twitter', 'tiktok', 'taboola', 'trade ?desk', 'tapad', 'tealium'],
  ...['undertone', 'unity ads', 'usefathom'],
  ...['vwo', 'visual website'],
  ...['webtrends'],
  ...['xandr', 'x pixel', 'x ads'],
  ...['yandex', 'yahoo'],
  // Cookie names.
  ...['_hj', '__hstc', '_mkto', '_ga\\b', '_gid', '_gat', '__utm', '_gcl_', '_fb[pc]', '_pin_', '_ttp', '_uet', '_clck', '_clsk'],
];

/**
 * Grouped by first letter: twice as fast as a flat alternation, since most positions fail on the first character;
 * and tried only at word starts (names, cookie names like "_ga" and hosts like "google-analytics.com" start one).
 */
function byFirstLetter(stems: string[]): RegExp {
  const groups = new Map<string, string[]>();
  for (const stem of stems) groups.set(stem[0]!, [...(groups.get(stem[0]!) ?? []), stem.slice(1)]);
  const alternatives = [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`);
  return new RegExp(`\\b(?:${alternatives.join('|')})`, 'i');
}

export const TRACKER_HINT = byFirstLetter(HINT_STEMS);

/**
 * SDKs whose names are ordinary words ("Adjust", "Branch"), recognised only as a capitalised item of a list that
 * names another tracker: "AppsFlyer, Adjust and Branch". Not "Adjust your settings", "our Branch offices".
 */
const LIST_MATES: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['Adjust SDK', /(?:(?:,|\band|\bor)\s+Adjust\b|\bAdjust(?=,))(?!\s+(?:your|the|its|our|their|how|settings|to)\b)/],
  [
    'Branch Metrics',
    /(?:(?:,|\band|\bor)\s+Branch\b|\bBranch(?=,))(?!\s+(?:office|offices|of|in|at|near|manager|managers|location|locations)\b)/,
  ],
];

/** Names of the trackers mentioned in a text, in list order. Table cells and line breaks count as spaces. */
export function findTrackers(text: string): string[] {
  if (!TRACKER_HINT.test(text)) return [];
  const flat = text.replace(/\s+/g, ' ');
  const found = TRACKERS.filter(([, re]) => re.test(flat)).map(([name]) => name);
  if (!found.length) return found;
  for (const [name, re] of LIST_MATES) if (!found.includes(name) && re.test(flat)) found.push(name);
  return found;
}

/** The pattern of a tracker `findTrackers` names, by its display name. */
function patternOf(name: string): RegExp | undefined {
  return (TRACKERS.find(([n]) => n === name) ?? LIST_MATES.find(([n]) => n === name))?.[1];
}

/** Where a tracker `findTrackers` named is first mentioned in `text` (-1 when not found as written). */
export function trackerAt(text: string, name: string): number {
  const pattern = patternOf(name);
  return pattern ? text.search(pattern) : -1;
}

/** How many times a tracker `findTrackers` named is mentioned in `text`, as written. */
export function mentionsOf(text: string, name: string): number {
  const pattern = patternOf(name);
  if (!pattern) return 0;
  const all = new RegExp(pattern.source, pattern.flags + 'g');
  let count = 0;
  while (all.exec(text)) count++;
  return count;
}
