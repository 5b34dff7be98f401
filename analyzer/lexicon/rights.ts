import { anyOf, concept, opt, seq, stems, words, gap, near } from './build';
import { scanAll } from './scan';
import { listGap, wordGap } from './strict';

/** Further verbs of a list between the first verb and the data: "correct[, update and delete] your data". */
// Listed verbs are base forms ("see, change or remove"); "As you can see, protecting your information…" lists none.
const VERB_LIST = String.raw`(?:(?:,| and| or|, and|, or| and\/or) (?!\w+ing\b)(?:\w+ )?\w+){0,3}`;
/** The data a record holds; a prefix, as "data" in "database" was read before. */
const RECORD = stems('information', 'data', 'details', 'profile', 'record', 'PII');
/** Not data held elsewhere: "your information at other sites". */
const NOT_ELSEWHERE = `(?!\\s+${seq(words('at', 'on', 'from'), words('the', 'a', 'other', 'these', 'those', 'third'))})`;
/** Only the user's own data: "access your information", not "access your accounts from these sites". */
// "your own patron record": "own" before the one word that may name the record.
const YOUR_DATA = seq(words('your', 'the', 'their'), opt(words('own')), wordGap(1), opt(words('personal')), RECORD) + NOT_ELSEWHERE;
/** One's own data, said with "your" or "their": "your details", "their personal information". */
const OWN_DATA = seq(words('your', 'their'), opt(words('own')), wordGap(1), opt(words('personal')), RECORD) + NOT_ELSEWHERE;
/** A child's data, as a parent names it: "their child's records", "your children's information". */
const CHILD_DATA = seq(words('your', 'their', 'his or her'), words("child's", 'child’s', "children's", 'children’s'), wordGap(1), RECORD);
/** Data a user may have corrected or deleted: "your account", "inaccurate data", "information you provided". */
const DATA = anyOf(
  seq(
    words('your', 'their', 'his or her', 'the', 'any', 'such', 'this', 'that', 'all', 'inaccurate', 'incorrect', 'outdated', 'certain'),
    wordGap(1),
    opt(words('personal')),
    anyOf(stems('information', 'data', 'details', 'profile', 'account', 'record', 'PII'), words('email address', 'e-mail address')),
  ),
  seq(words('account', 'contact', 'registration', 'profile', 'member', 'membership'), stems('information', 'details')),
  // Named with no determiner: "correct or delete personal information about you".
  seq(words('personal'), words('information', 'data', 'details')),

  seq(
    opt(words('personal')),
    words('information', 'data', 'details'),
    opt(words('that', 'which')),
    words('you', "you've", 'you have'),
    words('provided', 'submitted', 'given'),
  ),
);
/** A person who may hold a right: "you", "users", "parents". */
const HOLDER = words('you', 'user', 'users', 'parent', 'parents', 'consumer', 'consumers', 'resident', 'residents', 'members', 'customers');
/** A pronoun for the data just named: "ask us to delete them", "have it removed". */
const IT = words('it', 'them');
/** Errors in one's data: "mistakes", "inaccuracies", "anything that's wrong". */
const ERRORS = anyOf(
  // "correct an error or omission".
  seq(opt(words('any', 'the', 'such', 'an')), words('mistakes', 'errors', 'error', 'inaccuracies', 'inaccurate details', 'omissions')),
  seq(
    words('anything', 'whatever', 'what'),
    opt(words('that is', "that's", 'that’s', 'is', "'s", 'that')),
    words('wrong', 'inaccurate', 'incorrect'),
  ),
);

/**
 * Reaching one's own data: "you can access and update your information", "the ability to review your profile",
 * "a copy of your data". Half of the right of access (with ACCESS_REQUEST).
 */
export const ACCESS_OWN_DATA = concept(
  'ACCESS_OWN_DATA',
  anyOf(
    seq(HOLDER, wordGap(4), words('access') + VERB_LIST, opt(words('to')), YOUR_DATA),
    seq(
      words('opportunity', 'ability', 'way', 'how', 'able', 'choice', 'choices', 'choices you have'),
      words('to'),
      wordGap(1),
      words('access'),
      opt(words('to')),
      YOUR_DATA,
    ),
    seq(words('copy of'), YOUR_DATA),
    seq(words('you', 'parent', 'parents'), wordGap(3), words('review'), wordGap(1), YOUR_DATA),
  ),
);

/**
 * Looking over one's own or one's child's data, with other verbs than "access": "users may inspect, amend or purge the
 * information in their profile", "parents can review their child's records". Part of the right of access.
 */
export const INSPECT_OWN_DATA = concept(
  'INSPECT_OWN_DATA',
  anyOf(
    seq(HOLDER, wordGap(4), words('inspect', 'view', 'review', 'look at') + VERB_LIST, YOUR_DATA),
    // "See" only with "your" data ("you can see the details of our offer" is no right), or as an instruction:
    // "To see, change or remove your details, go to Settings".
    seq(anyOf(seq(HOLDER, wordGap(4)), words('to')), words('inspect', 'view', 'review', 'see', 'look at') + VERB_LIST, OWN_DATA),
    seq(HOLDER, wordGap(3), words('review', 'access', 'inspect', 'view', 'see'), CHILD_DATA),
  ),
);

/**
 * Asking to see one's data: "access and correct", "the right of access", "request a copy", "the right to know",
 * "find out what personal information we hold". The other half of the right of access (with ACCESS_OWN_DATA).
 */
export const ACCESS_REQUEST = concept(
  'ACCESS_REQUEST',
  anyOf(
    seq(
      words('access'),
      '(?:and|or|,)',
      opt(`\\w+ ${words('and', 'or')}`),
      stems('update', 'correct', 'review', 'amend', 'modify', 'delete'),
    ),
    seq(words('right'), words('of', 'to'), words('access')),
    seq(words('request'), words('access', 'a copy')),
    seq(words('obtain', 'receive', 'get', 'ask for', 'ask us for', 'download'), words('a copy', 'copies')),
    // "confirm whether we process their data", "show you what we have on file".
    seq(
      words('confirm', 'confirmation'),
      words('whether', 'of whether', 'that'),
      wordGap(2),
      words('process', 'processing', 'hold', 'holds', 'collect'),
    ),
    seq(
      words('show you', 'tell you', 'let you see'),
      words('what', 'which'),
      opt(words('personal')),
      opt(words('information', 'data')),
      words('we'),
      words('have', 'hold', 'keep', 'store', 'collect'),
    ),
    words('right to know'),
    // "ask us what information we hold", a sole trader's "ask me what information I have about you".
    seq(
      words('ask us', 'ask me'),
      words('what', 'which'),
      opt(words('personal')),
      words('information', 'data'),
      words('we', 'I'),
      words('have', 'hold', 'keep'),
    ),
    // CCPA's right to know, asked: "request that we disclose what we collected", "ask us to disclose the categories of
    // personal information we have collected".
    seq(
      words('request', 'ask'),
      opt(words('that', 'us to')),
      opt(words('we')),
      words('disclose'),
      wordGap(8),
      words('we'),
      opt(words('have')),
      words('collected', 'collect', 'hold'),
    ),
    seq(
      words('know', 'find out', 'learn'),
      words('what', 'which'),
      opt(words('personal')),
      words('information', 'data'),
      words('we', 'is'),
    ),
    // "ask what we know about you", "find out what we hold on you".
    seq(
      words('ask', 'ask us', 'find out', 'learn', 'know'),
      words('what'),
      words('we'),
      words('know', 'have', 'hold', 'keep', 'store'),
      words('about you', 'on you', 'about them'),
    ),
    // "request details of the personal information we hold about you", "obtain a summary of your data".
    seq(
      words('request', 'ask for', 'obtain', 'receive', 'get'),
      words('details of', 'a summary of', 'a record of', 'a list of'),
      opt(words('the', 'your')),
      opt(words('personal')),
      RECORD,
    ),
  ),
);

/**
 * Asking to see the data the site holds: "You may ask to see the personal information we hold about you". The data is
 * named by what the site holds, not by "your" (INSPECT_OWN_DATA); part of the right of access.
 */
export const ASK_TO_SEE_HELD_DATA = concept(
  'ASK_TO_SEE_HELD_DATA',
  seq(
    words('ask', 'request', 'ask us', 'ask me'),
    words('to see', 'to view', 'to inspect', 'to look at'),
    opt(words('the', 'any', 'all')),
    opt(words('personal')),
    RECORD,
    opt(words('that', 'which')),
    words('we', 'I'),
    words('hold', 'have', 'keep', 'store'),
  ),
);

/**
 * Asking whether one's data is processed at all, LGPD's first right: "confirmation of the existence of processing",
 * "confirm the existence of the processing of your data". Part of the right of access.
 */
export const CONFIRM_PROCESSING = concept(
  'CONFIRM_PROCESSING',
  seq(words('confirmation of', 'confirm'), words('the existence of'), opt(words('the')), words('processing', 'treatment')),
);

/** The right to correct one's data: "update or correct your account information", "the right to rectification". */
export const RIGHT_TO_CORRECT = concept(
  'RIGHT_TO_CORRECT',
  anyOf(
    seq(
      words(
        'correct',
        'correcting',
        'correction',
        'rectify',
        'rectification',
        'update',
        'updating',
        'amend',
        'amending',
        'modify',
        'modifying',
        'edit',
        'editing',
        'change',
        'changing',
      ) + VERB_LIST,
      opt(words('of')),
      DATA,
    ),
    seq(words('right to'), stems('rectification', 'correct')),
    // "get mistakes fixed", "fix anything that's wrong", "correct inaccuracies", "ask for corrections".
    seq(words('fix', 'correct', 'rectify', 'fixing', 'correcting'), ERRORS),
    seq(words('have', 'get', 'having', 'getting'), ERRORS, words('fixed', 'corrected', 'rectified')),
  ),
);

/** Correction asked for as a noun: "ask for corrections", "request an amendment if you believe information is wrong". */
export const CORRECTION_REQUESTED = concept(
  'CORRECTION_REQUESTED',
  seq(
    words('ask for', 'request', 'requesting'),
    opt(words('a', 'an', 'any')),
    words('correction', 'corrections', 'rectification', 'amendment', 'amendments'),
  ),
);

/**
 * Correction asked for in other words: "challenge the accuracy of your personal information", "If any of your details
 * are wrong, let us know and we will fix them". Part of the right to correct.
 */
export const CORRECTION_ASKED = concept(
  'CORRECTION_ASKED',
  anyOf(
    // "challenge the accuracy of your personal information", "dispute the accuracy of the data".
    seq(words('challenge', 'dispute', 'contest'), words('the accuracy', 'the completeness')),
    // Told of an error, the site fixes it: "If any of your details are wrong, let us know and we will fix them".
    // Told of a change, the site updates the record: "If you change your phone number, e-mail or address, let us know
    // ... and we'll update your file".
    seq(
      words('if you change your'),
      gap(6),
      words('let us know', 'tell us', 'inform us', 'contact us'),
      gap(14),
      words('we will', "we'll", 'we’ll'),
      words('update', 'correct', 'amend'),
    ),
    seq(
      RECORD,
      words('is', 'are', 'was', 'were', 'becomes', 'become', 'seems', 'seem'),
      words('wrong', 'inaccurate', 'incorrect', 'out of date', 'outdated', 'incomplete'),
      gap(8),
      words('we will', "we'll", 'we’ll', 'we can', 'we shall'),
      words('fix', 'correct', 'update', 'amend', 'rectify'),
      words('it', 'them', 'this', 'that'),
    ),
  ),
);

/** The right to delete one's data or account: "delete your account", "the right to be forgotten", "request erasure". */
export const RIGHT_TO_DELETE = concept(
  'RIGHT_TO_DELETE',
  anyOf(
    seq(
      words(
        'delete',
        'deleting',
        'deletion',
        'erase',
        'erasing',
        'erasure',
        'remove',
        'removing',
        'removal',
        'close',
        'closing',
        'cancel',
        'canceling',
        'cancelling',
        'deactivate',
        'deactivating',
        'purge',
        'wipe',
        // LGPD's words: "elimination of personal data processed with consent".
        'elimination',
        'eliminate',
        'destruction',
        'destroy',
      ) + VERB_LIST,
      opt(words('of')),
      DATA,
    ),
    seq(words('right'), words('to', 'of'), stems('erasure', 'deletion', 'delete', 'be forgotten')),
    seq(words('request'), opt(words('that we')), stems('delete', 'deletion', 'erasure')),
  ),
);

/**
 * Deletion asked for in other words, the data named by a pronoun or before the verb: "have your records wiped", "have
 * it removed", "ask us to delete them", "erase it if you want". Part of the right to delete.
 */
export const DELETE_ON_REQUEST = concept(
  'DELETE_ON_REQUEST',
  anyOf(
    // "have your account and all associated data wiped": a second object may come between.
    seq(words('have', 'get', 'having'), anyOf(DATA, IT), listGap(4), words('deleted', 'erased', 'removed', 'wiped', 'purged')),
    seq(
      words('ask us to', 'ask that we', 'request that we', 'want us to', 'ask me to', 'want me to'),
      words('delete', 'erase', 'remove', 'wipe', 'purge'),
      IT,
    ),
    seq(words('delete', 'erase', 'remove', 'wipe'), IT, words('if you', 'whenever you', 'at your request', 'on request', 'upon request')),
  ),
);

/**
 * Correcting the data named just before: "how you can access or correct it", "ask us to correct them", "have it
 * fixed", "have it amended".
 */
export const CORRECT_IT = concept(
  'CORRECT_IT',
  anyOf(
    seq(
      words('you can', 'you may', 'ask us to', 'ask that we', 'request that we'),
      opt(words('access', 'review', 'see', 'view') + '(?:,| or| and)'),
      words('correct', 'rectify', 'amend') + VERB_LIST,
      IT,
    ),
    seq(words('have', 'get', 'having'), IT, words('fixed', 'corrected', 'rectified', 'amended')),
    // "have your personal data corrected, completed, updated or erased".
    seq(words('have', 'get', 'having'), DATA, words('corrected', 'rectified', 'amended', 'completed', 'updated')),
    // "ask for it to be corrected", "request that your data be corrected".
    seq(
      words('ask for', 'request', 'asking for'),
      anyOf(IT, OWN_DATA),
      opt(words('to')),
      words('be'),
      words('corrected', 'rectified', 'amended', 'fixed'),
    ),
  ),
);

/**
 * Rights named as nouns, each with its preposition, over one object: "ask us for access to, correction of, or deletion
 * of your personal information". Each form finds its own right; the object may come after the others.
 */
const NOUN_ROW = (noun: string) =>
  `${words(noun)}(?:,? (?:or |and )?(?:access to|correction of|deletion of|erasure of|rectification of|a copy of))*,? (?:or |and )?`;

/** Correction as a noun in such a row: "access to, correction of, or deletion of your personal information". */
export const CORRECTION_OF_DATA = concept('CORRECTION_OF_DATA', NOUN_ROW('correction of') + OWN_DATA);

/** Access asked for as a noun in such a row: "ask us for access to, correction of, or deletion of your information". */
export const ACCESS_TO_DATA = concept('ACCESS_TO_DATA', `${words('for', 'request', 'requesting')} ${NOUN_ROW('access to')}${OWN_DATA}`);

/** Rights named in a row after "rights of": "their rights of access, rectification, erasure, objection and portability". */
const IN_A_ROW = `${words('rights of', 'rights to')}\\s+(?:[\\w-]+(?: of [\\w-]+)?,\\s+){0,5}(?:and\\s+)?`;

/**
 * Rights named in a row after a request, as translated policies put them: "When the User requests notification of the
 * purposes of use, disclosure, correction, addition or deletion of content", "may request the Company to notify the
 * purposes of use of, disclose, correct, add to or delete", "to disclose such data, to correct, add to or delete". Items
 * are phrases (up to 160 characters) ending in commas; the last may follow "or"/"and", each may open with "to".
 */
const REQUEST_ROW = `${words('request', 'requests', 'requesting', 'request for', 'requests for')}\\s+(?:[^,;.:!?]{1,160},\\s+){0,7}(?:(?:[\\w-]+\\s+){0,2}(?:and|or)\\s+)?(?:to\\s+)?`;

/** Access named in a row of rights: "rights of access, rectification, erasure", "requests disclosure, correction". */
export const ACCESS_IN_A_ROW = concept(
  'ACCESS_IN_A_ROW',
  anyOf(IN_A_ROW + words('access'), REQUEST_ROW + words('disclosure', 'access', 'disclose')),
);

/** Correction named in a row of rights: "rights of access, rectification, erasure", "requests disclosure, correction". */
export const CORRECTION_IN_A_ROW = concept(
  'CORRECTION_IN_A_ROW',
  anyOf(IN_A_ROW + words('rectification', 'correction'), REQUEST_ROW + words('rectification', 'correction', 'correct', 'rectify')),
);

/** Erasure named in a row of rights: "rights of access, rectification, erasure", "requests correction or deletion". */
export const ERASURE_IN_A_ROW = concept(
  'ERASURE_IN_A_ROW',
  anyOf(IN_A_ROW + words('erasure', 'deletion'), REQUEST_ROW + words('erasure', 'deletion', 'erase', 'delete')),
);

/** The right to correct, for scanning (`.all`): any of its forms. */
/** Data named by what is wrong with it: "incomplete, inaccurate or outdated data", "unnecessary or excessive data". */
const FAULTY_DATA = seq(
  words('incomplete', 'inaccurate', 'incorrect', 'outdated', 'out-of-date', 'unnecessary', 'excessive'),
  listGap(3),
  words('data', 'information', 'details'),
);

/** Correcting data named by its fault, LGPD's wording: "correction of incomplete, inaccurate or outdated data". */
export const CORRECTING_FAULTY_DATA = concept(
  'CORRECTING_FAULTY_DATA',
  seq(words('correction of', 'correct', 'rectification of', 'rectify', 'update', 'updating of'), FAULTY_DATA),
);

/** Erasing data named by its fault: "anonymisation, blocking or elimination of unnecessary or excessive data". */
export const ERASING_FAULTY_DATA = concept(
  'ERASING_FAULTY_DATA',
  seq(words('elimination of', 'eliminate', 'deletion of', 'delete', 'erasure of', 'erase'), FAULTY_DATA),
);

export const RIGHT_TO_CORRECT_ANY = scanAll(
  RIGHT_TO_CORRECT,
  CORRECTING_FAULTY_DATA,
  CORRECTION_ASKED,
  CORRECT_IT,
  CORRECTION_IN_A_ROW,
  CORRECTION_OF_DATA,
  CORRECTION_REQUESTED,
);

/** The right to delete, for scanning (`.all`): any of its forms. */
export const RIGHT_TO_DELETE_ANY = scanAll(RIGHT_TO_DELETE, DELETE_ON_REQUEST, ERASING_FAULTY_DATA, ERASURE_IN_A_ROW);

/** Opting out of a use or of messages: "opt out", "unsubscribe", "do not sell", "remove you from our mailing list". */
export const OPT_OUT_RIGHT = concept(
  'OPT_OUT_RIGHT',
  anyOf(
    words('opt out', 'optout'),
    stems('unsubscrib'),
    words('do not sell', 'stop receiving', 'reply stop', 'text stop', 'manage preferences'),
    seq(words('no longer'), opt(words('wish to', 'want to', 'like to')), words('receive', 'get', 'hear from')),
    seq(
      words('remove', 'delete'),
      anyOf(words('you', 'yourself'), seq(words('your'), words('name', 'email', 'e-mail', 'email address', 'e-mail address'))),
      words('from'),
      opt(words('our', 'the', 'any')),
      wordGap(1),
      words('mailing', 'email', 'e-mail', 'marketing', 'contact'),
      words('list', 'lists'),
    ),
  ),
);

/** Objecting to or restricting processing: "object to processing", "restrict our use", "the right to limit". */
export const RIGHT_TO_OBJECT = concept(
  'RIGHT_TO_OBJECT',
  anyOf(
    seq(words('object'), words('to', 'at any time')),
    words('right to object', 'objection'),
    // "request restrictions on certain uses and disclosures".
    seq(words('request', 'ask for'), words('restrictions', 'a restriction'), words('on', 'of')),
    seq(
      anyOf(words('restrict', 'restricting'), seq(words('restriction'), words('of', 'on'))),
      opt(words('the')),
      opt(words('our')),
      words('processing', 'use'),
    ),
    // CPRA's right to limit, which names the data ("limit the use of your sensitive personal information"; not "limit
    // the use of cookies in your browser").
    seq(
      words('limit', 'limiting'),
      opt(words('the', 'our')),
      words('use', 'processing', 'use and disclosure'),
      words('of'),
      opt(words('your', 'their')),
      opt(words('sensitive')),
      opt(words('personal')),
      RECORD,
    ),
    // "restrict how we process your information", "limit how we use it".
    seq(words('restrict', 'limit'), words('how we'), words('use', 'process', 'share', 'handle')),
    // Asking the site to stop: "tell us to stop using your data for marketing", "ask us not to process your data".
    seq(
      words('tell us', 'ask us', 'ask that we', 'request that we', 'instruct us'),
      anyOf(
        seq(opt(words('to')), words('stop', 'cease'), words('using', 'processing', 'sharing', 'selling', 'contacting')),
        seq(words('not to'), words('use', 'process', 'share', 'sell', 'contact')),
      ),
    ),
    // GDPR art. 22: "not to be subject to a decision based solely on automated processing".
    seq(words('not to be subject', 'not be subject'), words('to'), wordGap(2), words('decision', 'decisions')),
    seq(words('right to'), words('restrict', 'restriction', 'limit')),
    // COPPA's parental choice: "refuse further collection", "refuse to permit further use of the child's information".
    seq(
      words('refuse', 'refuses', 'decline'),
      opt(words('to allow', 'to permit')),
      opt(words('any')),
      opt(words('further')),
      words('collection', 'use', 'processing'),
    ),
  ),
);

/** Complaining to a regulator: "lodge a complaint with your local data protection authority", "right to complain". */
export const COMPLAINT_TO_AUTHORITY = concept(
  'COMPLAINT_TO_AUTHORITY',
  anyOf(
    seq(
      words('lodge', 'file', 'make', 'submit', 'bring'),
      words('a complaint'),
      wordGap(3),
      words('with', 'to'),
      opt(words('a', 'the', 'your', 'an')),
      wordGap(3),
      anyOf(stems('authority', 'commissioner', 'regulator', 'agency', 'ombudsman', 'commission'), words('ICO', 'OAIC', 'CNIL', 'OPC')),
    ),
    words('right to complain', 'supervisory authority', 'data protection authority', 'information commissioner'),
    // "You can also contact the Office of the Privacy Commissioner of Canada", "complain to the regulator".
    seq(
      words('contact', 'complain to', 'write to', 'raise it with', 'escalate it to'),
      opt(words('the')),
      wordGap(3),
      anyOf(stems('privacy commissioner', 'data protection commissioner', 'regulator', 'ombudsman'), words('ICO', 'OAIC', 'CNIL', 'OPC')),
    ),
  ),
);

/** "log in", "login", "logging into", "sign on". */
const LOG_IN = String.raw`\b(?:log|sign)(?:ging)? ?(?:in|on)(?:to)?`;
/** Where the user manages the right online: "your account settings", "log in to your account", "preference center". */
export const ACCOUNT_SETTINGS = concept(
  'ACCOUNT_SETTINGS',
  anyOf(
    seq(
      words('account', 'privacy', 'profile', 'user', 'email', 'e-mail', 'notification', 'communication'),
      words('settings', 'preferences', 'page', 'dashboard'),
    ),
    seq(LOG_IN, opt(words('to')), words('your', 'the'), words('account', 'profile', 'site')),
    words('settings page', 'preference center', 'preference centre'),
  ),
);

/** The link in each message that unsubscribes: "click the unsubscribe link", "the link at the bottom of any e-mail". */
export const UNSUBSCRIBE_LINK = concept(
  'UNSUBSCRIBE_LINK',
  anyOf(
    words('unsubscribe link'),
    seq(
      words('link'),
      wordGap(3),
      anyOf(
        words('at the bottom', 'in the footer'),
        seq(words('in'), words('any', 'each', 'every', 'the'), wordGap(1), stems('email', 'e-mail', 'message', 'newsletter')),
      ),
    ),
    seq(words('follow', 'click'), wordGap(2), words('instructions', 'link'), wordGap(3), stems('email', 'e-mail', 'message', 'newsletter')),
  ),
);

/** The user acting or entitled: "you may", "you have the right", "please contact us", "to delete". */
export const USER_AGENCY = concept(
  'USER_AGENCY',
  anyOf(
    seq(
      words('you', 'your'),
      wordGap(1),
      words(
        'can',
        'may',
        'could',
        'have',
        'are able',
        'are entitled',
        'will be able',
        'might',
        'also',
        'right',
        'rights',
        'request',
        'choice',
      ),
    ),
    words(
      'right',
      'rights',
      'request',
      'requests',
      'ask us',
      'contact us',
      'let us know',
      'tell us',
      'email us',
      'e-mail us',
      'write to us',
      'please',
      'choose to',
      'wish to',
      'would like to',
      "you're welcome to",
      'you’re welcome to',
      'you are welcome to',
      'feel free to',
      'want to',
      'if you',
      'should you',
      'when you',
      'once you',
      'click',
      'tap',
      'use the',
      'follow the',
      'reply',
    ),
    seq(words('to'), words('access', 'correct', 'update', 'delete', 'review', 'opt', 'unsubscribe', 'remove')),
    // An instruction, at the start of the sentence: "To see, change or remove your details, go to Settings" (not "we
    // decide to change our policy").
    // The boundary first, then "at the start of the sentence": the group keeps one shared boundary test.
    '\\b(?<=^\\s*)' + seq(words('to'), words('see', 'view', 'change', 'edit', 'erase', 'download', 'export')).slice(2),
    seq(
      words(
        'user',
        'users',
        'individual',
        'individuals',
        'consumer',
        'consumers',
        'resident',
        'residents',
        'data subject',
        'data subjects',
        'parents',
        'members',
        'customers',
        'subscribers',
        'teachers',
        'students',
        'patients',
        'schools',
        'account holders',
      ),
      wordGap(4),
      words('can', 'may', 'have'),
    ),
  ),
);

/** Opting out of cookies in the browser or through industry programmes: not a right the site grants. */
export const BROWSER_OPT_OUT = concept(
  'BROWSER_OPT_OUT',
  anyOf(
    words(
      'cookie',
      'cookies',
      'browser',
      'browsers',
      'these technologies',
      'NAI',
      'Network Advertising',
      'aboutads',
      'Digital Advertising Alliance',
    ),
    String.raw`\bhttps?:\/\/|\bwww\.`,
    seq(words('advertising'), words('partners', 'networks', 'companies')),
    seq(words('third party', 'third parties') + "(?:'s|’s|')", wordGap(1), stems('opt', 'site', 'website', 'page')),
  ),
);

/** The site's own rights and the user's duties: "we reserve the right", "we may update", "you must". */
export const NOT_USER_RIGHT = concept(
  'NOT_USER_RIGHT',
  anyOf(
    words('we reserve the right'),
    // The site's own right, or its partners': "our right to access your camera", "they have the right to".
    seq(words('our', 'its'), words('right', 'rights')),
    seq(words('we', 'they', 'it'), opt(words('may', 'will', 'also')), words('have', 'has', 'retain'), words('the right', 'a right')),
    // Another party's right, not the reader's: "our payment processor has the right to access transaction records",
    // "regulators and our auditors may have a right to access your records".
    seq(
      anyOf(
        stems(
          'processor',
          'auditor',
          'regulator',
          'vendor',
          'insurer',
          'lender',
          'affiliate',
          'supplier',
          'employee',
          'staff',
          'contractor',
        ),
        words('third parties', 'third party'),
      ),
      opt(words('may', 'will', 'also', 'may also')),
      words('have', 'has', 'retain', 'retains'),
      words('the right', 'a right'),
    ),
    seq(words('we'), wordGap(5), words('to'), words('update', 'supplement', 'correct', 'verify')),
    seq(
      words('we', 'company', 'site'),
      wordGap(1),
      words('may', 'will', 'can'),
      words('update', 'change', 'modify', 'amend', 'delete', 'remove', 'correct'),
    ),
    seq(words('you'), words('must', 'agree', 'shall')),
  ),
);

/**
 * A section about the reader's rights or choices: "Your rights", "Your privacy choices", "What are my rights?",
 * "Rights under POPIA". Under it a line that names a right ("Erasure | Ask us to delete your data") grants it, though
 * it says no "you may".
 */
export const RIGHTS_SECTION = concept(
  'RIGHTS_SECTION',
  anyOf(
    seq(
      words('your', 'my', 'consumer', 'consumers', 'individual', 'data subject', "parents'", 'parents’', 'user', 'privacy'),
      gap(1),
      words('rights', 'choices'),
    ),
    seq(words('rights'), words('under', 'of', 'for')),
    words('rights and choices', 'your choices'),
    "\\bparents['’]\\s+rights\\b",
    // A lead that the list items below complete: "You have the right to:", "Depending on where you live, you can:".
    seq(words('the right', 'the rights', 'following rights'), opt(words('to'))) + '\\s*:\\s*$',
    seq(words('you'), words('can', 'may')) + '\\s*:\\s*$',
  ),
);

/** Words every right cue contains ("right to know" has "know", "right of access" has "access"): a cheap pre-test. */
export const RIGHTS_TOPIC = concept(
  'RIGHTS_TOPIC',
  anyOf(
    stems(
      'access',
      'correct',
      'rectif',
      'updat',
      'amend',
      'modif',
      'edit',
      'chang',
      'delet',
      'eras',
      'remov',
      'cancel',
      'deactivat',
      'portab',
    ),
    stems(
      'structured',
      'machine-readable',
      'opt',
      'unsubscrib',
      'do not sell',
      'stop receiving',
      'object',
      'restrict',
      'limit',
      'withdraw',
    ),
    stems('revok', 'revocation', 'complain', 'supervisory', 'commissioner', 'know', 'forgotten', 'review', 'exercis'),
    words('copy', 'copies', 'close', 'closing', 'fix', 'fixed', 'purge', 'wipe', 'wiped', 'show you', 'no longer', 'inspect'),
    stems('export', 'download', 'elimin', 'destr', 'existence'),
    words('port'),
    words('ask us what', 'ask me what'),
    // Access asked in other words, errors reported, a request to stop, consent taken back, automated decisions.
    stems('find out', 'learn', 'disclos', 'accura', 'stop', 'cease', 'decision'),
    words('not to', 'change your mind', 'details of', 'summary of', 'record of', 'list of'),
    // "• see your details", "view your child's information", "confirm whether we process", "a verifiable request",
    // "refuse to permit further use", "in a common spreadsheet format".
    words('see', 'view', 'look at'),
    stems('confirm', 'verifiabl', 'refus', 'format'),
  ),
);

/** Asking to use one's rights: "exercise any of these rights", "submit a verifiable request". */
export const EXERCISE_RIGHTS = concept(
  'EXERCISE_RIGHTS',
  anyOf(
    seq(stems('exercis'), wordGap(3), words('right', 'rights')),
    seq(words('make', 'submit'), opt(words('a', 'such a', 'your')), wordGap(1), words('request', 'requests')),
  ),
);

/** The right of access, for scanning: either half. */
/**
 * A list item that completes "You have the right to:" with access: "- access the personal information we hold about
 * you", "- obtain a copy of your data". The verb leads the line; the lead above says whose right it is.
 */
export const ACCESS_ITEM = concept(
  'ACCESS_ITEM',
  '^\\s*(?:(?:[-–•*]|[ivx]{1,4}\\s*[-–.)])\\s*)?' +
    seq(
      words('access', 'see', 'view', 'obtain', 'get', 'receive', 'request'),
      opt(words('a copy of', 'copies of', 'to')),
      anyOf(YOUR_DATA, OWN_DATA),
    ),
);

/** The right of access, for scanning (`.all`): any of its forms. */
export const RIGHT_OF_ACCESS_ANY = scanAll(
  ACCESS_OWN_DATA,
  ACCESS_REQUEST,
  INSPECT_OWN_DATA,
  ASK_TO_SEE_HELD_DATA,
  CONFIRM_PROCESSING,
  ACCESS_IN_A_ROW,
  ACCESS_TO_DATA,
);

/**
 * Taking one's data elsewhere: "data portability", "in a structured, machine-readable format", "export all their data",
 * "download your data", "in a common spreadsheet format".
 */
export const PORTABILITY = concept(
  'PORTABILITY',
  anyOf(
    stems('portab'),
    seq(words('structured', 'machine-readable', 'portable', 'interoperable'), listGap(3), words('format', 'formats')),
    seq(
      words('common', 'commonly used', 'standard', 'usable'),
      words('spreadsheet', 'electronic', 'data', 'machine-readable'),
      words('format', 'formats'),
    ),
    seq(words('export', 'exporting', 'download', 'downloading'), opt(words('all')), anyOf(DATA, words('my data', 'my information'))),
    // "request that we port your data to another organisation".
    seq(words('port'), words('your', 'their'), opt(words('personal')), words('data', 'information')),
  ),
);

/** Taking consent back: "withdraw your consent", "revocation of consent", "change your mind" about a consent. */
export const WITHDRAW_CONSENT = concept(
  'WITHDRAW_CONSENT',
  anyOf(
    seq(words('withdraw', 'revoke', 'withdrawal of', 'revocation of'), opt(words('your', 'the', 'such', 'any')), words('consent')),
    // "Where we rely on your consent, you can change your mind at any time".
    near(words('consent', 'consented', 'agreed'), words('change your mind'), 80),
  ),
);

/** Asking by e-mail: an address, "e-mail us", "send an e-mail", "by e-mail". */
export const BY_EMAIL = concept(
  'BY_EMAIL',
  anyOf(
    String.raw`[\w.+-]@[\w-]+\.[\w.-]*[a-z]`,
    seq(stems('email', 'e-mail', 'emailing', 'e-mailing'), words('us')),
    seq(words('send', 'send us'), words('an'), words('email', 'e-mail')),
    seq(words('by'), words('email', 'e-mail')),
  ),
);

/** Asking through a form: "web form", "online form", "request form", "submit a request online". */
export const WEB_FORM = concept(
  'WEB_FORM',
  anyOf(
    seq(
      words('web', 'online', 'contact', 'request', 'privacy', 'data subject', 'data subject access', 'data subject request'),
      words('form', 'forms'),
    ),
    words('webform', 'webforms'),
    seq(words('submit a'), wordGap(1), words('request'), words('online', 'through', 'via')),
  ),
);

/** Asking by phone: "toll-free", "call us", "by telephone", a US number. */
export const BY_PHONE = concept(
  'BY_PHONE',
  anyOf(
    words('toll-free', 'toll free', 'call us', 'calling us', 'by phone', 'by telephone'),
    String.raw`\b1?[-(. ]?8[0-9]{2}[-). ]{1,2}\d{3}[-. ]\d{4}\b`,
  ),
);

/** Asking by letter: "write to us", "by mail", "our mailing address", "send us a letter". */
export const BY_POST = concept(
  'BY_POST',
  anyOf(
    words('write to us', 'writing to us', 'mailing address', 'postal address', 'send a letter', 'send us a letter'),
    seq(words('by'), opt(anyOf(words('postal', 'regular'), String.raw`\bU\.?S\.?`)), words('mail')),
  ),
);

/** A sentence that names a right ("you have the right to access", "your rights"): its hit is explicit, else qualified. */
export const RIGHT_NAMED = concept('RIGHT_NAMED', String.raw`\bright`);
