import { anyOf, concept, opt, gap, seq, stems, words } from './build';
import { notFollowedBy, plainWords } from './phrase-parts';
import { tight, wordGap } from './strict';

/** The verbs (and noun) of a sale or its look-alikes: "sell", "rent", "lease", "trade", "swap", "monetize", "sale". */
export const SALE_VERB = concept(
  'SALE_VERB',
  words(
    'sell',
    'sells',
    'selling',
    'sold',
    'rent',
    'rents',
    'renting',
    'rented',
    'lease',
    'leases',
    'leasing',
    'leased',
    'swap',
    'swaps',
    'barter',
    'trade',
    'trades',
    'trading',
    'traded',
    'exchange',
    'exchanges',
    'exchanged',
    'monetize',
    'monetizes',
    'monetizing',
    // British spelling.
    'monetise',
    'monetises',
    'monetising',
    'sale',
  ),
);

/** What is sold when a sale is a data practice: information about people, their contacts, lists of them, cookies. */
export const SOLD_DATA = concept(
  'SOLD_DATA',
  words(
    'personal',
    'personally',
    'information',
    'info',
    'data',
    'details',
    'email',
    'emails',
    'e-mail',
    'e-mails',
    'cookies',
    'list',
    'lists',
    'addresses',
    'names',
    'contact',
    'profile',
    'profiles',
    'records',
    'PII',
    // One person's contact points: "make your name and postal address available ... for a fee".
    'postal address',
    'mailing address',
    'home address',
    'email address',
    'e-mail address',
    'phone number',
    'telephone number',
  ),
);

/** "sell all or part of our business": the company's own sale (also a corporate transaction, subjects.ts). */
export const SALE_OF_A_COMPANY = [
  words('sell', 'sells', 'sold', 'selling'),
  words('all', 'part', 'some', 'any', 'substantially all', 'a portion'),
  opt(words('or part', 'or substantially all', 'or a portion', 'or some')),
  opt(words('of')),
  words('our', 'its', 'the', 'their'),
  words('business', 'company', 'assets', 'stock', 'shares'),
];

/**
 * A sale of the company or its parts (merger, acquisition, bankruptcy, "if our business is sold"): data changes
 * hands with the business, which is no data sale. Narrower than CORPORATE_TRANSACTION (no buyer, no financing).
 */
export const CORPORATE_SALE = concept(
  'CORPORATE_SALE',
  anyOf(
    words(
      'merger',
      'merge',
      'merges',
      'merged',
      'acquisition',
      'acquired',
      'acquire',
      'bankruptcy',
      'reorganization',
      'reorganisation',
      'insolvency',
      'substantially all',
      'assets',
      'change of control',
      'change in control',
      'successor',
      'divestiture',
      'business transfer',
      'sale of the company',
    ),
    seq(
      words('business', 'company', 'division', 'site', 'sites', 'website', 'websites', 'service', 'services', 'unit'),
      // "our business or any part of it is sold": a few words after "or".
      opt(`${words('or')} [\\w ]{1,30}`),
      // "our company may be sold": a modal before the verb.
      opt(words('may', 'might', 'could', 'will', 'would', 'should', 'ever')),
      words('is', 'are', 'was', 'were', 'be', 'being'),
      words('sold', 'acquired', 'transferred'),
    ),
    seq(
      words('sale of'),
      words('all', 'the', 'our', 'a'),
      opt(words('or', 'or a')),
      words('part', 'portion', 'business', 'company', 'assets', 'division', 'stock'),
    ),
    seq(...SALE_OF_A_COMPANY),
    // "a buyer of our business, if Secondlife is sold": the buyer named as the business's.
    seq(
      words('buyer', 'buyers', 'purchaser', 'purchasers', 'acquirer'),
      words('of'),
      words('our', 'the', 'its'),
      words('business', 'company', 'assets'),
    ),
    // "if we sell our newsletter business": the business sold whole, one word may name it (not "our products to business").
    tight(
      words('sell', 'sells', 'sold', 'selling'),
      words('our', 'its', 'the', 'this'),
      wordGap(1),
      words('business', 'company', 'division', 'unit', 'subsidiary', 'brand', 'operations'),
    ),
    // A lender's debts or contracts change hands: "the Company may assign, transfer or sell its rights under a Credit
    // Agreement", "we may sell your loan to another lender". The data follows the debt; nobody pays for the data.
    tight(
      words('sell', 'sells', 'sold', 'selling', 'sale of'),
      words('our', 'its', 'the', 'this', 'your', 'a'),
      wordGap(1),
      words('rights', 'loan', 'loans', 'debt', 'debts', 'receivables', 'mortgage', 'credit agreement', 'loan agreement', 'portfolio'),
    ),
  ),
);

const PRODUCTS = ['product', 'products', 'goods', 'merchandise', 'ticket', 'tickets', 'services', 'items'];
/** Goods a shop sells beside its products: "sell you books", "cars sold through our dealers". */
const WARES = [
  'books',
  'e-books',
  'ebooks',
  'audiobooks',
  'vehicles',
  'cars',
  'meals',
  'groceries',
  'prints',
  'courses',
  'insurance',
  'property',
  'properties',
  'house',
  'houses',
  'home',
  'homes',
  // "authorised to sell foreign currency and travel cards".
  'currency',
  'foreign currency',
  'travel cards',
  'gift cards',
];

/** Commerce, not data: "we sell products", "tickets sold through", "sales team", "point of sale". */
export const PRODUCT_SALE = concept(
  'PRODUCT_SALE',
  anyOf(
    // "the sale of your goods", "dealers who sell and install SentryNest systems": a thing sold, perhaps named by its brand.
    seq(
      words('sell', 'sold', 'sale of'),
      opt(words('your', 'the', 'our', 'and install')),
      opt('[A-Z][\\w-]+'),
      words(...PRODUCTS, ...WARES, 'subscriptions', 'advertising', 'ads', 'ad space', 'systems', 'devices', 'equipment', 'hardware'),
    ),
    `${words(...PRODUCTS, ...WARES)} ${plainWords(2)}${words('sold', 'sell')}`,
    // "conduct a sale or disposal of goods left in default".
    seq(words('sale'), words('or', 'and'), '\\w+', words('of'), opt(words('the', 'your', 'any')), words(...PRODUCTS, ...WARES)),
    words(
      'point of sale',
      'sales tax',
      'sales taxes',
      'for sale',
      'memorandum of sale',
      'bill of sale',
      'contract of sale',
      'deed of sale',
    ),
    // A sale of things named before it: "share sale details", "a property sale", "the car sales team".
    seq(
      words('share', 'shares', 'property', 'house', 'home', 'car', 'vehicle', 'garage', 'yard', 'clearance', 'ticket'),
      words('sale', 'sales'),
    ),
    seq(
      words('sale', 'sales'),
      anyOf(words('team', 'representative', 'representatives', 'department', 'promotion', 'promotions'), stems('inquir')),
    ),
  ),
);

/** Goods PRODUCTS and WARES do not name: rights and tokens (permits, licences, an app's coins), farm goods. */
const RIGHTS_AS_GOODS = [
  ...['permit', 'permits', 'licence', 'licences', 'license', 'licenses', 'coins', 'credits', 'vouchers'],
  ...['stock', 'livestock', 'cattle', 'sheep', 'animals', 'produce', 'crops', 'grain', 'wine', 'wines'],
];

/**
 * Commerce PRODUCT_SALE does not name: an app sold in shops ("TrailNest Plus is sold through the Apple App Store"),
 * rights, tokens and farm goods sold ("sells fishing permits", "the year in which the licence was sold", "sale of coins",
 * "weighing and selling stock").
 */
export const WARES_SOLD = concept(
  'WARES_SOLD',
  anyOf(
    seq(
      words('sold', 'sell', 'sells'),
      words('through', 'via', 'in', 'on', 'at'),
      opt(words('the')),
      words(
        'App Store',
        'Apple App Store',
        'Google Play',
        'app stores',
        'stores',
        'shops',
        'retailers',
        'resellers',
        'pharmacies',
        'supermarkets',
      ),
    ),
    seq(words('sell', 'sells', 'selling', 'sold', 'sale of'), opt(words('your', 'the', 'our')), wordGap(1), words(...RIGHTS_AS_GOODS)),
    `${words(...RIGHTS_AS_GOODS)} ${plainWords(2)}${words('sold')}`,
  ),
);

/**
 * A sale verb whose object, within two words, is a product ("sell ad space", "selling gift cards", "sell and deliver
 * your tickets"), or the user ("sell you books"): commerce, not data (text starts at the verb).
 */
export const SELLS_PRODUCT = concept(
  'SELLS_PRODUCT',
  `^${anyOf(
    // Selling to the user is commerce: "which books we are allowed to sell you", "products sold to you".
    seq(words('sell', 'sells', 'selling', 'sold'), words('you', 'to you')),
    seq(
      words('sell', 'sells', 'selling', 'sold'),
      // "sell and deliver your tickets": a second verb may share the object.
      opt(seq(words('and', 'or'), '\\w+')),
      gap(2),
      words(
        ...WARES,
        'product',
        'products',
        'goods',
        'merchandise',
        'ticket',
        'tickets',
        'items',
        'subscription',
        'subscriptions',
        'gift card',
        'gift cards',
        'advertising',
        'ads',
        'ad space',
        'ad inventory',
        'membership',
        'memberships',
      ),
    ),
  )}`,
);

/** One more item of a list, "share," or a conjunction: "sell, share, or rent". */
const LIST_STEP = anyOf(words('or', 'and'), '\\w+,');

/** Rent, lease, trade in a list with sell or share, where they mean a sale: "sell, rent or trade", "rent or sell". */
export const SALE_IN_LIST = concept(
  'SALE_IN_LIST',
  anyOf(
    seq(
      words('sell', 'sold', 'share', 'shared', 'disclose', 'disclosed'),
      opt(LIST_STEP),
      opt(LIST_STEP),
      stems('rent', 'lease', 'trade', 'swap', 'exchange'),
    ),
    seq(stems('rent', 'lease', 'trade', 'swap', 'exchange'), opt(words('or', 'and')), stems('sell', 'sold', 'share')),
  ),
);

/**
 * The words that may make a sentence about selling: sale verbs, CPRA "sharing" (cross-context advertising), money
 * for data, and a quoted "share" (classing a disclosure as a "sharing"). A cheap filter before the judge.
 */
export const SALE_TOPIC = concept(
  'SALE_TOPIC',
  anyOf(
    `["“'‘]${words('share', 'shared', 'sharing')}`,
    // The words in a group of their own, so their one word boundary is tested once per position.
    anyOf(
      SALE_VERB.source,
      words('monetized', 'cross-context', 'fee', 'fees', 'money', 'payment', 'payments', 'revenue', 'paid', 'pay', 'pays', 'consideration'),
      stems('remunerat', 'commission'),
      words('license', 'licence', 'licenses', 'licences', 'sublicense', 'licensing'),
      stems('compensat'),
      words('data broker', 'data brokers'),
      // "Your data is not our product": data denied as merchandise.
      seq(words('not', 'never'), gap(5), words('product', 'products', 'commodity')),
    ),
  ),
);

/**
 * Data said not to be for sale, a denial without a sale verb: "Your personal information is not for sale",
 * "we will never put your data up for sale".
 */
export const NOT_FOR_SALE = concept(
  'NOT_FOR_SALE',
  anyOf(
    seq(words('information', 'data', 'details'), words('is', 'are'), words('not', 'never'), opt(words('up')), words('for sale')),
    seq(words('never', 'not'), words('put', 'offer', 'place'), gap(4), words('up for sale', 'for sale')),
    // "Your personal information is not, and never will be, a product that we offer": data denied as merchandise.
    seq(words('information', 'data'), words('is', 'are'), words('not', 'never'), gap(5), words('product', 'products', 'commodity')),
    // "Your information is not something we trade": the sale verb after a new subject, denied before it.
    seq(
      words('information', 'data', 'details'),
      words('is', 'are'),
      words('not', 'never'),
      words('something', 'a thing', 'an asset'),
      words('we'),
      opt(words('will', 'would', 'ever')),
      // "… we trade for money" is the payment rule's (PAID_FOR_DATA and kin).
      words('sell', 'trade', 'rent', 'monetize', 'monetise') + notFollowedBy(` ${words('for')}`),
    ),
    // Money from data denied: "We don't make money from your data", "we never profit from your information".
    seq(
      words('do not', "don't", 'don’t', 'never', 'will not', "won't", 'won’t'),
      words('make money', 'earn money', 'profit', 'earn revenue'),
      words('from', 'off', 'on'),
      opt(words('your', 'the', 'any')),
      opt(words('personal')),
      words('information', 'data', 'details'),
    ),
  ),
);

/** The site names itself a data broker: "We are a data broker registered in California and Vermont". It sells data. */
export const SELF_DECLARED_BROKER = concept(
  'SELF_DECLARED_BROKER',
  seq(
    words('we are', "we're", 'we’re', 'is'),
    opt(words('a', 'an')),
    opt(words('registered', 'licensed')),
    words('data broker', 'data brokers', 'consumer data broker'),
  ),
);

/**
 * Paid by someone else for data, the payer named: "we are paid by advertisers for the personal information we
 * provide", "advertisers pay us for information". A sale whatever the verb (PAID_FOR_DATA has the payer unnamed).
 */
export const PAID_BY_OTHERS_FOR_DATA = concept(
  'PAID_BY_OTHERS_FOR_DATA',
  anyOf(
    seq(
      words('we'),
      opt(words('may', 'might', 'can', 'will', 'are', 'also', 'are not', 'are never', 'will not', 'do not')),
      opt(words('be', 'get')),
      words('paid', 'compensated', 'remunerated'),
      words('by'),
      gap(3),
      words('for'),
      gap(3),
      words('information', 'data', 'details'),
    ),
    seq(
      anyOf(stems('advertiser', 'partner', 'third part', 'compan', 'broker', 'marketer', 'client', 'customer'), words('others', 'they')),
      opt(words('may', 'might', 'can', 'will', 'do', 'also', 'do not', 'does not', 'never')),
      words('pay', 'pays', 'compensate', 'compensates', 'remunerate', 'remunerates'),
      words('us'),
      words('for'),
      // "for access to the marketing lists we compile"
      gap(4),
      words('information', 'data', 'details', 'lists', 'list', 'profiles', 'records'),
    ),
    // "We receive money from data brokers in exchange for your personal information": the data itself is paid for.
    seq(
      words('we'),
      opt(words('may', 'might', 'can', 'will', 'also', 'do not', 'never', 'sometimes')),
      words('receive', 'get', 'earn', 'make'),
      words('money', 'payment', 'payments', 'compensation', 'revenue', 'fees'),
      gap(6),
      words('for'),
      opt(words('your', 'the', 'such', 'this', 'that', 'any')),
      opt(words('personal', 'customer', 'user', 'contact')),
      words('information', 'data', 'details'),
    ),
    // "We receive compensation from partners to whom we provide your contact details": the payer gets the data.
    seq(
      words('we'),
      opt(words('may', 'might', 'can', 'will', 'also', 'do not', 'never', 'sometimes')),
      words('receive', 'get', 'earn'),
      words('money', 'payment', 'payments', 'compensation', 'revenue', 'fees'),
      words('from'),
      gap(3),
      words('to whom', 'with whom'),
      words('we'),
      opt(words('may', 'might', 'also')),
      words('provide', 'give', 'disclose', 'pass', 'share', 'supply', 'transfer'),
      gap(3),
      words('information', 'data', 'details', 'lists', 'profiles', 'records'),
    ),
  ),
);

/**
 * A fee for each lead the site passes on: "Partner brokers pay CoverCompass a fee for each quote request we send
 * them", "lenders pay us a referral fee per application". The user's request is what is paid for: a sale of it.
 */
export const PAID_PER_LEAD = concept(
  'PAID_PER_LEAD',
  anyOf(
    // "Cargão receives remuneration from these partners for the commercial leads generated".
    seq(
      words('receive', 'receives', 'earn', 'earns', 'get', 'gets'),
      words('remuneration', 'compensation', 'a fee', 'fees', 'a commission', 'commissions', 'payment', 'payments'),
      gap(4),
      words('for'),
      gap(2),
      words('lead', 'leads', 'referral', 'referrals', 'introduction', 'introductions'),
    ),
    seq(
      anyOf(stems('advertiser', 'partner', 'broker', 'lender', 'insurer', 'compan', 'client', 'provider', 'dealer'), words('they')),
      opt(words('may', 'might', 'will', 'do', 'also', 'do not', 'does not', 'never')),
      words('pay', 'pays'),
      gap(2),
      opt(words('a', 'an')),
      words('fee', 'fees', 'commission', 'commissions', 'referral fee', 'referral fees'),
      words('for each', 'for every', 'per'),
      opt(words('quote', 'loan', 'insurance', 'customer')),
      words(
        'request',
        'requests',
        'lead',
        'leads',
        'referral',
        'referrals',
        'introduction',
        'introductions',
        'application',
        'applications',
      ),
    ),
  ),
);

/** Paid when the data is shared: "We may receive compensation when we share your contact details with lenders". */
export const PAID_WHEN_SHARING = concept(
  'PAID_WHEN_SHARING',
  seq(
    words('we'),
    opt(words('may', 'might', 'can', 'will', 'also', 'do not', 'never', 'sometimes')),
    words('receive', 'get', 'earn'),
    words('money', 'payment', 'payments', 'compensation', 'revenue', 'fees', 'a fee'),
    words('when', 'if', 'whenever'),
    words('we'),
    words('share', 'disclose', 'provide', 'pass', 'refer', 'transfer'),
    gap(3),
    words('information', 'data', 'details', 'lists', 'profiles', 'records'),
  ),
);

/**
 * What follows a sale verb to deny it, the sale named first: "Selling your data is not something we do", "... would
 * go against everything we stand for, and we never do it", "... is contrary to our values", "... is not part of our
 * business". Read from the verb to the end of its clause.
 */
export const SALE_DENIED_AFTER = concept(
  'SALE_DENIED_AFTER',
  anyOf(
    seq(words('is', 'are'), words('not', 'never'), words('something', 'a practice', 'part of', 'what', 'how')),
    seq(opt(words('would', 'will', 'does', 'do')), words('go against', 'goes against', 'run counter to', 'runs counter to')),
    seq(words('is', 'are', 'would be'), words('contrary to', 'against')),
    seq(words('we'), words('never', 'do not', "don't", 'don’t', 'will not', "won't", 'won’t'), words('do it', 'do that', 'do so')),
  ),
);

/** What is licensed out: data, profiles, records, lists, segments. */
const LICENSED_DATA = words('information', 'data', 'profiles', 'records', 'lists', 'details', 'segments', 'datasets', 'data sets');
/** Who it is licensed to: other businesses, by kind. */
const LICENSEES = seq(
  words('to'),
  gap(2),
  stems(
    'marketer',
    'advertiser',
    'insurer',
    'third part',
    'compan',
    'business',
    'brand',
    'client',
    'partner',
    'broker',
    'lender',
    'researcher',
  ),
);

/**
 * Data licensed out to other businesses, a sale by another name: "We license consumer profiles compiled from public
 * records to marketers", "we may license your data to partners", "revenue from licensing datasets to insurers",
 * "we earn money by licensing our data". Not data licensed from others, nor a licence the user grants ("you grant us
 * a license to use the content"), nor software or content licensed out.
 */
export const DATA_LICENSED_OUT = concept(
  'DATA_LICENSED_OUT',
  anyOf(
    seq(
      words('we'),
      opt(words('may', 'might', 'can', 'also', 'will', 'do not', 'never', 'will not', 'may also')),
      words('license', 'licence', 'licenses', 'licences', 'sublicense'),
      gap(3),
      LICENSED_DATA,
      gap(5),
      LICENSEES,
    ),
    // The act named as a noun: "licensing (of) datasets to insurers".
    seq(words('licensing', 'sublicensing'), opt(words('of')), gap(3), LICENSED_DATA, gap(5), LICENSEES),
    // Licensing as what the business lives on, the licensee unnamed: "our revenue comes from licensing datasets".
    seq(words('revenue', 'income', 'money', 'earn', 'earns'), gap(3), words('from', 'by'), words('licensing'), gap(3), LICENSED_DATA),
  ),
);

/** For money, whatever the verb: "for a fee", "for monetary consideration", "in exchange for payment". */
export const MONEY_FOR_DATA = concept(
  'MONEY_FOR_DATA',
  anyOf(
    seq(
      words('for'),
      words('a fee', 'money', 'payment', 'compensation', 'monetary consideration', 'valuable consideration', 'financial consideration'),
    ),
    seq(words('in exchange', 'in return'), words('for'), words('money', 'payment', 'compensation', 'a fee')),
    // "available to our customers against payment", "for a subscription fee".
    seq(words('against'), words('payment', 'a fee', 'a charge')) +
      notFollowedBy(` ${words('fraud', 'card', 'cards', 'details', 'processing')}`),
    seq(words('for'), words('a', 'an'), words('subscription', 'licence', 'license', 'annual', 'monthly'), words('fee', 'fees')),
    // The CCPA's wording: "in exchange for monetary or other valuable consideration".
    seq(words('for'), words('monetary or other', 'money or other'), words('valuable consideration', 'consideration')),
    // Value other than money: "for any benefit", "in exchange for promotional services", "for something of value".
    seq(
      words('for', 'in exchange for', 'in return for'),
      opt(words('any', 'a', 'some')),
      words(
        'benefit',
        'benefits',
        'anything of value',
        'anything else of value',
        'something of value',
        'promotional services',
        'discounts',
      ),
    ),
  ),
);

/** Data said to be no one's: "we may sell aggregated information", "de-identified data". Unlike NOT_PERSONAL_DATA (and ANONYMOUS_DATA), the data word may come anywhere later in the sentence. */
export const DATA_SAID_NO_ONES = concept(
  'DATA_SAID_NO_ONES',
  String.raw`\b(?:aggregate[d]?|de-?identified|anonymi[sz]ed|non-?personal(?:ly)?(?: identifiable)?)\b[^.]*\b(?:information|data)\b`,
);

/** A proviso that the data sold names no one: "information that does not personally identify you", "non-personally". */
export const DOES_NOT_IDENTIFY_YOU = concept(
  'DOES_NOT_IDENTIFY_YOU',
  String.raw`\b(?:does|do|will) not (?:personally )?identify you\b|\bnon-?personally\b`,
);

/** CCPA's link name, in the user's voice ("Do Not Sell My Personal Information"): a site that shows it may sell or "share" data. */
export const DO_NOT_SELL_LINK = concept(
  'DO_NOT_SELL_LINK',
  String.raw`\bdo not sell (?:or share )?my (?:personal )?(?:information|info|data)\b`,
);

/** CPRA "sharing": disclosure for cross-context behavioral advertising, which the law treats like a sale. */
export const CCPA_SHARING = concept(
  'CCPA_SHARING',
  String.raw`\b(?:["“'‘]shar(?:e|es|ed|ing)["”'’]|shar(?:e|es|ed|ing))\b(?=[^.]{0,120}\bcross[- ]context behaviou?ral advertising\b)`,
);

/** A verb of handing data over, for a disclosure made for money: "make your contact details available ... for a fee". Wider than DISCLOSED_FIRST by "make ... available", "give", "license", "trade", "exchange"; narrower by "release". */
export const DISCLOSE_FOR_MONEY_VERB = concept(
  'DISCLOSE_FOR_MONEY_VERB',
  String.raw`\b(?:disclose[sd]?|provide[sd]?|make[sd]? (?:\w+ ){0,6}available|share[sd]?|transfer(?:s|red)?|give[sn]?|license[sd]?|trade[sd]?|exchange[sd]?)\b`,
);

/** "Could be considered a 'sale'" or "'sharing'": the policy classes its own disclosures as a sale under the law. */
export const CLASSED_AS_SALE = concept(
  'CLASSED_AS_SALE',
  String.raw`\b(?:considered|deemed|constitutes?|qualif(?:y|ies) as|count as|treated as) (?:an? )?["“'‘]?(?:sale|selling|sold|sharing|shared|share)\b`,
);

/** Terms-of-use duties of the user ("you will not ... sell any content", "you agree not to redistribute") are not the site's data practice. USER_DUTY reads the user as the seller; this reads the terms' own wording. */
export const TERMS_OF_USE_DUTY = concept(
  'TERMS_OF_USE_DUTY',
  String.raw`\b(?:reverse engineer|derivative works?|sublicense|redistribute)\b|\byou (?:will|shall|may|must) not\b|\byou agree (?:not )?to\b`,
);

/** A matched sale verb with other everyday senses (rent a car, trade in, exchange a product): its object must be data, close by. */
export const AMBIGUOUS_SALE_VERB = concept(
  'AMBIGUOUS_SALE_VERB',
  String.raw`^(?:rent|rents|renting|rented|lease|leases|leasing|leased|swap|swaps|barter|trade|trades|trading|traded|exchange|exchanges|exchanged)$`,
);

/** The site's own plain denial, which a "Do Not Sell" link beside it does not turn into a hint of selling. */
export const WE_DO_NOT_SELL = concept('WE_DO_NOT_SELL', String.raw`\bwe (?:do|will) not sell\b`);

/** The word of payment inside a PAID_FOR_DATA (or PAID_BY_OTHERS_FOR_DATA) match: where a negation must stand to deny it. */
export const MONEY_WORD = concept('MONEY_WORD', String.raw`compensat|paid|remunerat|pay|money|revenue|fees`);

/** The licensing verb inside a DATA_LICENSED_OUT match: where a negation must stand to deny it. */
export const LICENSE_WORD = concept('LICENSE_WORD', String.raw`licen[cs]`);

/** Personal data named outright: "sell products ... your personal information" is about data after all. */
export const PERSONAL_DATA_NAMED = concept('PERSONAL_DATA_NAMED', String.raw`\b(?:personal|your) (?:information|data)\b`);

/** "Exchange" as the sale verb: a sale of data only when lists, addresses or names are exchanged (EXCHANGED_LIST). */
export const EXCHANGE_WORD = concept('EXCHANGE_WORD', String.raw`\bexchange`);

/** What an exchange must concern to be a sale of data: mailing lists, addresses, names. */
export const EXCHANGED_LIST = concept('EXCHANGED_LIST', String.raw`\b(?:lists?|addresses|names)\b`);

/** Right before a sale verb (the text ends there), the passive's auxiliary: "may be [sold]", "their data being [sold]". */
export const PASSIVE_BEFORE = concept('PASSIVE_BEFORE', String.raw`\b(?:be|been|being)\s+$`);

/** Right before a verb (the text ends there), an article: the verb is an adjective ("a [rented] rack", "a [leased] line"). */
export const ARTICLE_BEFORE = concept('ARTICLE_BEFORE', String.raw`\b(?:a|an)\s+$`);

/** A sentence that opens with "except": the denial it carries has exceptions. */
export const OPENS_WITH_EXCEPT = concept('OPENS_WITH_EXCEPT', String.raw`^\s*except\b`);

/**
 * A denial placed after the sale verb, in the same clause (the text starts at the verb): "Selling your data is not
 * something we do." SALE_DENIED_AFTER within 80 characters, no full stop or semicolon between.
 */
export const SALE_DENIED_IN_CLAUSE = concept('SALE_DENIED_IN_CLAUSE', `^[^.;]{0,80}?${SALE_DENIED_AFTER.source}`);
