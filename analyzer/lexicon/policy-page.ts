import { anyOf, concept, opt, words } from './build';
import { caseSensitive, tight } from './strict';

/** The site says it shares: "we may share", "we do not sell", "disclosure of your information". */
export const SHARING_TOPIC = concept(
  'SHARING_TOPIC',
  anyOf(
    tight(
      words('we'),
      opt(words('may', 'also', 'will', 'do not', "don't", 'never')),
      words('share', 'disclose', 'transfer', 'provide', 'sell', 'rent'),
    ),
    tight(words('sharing', 'disclosure'), words('of'), opt(words('your', 'personal')), words('information', 'data')),
  ),
);

/** The user's rights and choices: "your privacy rights", "opt out", "unsubscribe", "right to erasure", "access, correct". */
export const CHOICES_TOPIC = concept(
  'CHOICES_TOPIC',
  anyOf(
    tight(words('your'), opt(words('privacy')), words('rights', 'choices')),
    words('opt out', 'unsubscribe'),
    tight(words('right'), words('of', 'to'), words('access', 'erasure', 'rectification', 'delete', 'know')),
    tight(words('access') + ',?', words('correct', 'update', 'delete')),
  ),
);

const SITE = ['site', 'server', 'company', 'app', 'service'];
/** "we", "our website", "our web services", "this site": the site itself. */
const SITE_SUBJECT = anyOf(
  words('we'),
  tight(words('our'), opt(words('web')), words(...SITE, ...SITE.map((s) => `${s}s`))),
  words('our website', 'our websites', 'our webserver', 'our webservers', 'our webapp', 'our webapps', 'our webservice', 'our webservices'),
  tight(words('this'), opt(words('web')), words('site')),
  words('this website'),
);
/** Up to three words between subject and verb, as few as possible ("we also collect"). */
const FEW_WORDS = '(?: [a-z]+){0,3}?';
const HANDLING = ['collect', 'use', 'process', 'share', 'disclose', 'retain', 'keep', 'store', 'sell', 'rent', 'receive', 'obtain'];
const HANDLING_MORE = ['transfer', 'track', 'recognise', 'recognize', 'gather', 'log'];

/** The site speaking about its own data handling: "we collect", "our website uses", "this site may log". */
export const OWN_VOICE = concept(
  'OWN_VOICE',
  `${SITE_SUBJECT}${FEW_WORDS} ${words(...[...HANDLING, ...HANDLING_MORE].flatMap((v) => [v, `${v}s`]))}`,
);

/**
 * A capitalised name (up to five words) that starts where a token starts: "Acme Inc.", "Example Media Group". The
 * lookbehind keeps it from being retried inside a long run of capitalised words (quadratic at 300 KB).
 */
const NAME = String.raw`(?<![\w.&'’-])[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}`;
const AUX = `(?:${words('may', 'will', 'does', 'do', 'also', 'never', 'not', 'only')} ){0,3}`;
const NAMED_VERBS = ['collect', 'use', 'share', 'disclose', 'retain', 'keep', 'store', 'sell', 'rent', 'receive', 'obtain', 'gather'];

/** The company speaking in its own name, case-sensitive: "Acme Inc. collects", "Example Media may share". */
export const NAMED_VOICE = caseSensitive(
  'NAMED_VOICE',
  `${NAME} ${AUX}${words(...NAMED_VERBS.flatMap((v) => [v, `${v}s`]), 'process', 'processes')}`,
);

/** A title that names another kind of page: "Terms of Use", "End-User License Agreement", "Cookie Policy". */
export const OTHER_PAGE_TITLE = concept(
  'OTHER_PAGE_TITLE',
  anyOf(
    tight(words('terms'), anyOf(tight(words('of'), words('use', 'service', 'sale')), words('and conditions'))),
    tight(words('conditions of'), words('use', 'sale')),
    tight(opt(words('end user')), words('license agreement', 'licence agreement')),
    tight(words('cookie', 'cookies'), words('policy', 'notice', 'statement', 'settings', 'preferences')),
    words('we value your privacy'),
  ),
);
