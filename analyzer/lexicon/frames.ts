import { anyOf, concept, gap, opt, seq, stems, words } from './build';

/**
 * A description of the reader's rights under a law: "the right to know the categories of personal information we
 * have collected, sold or disclosed", "you may request that we delete...", "Right to Opt Out of Sale". What it lists
 * is what the reader may ask for, not what the site does.
 */
export const RIGHT_DESCRIPTION = concept(
  'RIGHT_DESCRIPTION',
  anyOf(
    seq(
      words('right', 'rights'),
      words('to'),
      opt(words('request', 'ask', 'obtain', 'receive')),
      opt(words('that we', 'us to')),
      words(
        'know',
        'access',
        'delete',
        'deletion',
        'correct',
        'opt out',
        'opt-out',
        'request',
        'obtain',
        'receive',
        'limit',
        'be informed',
        'erasure',
        'erase',
        'portability',
        'non discrimination',
        'disclosure',
        'direct',
        // "the right to confirm whether we collect, share or sell your data", GDPR's object, restrict, withdraw.
        'confirm',
        'object',
        'restrict',
        'withdraw',
        'appeal',
        'rectify',
      ),
    ),
    seq(words('right', 'rights'), words('of'), words('access', 'deletion', 'erasure', 'rectification', 'portability')),
    seq(
      // "A customer may request the Company to notify ..., disclose, correct": translated policies name the person.
      words(
        ...['you', 'consumers', 'residents', 'individuals', 'users', 'customer', 'customers', 'the person concerned'],
        // "A person may request the Company to notify …" (Japan's APPI), "data principals" (India's DPDP).
        ...['person', 'persons', 'member', 'members', 'data subject', 'data subjects', 'data principal', 'data principals'],
      ),
      opt(words('also')),
      words('may', 'can', 'have the right to'),
      opt(words('also')),
      words('request', 'ask us', 'ask', 'submit a request', 'make a request'),
      gap(3),
      words('delete', 'deletion', 'deleted', 'know', 'access', 'disclose', 'correct', 'opt out', 'notify'),
    ),
    seq(words('request', 'requests'), words('to'), words('know', 'delete', 'correct', 'opt out', 'access')),
    seq(words('right'), words('to'), words('know'), words('about')),
  ),
);

/**
 * An item of what a disclosure or a request lists, in CCPA's words: "Categories of personal information that we
 * sold", "The business or commercial purpose for collecting or selling", "If we sold or disclosed ..., two lists".
 * It names what the reader may learn, not what the site does.
 */
export const DISCLOSURE_ITEM = concept(
  'DISCLOSURE_ITEM',
  `^[\\s\\-–•*]*(?:\\(?[a-z0-9ivx]{1,3}[.)]\\s*)?` +
    anyOf(
      seq(
        opt(words('the', 'our')),
        opt(words('specific')),
        words(
          'categories',
          'category',
          'pieces',
          'sources',
          'business or commercial purpose',
          'business purpose',
          'commercial purpose',
          'purposes',
          'purpose',
        ),
        words('of', 'for', 'that', 'to', 'from'),
      ),
      seq(words('if', 'whether'), words('we'), words('sold', 'sell', 'disclosed', 'shared')),
    ),
);

/** What the document covers, not what the site does: "This Privacy Policy describes our practices regarding ... sale". */
export const POLICY_SCOPE = concept(
  'POLICY_SCOPE',
  seq(
    words('this', 'the'),
    gap(2),
    words('policy', 'notice', 'statement', 'section', 'addendum'),
    gap(4),
    words('describes', 'explains', 'sets out', 'covers', 'outlines', 'applies', 'summarizes', 'is designed'),
  ),
);

/** A term of a few words: words joined by single spaces, so the spaces after it are never its own (no backtracking
 * over a run of spaces). */
const TERM = (maxWords: number) => `[\\w’'-]+(?: [\\w’'-]+){0,${maxWords - 1}}`;

/** A definition of a term: "'Sell' means...", "the term 'sale' refers to", "as defined in". */
/** "Continued use means you accept the new terms" states a consequence, it defines nothing. */
const NOT_ACCEPTANCE = '(?!\\s+(?:that\\s+)?you\\s+(?:have\\s+)?(?:accept|agree|consent|acknowledge))';

export const DEFINITION = concept(
  'DEFINITION',
  anyOf(
    `^[\\s\\-–•*]*(?:\\(?[a-z0-9ivx]{1,3}[.)]\\s*)?(?!(?:this|that|it|which|what|there)\\b)["“'‘]?${TERM(8)}["”'’]?,?\\s+(?:means|shall mean|refers to|is defined as|has the meaning)\\b${NOT_ACCEPTANCE}`,
    // A quoted legal term and its condition: 'a business "sells" personal information when it discloses...'.
    `["“'‘](?:sells?|sale|sold|selling|share|shares|sharing)["”'’][^.]{0,80}\\b(?:when|if|means|includes)\\b`,
    // Not a qualifying clause: "we sell personal information, as the term 'sell' is defined under the CCPA".
    seq(
      words('the term', 'the terms') + '(?<!\\bas the terms?)',
      `["“'‘]?${TERM(6)}["”'’]?`,
      gap(2),
      words('means', 'refers to', 'is defined', 'includes'),
    ),
    seq(`["“][\\w’' -]{2,30}["”]`, words('means', 'refers to', 'is defined as', 'shall mean')),
    // A law defining the term: "The CCPA defines “sale” broadly as ...", "State privacy laws broadly define the terms".
    `^[\\s\\-–•*]*(?:the\\s+)?(?:(?:california|state|applicable|these)\\s+)?(?:(?:consumer\\s+)?privacy\\s+)?${words(
      'ccpa',
      'cpra',
      'law',
      'laws',
      'act',
      'statute',
      'regulations',
    )}\\s+(?:broadly\\s+)?${words('defines', 'define')}`,
    // A category defined by what it counts: "... may be considered as sensitive personal information".
    seq(
      words('is', 'are', 'be'),
      words('considered', 'deemed', 'treated', 'classified'),
      opt(words('as')),
      opt(words('sensitive')),
      words('personal information', 'personal data', 'information', 'data'),
    ),
  ),
);

/**
 * What a law says or requires, not what the site does: "California law requires us to tell you...",
 * "A business cannot sell the personal information of minors...", "Under Cal. Civ. Code § 1798.83".
 */
const LAW_REQUIRES = seq(
  words('law', 'laws', 'act', 'statute', 'regulation', 'regulations', 'code', 'ccpa', 'cpra', 'gdpr', 'coppa'),
  opt(words('also', 'only')),
  words('requires', 'require', 'permits', 'allows', 'provides', 'gives', 'grants', 'mandates', 'applies to', 'apply to'),
);

export const LEGAL_CITATION = concept(
  'LEGAL_CITATION',
  anyOf(
    LAW_REQUIRES,
    seq(
      words('a business', 'businesses', 'the business', 'companies', 'a company', 'a controller', 'controllers'),
      opt(words('generally')),
      words('cannot', 'may not', 'must', 'must not', 'shall', 'shall not', 'is required to', 'are required to', 'is prohibited from'),
    ),
    '\\bcal(?:ifornia)?\\.?\\s+civ(?:il)?\\.?\\s+code\\b',
    words('civil code'),
  ),
);

/**
 * The law given as the reason for the site's own rule: "You need to be 18 ..., because ... the law requires us to
 * verify you". The sentence states the rule; the law is its reason, not its subject.
 */
export const LAW_AS_REASON = concept('LAW_AS_REASON', seq(words('because', 'since'), gap(14), LAW_REQUIRES));

/**
 * A question, or a table-of-contents line: "How long do we keep your data?", "7. How We Respond to Do Not Track".
 * It names a topic and states nothing.
 */
export const QUESTION_LINE = concept(
  'QUESTION_LINE',
  anyOf(
    '\\?["”’)]?\\s*$',
    `^[\\s\\-–•*]*(?:\\(?[a-z0-9ivx]{1,4}[.)]\\s*)*${words('how', 'what', 'which', 'when', 'where', 'who', 'whom', 'why', 'whether')}[^.;:!]{0,160}$`,
  ),
);

/**
 * An item of a list of purposes ("- Notifying you about changes to this statement", "| Communications to notify
 * you of ..."): what data is used for, not a promise.
 */
export const PURPOSE_ITEM = concept(
  'PURPOSE_ITEM',
  `^\\s*(?:[\\-–•*|]|\\(?[a-z0-9ivx]{1,3}[.)])\\s*(?:(?!continu|accord)[A-Za-z]{3,}ing\\b|to\\s+(?!our\\b|the\\b|your\\b)[a-z]+\\b|communications?\\s+to\\b)`,
);

/**
 * A purpose item whose bullet the page's markup carried ("Notifying you about changes to this statement" on a line
 * of its own, as extracted from a <li>): it opens on a doing addressed to the user, or "Communications to".
 * Callers also ask that no "we" promises anything in it.
 */
export const PURPOSE_FRAGMENT = concept(
  'PURPOSE_FRAGMENT',
  `^\\s*(?:(?!continu|accord)[A-Za-z]{3,}ing\\s+you\\b|communications?\\s+to\\b)`,
);

/**
 * A leading condition, then the site's own clause: "Unless you have used your right to opt out, we may sell ...",
 * "If you have not exercised it, we ...". A right named inside the condition is not what the sentence describes.
 */
export const CONDITION_THEN_WE = concept(
  'CONDITION_THEN_WE',
  `^[\\s\\-–•*]*${words('unless', 'if', 'until', 'once', 'where')}[^,.;]{0,100},\\s*${words('we', 'our company')}`,
);

/**
 * A sentence that leans on the one before: "If we do, we will post...", "When we do, ...", "If so, ...", and changes
 * named as known ones: "If the changes are significant, ...", "Where such changes affect you, ...".
 */
export const CONTINUATION = concept(
  'CONTINUATION',
  `^[\\s\\-–•*]*${anyOf(
    words(
      'if we do',
      'when we do',
      'if so',
      'in that case',
      'when that happens',
      'if this happens',
      'if that happens',
      'in such cases',
      'in such a case',
      'when this happens',
    ),
    seq(
      words('if', 'when', 'where', 'should'),
      opt(words('any')),
      words('the', 'such', 'these', 'those'),
      words('change', 'changes', 'update', 'updates', 'amendment', 'amendments', 'modification', 'modifications', 'revision', 'revisions'),
    ),
  )}`,
);

/** A row of a table flattened to text ("Cookies | 13 months"): its meaning leans on the column headings. */
export const TABLE_ROW = concept('TABLE_ROW', '\\s\\|\\s|\\t');

/** Someone (one to three words) doing something in the present tense: "Google uses", "Google Analytics collects". */
const NAMED_ACTS = `\\w+(?:\\s+\\w+){0,2}\\s+${words('uses', 'sets', 'places', 'serves', 'collects', 'drops', 'deploys', 'reads')}`;

/**
 * A sentence that opens as an example: what follows illustrates, it does not state the site's rule. "For example,
 * we use cookies from Google" is no illustration: the site says what it does itself.
 */
export const EXAMPLE_LEAD = concept(
  'EXAMPLE_LEAD',
  `^[\\s\\-–•*]*${anyOf(words('for example', 'for instance', 'example', 'e g', 'such as', 'as an example', 'imagine', 'suppose'), 'e\\.g\\.')}(?!,?\\s+(?:we\\b|${NAMED_ACTS}))`,
);

/**
 * The site speaking of itself: "we", "us", "our company", "the Company". Twins differ: contractions ("we'll") and "the
 * Company" count, "our" alone does not (WE_OR_SITE, SITE_SPEAKS take it; SITE_VOICE takes "our app", "our store").
 */
export const WE = concept(
  'WE',
  words(
    'we',
    'us',
    "we've",
    'we’ve',
    "we'll",
    'we’ll',
    'ourselves',
    'the company',
    'our company',
    'this site',
    'this website',
    'our site',
    'our website',
    'our services',
  ),
);

/** Someone other than the site and the user: advertisers, partners, vendors, third parties, named platforms. */
export const THIRD_PARTY = concept(
  'THIRD_PARTY',
  anyOf(
    stems('third-part', 'third part', 'advertiser', 'vendor', 'partner', 'sponsor'),
    words(
      'ad networks',
      'ad network',
      'advertising companies',
      'advertising networks',
      'analytics providers',
      'analytics companies',
      'other companies',
      'these companies',
      'such companies',
      'data brokers',
      'service providers',
      'facebook',
      'google',
      'meta',
      'twitter',
      'linkedin',
      'tiktok',
    ),
  ),
);

/** The reader as the subject of the verb: "you may not sell", "users must not", "minors may remove". */
export const THE_USER = concept(
  'THE_USER',
  words('you', 'users', 'user', 'visitors', 'members', 'consumers', 'customers', 'minors', 'residents', 'individuals'),
);

/** A business in general, as the law speaks of it: "a business", "businesses". */
export const A_BUSINESS = concept('A_BUSINESS', words('a business', 'businesses', 'the business', 'a controller', 'controllers'));

/**
 * A hedge just before a verb, tested on the text that leads up to it: "we may [sell]", "it might also be [sold]",
 * "could [rent]". A possibility, not a statement of fact.
 */
export const HEDGED_VERB = concept(
  'HEDGED_VERB',
  seq(words('may', 'might', 'could', 'can'), opt(words('also', 'sometimes', 'occasionally')), opt(words('be'))) + '\\s*$',
);
