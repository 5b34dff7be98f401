/**
 * Host names of the trackers in `trackers.ts`, for what a page loads (its resource entries) rather than
 * what a policy says. A host matches its entry or any subdomain of it ("ssl.google-analytics.com").
 * Every name here is a name of TRACKERS (tests/tracker-hosts.test.ts checks), so the popup can set
 * "the policy names X" beside "the page loads X".
 */
export const TRACKER_HOSTS: ReadonlyArray<readonly [host: string, name: string]> = [
  ['google-analytics.com', 'Google Analytics'],
  ['analytics.google.com', 'Google Analytics'],
  ['googletagmanager.com', 'Google Tag Manager'],
  ['doubleclick.net', 'DoubleClick'],
  ['googleadservices.com', 'Google Ads'],
  ['googlesyndication.com', 'Google AdSense'],
  ['connect.facebook.net', 'Facebook Pixel'],
  ['facebook.com', 'Facebook Pixel'],
  ['ads-twitter.com', 'Twitter Ads'],
  ['analytics.twitter.com', 'Twitter Ads'],
  ['snap.licdn.com', 'LinkedIn Insight Tag'],
  ['px.ads.linkedin.com', 'LinkedIn Insight Tag'],
  ['ct.pinterest.com', 'Pinterest Tag'],
  ['analytics.tiktok.com', 'TikTok Pixel'],
  ['sc-static.net', 'Snap Pixel'],
  ['redditstatic.com', 'Reddit Pixel'],
  ['bat.bing.com', 'Microsoft Advertising'],
  ['clarity.ms', 'Microsoft Clarity'],
  ['hotjar.com', 'Hotjar'],
  ['hotjar.io', 'Hotjar'],
  ['mixpanel.com', 'Mixpanel'],
  ['segment.com', 'Twilio Segment'],
  ['segment.io', 'Twilio Segment'],
  ['amplitude.com', 'Amplitude Analytics'],
  ['heapanalytics.com', 'Heap Analytics'],
  ['fullstory.com', 'FullStory'],
  ['crazyegg.com', 'Crazy Egg'],
  ['mouseflow.com', 'Mouseflow'],
  ['optimizely.com', 'Optimizely'],
  ['quantserve.com', 'Quantcast'],
  ['scorecardresearch.com', 'comScore'],
  ['omtrdc.net', 'Adobe Analytics'],
  ['chartbeat.com', 'Chartbeat'],
  ['criteo.com', 'Criteo'],
  ['criteo.net', 'Criteo'],
  ['taboola.com', 'Taboola'],
  ['outbrain.com', 'Outbrain'],
  ['adnxs.com', 'Xandr (AppNexus)'],
  ['rubiconproject.com', 'Magnite (Rubicon Project)'],
  ['pubmatic.com', 'PubMatic'],
  ['casalemedia.com', 'Index Exchange'],
  ['adsrvr.org', 'The Trade Desk'],
  ['hs-scripts.com', 'HubSpot'],
  ['hs-analytics.net', 'HubSpot'],
  ['yandex.ru', 'Yandex Metrica'],
  ['mc.yandex.com', 'Yandex Metrica'],
  ['newrelic.com', 'New Relic'],
  ['nr-data.net', 'New Relic'],
  ['intercom.io', 'Intercom Messenger'],
  ['widget.intercom.io', 'Intercom Messenger'],
  ['posthog.com', 'PostHog'],
  ['plausible.io', 'Plausible Analytics'],
  ['klaviyo.com', 'Klaviyo'],
];

/** The tracker a host belongs to, or null ("www.google-analytics.com" → "Google Analytics"). */
export function trackerOfHost(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [domain, name] of TRACKER_HOSTS) if (h === domain || h.endsWith(`.${domain}`)) return name;
  return null;
}

/** The distinct trackers among `hosts`, in table order. */
export function trackersOfHosts(hosts: readonly string[]): string[] {
  const found = new Set(hosts.map(trackerOfHost).filter((n): n is string => n !== null));
  return [...new Set(TRACKER_HOSTS.map(([, name]) => name))].filter((name) => found.has(name));
}
