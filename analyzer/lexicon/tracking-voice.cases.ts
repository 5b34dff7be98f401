import type { ConceptCases } from './cases';

export default {
  WE_OR_SITE: { must: ['we use', 'our partners', 'this website'], reject: ['they use', 'well-being', 'ourselves'] },
  IT_OPENS: { must: ["It doesn't use cookies", 'it uses no analytics'], reject: ['Items in your basket', 'We use it'] },
  SITE_DENIES_TOOL: {
    must: ["we don't run Google Analytics", 'This website does not use Facebook pixels'],
    reject: ['If you do not want Google Analytics to collect data', 'we use Google Analytics'],
  },
  CONTRAST: { must: ['but our partners do', 'however, advertisers may', 'except analytics'], reject: ['butter', 'thorough'] },
  THEY_SET: { must: ['may place cookies', 'sets a cookie', 'they collect'], reject: ['placement', 'settings'] },
  USE_VERB: { must: ['we do not use cookies', 'employ trackers', 'we set no cookies'], reject: ['useful', 'user', 'settings'] },
  OWN_TECH: {
    must: ['a cookie', 'web beacons', 'tracking technologies', 'local storage', 'similar technologies'],
    reject: ['pixelated images', 'storage units'],
  },
  ITS_OWN: { must: ['its own cookies', 'our own servers'], reject: ['their own cookies', 'owner'] },
  COOKIES_AT_WORK: {
    must: [
      'cookies are used',
      'a cookie is set',
      'Session cookies keep you logged in',
      'a cookie remembers your language choice',
      'cookies help us recognise you',
      'Logging in to the dashboard sets one first-party cookie',
      'the checkout uses session cookies',
    ],
    reject: ['we use cookies', 'cookies from advertisers', 'a recipe that remembers grandma', 'advertisers set third-party cookies'],
  },
  WE_USE_OUTRIGHT: { must: ['we use cookies', 'our site uses cookies', 'we may use'], reject: ['we do use', 'they use'] },
  COOKIE_KIND_BEFORE: {
    must: ['We do not use advertising ', 'no third-party ', 'analytics or marketing '],
    reject: ['We do not use ', 'advertising cookies and '],
  },
  SELF_HOSTED: {
    must: [
      'Matomo, which runs exclusively on our own servers in Germany',
      'self-hosted analytics',
      'hosted on our own servers',
      'on-premises',
      'no data leaves our network',
      'we run our own instance of Matomo on our servers in Germany',
      'an audience measurement tool, Matomo, which we host on our own servers',
      'Matomo is operated exclusively on our own servers in Germany',
      "the Matomo solution, installed on the Cooperative's own servers",
      'Matomo, which the association hosts on its own web server',
    ],
    reject: [
      'hosted by Google',
      'our servers are in Ireland',
      'an instance of our own making',
      'Google Analytics runs on Google servers',
      "hosted on our provider's servers in Ireland",
      'installed on your own device',
    ],
  },
  COOKIE_CONTROLS: {
    must: ['change your browser settings', 'you can disable cookies', 'reject non-essential cookies'],
    reject: ['we use cookies for analytics', 'cookies help us count visits'],
  },
  TRACKS_YOU: { must: ['these services may track you', 'collect information about you'], reject: ['track your order', 'tracking number'] },
  LETTING: { must: ['allows third parties', 'permits', 'lets advertisers'], reject: ['allowance', 'letter'] },
  COLLECT_VERB: { must: ['collects', 'may receive', 'gather', 'obtain', 'access'], reject: ['collection', 'received'] },
  TRACKERS_NOT_USED: {
    must: [
      'Third-party cookies are not used on this portal',
      'advertising pixels are never placed',
      'tracking technologies will not be deployed',
    ],
    reject: ['cookies are used', 'cookies that are not strictly necessary', 'pixels are not the only way'],
  },
  OPT_OUT_WORD: {
    must: ['you can opt out of interest-based ads', 'visit the NAI opt-out page'],
    reject: ['we will opt you in', 'optout', 'options'],
  },
  NOT_OR_NEVER: {
    must: ['we do not show ads', 'we never serve targeted ads'],
    reject: ["we don't show ads", 'no ads', 'nothing', 'nevertheless'],
  },
  WITHOUT_WORD: {
    must: ['some features may not work without cookies', 'Without these cookies, the site cannot remember you'],
    reject: ['with cookies', 'withoutdoor'],
  },
  WIDGET_WORD: {
    must: ['the Facebook "Like" button', 'social media plugins', 'a Twitter widget'],
    reject: ['share this page on Facebook', 'social media features'],
  },
  EMBED_WORD: {
    must: ['embedded content from other websites', 'we embed maps', 'YouTube videos on our pages'],
    reject: ['videos hosted on our servers', 'a YouTube channel'],
  },
  THIRD_PARTY_WORD: { must: ['third-party cookies', 'third parties may collect'], reject: ['our partners', 'a third of users'] },
} satisfies ConceptCases;
