import type { ConceptCases } from './cases';

export default {
  TRACKING_TECH: {
    must: [
      'we place cookies',
      'digital trackers',
      'web beacons and clear gifs',
      'Flash cookies',
      'mobile SDKs',
      'device fingerprinting',
      'software development kits from analytics vendors',
      'Ad tech vendors set identifiers in your browser',
      'partners may store unique identifiers on your device',
    ],
    reject: [
      'fortune biscuits',
      'we track your order',
      'chocolate chip recipes',
      'identifiers such as your name and address',
      'the identifier on your ID card',
    ],
  },
  SITE_VOICE: {
    must: ['we use cookies', 'Our store runs on', 'this website sets', 'the app stores', 'our servers log'],
    reject: ['your browser', 'their own website', 'a store near you'],
  },
  TRACKING_OTHERS: {
    must: [
      'third-party advertisers',
      'our trusted partners',
      'ad networks',
      'social media plug-ins',
      'analytics providers',
      'Audience measurement firms',
      'ad tech vendors',
      'advertising technology companies',
    ],
    reject: [
      'count visits with our self-hosted analytics tool',
      'our employees',
      'your friends',
      'other users of the service',
      'units of measurement',
    ],
  },
  FOREIGN_COOKIES: {
    must: [
      'cookies that are not set by us',
      'cookies placed by other companies',
      'to track you across different websites',
      'they may set their own cookies',
    ],
    reject: ['we set cookies on your device', 'cookies that are necessary'],
  },
  CROSS_SITE_ACTIVITY: {
    must: [
      'your online activities over time and across different websites',
      'activity over time and across apps',
      'information about your visits may be collected over time and across unaffiliated websites',
    ],
    reject: ['your activity on our website over time', 'activities across our services', 'over time and across our own pages'],
  },
  AD_SERVING: {
    must: ['partners who serve ads on our site', 'interest-based advertising', 'visit www.aboutads.info to opt out'],
    reject: ['we do not advertise', 'advertising revenue funds the service'],
  },
  OTHER_SITES: {
    must: ['linked websites', 'other websites you visit', 'we are not responsible for their practices', 'we do not have control over them'],
    reject: ['our website uses cookies', 'you control your settings'],
  },
  TRACKING_PURPOSE: {
    must: ['for advertising', 'to measure traffic', 'to build profiles', 'across other websites', 'for analytics'],
    reject: ['to provide the service', 'to remember your login'],
  },
  NO_COOKIES: {
    must: [
      'the app sets no cookies',
      'we do not use any cookies',
      'no cookies are placed',
      'Cookies are not used anywhere on our website',
      'No cookies are stored on your computer',
      'This website is cookie-free.',
    ],
    reject: [
      'we use no more cookies than needed',
      'we do not use advertising cookies',
      'advertising cookies are not used',
      'cookies are not necessary to browse the shop',
      'a cookie-free browsing mode is available in some browsers',
    ],
  },
  TRACKING_WORDS: {
    must: ['cookies', 'third-party partners', 'pixel tags', 'social plug-ins', 'over time and across sites', 'we use ad networks'],
    reject: ['we keep your data safe', 'contact us by mail', 'add a network printer'],
  },
} satisfies ConceptCases;
