import { anyOf, concept, gap, opt, seq, stems, words } from './build';

/**
 * A tracking technology named: cookies, trackers, web beacons, pixels, clear gifs, tags, local storage, Flash
 * cookies, SDKs, device fingerprinting, "tracking". Scanned in order: the first one is where a denial must stand.
 */
export const TRACKING_TECH = concept(
  'TRACKING_TECH',
  anyOf(
    words('cookie', 'cookies'),
    seq(words('digital', 'online'), words('tracker', 'trackers')),
    words('tracker', 'trackers'),
    words('web beacon', 'web beacons', 'webbeacon', 'webbeacons'),
    seq(words('pixel', 'pixels'), opt(words('tag', 'tags'))),
    words('clear gif', 'clear gifs', 'spotlight tag', 'spotlight tags'),
    seq(words('tracking'), words('technology', 'technologies', 'pixel', 'pixels', 'tag', 'tags', 'code', 'codes')),
    words('tags', 'local storage', 'flash cookies', 'flash objects', 'local shared objects', 'LSO', 'LSOs', 'SDK', 'SDKs'),
    words('software development kit', 'software development kits'),
    stems('device fingerprint'),
    words('tracking'),
    // "Vendors set identifiers in your browser": an ID stored on the device is a tracker by another name.
    // No adjective in front: an optional first word would let the pattern start anywhere (slow on every sentence).
    seq(
      words('identifier', 'identifiers', 'IDs'),
      words('in', 'on'),
      words('your'),
      words('browser', 'browsers', 'device', 'devices', 'phone', 'computer'),
    ),
  ),
);

/** Someone other than the site, in tracking's words: ad networks and servers, analytics providers, social plugins, sponsors. */
export const TRACKING_OTHERS = concept(
  'TRACKING_OTHERS',
  anyOf(
    words('third party', 'third parties', 'advertisers', 'network advertisers', 'sponsor', 'sponsors'),
    seq(
      words('advertisers', 'advertising', 'marketing'),
      gap(1),
      words('network', 'networks', 'partner', 'partners', 'companies', 'server', 'servers', 'provider', 'providers', 'vendor', 'vendors'),
    ),
    seq(words('ad'), words('network', 'networks', 'server', 'servers', 'serving companies', 'partner', 'partners', 'vendor', 'vendors')),
    // "ad tech vendors", "advertising technology companies": the firms that run ad auctions and their trackers.
    seq(
      words('ad tech', 'adtech', 'ad technology', 'advertising technology'),
      words('companies', 'vendors', 'partners', 'providers', 'firms', 'platforms'),
    ),
    seq(
      // "our self-hosted analytics tool", "our own analytics service" is the site's own.
      '(?<!(?:self-hosted|own|in-house|first-party|internal)\\s)' + words('analytics'),
      words('provider', 'providers', 'service', 'services', 'companies', 'partner', 'partners', 'vendor', 'vendors', 'tool', 'tools'),
    ),
    seq(words('other', 'outside', 'unaffiliated'), words('companies', 'parties', 'entities')),
    // "audience measurement firms", "measurement partners": they count visitors with their own code.
    seq(opt(words('audience', 'ad')), words('measurement'), words('firms', 'companies', 'partners', 'providers', 'services', 'vendors')),
    seq(
      words('our'),
      opt(anyOf('\\d+', words('trusted', 'selected', 'advertising', 'marketing'))),
      words('partners', 'vendors', 'service providers', 'advertisers'),
    ),
    seq(
      words('social'),
      opt(words('media')),
      words('plugins', 'plug-ins', 'network', 'networks', 'widget', 'widgets', 'button', 'buttons', 'sharing'),
    ),
  ),
);

/** Cookies on the site that belong to someone else, or that follow a visitor across sites. */
export const FOREIGN_COOKIES = concept(
  'FOREIGN_COOKIES',
  anyOf(
    seq(
      words('cookie', 'cookies'),
      opt(words('that are', 'which are')),
      words('not'),
      words('related to', 'set by', 'placed by', 'controlled by', 'owned by'),
    ),
    seq(words('cookie', 'cookies'), words('set', 'placed', 'served'), words('by'), words('other', 'another')),
    seq(
      words('recognize', 'recognise', 'track', 'follow'),
      words('you across'),
      words('different', 'other', 'third party', 'multiple'),
      words('sites', 'websites'),
    ),
    words('set their own cookies', 'place their own cookies', 'use their own cookies'),
  ),
);

const ACROSS_SITES = [
  words('over time and across'),
  opt(words('different', 'other', 'third party', 'multiple', 'nonaffiliated', 'non-affiliated', 'unaffiliated')),
  words('websites', 'web sites', 'apps', 'applications', 'online services', 'services'),
];

/** CalOPPA's wording for third-party tracking: activity "over time and across" other sites, no cookie word needed. */
export const CROSS_SITE_ACTIVITY = concept(
  'CROSS_SITE_ACTIVITY',
  anyOf(
    seq(anyOf(seq(words('online'), words('activity', 'activities')), words('activity', 'activities')), ...ACROSS_SITES),
    // The activity may be named before the verb: "information about your visits may be collected over time and across ...".
    seq(...ACROSS_SITES),
  ),
);

/** Ads served on the site, interest-based ads, or the ad industry's opt-out pages: tracking implied, not stated. */
export const AD_SERVING = concept(
  'AD_SERVING',
  anyOf(
    seq(
      words('display', 'displays', 'serve', 'serves', 'deliver', 'delivers', 'show', 'shows'),
      gap(1),
      words('ads', 'advertising', 'advertisements'),
    ),
    seq(words('interest-based', 'targeted', 'personalized', 'personalised', 'behavioral', 'behavioural'), words('advertising', 'ads')),
    words('aboutads.info', 'networkadvertising.org', 'youronlinechoices'),
  ),
);

/** Other sites, not this one: linked sites, "other websites you visit", "we are not responsible", "has no control". */
export const OTHER_SITES = concept(
  'OTHER_SITES',
  anyOf(
    seq(words('linked'), words('site', 'sites', 'website', 'websites')),
    seq(words('website', 'websites'), words('that', 'which'), words('you', 'we'), words('link')),
    seq(words('site', 'sites'), words('linked')),
    seq(words('other'), words('site', 'sites', 'website', 'websites'), words('you visit', 'may')),
    seq(words('not'), words('responsible', 'control')),
    seq(words('do not'), words('have', 'exercise'), words('access', 'control')),
    seq(words('has no'), words('access', 'control')),
  ),
);

/** What tracking is for: advertising, analytics, measurement, interests, profiles, audiences, across sites. */
export const TRACKING_PURPOSE = concept(
  'TRACKING_PURPOSE',
  anyOf(
    stems('advertis', 'measure', 'retarget', 'remarket', 'track'),
    words(
      'ad',
      'ads',
      'analytic',
      'analytics',
      'analyze',
      'analyse',
      'interest',
      'interests',
      'interest-based',
      'targeted',
      'profile',
      'profiles',
      'audience',
      'audiences',
      'statistics',
      'social',
    ),
    seq(words('across'), gap(1), words('sites', 'websites')),
  ),
);

/** The site uses no cookies at all: "the app sets no cookies", "we do not use any cookies", "cookies are not used". */
export const NO_COOKIES = concept(
  'NO_COOKIES',
  anyOf(
    seq(words('set', 'sets', 'use', 'uses', 'place', 'places', 'employ', 'employs', 'there are'), words('no cookies')),
    // "This website is cookie-free."
    seq(words('is', 'are', 'stays', 'remains'), opt(words('completely', 'entirely', 'fully')), words('cookie-free', 'cookie free')),
    seq(words('no cookies'), words('are', 'will be'), words('used', 'set', 'placed', 'stored', 'saved')),
    // A passive denial: "cookies are not used anywhere on our website", "cookies are never placed on your device";
    // not one kind only ("advertising cookies are not used" leaves others).
    seq(
      // The look back runs only where "cookies" matched.
      words('cookies') + '(?<!(?:advertising|analytics|marketing|targeting|tracking|performance|party|media|functional|optional) cookies)',
      words('are', 'will be', 'will'),
      words('not', 'never'),
      opt(words('be')),
      words('used', 'set', 'placed', 'stored'),
    ),
    seq(words('does', 'do', 'will'), words('not'), words('use', 'set', 'place'), opt(words('any')), words('cookies')),
  ),
);

/** The words a sentence about tracking cannot do without (tracker names aside): a cheap filter before the judge. */
export const TRACKING_WORDS = concept(
  'TRACKING_WORDS',
  anyOf(
    stems(
      'cookie',
      'beacon',
      'pixel',
      'gif',
      // "track": "these services may track you" as well as tracking and trackers.
      'track',
      'aboutads',
      'analytics',
      'advertis',
      'local storage',
      'flash',
      'sdk',
      'fingerprint',
      'over time and across',
      'widget',
      'embed',
      'plugin',
      'plug-in',
      'button',
      'third part',
      'partner',
      'vendor',
      'software development kit',
      'measurement',
    ),
    words('tag', 'tags', 'ad network', 'ad networks'),
  ),
);

/**
 * The site speaking of itself: "we", "our website", "the service", "our app", "the platform", "our store". Twins differ:
 * "our" counts only before a site word, "us" counts (WE_OR_SITE and SITE_SPEAKS take "our" alone and no "us").
 */
export const SITE_VOICE = concept(
  'SITE_VOICE',
  anyOf(
    words('we', 'us'),
    seq(
      words('our', 'this', 'the'),
      words('site', 'website', 'web site', 'service', 'services', 'app', 'apps', 'platform', 'store', 'shop', 'pages'),
    ),
    seq(words('our'), words('server', 'servers')),
  ),
);
