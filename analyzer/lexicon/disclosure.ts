import { anyOf, concept, gap, near, nearEither, opt, seq, stems, words } from './build';
import { notFollowedBy, plainWords } from './phrase-parts';
import { UNIDENTIFYING_WORDS } from './subjects';

/** What a sharing sentence gives away: information, details, e-mail addresses, names, lists, or "share it". */
export const SHARED_DATA = concept(
  'SHARED_DATA',
  anyOf(
    words(
      'information',
      'info',
      'data',
      'details',
      'email address',
      'email addresses',
      'e-mail address',
      'e-mail addresses',
      'name',
      'names',
      'addresses',
      'profile',
      'profiles',
      'list',
      'lists',
      'PII',
      // What a job seeker, a patient or a guest hands over: "your CV", "claim records", "booking history".
      'CV',
      'CVs',
      'résumé',
      'résumés',
      'records',
      'history',
      // "your address", "live video": an address or a recording named as what is handed over.
      'your address',
      'home address',
      'postal address',
      'delivery address',
      'email addresses',
      'video',
      'footage',
      // What an ad partner gets: "cookie identifiers and your browsing activity".
      'identifiers',
      'browsing activity',
    ),
    // One plain space: "provide, such as" names no object.
    `${words('share', 'shares', 'disclose', 'discloses', 'provide', 'provides', 'transfer', 'transfers', 'pass', 'passes')} ${words(
      'it',
      'them',
      'this',
      'these',
      'such',
    )}`,
  ),
);

/** Data that identifies no one: aggregated, de-identified, anonymous, "does not personally identify you". */
export const UNIDENTIFIED_DATA = concept(
  'UNIDENTIFIED_DATA',
  anyOf(
    words(...UNIDENTIFYING_WORDS, 'aggregates', 'non-personally', 'nonpersonally'),
    seq(words('does', 'do', 'will'), words('not'), opt(words('personally')), words('identify')),
    seq(words('not'), opt(words('be')), words('traceable')),
  ),
);

/**
 * A legal notice about sharing, not a practice: California's "Shine the Light" law, "residents may request a list
 * of the third parties ... disclosed", "California residents have the right to".
 */
export const SHARING_RIGHT_NOTICE = concept(
  'SHARING_RIGHT_NOTICE',
  anyOf(
    words('shine the light', 'Civil Code'),
    `${stems('request', 'obtain', 'receive', 'ask')} ${plainWords(8)}${words(
      'a list',
      'information',
      'a notice',
      'a description',
      'details',
    )} ${plainWords(6)}${words('third parties', 'disclosed', 'shared', 'disclosure', 'disclosures')}`,
    near(words('California law', 'California residents'), words('request', 'right', 'entitled'), 120),
  ),
);

/** Limits on what recipients may do: "prohibited from using it", "they may not use it for their own marketing". */
export const RECIPIENT_LIMITS = concept(
  'RECIPIENT_LIMITS',
  anyOf(
    `${anyOf(
      stems('restrict', 'prohibit', 'forbid'),
      seq(words('not'), words('permitted', 'allowed', 'authorized', 'authorised')),
      words('barred'),
    )} ${plainWords(3)}${words('from', 'to')}`,
    `${anyOf(words('they', 'which', 'who'), `${words('these')} \\w+`)} ${plainWords(1)}${words('may', 'can', 'will', 'shall')} ${words('not')}`,
  ),
);

/** The business itself changes hands: merger, acquisition, bankruptcy, a sale of all or part of the company. */
export const BUSINESS_CHANGES_HANDS = concept(
  'BUSINESS_CHANGES_HANDS',
  anyOf(
    words('merger', 'acquisition', 'acquired', 'bankruptcy', 'reorganization', 'reorganisation', 'substantially all', 'successor'),
    seq(
      words('sale of'),
      words('all', 'the', 'our', 'a'),
      opt(words('or', 'or a')),
      words('part', 'portion', 'business', 'company', 'assets'),
    ),
  ),
);

/**
 * Part of a word every recipient of shared data is named with (party, affiliate, vendor, law, court, company...),
 * matched anywhere in a word ("counterparty", "lawful" too): a cheap test before the costly recipient concepts.
 */
export const RECIPIENT_HINT = concept(
  'RECIPIENT_HINT',
  anyOf(
    'party',
    'parties',
    'partner',
    'affiliat',
    'subsidiar',
    'sponsor',
    'advertis',
    'market',
    'broker',
    'vendor',
    'provider',
    'contractor',
    'processor',
    'supplier',
    'agent',
    'behalf',
    'instructions',
    'acting for',
    'law',
    'court',
    'subpoena',
    'legal',
    'government',
    'judicial',
    'compan',
    'organization',
    'organisation',
    'business',
    'entit',
    'cobrand',
    'co-brand',
    'joint',
    'parent',
    'family',
    'firm',
    'individual',
    // Recipients named by their role (NAMED_RECIPIENTS, couriers among SERVICE_PROVIDERS).
    'restaurant',
    'merchant',
    'seller',
    'retailer',
    'employer',
    'recruiter',
    'insurer',
    'insurance',
    'health plan',
    'investigator',
    'collaborator',
    'franchise',
    'dealer',
    'distributor',
    'reseller',
    'licensee',
    // Peers of the site (OTHER_COMPANIES): "other charities", "other agencies".
    'charit',
    'agenc',
    'profit',
    // Recipients said to act for themselves (OWN_PURPOSE_RECIPIENTS).
    'own purpose',
    'controller',
    'own right',
    'facebook',
    'meta',
    'google',
    'tiktok',
    'snapchat',
    'pinterest',
    'linkedin',
    'twitter',
    'social media',
    'apps',
    'integration',
    'lender',
    'researcher',
    'universit',
    'hospital',
    'doctor',
    'pharmac',
    'landlord',
    'school',
    'courier',
    'carrier',
    'deliver',
    'anyone',
    'anybody',
    'no one',
    'outsider',
    'advis',
    'lawyer',
    'auditor',
    'accountant',
    'agenc',
    'bureau',
    'hotel',
    'airline',
    'group',
    // Peers of other kinds, ad companies, recipients marketing for themselves: tests/cue-gates.test.ts keeps this
    // list in step with the recipient cues.
    ...['estate', 'winer', 'club', 'associat', 'societ', 'institution', 'own privacy polic'],
    ...['ad network', 'ad tech', 'ad platform', 'their own', 'its own', 'so that they', 'so they'],
  ),
);

/** The word starts a service provider or a legal demand may be named with: a cheap test before PROVIDER cues. */
export const PROVIDER_HINT = concept(
  'PROVIDER_HINT',
  stems(
    'service',
    'vendor',
    'contractor',
    'sub-processor',
    'subprocessor',
    'processor',
    'supplier',
    'agent',
    'behalf',
    'acting for',
    'requir',
    'compelled',
    'permitted',
    'law',
    'subpoena',
    'court',
    'legal',
    'government',
    'compl',
    'conform',
    'open record',
    'public record',
    'courier',
    'carrier',
    'deliver',
    'shipping',
    'postal',
    'provider',
    'advis',
    'lawyer',
    'auditor',
    'accountant',
    // Providers named by their trade or by what they do for the site: "our hosting company", "companies that help us".
    ...['hosting', 'analytics', 'payment', 'cloud', 'technology', 'storage', 'logistic'],
    ...['help us', 'assist us', 'for us', 'helping', 'assisting', 'perform', 'fulfil', 'process'],
  ),
);

/** The word starts a recipient's own marketing may be named with: a cheap test before the advertising cues. */
export const MARKETING_HINT = concept(
  'MARKETING_HINT',
  stems(
    'advertis',
    'ad network',
    'ad partner',
    'ad tech',
    'data broker',
    'marketer',
    'marketing',
    'list broker',
    'their own',
    'its own',
    'so they',
    'so these',
    'so that they',
    'so that these',
    'who',
    'that',
    'which',
    'to market',
    'to advertise',
    'to promote',
    'contact you',
    'send you',
    'email you',
    'e-mail you',
    'call you',
  ),
);

/**
 * A run-in title that names recipients: "With advertisers.", "To our service providers:", "- With affiliates". In a
 * section on sharing it opens the paragraph about them; the recipients are the statement.
 */
export const RECIPIENT_TITLE = concept(
  'RECIPIENT_TITLE',
  '^\\s*(?:[-–•*]\\s*)?' + seq(words('with', 'to'), opt(words('our', 'the', 'other', 'certain', 'select')), gap(5)) + '\\s*[.:]?\\s*$',
);

/** The data as the subject, sent on: "your order details go to the restaurant", "your CV is sent to employers". */
const DATA_GOES_TO = seq(
  words('information', 'data', 'details', 'CV', 'résumé', 'records'),
  opt(words('will', 'may', 'also', 'then')),
  words('go to', 'goes to', 'is sent to', 'are sent to', 'is forwarded to', 'are forwarded to', 'is passed to', 'are passed to'),
);
/** Data received from someone is collected, not shared: "we may receive information from partners" (but "from us" shares). */
const NOT_FROM = notFollowedBy(`\\s+${words('from')}(?! ${words('us')})`);
/** What a recipient receives, named as data: "claim details", "cookie identifiers", "hashed email addresses". */
const RECEIVED_DATA = words('information', 'data', 'details', 'CV', 'résumé', 'records', 'history', 'identifiers', 'addresses');
/**
 * The recipient as the subject (named before the verb): "insurance brokers may receive your claim details", "hotels
 * in our group can see your booking history". The judge reads the recipient before the verb for these.
 */
const RECIPIENT_RECEIVES = anyOf(
  seq(
    words('may', 'might', 'will', 'can', 'could', 'also', 'may also', 'will also'),
    // Not "get": "so that nobody else can get at your data".
    words('receive', 'obtain', 'see', 'view', 'access', 'have access to'),
    anyOf(
      // "can see your enrollment and progress": whatever of "yours" it sees is the user's data.
      words('your'),
      seq(opt(words('the', 'this', 'such', 'certain', 'some')), gap(2), RECEIVED_DATA),
    ),
  ) + NOT_FROM,
  // Said as a fact: "advertising partners receive cookie identifiers", "the university receives your name and grades";
  // not the user's "to receive information".
  `(?<!\\bto )${seq(words('receive', 'receives', 'obtains'), anyOf(words('your'), seq(gap(2), RECEIVED_DATA)))}${NOT_FROM}`,
);
/**
 * The site as the subject just before a verb (the text ends there): "we may receive", "we and our affiliates can
 * see". Before RECIPIENT_FIRST_VERB it is collection, not sharing.
 */
export const SITE_AS_SUBJECT = concept('SITE_AS_SUBJECT', seq(words('we', 'us'), gap(3)) + '\\s*$');

/** A verb that comes after its recipient: the judge looks for the recipient in the whole sentence. */
export const RECIPIENT_FIRST_VERB = concept('RECIPIENT_FIRST_VERB', RECIPIENT_RECEIVES);

/** The words a sentence about sharing cannot do without: share, disclose, provide, transfer, make available, sell... */
export const SHARING_WORDS = concept(
  'SHARING_WORDS',
  anyOf(
    words(
      'share',
      'shares',
      'shared',
      'sharing',
      'provide',
      'provides',
      'provided',
      'providing',
      'give',
      'gives',
      'given',
      'giving',
      'rent',
      'rents',
      'rented',
    ),
    stems(
      'disclos',
      'transfer',
      'availab',
      'releas',
      'furnish',
      'sell',
      'sold',
      'recipient',
      'communicat',
      'forward',
      'transmit',
      'upload',
    ),
    words('sent', 'send', 'sends', 'exchange', 'exchanges', 'exchanged', 'swap', 'swaps', 'swapped', 'trade', 'trades'),
    seq(words('pass', 'passes', 'passed'), gap(1), words('on', 'along')),
    // "We pass your details to the courier", "handed to the restaurant", "we let partners see your profile".
    seq(words('pass', 'passes', 'passed', 'hand', 'hands', 'handed'), gap(10), words('to')),
    seq(words('let', 'lets', 'allow', 'allows', 'permit', 'permits'), gap(3), words('see', 'view', 'access', 'contact you', 'send you')),
    DATA_GOES_TO,
    // RECIPIENT_RECEIVES, looser (a filter may let more through): "brokers may receive your claim details".
    seq(words('receive', 'receives', 'obtain', 'obtains', 'see', 'view', 'access'), gap(3), anyOf(words('your'), RECEIVED_DATA)),
    // A list item under a recipients heading names them without a verb: "- Payment processors Apple and Stripe".
    stems('provider', 'processor', 'vendor', 'contractor', 'affiliate', 'partner', 'subsidiar'),
    words('website host', 'software company'),
    // A run-in title ("With advertisers."): its recipient noun lets it through (an anchored alternative here would
    // cost every sentence the shared word boundary).
    words('advertisers', 'marketers', 'data brokers'),
  ),
);

/**
 * A verb of giving data to someone: share, disclose, provide (not "provide you the service"), transfer, make
 * available, give (not "give you"), release, furnish, pass on, rent, sell. Scanned in order: each must have data or a
 * recipient after it.
 */
/** "provided by the school", "shared by users": the agent after "by" is where the data came from (not "by us to"). */
const BY_SOURCE = `${words('by')}(?! ${words('us', 'we')})`;
const FROM_SOURCE = ` ${BY_SOURCE}`;

export const SHARE_VERB = concept(
  'SHARE_VERB',
  anyOf(
    words('share', 'shares', 'shared', 'sharing', 'disclose', 'discloses', 'disclosed', 'disclosing') + notFollowedBy(FROM_SOURCE),
    words('provide', 'provides', 'provided', 'providing') +
      notFollowedBy(
        ` ${anyOf(
          BY_SOURCE,
          words('you'),
          `(?:${words('these', 'the', 'our', 'such', 'a')} )?${words(
            'service',
            'services',
            'products',
            'goods',
            'link',
            'links',
            'content',
            'feature',
            'features',
            'tool',
            'tools',
            'support',
            'assistance',
          )}`,
        )}`,
      ),
    words('transfer', 'transfers', 'transferred', 'transferring'),
    `${words('make', 'makes', 'making', 'made')} ${plainWords(1)}${words('available')}`,
    // Handing data on to someone named after "to": "we pass your details to the courier".
    seq(words('pass', 'passes', 'passed', 'hand', 'hands', 'handed'), gap(10), words('to')),
    // "we never hand it over to outsiders".
    seq(words('hand', 'hands', 'handed', 'handing'), gap(2), words('over')),
    // Letting someone reach it: "we let partners see your profile", "allow employers to view your CV".
    // ... or reach the user with it: "we may let selected third parties send you offers".
    seq(words('let', 'lets', 'allow', 'allows', 'permit', 'permits'), gap(3), words('see', 'view', 'access', 'contact you', 'send you')),
    DATA_GOES_TO,
    words('give', 'gives', 'given', 'giving') + notFollowedBy(` ${words('you', 'us')}`),
    words('release', 'releases', 'released', 'releasing', 'furnish', 'furnishes', 'furnished'),
    `${words('pass', 'passes', 'passed')} (?:${words('it', 'this', 'such', 'your')} )?${plainWords(1)}${words('on', 'along')}`,
    words('rent', 'rents', 'rented', 'sell', 'sells', 'sold'),
    // Lists swapped with peers: "we exchange our club list with the other estates", "exchange mailing lists with".
    seq(words('exchange', 'exchanges', 'exchanged', 'swap', 'swaps', 'swapped', 'trade', 'trades'), gap(3), stems('list'), words('with')),
  ),
);

const MARKETING = words('marketing', 'advertising', 'promotional');

/** Sharing for marketing, said of the purpose: "for marketing purposes", "offers of interest to you", "opt out of having ... shared". */
export const MARKETING_PURPOSE = concept(
  'MARKETING_PURPOSE',
  anyOf(
    // "for marketing purposes", "for our partners' marketing and promotional uses".
    `${words('for')} ${plainWords(2)}${MARKETING}(?: ${words('and', 'or')} ${plainWords(1)}${MARKETING})? ${words('purposes', 'use', 'uses')}`,
    words('of interest to you'),
    // "so that they can show you ads", "to show you relevant advertising".
    seq(
      words('show', 'serve', 'display', 'deliver', 'send'),
      words('you'),
      opt(words('relevant', 'personalized', 'personalised', 'targeted', 'tailored', 'more relevant')),
      // "adverts": British English.
      words('ads', 'advertising', 'advertisements', 'adverts', 'offers'),
    ),
    seq(words('may', 'might'), words('be interested in')),
    // "for the purpose of direct marketing", "for cross-context behavioral advertising".
    `${words('for the purpose of', 'for the purposes of', 'for')} ${plainWords(2)}${MARKETING}`,
    `${seq(words('opt out', 'optout'), words('of'), words('having', 'such', 'this', 'the'))} ${plainWords(6)}${stems('shar', 'disclos')}`,
  ),
);

/** Recipients who market to the user with the data: "for their own marketing", "so that they can send you offers". */
export const RECIPIENTS_OWN_MARKETING = concept(
  'RECIPIENTS_OWN_MARKETING',
  anyOf(
    `${words('for their own', 'for its own')} ${plainWords(3)}${stems('marketing', 'advertising', 'promotion')}`,
    seq(
      words('for'),
      words('their', 'its'),
      opt(words('own')),
      opt(words('direct')),
      words('marketing', 'advertising', 'promotional'),
      stems('purposes', 'use'),
    ),
    `${seq(words('so'), opt(words('that')), anyOf(words('they'), `${words('these')} \\w+`), words('can', 'may', 'might'))} ${plainWords(
      2,
    )}${stems('market', 'advertise', 'offer', 'send you', 'contact you', 'invite you')}`,
    `${seq(words('who', 'that', 'which'), words('may', 'might', 'wish to', 'want to'))} ${plainWords(2)}${anyOf(
      stems('market', 'advertise', 'offer you'),
      `${words('send you')} ${plainWords(2)}${stems('offers', 'promotions', 'advertis')}`,
    )}`,
    // Letting them reach the user: "we may let selected third parties send you information about products you may like".
    seq(
      words('let', 'lets', 'allow', 'allows', 'permit', 'permits'),
      gap(3),
      words('contact you', 'send you', 'email you', 'e-mail you', 'call you'),
      opt(words('information about', 'news about', 'details of', 'about')),
      gap(2),
      stems('offer', 'product', 'promotion', 'deal', 'marketing', 'advertis'),
    ),
    seq(
      words('to'),
      words('market', 'advertise', 'promote'),
      words('their', 'its'),
      opt(words('own')),
      stems('products', 'services', 'offers'),
    ),
    // "so they can reach you with their own advertising", "used in its own ad campaigns".
    // Not their own ad cookies: those are tracking.
    seq(
      words('their own', 'its own'),
      words('advertising', 'marketing', 'ads', 'advertisements', 'adverts', 'ad campaigns', 'promotions'),
    ) + notFollowedBy(` ${words('cookie', 'cookies', 'technologies', 'pixels', 'tags')}`),
  ),
);

const ORDERS = words('order', 'orders', 'transaction', 'transactions', 'payment', 'payments', 'request', 'requests');

/**
 * Service providers: vendors, contractors, processors, agents, or "companies that ... on our behalf", "firms we hire
 * to process orders". Their span is taken out of the sentence before other recipients are looked for.
 */
export const SERVICE_PROVIDERS = concept(
  'SERVICE_PROVIDERS',
  anyOf(
    seq(words('third party'), words('service provider', 'service providers')),
    words('service provider', 'service providers'),
    seq(words('third party'), words('vendor', 'vendors')),
    words(
      'vendor',
      'vendors',
      'contractor',
      'contractors',
      'sub-processor',
      'sub-processors',
      'subprocessor',
      'subprocessors',
      'processor',
      'processors',
      'supplier',
      'suppliers',
      'agent',
      'agents',
    ),
    // Those who carry out an order for the site: "the courier", "delivery partners", "shipping carriers".
    words('courier', 'couriers', 'postal service', 'postal services'),
    // Providers named by what they do for the site: "analytics providers", "our hosting company", "payment partners".
    seq(
      words('analytics', 'hosting', 'payment', 'payments', 'cloud', 'technology', 'storage'),
      words('provider', 'providers', 'company', 'companies', 'partner', 'partners', 'services'),
    ),
    // Advisers bound by professional duty: "our professional advisers, such as lawyers and auditors".
    words('professional advisers', 'professional advisors', 'advisers', 'advisors', 'lawyers', 'auditors', 'accountants'),
    seq(
      words('delivery', 'shipping', 'logistics'),
      words('company', 'companies', 'partner', 'partners', 'provider', 'providers', 'carrier', 'carriers'),
    ),
    `${words('companies', 'third parties', 'parties', 'partners', 'businesses', 'organizations', 'organisations', 'individuals', 'firms')} ${anyOf(
      words('that', 'who', 'which'),
      `${words('we')} ${words('hire', 'engage', 'employ', 'use')}`,
      words('involved in', 'assisting', 'helping'),
    )} ${plainWords(6)}${anyOf(
      `${words('on')} ${words('our', 'the')} ${words('behalf')}`,
      words('on behalf of', 'for us', 'help us', 'assist us'),
      `${words('perform')} ${plainWords(1)}${words('services', 'functions')}`,
      `${anyOf(words('processing'), stems('fulfil', 'deliver', 'host', 'process'))} ${plainWords(3)}${ORDERS}`,
    )}`,
    words('on our behalf', 'acting for us'),
  ),
);

/** Disclosure the law compels: "as required by law", law enforcement, subpoenas, court orders, "to comply with". */
export const LEGAL_DEMAND = concept(
  'LEGAL_DEMAND',
  anyOf(
    `${words('required', 'compelled', 'permitted')} (?:${words('to do so')} )?${words('by')} (?:${words('applicable')} )?${words('law')}`,
    words('law enforcement', 'subpoena', 'subpoenas', 'court order', 'court orders', 'legal process'),
    `${words('government')} ${words('agencies', 'authorities', 'requests')}`,
    `${words('comply', 'conform')} ${words('with', 'to')} (?:${words('a', 'the', 'any', 'applicable')} )?${words(
      'law',
      'laws',
      'legal',
      'regulation',
      'regulations',
      'judicial',
    )}`,
    `${words('open', 'public')} ${words('record', 'records')} ${words('law', 'laws')}`,
  ),
);

/** Recipients in the business of advertising: advertisers, ad networks and platforms, data and list brokers, marketers. */
const AD_COMPANIES = anyOf(
  words('advertisers', 'marketers', 'marketing partners', 'data broker', 'data brokers', 'list broker', 'list brokers'),
  // "advertising and social media partners": a second kind joined before the noun.
  // ... or a word of their trade: "advertising distribution companies", "ad tech partners".
  seq(
    words('advertising', 'ad'),
    opt(
      anyOf(
        `${words('and', 'or')} [\\w-]+(?: [\\w-]+)?`,
        words('distribution', 'tech', 'technology', 'measurement', 'delivery', 'serving'),
      ),
    ),
    words('partners', 'network', 'networks', 'companies', 'platforms', 'agency', 'agencies'),
  ),
);
export const ADVERTISERS = concept('ADVERTISERS', AD_COMPANIES);

/**
 * Advertising companies collecting on the site, which lets them: "advertising partners such as Google set cookies on
 * our site to show you our ads", "ad networks may place pixels on our pages to collect information". What they
 * collect there the site discloses to them: sharing for advertising (it is third-party tracking too). Their cookies
 * on other sites, or the site's own, are not.
 */
export const AD_PARTNERS_COLLECT = concept(
  'AD_PARTNERS_COLLECT',
  seq(
    AD_COMPANIES,
    gap(8),
    words('set', 'sets', 'place', 'places', 'use', 'uses', 'drop', 'drops', 'deploy', 'deploys', 'collect', 'collects', 'read', 'reads'),
    gap(3),
    words('cookies', 'pixels', 'tags', 'web beacons', 'beacons', 'SDKs', 'tracking technologies', 'identifiers', 'information', 'data'),
    gap(4),
    words('on our', 'through our', 'via our', 'in our', 'from our', 'on this', 'on these', 'when you visit', 'when you use'),
  ),
);

/**
 * Recipients who use the data for themselves, not for the site: "organisations that use it for their own purposes",
 * "which process the data as independent controllers", "use your information under their own privacy policies".
 */
export const OWN_PURPOSE_RECIPIENTS = concept(
  'OWN_PURPOSE_RECIPIENTS',
  anyOf(
    // "Each right holder is an independent controller for the data it receives".
    seq(
      words('each', 'the', 'these', 'such', 'every', 'those'),
      gap(3),
      words('is', 'are', 'acts as', 'act as'),
      words('an independent controller', 'independent controllers', 'a separate controller', 'separate controllers'),
    ),
    seq(
      words('who', 'that', 'which', 'they', 'it', 'these bodies', 'these organisations', 'these organizations', 'these recipients'),
      opt(words('may', 'will', 'then')),
      words('use', 'uses', 'process', 'processes', 'handle', 'handles'),
      gap(3),
      words(
        'for their own purposes',
        'for its own purposes',
        'as independent controllers',
        'as an independent controller',
        'as controllers in their own right',
        // South Africa's POPIA calls a controller a "responsible party".
        'as responsible parties in their own right',
        'as a responsible party in its own right',
        'as separate controllers',
        'under their own privacy policies',
        'under its own privacy policy',
      ),
    ),
  ),
);

/**
 * Up to three words describing the peers ("non-profit arts"), none a word of another phrase: "your other details to
 * those organisations" names details, not organisations.
 */
const PEER_MODIFIERS = `(?:${notFollowedBy(words('to', 'of', 'the', 'those', 'these', 'with', 'and', 'or', 'for', 'from', 'in', 'on', 'by', 'your', 'our', 'their', 'details', 'data', 'information'))}[\\w-]+ ){0,3}`;

/**
 * Giving data only with the person's consent or the law's leave, no recipient named: "We only disclose personal
 * information outside the Fellowship where you have authorised it, or where we are required to by law".
 */
export const ONLY_ON_CONSENT_OR_LAW = concept(
  'ONLY_ON_CONSENT_OR_LAW',
  seq(
    words('we'),
    opt(words('will', 'shall', 'may')),
    words('only'),
    words('share', 'disclose', 'give', 'pass on', 'release', 'provide'),
    gap(8),
    words('where', 'when', 'if', 'with'),
    gap(3),
    words('authorised', 'authorized', 'consented', 'consent', 'agreed', 'permission', 'asked us to'),
  ),
);

/** Organisations of the site's own kind, named after "other": "other non-profit arts organizations", "the other estates". */
const PEERS = words(
  ...['charities', 'agencies', 'nonprofits', 'non-profits', 'providers', 'organizations', 'organisations', 'companies'],
  ...['businesses', 'entities', 'groups', 'clubs', 'associations', 'societies', 'institutions', 'estates', 'wineries'],
);

/** Other companies as recipients: "third parties" (not "third-party sites"), other or outside companies, unaffiliated parties. */
export const OTHER_COMPANIES = concept(
  'OTHER_COMPANIES',
  anyOf(
    words('third party', 'third parties') +
      notFollowedBy(
        ` ${words(
          'site',
          'sites',
          'website',
          'websites',
          'web sites',
          'link',
          'links',
          'cookies',
          'content',
          'plugin',
          'plugins',
          'plug-in',
          'plug-ins',
          'widget',
          'widgets',
          'feature',
          'features',
        )}`,
      ),
    seq(words('other'), words('companies', 'organizations', 'organisations', 'businesses', 'entities')),
    // "the other emergency relief providers in the network", "other charities": peers of the site, not its vendors.
    `${words('other')} ${notFollowedBy(`${words('service', 'technology', 'hosting', 'IT', 'cloud', 'payment', 'software', 'email', 'e-mail')} `)}${PEER_MODIFIERS}${PEERS}`,
    seq(words('outside'), words('companies', 'parties', 'organizations', 'organisations')),
    `${words('unaffiliated')} ${plainWords(1)}${words('companies', 'parties', 'entities')}`,
    words('outsiders'),
    // "anyone outside our company", "anybody else".
    seq(words('anyone', 'anybody', 'no one', 'nobody'), words('outside', 'else')),
  ),
);

/**
 * Part of a word every third party of sharing is named with (affiliates, partners, other or outside companies,
 * anyone else, a recipient named by its role): a cheap test before the costly third-party cues.
 */
export const THIRD_PARTY_HINT = concept(
  'THIRD_PARTY_HINT',
  stems(
    ...['affiliat', 'subsidiar', 'parent', 'family', 'related', 'partner', 'co-brand', 'cobrand', 'sponsor', 'joint', 'third'],
    ...['other', 'outside', 'unaffiliated', 'anyone', 'anybody', 'no one', 'nobody', 'restaurant', 'merchant', 'seller'],
    ...['retailer', 'store', 'employer', 'recruiter', 'insurer', 'lender', 'researcher', 'universit', 'hospital', 'doctor'],
    ...['GP', 'pharmac', 'landlord', 'school', 'bank', 'credit', 'fraud', 'broker', 'reinsur', 'hotel', 'airline', 'group'],
    ...['insurance', 'health plan', 'investigator', 'collaborator', 'franchise', 'dealer', 'distributor', 'reseller', 'licensee'],
    ...['Facebook', 'Meta', 'Google', 'TikTok', 'Snapchat', 'Pinterest', 'LinkedIn', 'Twitter', 'social media', 'apps', 'integration'],
    ...['own purposes', 'independent controller', 'separate controller', 'controllers in their own', 'own privacy polic'],
    ...['responsible part'],
  ),
);

/** Roles of recipients outside the site that get data for their own part (NAMED_RECIPIENTS, RECIPIENT_ROLE). */
const ROLES = [
  ...['restaurant', 'restaurants', 'merchant', 'merchants', 'seller', 'sellers', 'retailer', 'retailers', 'store', 'stores'],
  ...['school', 'schools', 'landlord', 'landlords', 'employer', 'employers', 'recruiter', 'recruiters', 'insurer', 'insurers'],
  ...['lender', 'lenders', 'researcher', 'researchers', 'university', 'universities', 'hospital', 'hospitals', 'doctor', 'GP'],
  ...['pharmacy', 'pharmacies', 'pharmacist', 'bank', 'banks', 'brokers', 'insurance brokers', 'reinsurers', 'hotels'],
  ...['airlines', 'credit reference agencies', 'credit reporting agencies', 'credit bureaus', 'fraud prevention agencies'],
  ...['insurance company', 'insurance companies', 'insurance provider', 'insurance providers', 'health plan', 'health plans'],
  ...['co-investigators', 'investigators', 'collaborators', 'research partners'],
  ...['franchisees', 'dealers', 'distributors', 'resellers', 'licensees', 'apps', 'integrations', 'brands'],
  ...['social media platforms', 'social networks'],
];

/**
 * Someone else, by role, as the subject right before a verb (read on the text before it): "employers must [keep]",
 * "your bank may [retain]". Their keeping is theirs, not the site's.
 */
export const ROLE_BEFORE_VERB = concept('ROLE_BEFORE_VERB', `${words(...ROLES)}\\s+(?:\\w+\\s+){0,2}$`);

/**
 * Recipients named by their role, businesses or people outside the site that get data for their own part: the
 * restaurant or seller of an order, employers and recruiters, insurers, lenders, researchers, universities, hospitals,
 * a doctor or pharmacy, landlords, schools. Other companies, for sharing. Not the site's own staff.
 */
export const NAMED_RECIPIENTS = concept(
  'NAMED_RECIPIENTS',
  seq(
    // After "to" or "with": "tell the school first" or "provided by the school" names no recipient.
    words('to', 'with'),
    opt(words('the', 'your', 'our', 'other', 'any')),
    opt(words('partner', 'participating', 'prospective', 'nominated', 'potential')),
    // A kind may come first: "to participating mortgage lenders", "with local hospitals".
    anyOf(
      plainWords(1) +
        words(...ROLES) +
        // A noun after it makes the role a modifier: "to our store hours", "with your school holidays".
        notFollowedBy(
          ` ${words('hours', 'holidays', 'opening', 'location', 'locations', 'app', 'website', 'page', 'policy', 'card', 'account')}`,
        ),
    ),
  ),
);

/**
 * A recipient's role as the subject of a verb that comes after it: "Insurance brokers and reinsurers may receive your
 * claim details". Only read before a RECIPIENT_FIRST_VERB.
 */
export const RECIPIENT_ROLE = concept('RECIPIENT_ROLE', words(...ROLES));

/**
 * A list item that opens on a recipient's role, perhaps after one modifier: "- other airlines operating flights under
 * codeshare", "- participating insurers". Not a role word later in the item ("- our hosting provider, which stores the
 * data": "stores" is a verb there).
 */
export const ROLE_ITEM = concept(
  'ROLE_ITEM',
  String.raw`^\s*(?:[-–•*]\s*)?(?:(?:other|our|the|your|any|certain|selected|participating)\s+)?(?:[\w-]+\s+)?` + words(...ROLES),
);

/**
 * The site's own group as recipients: affiliates, subsidiaries, a parent company, "companies in our group", "hotels
 * in our group". Another company for sharing, though under common ownership.
 */
export const AFFILIATES = concept(
  'AFFILIATES',
  anyOf(
    words('affiliate', 'affiliates', 'subsidiaries', 'parent company', 'related companies', 'group companies', 'sister companies'),
    seq(words('affiliated'), words('companies', 'entities')),
    seq(opt(words('our', 'the')), words('family of companies')),
    seq(words('in', 'within', 'of', 'across', 'with', 'to'), words('our', 'the'), opt(words('corporate')), words('group')),
  ),
);

/** Partners as recipients: business, trusted or selected partners, co-branding partners, sponsors, joint ventures. */
export const PARTNERS = concept(
  'PARTNERS',
  anyOf(
    seq(opt(words('business', 'trusted', 'select', 'selected', 'strategic', 'our')), words('partner', 'partners')),
    stems('co-brand', 'cobrand'),
    words('sponsor', 'sponsors', 'joint venture', 'joint ventures'),
  ),
);

/**
 * A heading about who receives the data: "How we share information", "Disclosures", "Who gets your information?",
 * "Who receives information", "Who else sees it", "Recipients of your data". A list item under it names a recipient.
 */
export const RECIPIENTS_HEADING = concept(
  'RECIPIENTS_HEADING',
  anyOf(
    stems('shar', 'disclos', 'recipient', 'releas'),
    seq(words('who', 'whom'), opt(words('else')), words('gets', 'get', 'receives', 'receive', 'sees', 'see', 'has access', 'can see')),
    seq(words('who'), words('we', 'do we'), words('give', 'pass', 'send', 'hand'), opt(words('it', 'them', 'your')), gap(2), words('to')),
  ),
);

/**
 * Japan's "joint use" of personal data (APPI): group companies or partners named as joint users, each using the data
 * for its own part: "The Company jointly uses personal data as follows", "the joint users set out in Article 6".
 */
export const JOINT_USE = concept(
  'JOINT_USE',
  anyOf(seq(words('jointly'), words('use', 'uses', 'used')), words('joint use', 'joint users', 'used jointly', 'use it jointly')),
);

/**
 * A heading about the reader's requests, where "disclosure" is what the reader asks for: "Requests for Disclosure and
 * Other Requests", "Disclosure requests", "Your right to disclosure". No recipients are listed under it.
 */
export const DISCLOSURE_REQUEST_HEADING = concept(
  'DISCLOSURE_REQUEST_HEADING',
  anyOf(
    seq(stems('request'), words('for'), opt(words('the')), stems('disclos')),
    seq(stems('disclos'), words('request', 'requests')),
    seq(words('right', 'rights'), words('to'), stems('disclos')),
  ),
);

/**
 * A list of recipients announced as such: "Recipients may include your GP, the pharmacy you nominate…", "the
 * recipients are:". It shares without a sharing verb.
 */
export const RECIPIENTS_INCLUDE = concept(
  'RECIPIENTS_INCLUDE',
  seq(words('recipients'), opt(seq(words('of'), gap(3))), opt(words('may', 'can', 'could', 'will')), words('include', 'includes', 'are')),
);

/**
 * Recipients bound to work only for the site: "these providers may only use your data to do work for us", "they
 * process it only on our instructions". Naming a provider, it says the provider receives the data, and no more.
 */
export const ONLY_FOR_US = concept(
  'ONLY_FOR_US',
  anyOf(
    seq(
      words('only'),
      words('use', 'process', 'access', 'handle'),
      // "can only use your information to do their job for us".
      gap(6),
      words(
        'for us',
        'on our behalf',
        'on behalf of us',
        'to do work for us',
        'to provide services to us',
        'on our instructions',
        'for our purposes',
      ),
    ),
    seq(words('only'), words('on our behalf', 'on our instructions', 'under our instructions', 'as we instruct', 'to do work for us')),
    // "Outside companies receive data only where they work for us under a data processing agreement".
    seq(
      words('only where', 'only when', 'only if'),
      words('they', 'it'),
      words('work', 'works', 'act', 'acts'),
      words('for us', 'on our behalf'),
    ),
    // "they only act on our instructions".
    seq(
      words('only'),
      words('act', 'acts', 'work', 'works'),
      words('on our instructions', 'on our behalf', 'under our instructions', 'for us'),
    ),
    // "contractors and agents who process data on our behalf".
    seq(
      words('who', 'that', 'which'),
      words('process', 'processes', 'handle', 'handles', 'store', 'stores', 'host', 'hosts', 'act', 'acts'),
      gap(3),
      words('on our behalf', 'on our instructions', 'under our instructions'),
    ),
  ),
);

/** Data about a kind of person, for a denial that names no recipient: "we do not share student information". */
export const PEOPLES_DATA = concept(
  'PEOPLES_DATA',
  anyOf(
    stems('personal', 'identif'),
    seq(words('your'), opt(plainWords(1)), words('information', 'data')),
    seq(
      words(
        'student',
        'students',
        "student's",
        'customer',
        'customers',
        "customer's",
        'member',
        'members',
        'user',
        'users',
        "user's",
        'patient',
        'patients',
        "patient's",
        'client',
        'clients',
        'account',
        "children's",
        "child's",
        'donor',
        'donors',
      ),
      opt(words('personal')),
      words('information', 'data', 'details', 'records'),
    ),
  ),
);

/** A provider named by its role, with no "service" before it: "these providers", "our processors", "vendors". */
export const PROVIDER_NOUN = concept(
  'PROVIDER_NOUN',
  anyOf(
    stems('provider', 'processor', 'vendor', 'contractor', 'subprocessor'),
    words('mailing service', 'email service', 'e-mail service', 'website host', 'web host', 'hosting company', 'software company'),
  ),
);

/**
 * A verb of giving whose object is the company's product, not data: "provides cloud software for payroll and HR
 * records to employers", "we provide our services to businesses". Read at a sharing verb.
 */
export const GIVES_A_PRODUCT = concept(
  'GIVES_A_PRODUCT',
  '^' +
    seq(
      words('provide', 'provides', 'provided', 'providing', 'offer', 'offers', 'sell', 'sells'),
      gap(2),
      words('software', 'service', 'services', 'platform', 'platforms', 'tools', 'products', 'solutions', 'app', 'apps'),
    ),
);

/**
 * The site naming the providers it uses, with no verb of giving: "We use third-party service providers, such as
 * Stripe and AWS, to process payments", "we engage contractors", "we work with vendors". They hold data for the site.
 */
export const PROVIDERS_ENGAGED = concept(
  'PROVIDERS_ENGAGED',
  seq(
    words('we', 'we also'),
    opt(words('may')),
    words('use', 'engage', 'employ', 'retain', 'rely on', 'work with', 'hire'),
    // "a handful of other companies".
    gap(4),
    anyOf(
      stems('provider', 'processor', 'vendor', 'contractor', 'subprocessor', 'sub-processor'),
      words('website host', 'software company'),
      // Companies named by the work they do for the site: "a few other companies to run the shop".
      seq(
        words('companies', 'businesses', 'firms', 'organisations', 'organizations'),
        opt(words('that', 'who', 'which')),
        opt(words('to')),
        opt(words('help us', 'help')),
        words('run', 'runs', 'operate', 'operates', 'host', 'hosts', 'support', 'supports', 'process', 'processes'),
      ),
    ),
  ),
);

/**
 * More verbs of giving data, in the words of translated or formal policies (SHARE_VERB's second half, read with it):
 * "Personal data may be communicated to the following recipients", "we forward your booking to the hotel",
 * "disclosed or transmitted to", "sent to our partners".
 */
export const SHARE_VERB_FORMAL = concept(
  'SHARE_VERB_FORMAL',
  anyOf(
    seq(
      words(
        'communicate',
        'communicates',
        'communicated',
        'forward',
        'forwards',
        'forwarded',
        'transmit',
        'transmits',
        'transmitted',
        'sent',
      ),
      gap(6),
      words('to'),
    ),
    // "we upload the e-mail addresses … of people who have contacted us, in hashed form, to Meta and Google".
    seq(words('upload', 'uploads', 'uploaded'), gap(16), words('to')),
    // "we send your details to up to four partner brokerages": the user's data, named, sent on.
    seq(words('send', 'sends'), words('your'), gap(2), words('details', 'information', 'data', 'request', 'application'), words('to')),
    // The recipient first, then what it gets: "We send advertising platforms such as Meta and Google an encrypted
    // version of your e-mail address" (not "we send you your receipt").
    seq(
      words('send', 'sends') + notFollowedBy(` ${words('you', 'us')}`),
      gap(8),
      opt(words('a', 'an')),
      opt(words('encrypted', 'hashed', 'pseudonymised', 'pseudonymized')),
      opt(words('version of', 'copy of', 'list of')),
      words('your'),
    ),
  ),
);

/** A lead announcing its recipients below: "to the following recipients", "with these categories of third parties". */
export const RECIPIENTS_AHEAD = concept(
  'RECIPIENTS_AHEAD',
  seq(
    words('following', 'these', 'below'),
    opt(words('categories of', 'types of')),
    words('recipients', 'third parties', 'parties', 'organisations', 'organizations', 'companies', 'entities'),
  ),
);

/**
 * An ad platform named as a recipient, with ads as the purpose: "to Facebook and Google so that they can show you
 * ads", "hashed emails with social media platforms to show you relevant advertising". A platform named alone
 * ("payment processors Apple, Google and Stripe") is no advertiser.
 */
export const AD_PLATFORM_FOR_ADS = concept(
  'AD_PLATFORM_FOR_ADS',
  nearEither(
    words(
      'Facebook',
      'Meta Platforms',
      'Meta',
      'Google',
      'TikTok',
      'Snapchat',
      'Pinterest',
      'LinkedIn',
      'Twitter',
      'social media platforms',
      'social networks',
    ),
    words('ads', 'advertising', 'advertisements', 'adverts', 'ad campaigns'),
    80,
  ),
);

/** The user as the one who gives, in the words just before a sharing verb ("you may [share] content with friends", "information you [provide] to us"): not the site's sharing. */
export const USER_GIVES_BEFORE = concept(
  'USER_GIVES_BEFORE',
  String.raw`\b(?:you|users?|visitors?|members?)\s+(?:\w+\s+){0,3}$|\b(?:that|which|information|data) you\s+(?:\w+\s+){0,2}$|\b(?:with|to) us\b`,
);

/** A matched verb that is one of selling ("sell", "rented", "sold"): denying a sale is the selling practice's business, a sharing denial needs a sharing verb. Unlike SALE_VERB, it reads one verb already found. */
export const SALE_VERB_OPENS = concept('SALE_VERB_OPENS', String.raw`^(?:rent|sell|sold)`);

/** The site putting cookies on your computer is tracking, not sharing: "we may send a cookie to your browser". */
export const TO_USER_DEVICE = concept('TO_USER_DEVICE', String.raw`\bto your (?:computer|device|browser|hard drive|mobile)`);

/** A negation word anywhere: a sentence naming no recipient may still deny sharing. Narrower than NEGATOR, which also reads "dont", "wont" and the like without an apostrophe. */
export const NEGATION_HINT = concept('NEGATION_HINT', String.raw`\b(?:not|never|no|neither|nor|cannot|without)\b|n[’']t\b`);

/** A sentence that leads into a list ("the following", "described below", ends in a colon): the items say more. Wider than COLON_LEAD, which is the colon alone. */
export const LEADS_INTO_LIST = concept('LEADS_INTO_LIST', String.raw`(?:described|set out|listed) (?:below|in this)|following|:\s*$`);
