import { defineCases } from '../practice';
import type { TrackingVerdict } from '../types';

export default defineCases<TrackingVerdict>([
  {
    text: 'Third-party cookies are not used on this portal.',
    verdict: 'first-party',
    note: 'a kind denied in the passive, after the noun (TRACKERS_NOT_USED)',
  },
  {
    text: 'Advertising cookies are not used, but analytics cookies from Google are.',
    verdict: 'third-party',
    note: 'a passive denial with a contrast: the contrast names a third party',
  },
  {
    text: 'Session cookies keep you logged in and are deleted when you close the browser.',
    verdict: 'first-party',
    note: 'cookies at work for the visitor, no one else named (COOKIES_AT_WORK)',
  },
  { text: 'We use Google Analytics to understand how visitors use our site.', verdict: 'third-party', trackers: ['Google Analytics'] },
  { text: 'Our advertising partners may place cookies and web beacons on your browser.', verdict: 'third-party' },
  { text: 'Third-party ad networks may use tracking technologies to serve ads based on your interests.', verdict: 'third-party' },
  {
    text: 'This site uses the Facebook Pixel and DoubleClick for remarketing.',
    verdict: 'third-party',
    trackers: ['DoubleClick', 'Facebook Pixel'],
  },
  { text: 'We use cookies to remember your preferences and keep you signed in.', verdict: 'first-party' },
  { text: 'Our website uses session cookies that are deleted when you close your browser.', verdict: 'first-party' },
  { text: 'We do not use cookies on this website.', verdict: 'none', claim: 'none', note: 'the rule id: the site denies using cookies' },
  {
    text: 'We allow selected advertising partners to set cookies on our pages.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: 'the rule id: the site says it lets others track',
  },
  {
    text: 'We use Hotjar to see how visitors move through our pages.',
    verdict: 'third-party',
    claim: 'third-party',
    trackers: ['Hotjar'],
    note: 'the rule id: a named tool put to use',
  },
  {
    text: 'Our site uses cookies to keep items in your shopping basket.',
    verdict: 'first-party',
    claim: 'first-party',
    note: 'the rule id: the site’s own cookies',
  },
  { text: 'This site does not use cookies or any other tracking technology.', verdict: 'none' },
  {
    text: 'We are not responsible for the cookies used by websites that you link to from our site.',
    verdict: 'not-mentioned',
    note: 'other sites',
  },
  { text: 'We collect your name and address when you place an order.', verdict: 'not-mentioned' },
  { text: 'When you visit the site you may notice some cookies that are not related to it.', verdict: 'third-party' },
  { text: 'Third parties may use cookies.', verdict: 'third-party', confidence: 'low', note: 'generic: who and what for is not said' },
  {
    text: 'Third-party advertising companies use cookies to show you ads based on your interests across websites.',
    verdict: 'third-party',
    confidence: 'high',
  },
  {
    text: 'We use Hotjar to record how visitors move through our pages.',
    verdict: 'third-party',
    trackers: ['Hotjar'],
    confidence: 'high',
    note: 'named service only, no cookie word',
  },
  {
    text: 'Our app includes SDKs from Firebase Analytics and AppsFlyer that collect your advertising ID.',
    verdict: 'third-party',
    trackers: ['AppsFlyer', 'Firebase Analytics'],
  },
  {
    text: 'We use the Meta Pixel and Google Ads conversion tracking to measure our campaigns.',
    verdict: 'third-party',
    trackers: ['Facebook Pixel', 'Google Ads'],
  },
  {
    text: '_ga\tGoogle\tAnalytics\t2 years',
    verdict: 'third-party',
    trackers: ['Google Analytics'],
    note: 'a cookie-table row names the tracker by its cookie',
  },
  {
    text: 'Cookie name | Provider | Purpose | Expiry\n_fbp | Meta | Advertising | 3 months',
    verdict: 'third-party',
    trackers: ['Facebook Pixel'],
  },
  {
    text: 'We and our 143 partners use cookies to store and access information on your device and to show personalised ads.',
    verdict: 'third-party',
    note: 'consent banner',
  },
  { text: 'We only use strictly necessary first-party cookies, i.e. a session cookie that keeps you signed in.', verdict: 'first-party' },
  {
    text: 'We do not use analytics or advertising cookies.',
    verdict: 'not-mentioned',
    note: 'denies only some kinds: says nothing about the rest',
  },
  {
    text: 'We post updates on Facebook and X, and our team uses a market segment analysis.',
    verdict: 'not-mentioned',
    note: 'a social network named without tracking',
  },
  { text: 'Some of our pages use embedded content from YouTube and Vimeo, which may set their own cookies.', verdict: 'third-party' },
  {
    text: 'We allow selected third parties to collect information about your online activities over time and across different websites.',
    verdict: 'third-party',
    confidence: 'high',
    note: 'CalOPPA wording, no cookie word',
  },
  {
    text: 'We partner with third parties to display advertising on our website.',
    verdict: 'third-party',
    confidence: 'low',
    note: 'ad serving implies tracking',
  },
  {
    text: 'You can opt out of interest-based advertising at www.aboutads.info/choices.',
    verdict: 'third-party',
    confidence: 'low',
    note: 'an ad opt-out implies tracking',
  },
  { text: 'We use essential cookies only and do not use any tracking or advertising cookies.', verdict: 'first-party' },
  { text: 'We do not use any third-party advertising or analytics SDKs, and the app sets no cookies.', verdict: 'none' },
  {
    text: 'We do not use cookies, but our advertising partners may set their own cookies when you click an ad.',
    verdict: 'third-party',
    note: "the contrast keeps the partners' cookies",
  },
  {
    text: 'This website uses Matomo, a self-hosted analytics tool, and no data leaves our servers.',
    verdict: 'first-party',
    note: "a named tool on the site's own server",
  },
  { text: 'We use local storage and similar technologies to remember your settings.', verdict: 'first-party' },
  { text: 'Some cookies are placed by third parties acting on our behalf, such as our analytics provider.', verdict: 'third-party' },
  // Frames: who sets the tracker, named tools in use vs mentioned, tracking without the word "cookie".
  { text: 'These partners may have their own cookies or pixels on your device.', verdict: 'third-party' },
  { text: 'We use third party social media widgets or buttons so you can share our pages.', verdict: 'third-party' },
  {
    text: 'We may also allow certain third parties to collect information about your use of our website.',
    verdict: 'third-party',
    confidence: 'high',
  },
  {
    text: 'These advertising companies may place cookies on your computer when you visit our website.',
    verdict: 'third-party',
    confidence: 'high',
  },
  {
    text: 'For information on how Google Analytics uses data, please visit their site.',
    verdict: 'third-party',
    note: 'a pointer: named, not stated as used',
  },
  // Wider wording (blind-written policies and probes).
  {
    text: 'Owlbook uses a small set of its own cookies and local storage to keep users signed in and protect against cross-site request forgery.',
    verdict: 'first-party',
    claim: 'first-party',
    note: '"its own cookies" with no one else named are the site\'s, whatever the site calls itself',
  },
  {
    text: 'When you watch an embedded video, YouTube may set its own cookies on your device.',
    verdict: 'third-party',
    note: 'must not catch: "its own" after a third party is still that party\'s',
  },
  {
    text: 'With your consent, given through the banner that appears on your first visit, we also allow the following third-party cookies:',
    verdict: 'third-party',
    claim: 'lets-others',
    note: 'the trackers named instead of their owners',
  },
  {
    text: 'We do not allow third-party cookies on the checkout pages.',
    verdict: 'first-party',
    note: 'must not catch: a denial of third-party cookies limits tracking',
  },
  { text: 'Cookies are not used anywhere on our website.', verdict: 'none', claim: 'none', note: 'a passive denial' },
  { text: 'No cookies are stored on your computer when you browse this site.', verdict: 'none', claim: 'none' },
  {
    text: 'Advertising cookies are not used on this site.',
    verdict: 'first-party',
    note: 'must not catch as "none": one kind denied leaves the others open (read as limiting third-party tracking)',
  },
  {
    text: 'Information about your visits may be collected over time and across unaffiliated websites by ad networks we work with.',
    verdict: 'third-party',
    claim: 'across-sites',
    note: 'CalOPPA wording with the activity named before the verb',
  },
  {
    text: 'Our own analytics follow your visits over time and across our own pages.',
    verdict: 'not-mentioned',
    note: "must not catch: across the site's own pages is no cross-site tracking",
  },
  { text: 'This website is cookie-free.', verdict: 'none', claim: 'none' },
  // The site speaking by the name it defined for itself beside "we".
  {
    text: 'When this notice says "Stridewise", "we", "us" or "our", it means Stridewise Labs Inc. Stridewise sets a session cookie when you log in.',
    verdict: 'first-party',
    claim: 'first-party',
  },
  {
    text: 'Acme Widgets, Inc. ("Acme", "we", "us") operates this website. Acme does not use cookies.',
    verdict: 'none',
    claim: 'none',
  },
  {
    text: 'Shopify uses cookies to run the checkout.',
    verdict: 'not-mentioned',
    note: 'must not catch: a name the policy did not define as itself is not the site',
  },
  // Other writers' wording (issue 10): measurement firms, SDKs spelled out, buttons named by their act, a denial at
  // the third party.
  {
    text: 'Audience measurement firms collect information about your visit via code embedded in our pages.',
    verdict: 'third-party',
    claim: 'others-collect',
  },
  {
    text: 'Our app includes software development kits from analytics vendors that record how you use it.',
    verdict: 'third-party',
    note: 'an SDK, spelled out, from analytics vendors',
  },
  {
    text: 'Social networks may learn that you visited our site through the share buttons we embed.',
    verdict: 'third-party',
    claim: 'widgets',
  },
  {
    text: 'We use only our own session cookies, which are deleted when you close your browser; no third-party cookies are set.',
    verdict: 'first-party',
    note: 'must not catch as third-party: the third party is denied',
  },
  {
    text: 'Press the submit button to send us your question.',
    verdict: 'not-mentioned',
    note: 'must not catch: a button that is no social widget',
  },
  {
    text: 'Temperatures are shown in your preferred units of measurement.',
    verdict: 'not-mentioned',
    note: 'must not catch: measurement with no measurement firm',
  },
  {
    text: 'Our app uses AppsFlyer, Adjust and Branch to attribute installs to the ads you saw.',
    verdict: 'third-party',
    trackers: ['AppsFlyer', 'Adjust SDK', 'Branch Metrics'],
    note: '"Adjust" and "Branch" as list items beside a known SDK',
  },
  {
    text: 'Please adjust your settings or visit a branch if you need help with your account.',
    verdict: 'not-mentioned',
    note: 'must not catch: the ordinary words',
  },
  {
    text: 'Embedded videos from YouTube may place cookies on your device when you play them.',
    verdict: 'third-party',
    claim: 'embedded',
    note: 'an embedded player sets its own cookies',
  },
  {
    text: 'We embed content from Vimeo and YouTube; these services may track you.',
    verdict: 'third-party',
    claim: 'embedded',
    note: 'embedded content and tracking said with a verb, no cookie named',
  },
  {
    text: 'You may embed our videos on your own blog.',
    verdict: 'not-mentioned',
    note: 'what the user embeds elsewhere is no tracking on this site',
  },
  {
    text: 'Privacy is embedded in everything we do, and we never track you.',
    verdict: 'not-mentioned',
    note: '"embedded" in another sense, and a denial of tracking without a tracker',
  },
  {
    text: 'Ad tech vendors set identifiers in your browser when you visit our pages.',
    verdict: 'third-party',
    note: 'identifiers stored in the browser are trackers; ad tech vendors are third parties',
  },
  {
    text: 'Your account page shows identifiers such as your customer number.',
    verdict: 'not-mentioned',
    note: 'an identifier that is not stored on the device is no tracker',
  },
  {
    text: 'Our store runs on a hosted platform, which sets cookies needed for the cart.',
    verdict: 'first-party',
    note: 'the site named as "our store", "our app" or "the platform" speaks for itself',
  },
  // Holdout end: sentences naming the same tool are one fact; the evidence shows two, then the other statements.
  {
    text: 'We use Google Analytics to count visits. We use Google Analytics to see which pages are read. We use Google Analytics to measure campaigns. We use Google Analytics to improve the app. We use Google Analytics to fix errors. We allow advertising networks to collect information about your browsing on our site over time.',
    verdict: 'third-party',
    shows: 'We allow advertising networks',
    note: 'five sentences naming Google Analytics, then a different statement: it is shown',
  },
  {
    text: 'Our site uses Hotjar to record clicks. We use Hotjar heatmaps on our pages. We use Hotjar to see where visitors scroll. We use Hotjar surveys to ask visitors questions. We use Hotjar recordings to find bugs. Advertising partners place cookies on our pages to show you ads on other sites.',
    verdict: 'third-party',
    shows: 'Advertising partners place cookies',
    note: 'another tool, another wording: the other statement is not pushed out by repeats',
  },
  {
    text: 'We use Google Analytics to count visits. Advertising partners place cookies on our pages to show you ads elsewhere. Analytics partners set cookies to measure our traffic. Social networks set cookies to show you their ads. Ad networks place pixels in our e-mails to measure opens.',
    verdict: 'third-party',
    shows: 'Ad networks place pixels',
    note: 'must not catch: statements without names are never held back as repeats',
  },
  // Holdout end: the site hiring ad networks to target its ads is third-party tracking, no cookie named.
  {
    text: 'We partner with several advertising networks to reach people interested in our products.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"partner with several advertising networks"',
  },
  {
    text: 'We use ad networks to show our ads to people who visited our site.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"use ad networks"',
  },
  {
    text: 'We hire third-party marketing companies to serve our ads based on your interests.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"hire third-party marketing companies"',
  },
  {
    text: 'We contract with advertising networks to place our banners on other websites.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"contract with advertising networks"',
  },
  {
    text: 'We may also rely on ad networks to tailor the promotions you see.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"may also rely on ad networks"',
  },
  {
    text: 'We do not work with advertising networks.',
    verdict: 'not-mentioned',
    note: 'must not catch: a denial',
  },
  {
    text: 'We work with advertising agencies to design our billboards.',
    verdict: 'not-mentioned',
    note: 'must not catch: an agency designing ads is no ad network',
  },
  {
    text: 'Advertising networks may contact us to buy space in our print magazine.',
    verdict: 'not-mentioned',
    note: 'must not catch: the networks are not engaged by the site',
  },
  // Holdout end: sharing for cross-context behavioural advertising is, by the law's own definition, tracking across sites.
  {
    text: 'We share information about your visits with ad partners for cross-context behavioral advertising.',
    verdict: 'third-party',
    claim: 'across-sites',
    note: '"share ... for cross-context behavioral advertising"',
  },
  {
    text: 'In the past 12 months we have disclosed device identifiers to advertising companies for cross-contextual advertising.',
    verdict: 'third-party',
    claim: 'across-sites',
    note: '"disclosed ... for cross-contextual advertising"',
  },
  {
    text: 'Our site shares browsing data with social networks for cross-context behavioural advertising purposes.',
    verdict: 'third-party',
    claim: 'across-sites',
    note: 'British spelling, the site as subject',
  },
  {
    text: "We may share your online identifiers with marketing partners for cross-context behavioral advertising, which California law calls 'sharing'.",
    verdict: 'third-party',
    claim: 'across-sites',
    note: '"may share ... marketing partners"',
  },
  {
    text: 'We share, and in the past year have shared, the pages you view with our advertising partners for cross-contextual advertising purposes.',
    verdict: 'third-party',
    claim: 'across-sites',
    note: 'the CCPA look-back wording',
  },
  {
    text: 'We do not share personal information for cross-context behavioral advertising.',
    verdict: 'not-mentioned',
    note: 'must not catch: a denial',
  },
  {
    text: 'You have the right to opt out of sharing for cross-context behavioral advertising.',
    verdict: 'third-party',
    claim: 'ads-imply',
    confidence: 'low',
    note: 'must not catch: a right described stays a hint, not a statement of sharing',
  },
  // Holdout end: "For example, Google uses DART cookies ..." names who does what on the site: a statement, not an
  // illustration, so it is not ranked below the plain statements after it.
  {
    text: 'For example, Facebook sets a pixel cookie on our checkout page to measure our ads. Advertising partners may use cookies on our site for ads.',
    verdict: 'third-party',
    first: 'Facebook sets a pixel cookie',
    note: 'a named company in the present tense after "For example"',
  },
  {
    text: 'For instance, the ad network places cookies to show you our products on other sites. Advertising partners may use cookies on our site for ads.',
    verdict: 'third-party',
    first: 'the ad network places cookies',
    note: '"For instance, the ad network places cookies"',
  },
  {
    text: 'For example, Google Analytics collects the pages you visit on our site. Advertising partners may also use cookies on our site for ads.',
    verdict: 'third-party',
    first: 'Google Analytics collects',
    note: 'a two-word name, "collects"',
  },
  {
    text: 'For example, a partner might use a cookie for ads to remember you. Advertising partners may use cookies on our site for ads.',
    verdict: 'third-party',
    first: 'Advertising partners may use cookies',
    note: 'must not catch: a possibility in an example stays an illustration, ranked after the statement',
  },
  {
    text: 'For example, if you click an ad, the advertiser sets a cookie. Advertising partners may use cookies on our site for ads.',
    verdict: 'third-party',
    first: 'Advertising partners may use cookies',
    note: 'must not catch: a condition in an example stays an illustration',
  },
  // Holdout end: the site hiring providers to understand or measure its visitors is third-party analytics.
  {
    text: 'We may engage third-party vendors to help us analyze traffic on our site.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"engage third-party vendors to help us analyze traffic"',
  },
  {
    text: 'We use third-party service providers to help us understand our site visitors.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"third-party service providers to help us understand our site visitors"',
  },
  {
    text: 'We contract with analytics companies to measure our audience.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"analytics companies to measure our audience"',
  },
  {
    text: 'We hire third-party providers to help us measure how visitors use our services.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"measure how visitors use"',
  },
  {
    text: 'We rely on outside vendors to better understand website usage.',
    verdict: 'third-party',
    claim: 'lets-others',
    note: '"outside vendors to better understand website usage"',
  },
  {
    text: 'We may contract with third-party service providers to deliver your orders.',
    verdict: 'not-mentioned',
    note: 'must not catch: providers hired for delivery',
  },
  {
    text: 'We use third-party service providers to understand your support requests.',
    verdict: 'not-mentioned',
    note: 'must not catch: what is understood is a request, not visitors or traffic',
  },
  {
    text: 'We use analytics cookies from Matomo. Our Matomo installation is hosted on our own servers in the Netherlands.',
    verdict: 'first-party',
    note: 'a tool the policy says elsewhere it hosts itself is its own in every sentence',
  },
  {
    text: 'We use analytics cookies from Matomo and Google Analytics. Our Matomo installation is hosted on our own servers.',
    verdict: 'third-party',
    note: 'must not: only the tool said to be self-hosted is the site’s own; Google Analytics is still a third party',
  },
  {
    text: 'We use Google Analytics. Our analytics are hosted on our own servers.',
    verdict: 'third-party',
    note: 'must not: self-hosting said of no named tool does not make a named one the site’s own',
  },
  {
    text: "We use a handful of our own cookies to keep things in your cart, remember that you're logged in, and count visits with our self-hosted analytics tool.",
    verdict: 'first-party',
    note: 'an analytics tool the site hosts itself is no third party',
  },
  {
    text: "Our website is a small brochure site. It doesn't use cookies, and we don't run Google Analytics, Facebook pixels or any other tracking on it.",
    verdict: 'none',
    note: 'tools named only to be denied, with the site as "it"',
  },
  {
    text: 'If you do not want Google Analytics to collect data about your visit, install the opt-out add-on.',
    verdict: 'third-party',
    note: "must not: the user's wish is no denial by the site",
  },
  {
    text: 'To improve the app we use the open-source software Matomo, which runs exclusively on our own servers in Germany.',
    verdict: 'first-party',
    note: "a tool run on the site's own servers",
  },
  {
    text: 'For aggregate statistics, such as the number of page views per day, we run our own instance of Matomo on our servers in Germany in cookieless mode.',
    verdict: 'first-party',
    note: 'a copy of a named tool the site runs itself',
  },
  {
    text: 'For statistics we run our own instance of Matomo on our servers in Germany. If your browser sends a Do Not Track signal, Matomo does not record your visit at all.',
    verdict: 'first-party',
    note: 'the tool named after "our own instance of" is the site\'s own in every sentence',
  },
  {
    text: 'Our pages are hosted on our own servers. Google Analytics measures how visitors use them.',
    verdict: 'third-party',
    note: 'a tool in the next sentence is not the one hosted',
  },
  {
    // A tracking company's own policy names itself throughout; here 25 times, as its paragraphs would.
    text: [
      'This site uses cookies to remember your preferences and to measure how Tapad pages are used.',
      ...Array.from({ length: 24 }, (_, i) => `Tapad reviews section ${i + 1} of this notice every year.`),
    ].join(' '),
    verdict: 'first-party',
    note: 'a tracker named throughout its own policy is the site itself, not a third party',
  },
  {
    text: [
      'We use Tapad to link your devices for advertising.',
      ...Array.from({ length: 4 }, (_, i) => `Tapad partner list ${i + 1} is updated monthly.`),
    ].join(' '),
    verdict: 'third-party',
    note: 'must not: a tool a site names a few times stays a third party',
  },
  {
    text: "The member area sets only strictly necessary cookies and an audience measurement cookie of the Matomo solution, installed on the Cooperative's own servers.",
    verdict: 'first-party',
    note: "a tool installed on the site's own servers, the site named by its name",
  },
  {
    text: 'We use the analytics software Matomo, which the association hosts on its own web server.',
    verdict: 'first-party',
    note: '"hosts on its own web server"',
  },
  {
    text: "We use Matomo Cloud, hosted on our provider's servers in Ireland, to count visits.",
    verdict: 'third-party',
    note: "must not: a provider's servers are not the site's own",
  },
  {
    text: 'No. Our website does not use cookies, pixels or any other tracking technology. We do not use Google Analytics or Facebook Pixel.',
    verdict: 'none',
    note: 'tools denied after a denial of all cookies leave no cookies at all',
  },
  {
    text: 'We use cookies to keep you signed in. We do not use Google Analytics or Facebook Pixel.',
    verdict: 'first-party',
    note: 'must not: own cookies stated, third-party tools denied',
  },
]);
