import type { ConceptCases } from './cases';

export default {
  TOOL_IN_USE: {
    must: ['we use Google Analytics', 'we partner with Meta', 'collected through Hotjar'],
    reject: ['Google Analytics (see their notice)'],
  },
  LEARN_MORE: {
    must: ['For information on how Google uses data, please visit', 'learn more about Hotjar'],
    reject: ['we use Hotjar to record visits'],
  },
  CROSS_CONTEXT_SHARING: {
    must: [
      'We share, and in the past 12 months have shared California Personal Information with our marketing and advertising partners for cross-contextual advertising purposes',
      'we disclose identifiers to ad companies for cross-context behavioural advertising',
    ],
    reject: ['cross-context behavioral advertising means targeting ads', 'we share data with our payment processor'],
  },
  ENGAGES_AD_NETWORKS: {
    must: [
      'We engage third-party advertising networks to help us target our messaging',
      'we may also rely on ad networks',
      'We hire third-party marketing companies to serve our ads',
      'We may contract with third-party service providers to assist us in better understanding our site visitors',
    ],
    reject: [
      'We do not work with advertising networks',
      'We work with advertising agencies',
      'Advertising networks may contact us',
      'We use third-party service providers to understand your support requests',
    ],
  },
  LETS_OTHERS_TRACK: {
    must: ['We allow some third parties, including Facebook to set cookies', 'we permit our advertising partners to collect information'],
    reject: ['we allow you to delete cookies', 'third parties allow us to use'],
  },
  ALLOWS_THIRD_PARTY_TRACKERS: {
    must: [
      'With your consent, we also allow the following third-party cookies',
      'we permit selected third-party advertising pixels on our pages',
      'Our site places third party cookies',
    ],
    reject: [
      'we do not allow any third parties to read our cookies',
      'you can allow or block cookies in your browser',
      'third-party cookies',
    ],
  },
  USES_THIRD_PARTY_TRACKERS: {
    must: ['D&B uses first and third-party cookies.', 'we use third party tracking pixels'],
    reject: ['we use first-party cookies only', 'third-party cookies are not used'],
  },
  SOCIAL_WIDGETS: {
    must: ['We use third party social media widgets or buttons', 'social plugins', 'Facebook like buttons', 'the share buttons we embed'],
    reject: ['social security number', 'follow us on social media', 'press the submit button', 'a fair share of the costs'],
  },
  EMBEDDED_CONTENT: {
    must: [
      'Our pages show embedded YouTube videos',
      'videos embedded from Vimeo',
      'We embed maps from Google Maps on our store pages',
      'articles may include embedded content (videos, images, posts)',
      'when you play a YouTube video on our site',
      'our site may also embed posts from Instagram',
    ],
    reject: [
      'You may embed our videos on your own blog',
      'links embedded in our newsletters',
      'images embedded in our e-mails',
      'privacy is embedded in our culture',
      'visit our YouTube channel',
    ],
  },
  OWN_COOKIES_OF_OTHERS: {
    must: [
      'partners may have their own cookies',
      'set their own cookies',
      'may view, edit, or set their own cookies',
      'YouTube may set its own cookies',
    ],
    reject: ['we set our own cookies', 'cookies of their choice', 'Acme uses a small set of its own cookies'],
  },
  OTHERS_COLLECT: {
    must: [
      'we allow certain third parties to collect information about you',
      'These third-party partners may receive information about your activities',
      'partner with third parties that collect information this way',
      'Audience measurement firms collect information about your visit',
    ],
    reject: ['we collect information from third parties', 'third parties'],
  },
  ONLINE_ACTIVITY: { must: ['from your browser or device', 'your activities on our site'], reject: ['your name and address'] },
} satisfies ConceptCases;
