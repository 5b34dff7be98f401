import { anyOf, concept, opt, seq, words } from './build';
import { wordGap } from './strict';

/*
 * How a tracking sentence says who uses cookies, and how surely: the site's voice, its own technologies, a third
 * party setting them, a denial of one kind, a contrast. Moved here from the tracking judge, same patterns.
 */

/**
 * The site speaking of itself: "we", "our", "this site". Twins differ: "our" alone counts (as in SITE_SPEAKS), "us",
 * "the site" and "the service" do not (SITE_VOICE, SITE_SPEAKS, WE).
 */
export const WE_OR_SITE = concept('WE_OR_SITE', String.raw`\b(?:we|our|this (?:web)?site)\b`);

/** "It" opening a sentence: the site, when the sentence before spoke of it ("Our website is one page. It doesn't use cookies."). */
export const IT_OPENS = concept('IT_OPENS', String.raw`^\W*it\b`);

/** The site denying it runs a tool: "we don't run Google Analytics", "this site does not use Facebook pixels". */
export const SITE_DENIES_TOOL = concept(
  'SITE_DENIES_TOOL',
  seq(
    words('we', 'it', 'this site', 'this website', 'our site', 'our website'),
    words('do not', "don't", 'don’t', 'does not', "doesn't", 'doesn’t', 'never', 'will not', "won't"),
    words('use', 'run', 'load', 'embed', 'install', 'have'),
  ),
);

/** A contrast after "we use no cookies" ("..., but our partners do"): the denial is not the whole story. */
export const CONTRAST = concept('CONTRAST', String.raw`\b(?:but|however|except|although|though)\b`);

/** A third party's own act of tracking: "advertising companies may place cookies". */
export const THEY_SET = concept('THEY_SET', String.raw`\b(?:place|set|drop|deploy|collect)s?\b`);

/** Verbs of using cookies, for a denial in the site's voice: "we do not use cookies". */
export const USE_VERB = concept('USE_VERB', String.raw`\b(?:use|uses|place|set|employ|collect)\b`);

/** The site's own tracking technologies, named plainly: cookies, beacons, pixels, local storage. */
export const OWN_TECH = concept(
  'OWN_TECH',
  String.raw`\bcookies?\b|\bbeacons?\b|\bpixels?\b|\btracking technolog|\blocal storage\b|\bsimilar technologies\b`,
);

/** "its own cookies", "our own": the site's, once a partner's own cookies are ruled out. */
export const ITS_OWN = concept('ITS_OWN', String.raw`\b(?:its|our) own\b`);

/**
 * Cookies at work with no one named: in the passive ("cookies are used") or doing a job for the visitor ("session
 * cookies keep you logged in", "a cookie remembers your language"). The site's own, when no third party is named.
 */
export const COOKIES_AT_WORK = concept(
  'COOKIES_AT_WORK',
  String.raw`\bcookies? (?:are|is) (?:used|placed|set)\b|` +
    seq(
      words('cookie', 'cookies'),
      opt(words('are used to', 'is used to', 'help', 'helps', 'help us', 'helps us', 'let us', 'allow us to')),
      words('keep you logged in', 'keep you signed in', 'remember', 'remembers', 'recognise', 'recognize', 'recognises', 'recognizes'),
    ) +
    '|' +
    // "Logging in to the dashboard sets one first-party cookie": a cookie of the site's own kind, set.
    seq(
      words('sets', 'set', 'uses', 'places'),
      opt(words('a', 'one', 'two', 'three', 'only', 'only one', 'a single')),
      words('first-party', 'first party', 'session', 'essential', 'strictly necessary'),
      words('cookie', 'cookies'),
    ),
);

/** The site says outright that it uses them: "we use", "our site sets". */
export const WE_USE_OUTRIGHT = concept('WE_USE_OUTRIGHT', String.raw`\b(?:we|our site) (?:use|uses|may use|place|set)\b`);

/** A kind of cookie named just before (the text ends there): "we do not use advertising [cookies]" denies one kind. */
export const COOKIE_KIND_BEFORE = concept(
  'COOKIE_KIND_BEFORE',
  String.raw`\b(?:analytics?|advertising|marketing|targeting|third[- ]party|performance|social media|persistent|tracking|flash|functional)\s+(?:or\s+\w+\s+)?$`,
);

/** Whose machines: "our (own)", "its own", "the Cooperative's own". */
const OWN_MACHINES = anyOf(seq(words('our'), opt(words('own'))), seq(opt(words('the')), `(?:its|their|[\\w-]+['’]s)`, words('own')));

/**
 * Analytics run on the site's own machines: "self-hosted", "hosted on our own servers", "Matomo is operated exclusively
 * on our own servers", "installed on the Cooperative's own servers", "which the association hosts on its own web
 * server", "our own instance of Matomo", "no data leaves".
 */
export const SELF_HOSTED = concept(
  'SELF_HOSTED',
  anyOf(
    words('self-hosted', 'selfhosted', 'self hosted', 'on-premises', 'on-premise', 'on premises', 'our own instance of'),
    words('our own installation of', 'our own deployment of'),
    seq(words('no data'), words('leaves', 'is sent outside')),
    seq(
      words('host', 'hosts', 'hosted', 'run', 'runs', 'running', 'installed', 'operate', 'operates', 'operated', 'deployed'),
      wordGap(2),
      words('on', 'in'),
      OWN_MACHINES,
      opt(words('web')),
      words('server', 'servers', 'server infrastructure', 'infrastructure', 'hardware'),
    ),
  ),
);

/** How to turn cookies off: a sentence only about this says little of what the site itself uses. */
export const COOKIE_CONTROLS = concept(
  'COOKIE_CONTROLS',
  String.raw`\b(?:browser|settings?|preferences?|disable|reject|refuse|block|delete|remove|turn off|set your)\b`,
);

/** Tracking said with a verb, no tracker named: "these services may track you", "collect data about you". */
export const TRACKS_YOU = concept('TRACKS_YOU', String.raw`\btrack(?:s|ing)? you\b|\bcollect (?:data|information) about you\b`);

/** Letting someone do something: "allows", "permits", "enables", "lets". */
export const LETTING = concept('LETTING', String.raw`\b(?:allows?|permits?|enables?|lets?)\b`);

/** Verbs of collecting, before the costlier OTHERS_COLLECT: "collect", "receive", "gather", "obtain", "access", "use". */
export const COLLECT_VERB = concept('COLLECT_VERB', String.raw`\b(?:collects?|receives?|gathers?|obtains?|access|use)\b`);

/**
 * A kind of tracker denied in the passive, named before the verb: "third-party cookies are not used on this portal",
 * "advertising pixels are never placed". It limits that kind; cookies denied outright are NO_COOKIES.
 */
export const TRACKERS_NOT_USED = concept(
  'TRACKERS_NOT_USED',
  seq(
    words('cookies', 'trackers', 'pixels', 'tags', 'beacons', 'SDKs', 'tracking technologies'),
    words('are', 'will be', 'will'),
    words('not', 'never'),
    opt(words('be')),
    words('used', 'set', 'placed', 'stored', 'allowed', 'permitted', 'served', 'loaded', 'deployed'),
  ),
);

/** An opt-out named beside ads: interest-based advertising implied ("you can opt out of personalised ads"). */
export const OPT_OUT_WORD = concept('OPT_OUT_WORD', String.raw`\bopt[- ]out\b`);

/** Any "not" or "never": an ad sentence with one is left alone. Narrower than NEGATOR ("no", "without", "n't"). */
export const NOT_OR_NEVER = concept('NOT_OR_NEVER', String.raw`\b(?:not|never)\b`);

/** "Without cookies" limits a feature, it denies no use: "some features may not work without cookies". */
export const WITHOUT_WORD = concept('WITHOUT_WORD', String.raw`\bwithout\b`);

/** A cheap pre-test for SOCIAL_WIDGETS: a widget, plug-in or button named. */
export const WIDGET_WORD = concept('WIDGET_WORD', String.raw`widget|plug-?in|button`);

/** A cheap pre-test for EMBEDDED_CONTENT: something embedded, or a YouTube or Vimeo video. */
export const EMBED_WORD = concept('EMBED_WORD', String.raw`\bembed|\b(?:youtube|vimeo) video`);

/** A cheap pre-test for USES_THIRD_PARTY_TRACKERS and ALLOWS_THIRD_PARTY_TRACKERS: "third party" or "third-parties". Narrower than THIRD_PARTY, which also reads advertisers, vendors, partners and sponsors. */
export const THIRD_PARTY_WORD = concept('THIRD_PARTY_WORD', String.raw`third[- ]part`);
