import { anyOf, concept, gap, near, opt, seq, stems, words } from './build';
import { SALE_OF_A_COMPANY } from './sale';

/**
 * An age rule about selling or sharing minors' data (CCPA's opt-in): "we do not sell the personal information of
 * minors under 16 without affirmative authorization". It sets no minimum age for using the service.
 */
export const MINOR_SALE_RULE = concept(
  'MINOR_SALE_RULE',
  anyOf(
    near(
      words('sell', 'sells', 'sold', 'sale', 'selling', 'share', 'sharing'),
      words(
        'affirmative authorization',
        'affirmative permission',
        'affirmative consent',
        'affirmatively authorized',
        'opt in',
        'opt-in',
        'opted in',
      ),
      120,
    ),
    // The opt-in first: "minors between 13 and 16 must opt in before we sell their data".
    near(words('opt in', 'opt-in', 'opted in'), words('sell', 'sells', 'sold', 'sale', 'selling', 'share', 'sharing'), 60),
    near(
      words('sell', 'sells', 'sold', 'sale', 'selling', 'share', 'sharing'),
      seq(
        words('of', 'from', 'about'),
        opt(words('consumers', 'children', 'minors', 'individuals', 'users')),
        words('minors', 'children', 'consumers', 'individuals', 'users', 'anyone', 'persons', 'teens'),
        // "consumers we actually know are under 16": whom the business knows to be minors.
        opt(
          anyOf(
            words('who are'),
            seq(words('we', 'whom we', 'that we'), opt(words('actually')), words('know'), opt(words('are', 'to be'))),
          ),
        ),
        words('under', 'younger than', 'less than', 'between'),
      ),
      80,
    ),
  ),
);

/**
 * An age that limits who may use the service or whose data is collected: "not directed to", "do not knowingly
 * collect", "must be at least", "may not use", "parental consent".
 */
export const AGE_LIMIT_VERB = concept(
  'AGE_LIMIT_VERB',
  anyOf(
    stems(
      'collect',
      'direct',
      'intend',
      'eligib',
      'register',
      'permit',
      'allow',
      'design',
      'target',
      'sign up',
      'create an account',
      'open an account',
      'restrict',
    ),
    words(
      'use',
      'uses',
      'using',
      'access',
      'visit',
      'solicit',
      'knowingly',
      'must be',
      'should be',
      'need to be',
      'have to be',
      'old enough',
      'parental',
      'parent',
      'parents',
      'guardian',
      'consent',
      'do not',
      'please',
      'not for',
      'intended for',
      'meant for',
      'available to',
      'is for',
      'are for',
      'only for',
      'and older',
      'or older',
      'and over',
      'or over',
      'and up',
      'or above',
      'and above',
      'or more',
      'join',
      'adults',
      'adult',
      // "No one under the age of thirteen may provide any information": the people excluded, named as none.
      'no one',
      'nobody',
      'no person',
      // "We require users to be at least 16": the limit said as what one must be.
      'be at least',
      'be over',
    ),
    '\\d\\s*\\+',
  ),
);

/** A minor's legal right to remove what they posted (California's "eraser" law): an age that is not a limit. */
export const MINOR_REMOVAL_RIGHT = concept(
  'MINOR_REMOVAL_RIGHT',
  near(
    seq(words('minors', 'users', 'residents', 'you'), opt(words('under')), '\\d*'),
    near(words('remove', 'removal', 'delete', 'erase'), words('content', 'information', 'posts', 'postings'), 30),
    50,
  ),
);

/** A sale of the company or its assets (merger, acquisition, bankruptcy): a corporate transaction, not a data sale. */
export const CORPORATE_TRANSACTION = concept(
  'CORPORATE_TRANSACTION',
  anyOf(
    stems('merg', 'bankrupt', 'reorgani', 'insolven', 'divest', 'successor', 'receivership'),
    // Data "acquired before the change" is data collected, not a company bought.
    // The boundary first (then the look-behind), so the concept's alternatives still share one leading boundary.
    `\\b(?<!\\b(?:information|data|details|records)\\s)${stems('acqui').slice('\\b'.length)}`,
    words(
      'substantially all',
      'assets',
      'buyer',
      'purchaser',
      'change of control',
      'change in control',
      'business transfer',
      'sale of the company',
      'sale of our business',
      'corporate transaction',
      'financing',
      'sale of all or',
    ),
    seq(
      words('business', 'company', 'division', 'unit', 'site', 'website', 'service', 'brand'),
      opt(words('or assets')),
      words('is', 'are', 'was', 'were', 'be', 'being'),
      words('sold', 'acquired', 'transferred'),
    ),
    seq(...SALE_OF_A_COMPANY),
  ),
);

/** "Sale", "trade" and "exchange" as a noun modifier or a name: "a sale of tickets", "free trade agreements". */
export const NOT_A_DATA_SALE = concept(
  'NOT_A_DATA_SALE',
  anyOf(
    seq(
      words('trade'),
      words(
        'secret',
        'secrets',
        'name',
        'names',
        'mark',
        'marks',
        'show',
        'shows',
        'dress',
        'association',
        'associations',
        'publications',
        'commission',
        'union',
        'unions',
        'agreement',
        'agreements',
        'compliance',
        'sanctions',
        'controls',
        'or business',
        'or line of business',
        'line of business',
      ),
    ),
    seq(words('free', 'fair', 'international', 'foreign'), words('trade')),
    seq(
      words('trading', 'trade'),
      words('information', 'data', 'history', 'activity', 'account', 'accounts', 'platform', 'credit', 'references', 'and business'),
    ),
    // A business's other name or its day: "farm or trading name", "trading as Kauri Farms", "trading hours".
    // Plural after a determiner only: "we are trading names and addresses with other clubs" trades them.
    seq(
      words('a', 'the', 'your', 'our', 'its', 'their', 'or', 'and', 'registered', 'business'),
      words('trading'),
      words('names', 'addresses', 'days'),
    ),
    words('trading name', 'trading address', 'trading hours', 'trading day', 'trading as', 'trading standards'),
    seq(words('exchange'), words('rate', 'rates', 'commission', 'act', 'of letters')),
    words(
      'stock exchange',
      'securities exchange',
      'point of sale',
      'sales tax',
      'for sale',
      'sales team',
      'sales representative',
      'sales representatives',
      'sales department',
      'sales inquiries',
      'bill of sale',
      'trade-in',
      'trade in',
    ),
    seq(
      words('sale', 'sales'),
      words('of'),
      words('tickets', 'products', 'goods', 'merchandise', 'vehicles', 'cars', 'services', 'homes', 'property', 'properties'),
    ),
    // A house, car or property sold: "a home sale or purchase", "your car sale transaction", "property sale records".
    seq(
      words('home', 'house', 'property', 'real estate', 'car', 'vehicle'),
      opt(words('purchase or', 'purchase and')),
      words('sale', 'sales'),
    ),
    // The sale as a transaction or an auction day: "the sale price", "sale transaction", "sale results", "sale day".
    seq(
      words('sale', 'sales'),
      words(
        'price',
        'prices',
        'transaction',
        'transactions',
        'process',
        'records',
        'record',
        'listing',
        'listings',
        'results',
        'result',
        'day',
        'days',
        'date',
        'dates',
        'catalogue',
        'catalogues',
        'catalog',
        'catalogs',
        'yard',
        'yards',
        'ring',
        'proceeds',
        'archive',
        'archives',
      ),
    ),
  ),
);

/**
 * Hosting rented, not data: "servers we rent in a data centre", "hosted on rented servers", "we lease rack space".
 * Blanked out with NOT_A_DATA_SALE before sale verbs are read ("data centre" would pass for the data rented).
 */
export const RENTED_HOSTING = concept(
  'RENTED_HOSTING',
  anyOf(
    seq(
      words('servers', 'server space', 'rack space', 'racks', 'premises', 'offices', 'office space'),
      opt(words('that', 'which')),
      opt(words('we')),
      words('rent', 'rents', 'rented', 'lease', 'leases', 'leased'),
    ),
    seq(
      words('rent', 'rents', 'rented', 'lease', 'leases', 'leased'),
      opt(words('in', 'at', 'from')),
      opt(words('a', 'the')),
      words('data centre', 'data center', 'data centres', 'data centers', 'servers', 'server space', 'rack space'),
    ),
  ),
);

/**
 * A sale as an event or a legal condition, never the site's practice with data: a deal that closes (a house, a
 * business: "if the sale is closed", "after the closing of the sale"), a sale between a marketplace's users ("when a
 * sale goes through, we give the buyer the details"), what a law requires before any sale ("selling consumer health
 * data requires a separate, signed authorization"). Blanked out with NOT_A_DATA_SALE before sale verbs are read.
 */
export const SALE_AS_EVENT = concept(
  'SALE_AS_EVENT',
  anyOf(
    seq(words('sale'), opt(words('is', 'was', 'has', 'has been')), words('closed', 'closes', 'completed', 'completes', 'final')),
    seq(
      words('selling', 'the sale of', 'any sale of'),
      gap(4),
      words('requires', 'require', 'needs'),
      gap(3),
      words('authorization', 'authorisation', 'consent'),
    ),
    seq(words('sale'), words('goes through', 'went through', 'is made', 'is agreed')),
    words('closing of the sale', 'close of the sale', 'close of sale'),
    // The parties of a sale: "agents acting for the vendor or the buyer in a sale".
    seq(
      words('buyer', 'buyers', 'vendor', 'vendors', 'seller', 'sellers', 'bidder', 'bidders'),
      gap(3),
      words('in a sale', 'in the sale', 'of a sale', 'of the sale', 'at a sale', 'at the sale'),
    ),
  ),
);

/** Opting out of a sale: "opt out of targeted advertising and the sale or sharing of personal information". */
export const OPT_OUT_OF_SALE = concept(
  'OPT_OUT_OF_SALE',
  anyOf(
    near(words('opt out', 'opt-out', 'opting out'), words('sale', 'selling', 'sales', 'sold', 'sell'), 60),
    near(words('sale', 'sale/share', 'sales'), words('opt out', 'opt-out'), 12),
  ),
);

/** Paid for data, without a sale verb: "We may be compensated for this information." */
export const PAID_FOR_DATA = concept(
  'PAID_FOR_DATA',
  seq(
    words('we', 'company'),
    opt(words('may', 'might', 'can', 'will', 'are', 'also')),
    opt(words('be', 'get', 'receive')),
    words('compensated', 'paid', 'remunerated', 'compensation', 'payment'),
    words('for'),
    anyOf(
      seq(gap(2), words('information', 'data', 'details', 'leads', 'referrals')),
      // The disclosure just named: "we disclose location data to advertising partners, and we may receive payment for
      // this." Not "payment for this service".
      words('this', 'it', 'that', 'doing so', 'these disclosures', 'such disclosures') + '(?=\\s*(?:[.;)]|$))',
    ),
  ),
);

/** The user as the one who must not sell: terms-of-use duties ("you may not sell content"). */
export const USER_DUTY = concept(
  'USER_DUTY',
  anyOf(
    words('reverse engineer', 'derivative work', 'derivative works', 'sublicense', 'redistribute'),
    seq(
      words('you', 'users', 'user'),
      opt(words('will', 'shall', 'may', 'must', 'agree')),
      words('not', 'agree to', 'agree not to', 'are prohibited from'),
    ),
  ),
);

/** Words that say data identifies no one: "aggregated", "de-identified", "anonymous", "non-personal". */
export const UNIDENTIFYING_WORDS = [
  'aggregate',
  'aggregated',
  'de-identified',
  'deidentified',
  'anonymized',
  'anonymised',
  'anonymous',
  'non-personal',
  'nonpersonal',
];

/** Data that identifies no one: aggregate, de-identified, anonymized, non-personal information. */
export const NOT_PERSONAL_DATA = concept(
  'NOT_PERSONAL_DATA',
  seq(
    words(...UNIDENTIFYING_WORDS, 'non-personally identifiable', 'pseudonymized'),
    opt(words('and', 'or', 'and/or')),
    opt(words('aggregate', 'aggregated', 'de-identified', 'anonymized', 'anonymised', 'anonymous')),
    words('information', 'data', 'statistics', 'form', 'basis'),
  ),
);

/**
 * A browser signal used as the way to opt out: "you may set the Global Privacy Control to opt out of the sale", "we
 * will process that signal as a valid request to opt out".
 */
export const SIGNAL_AS_OPT_OUT = concept(
  'SIGNAL_AS_OPT_OUT',
  anyOf(
    near(
      words('set', 'use', 'enable', 'turn on', 'send', 'transmit', 'transmitting', 'via', 'through', 'using', 'with'),
      seq(words('SIGNAL'), gap(4), words('to opt out', 'as a valid request', 'as an opt out', 'as a request to opt out', 'to exercise')),
      40,
    ),
    seq(
      words('SIGNAL'),
      gap(3),
      words('will be treated', 'is treated', 'will be honored', 'is honored', 'will be honoured'),
      gap(2),
      words('as'),
    ),
    seq(words('treat', 'treats'), gap(3), words('SIGNAL'), gap(2), words('as')),
    // The signal referred back to: "Acme will process that signal as a valid request to opt out".
    seq(
      stems('treat', 'process', 'honor', 'honour', 'accept', 'recogniz', 'recognis'),
      words('that', 'the', 'such', 'this', 'these', 'such a'),
      words('signal', 'signals'),
      words('as'),
      opt(words('a', 'an')),
      opt(words('valid')),
      words('request', 'requests', 'opt out', 'instruction'),
    ),
  ),
);
