import { anyOf, concept, gap, near, opt, seq, stems, words } from './build';
import { KEPT_FOREVER } from './time';
import { notFollowedBy, plainWords } from './phrase-parts';
import { wordGap } from './strict';

/** Keeping data: "retain", "retention", "keep", "store", "preserve", "maintain", "hold", "archive", "log". */
export const KEEP_VERB = concept(
  'KEEP_VERB',
  anyOf(
    stems('retain'),
    words(
      'retention',
      'keep',
      'keeps',
      'kept',
      'keeping',
      'store',
      'stores',
      'stored',
      'storing',
      'storage',
      'preserve',
      'preserves',
      'preserved',
      'maintain',
      'maintains',
      'maintained',
      'hold',
      'holds',
      'held',
      'archive',
      'archives',
      'archived',
      'log',
      'logs',
      'logged',
      'hang on to',
      'hang onto',
      // "Keep in mind that…" keeps nothing.
    ) + notFollowedBy(String.raw`\s+in\s+mind\b`),
  ),
);

/** Ending the keeping: "delete", "erase", "purge", "destroy", "remove", "anonymize", "de-identify", "expire". */
export const REMOVE_VERB = concept(
  'REMOVE_VERB',
  words(
    'delete',
    'deletes',
    'deleted',
    'deleting',
    'deletion',
    'erase',
    'erases',
    'erased',
    'purge',
    'purges',
    'purged',
    'destroy',
    'destroys',
    'destroyed',
    'remove',
    'removes',
    'removed',
    'anonymize',
    'anonymizes',
    'anonymized',
    'anonymise',
    'anonymises',
    'anonymised',
    'de-identify',
    'de-identified',
    'deidentify',
    'deidentified',
    'discard',
    'discards',
    'discarded',
    'expire',
    'expires',
    'expired',
    'overwritten',
    'wipe',
    'wipes',
    'wiped',
    'shred',
    'shreds',
    'shredded',
    // "Messages disappear from our servers 24 hours after they are read."
    'disappear',
    'disappears',
  ),
);

/**
 * Data staying where it is kept, with no verb of keeping: "order details stay in my files", "saved addresses remain
 * on file", "copies that live in our encrypted backups", "your workouts stay in your account".
 */
export const KEPT_IN_PLACE = concept(
  'KEPT_IN_PLACE',
  anyOf(
    // "Your details stay with us until you tell us otherwise" (data does; "guests who stay with us" do not).
    seq(
      words('details', 'data', 'information', 'records', 'it', 'they'),
      opt(words('will', 'may', 'can')),
      words('remain', 'remains', 'stay', 'stays'),
      words('with us'),
    ),
    seq(
      words('remain', 'remains', 'stay', 'stays', 'live', 'lives', 'sit', 'sits', 'reside', 'resides'),
      words('in', 'on', 'within'),
      opt(words('our', 'my', 'the', 'your')),
      // "stay in your employer's account".
      opt("\\w+['’]s"),
      wordGap(1),
      words(
        'file',
        'files',
        'records',
        'system',
        'systems',
        'database',
        'databases',
        'server',
        'servers',
        'archive',
        'archives',
        'backup',
        'backups',
        'account',
        'ledger',
        'service',
        'services',
        'platform',
        'site',
        'website',
      ),
    ),
  ),
);

/**
 * Kept with no end set, said without "indefinitely": "without any fixed expiry date", "with no end date", "for an
 * unlimited duration". (KEPT_FOREVER holds the plain words: "indefinitely", "permanently", "forever".)
 */
export const KEPT_WITHOUT_END = concept(
  'KEPT_WITHOUT_END',
  anyOf(
    seq(
      words('without', 'with no', 'has no', 'have no'),
      opt(words('any', 'a')),
      opt(words('fixed', 'set', 'defined', 'predetermined', 'specific')),
      words('expiry date', 'expiration date', 'end date', 'deletion date', 'expiry', 'time limit', 'limit'),
    ),
    seq(words('for an', 'for'), words('unlimited', 'indefinite'), words('duration', 'length of time', 'amount of time', 'time')),
    // "We do not set a deletion date for photos": no end is set, said of the setting.
    seq(
      words('do not set', "don't set", 'does not set', "doesn't set", 'set no', 'there is no', "there's no"),
      opt(words('any', 'a')),
      opt(words('fixed', 'set', 'defined', 'predetermined', 'specific')),
      words('expiry date', 'expiration date', 'end date', 'deletion date'),
    ),
  ),
);

/** Data said never to be deleted: "transaction histories are never purged", "we will never erase". */
export const NEVER_DELETED = concept(
  'NEVER_DELETED',
  seq(
    words('never', 'not ever'),
    opt(words('be', 'been', 'get')),
    words('deleted', 'erased', 'purged', 'destroyed', 'removed', 'wiped', 'delete', 'erase', 'purge', 'destroy'),
  ),
);

/**
 * A span of disuse after which data goes, stated before the verb: "accounts that nobody has signed into for two
 * years are deleted", "profiles inactive for 24 months are closed". The duration right after it is a retention period.
 */
export const INACTIVITY_SPAN = concept(
  'INACTIVITY_SPAN',
  seq(
    anyOf(
      words('inactive', 'dormant', 'unused', 'idle', 'not used', 'not been used', 'no activity'),
      // "has not been signed in to for 24 months".
      seq(stems('sign', 'log'), words('in', 'into', 'on'), opt(words('to it', 'it', 'to'))),
    ),
    words('for'),
  ),
);

/**
 * Not kept beyond the need, said as a limit: "will not be held for longer than the purposes require", "not kept longer
 * than is strictly necessary". A vague retention rule even though the verb is negated.
 */
export const LONGER_THAN_NEEDED = concept(
  'LONGER_THAN_NEEDED',
  seq(
    words('longer than'),
    opt(words('is', 'it is', 'we')),
    opt(words('reasonably', 'strictly', 'absolutely')),
    anyOf(
      stems('necessary', 'needed', 'required', 'need'),
      seq(words('the', 'its', 'their'), opt(words('original')), words('purpose', 'purposes')),
    ),
  ),
);

/** Far enough to span one sentence of a policy: the sentence splitter caps sentences at 1,200 characters. */
const SENTENCE = 1200;

/**
 * Kept while the account lives or until the user ends it: "as long as your account is active", "while you are a
 * member", "until you delete your account", "for the life of your subscription".
 */
export const UNTIL_ACCOUNT_ENDS = concept(
  'UNTIL_ACCOUNT_ENDS',
  anyOf(
    near(
      seq(words('as long as'), words('your', 'the', 'you')),
      stems('account', 'membership', 'subscription', 'registration', 'profile', 'active', 'customer', 'member', 'user'),
      SENTENCE,
    ),
    seq(
      words('while', 'for as long as'),
      anyOf(stems('your account', 'you have an account', 'you use'), seq(words('you'), words('are', 'remain'), stems('a'))),
    ),
    near(
      // ... or the organisation that holds the account: "until your employer deletes that survey".
      seq(
        words('until'),
        words(
          'you',
          'your account',
          'such time as you',
          'your employer',
          'your organisation',
          'your organization',
          'your school',
          'the account holder',
          // Translated policies name the user in the third person: "until the member withdraws from membership".
          'the member',
          'the user',
          'the customer',
        ),
      ),
      stems(
        'delete',
        'close',
        'cancel',
        'terminate',
        'deactivate',
        'request',
        'ask',
        'unsubscribe',
        'opt out',
        'withdraw',
        'eras',
        'clear',
        'take',
        'tell us',
      ),
      SENTENCE,
    ),
    // "Only while the school or parent account that it belongs to is active": the account named, then its state.
    near(
      seq(words('while', 'whilst', 'as long as'), opt(words('the', 'your', 'their', 'its', 'a'))),
      seq(
        stems('account', 'membership', 'subscription', 'profile', 'contract'),
        gap(5),
        words('is active', 'remains active', 'is open', 'remains open', 'exists', 'is in force', 'lasts'),
      ),
      40,
    ),
    // "Unless you delete it, your content remains": kept until the user deletes it (not "unless you opt out").
    near(seq(words('unless'), words('you')), stems('delete', 'eras', 'remov', 'close your account', 'cancel your account'), 60),
    seq(
      words('the'),
      words('life', 'lifetime', 'duration'),
      words('of'),
      words('your', 'the'),
      stems('account', 'membership', 'subscription', 'relationship'),
    ),
  ),
);

/**
 * Kept for an unstated time: "as long as necessary", "for a reasonable period", "as required by law", "no longer
 * than needed", "our retention policies", "legal obligations".
 */
export const AS_LONG_AS_NEEDED = concept(
  'AS_LONG_AS_NEEDED',
  anyOf(
    seq(
      words('length', 'period', 'amount'),
      words('of time'),
      opt(words('that is', 'which is')),
      stems('needed', 'necessary', 'required', 'reasonable', 'reasonably'),
    ),
    seq(
      words('as long as'),
      opt(words('is', 'it is', 'we deem', 'reasonably')),
      stems('necessary', 'needed', 'required', 'appropriate', 'reasonable', 'reasonably', 'permitted'),
    ),
    seq(words('as long as we'), stems('need', 'have a', 'deem', 'reasonably need')),
    seq(
      words('for'),
      words('as long as', 'the period', 'the time'),
      opt(words('is', 'that is')),
      stems('necessary', 'needed', 'required', 'reasonable', 'reasonably'),
    ),
    seq(words('as', 'where'), words('required', 'permitted'), words('by'), opt(words('applicable')), stems('law')),
    seq(
      words('for', 'during'),
      words('a'),
      words('reasonable', 'limited', 'certain', 'period of'),
      stems('period', 'time', 'amount of time'),
    ),
    seq(words('retention'), stems('policies', 'policy', 'schedule', 'period', 'requirements')),
    seq(words('no longer'), opt(words('than')), opt(words('is', 'it is')), stems('necessary', 'needed', 'required')),
    seq(words('legal'), stems('obligations', 'requirements')),
    seq(words('only for'), stems('as long as', 'the time')),
    // "we keep data only while it's useful", "while they remain relevant".
    seq(
      words('while', 'whilst'),
      words("it's", 'it’s', 'it is', 'they are', "they're", 'it remains', 'they remain', 'still'),
      stems('useful', 'needed', 'necessary', 'relevant', 'required'),
    ),
    LONGER_THAN_NEEDED.source,
  ),
);

/** What is kept: information, records, logs, messages, accounts, backups, orders, CVs, footage and the like. */
export const KEPT_DATA = concept(
  'KEPT_DATA',
  words(
    'information',
    'data',
    'record',
    'records',
    'log',
    'logs',
    'file',
    'files',
    'details',
    'content',
    'message',
    'messages',
    'history',
    'address',
    'addresses',
    'account',
    'accounts',
    'backup',
    'backups',
    'copies',
    'comment',
    'comments',
    'post',
    'posts',
    'profile',
    'profiles',
    'photo',
    'photos',
    'recording',
    'recordings',
    'communication',
    'communications',
    'correspondence',
    'transaction',
    'transactions',
    'order',
    'orders',
    'ticket',
    'tickets',
    'invoice',
    'invoices',
    'receipt',
    'receipts',
    'application',
    'applications',
    'CV',
    'CVs',
    'results',
    'resume',
    'resumes',
    'footage',
    'email',
    'emails',
    'chat',
    'chats',
    'entry',
    'entries',
    'submission',
    'submissions',
    'upload',
    'uploads',
    'uploaded',
    'document',
    'documents',
    'image',
    'images',
    'video',
    'videos',
    'clip',
    'clips',
    'note',
    'notes',
    'review',
    'reviews',
    // Kinds of data named by what they measure or record ("vehicle telemetry is stored for three years").
    'telemetry',
    'readings',
    'location',
    'usage',
    'activity',
    'searches',
    'queries',
    'purchases',
    'payments',
    'bookings',
    'reservations',
    'claims',
    'statements',
    'contracts',
    'scans',
    'biometrics',
    // What a check produces or a survey collects: "verification reports", "survey answers".
    'report',
    'reports',
    'answers',
    'responses',
    // Work records: "timesheets", "rosters".
    'timesheets',
    'rosters',
    // What a reader sent in: "We delete your enquiry six months after the matter has been dealt with".
    'enquiry',
    'enquiries',
    'inquiry',
    'inquiries',
    'feedback',
    // Biometric keys made from a face, voice or fingerprint: "face templates are destroyed after three years".
    'templates',
    'faceprints',
    'voiceprints',
    'identifiers',
    'preferences',
    // Paper and samples: "guest registration cards are held for one year", "paper forms are shredded", "saliva samples".
    'forms',
    'registration cards',
    'samples',
    'transcripts',
    'photographs',
  ),
);

/**
 * "Keep information secure", "retain the services of contractors", "maintain de-identified data and not attempt to
 * re-identify it": a keeping verb that is not about how long.
 */
export const NOT_ABOUT_KEEPING = concept(
  'NOT_ABOUT_KEEPING',
  anyOf(
    `${anyOf(words('keep', 'kept', 'keeping', 'store', 'stores', 'stored'), stems('maintain'))} ${plainWords(6)}${words(
      'secure',
      'safe',
      'confidential',
      'accurate',
      'up-to-date',
      'current',
      'private',
    )}`,
    seq(words('retain', 'retains', 'retained'), words('the services', 'contractors', 'counsel', 'a firm', 'outside')),
    // "We maintain deidentified information and will not attempt to reidentify it": a promise about identity.
    stems('reidentif', 're-identif'),
    // "In order to keep you informed, we send e-mails": the reader kept up to date, not data kept.
    seq(
      words('keep', 'keeps', 'keeping'),
      words('you', 'users', 'our users', 'customers'),
      words('informed', 'updated', 'posted', 'up to date', 'in the loop'),
    ),
  ),
);

/** A user's own deletion right: "you can delete your account", "request that we delete" (data kept until then). */
export const USER_DELETES = concept(
  'USER_DELETES',
  anyOf(
    near(
      near(
        seq(words('you', 'parent', 'parents', 'guardian', 'guardians', 'user', 'users'), words('can', 'may', 'have the right to')),
        words('delete', 'remove', 'erase'),
        60,
      ),
      stems('information', 'data', 'account'),
      40,
    ),
    seq(
      words('request'),
      opt(anyOf(words('that we', 'the'), seq(words('to have'), opt(words('your', 'the')), opt(words('information', 'data'))))),
      words('delete', 'deleted', 'deletion', 'erase', 'erasure'),
    ),
  ),
);

/** The user ending the account: "if you close your account", "you ask us to delete your profile", "account deletion". */
const USER_ENDS_ACCOUNT = anyOf(
  seq(
    words('you', 'the user', 'the member', 'the customer'),
    opt(words('ask us to', 'choose to', 'decide to', 'want to', 'request that we')),
    words('close', 'delete', 'cancel', 'deactivate', 'terminate', 'closes', 'deletes', 'cancels'),
    words('your', 'the', 'their', 'his or her'),
    words('account', 'profile', 'membership'),
  ),
  seq(
    words('deletion', 'closure', 'closing', 'cancellation', 'termination'),
    words('of'),
    words('your', 'the'),
    words('account', 'profile', 'membership'),
  ),
  words('account deletion', 'account closure', 'account cancellation'),
);
const ERASING = words(
  'delete',
  'deleted',
  'deletes',
  'erase',
  'erased',
  'erases',
  'remove',
  'removed',
  'destroy',
  'destroyed',
  'purge',
  'purged',
);

/**
 * How long erasing takes once the user ends the account: "If you close your account, we will delete your personal data
 * within 30 days", "we erase it within 30 days of account deletion". The data is kept until the user deletes it; the
 * days are a deletion lag, not a retention period. Not "kept for two years after you close your account".
 */
export const DELETION_LAG = concept(
  'DELETION_LAG',
  anyOf(
    near(USER_ENDS_ACCOUNT, seq(ERASING, gap(10), words('within')), 60),
    seq(ERASING, gap(10), words('within'), gap(3), words('of', 'after', 'following'), USER_ENDS_ACCOUNT),
  ),
);

/**
 * A deletion lag after the user's act named in the sentence before: "You can delete your account at any time. When you
 * do, we delete your email address within 30 days." Read with DELETION_LAG.
 */
export const LAG_AFTER_YOUR_ACT = concept(
  'LAG_AFTER_YOUR_ACT',
  seq(
    words('when you do', 'if you do', 'once you do', 'after you do'),
    opt(words('so')),
    opt(words('we', 'we will')),
    ERASING,
    gap(10),
    words('within'),
  ),
);

/** A unit of a duration: days, weeks, months, years. */
export const TIME_UNIT = concept(
  'TIME_UNIT',
  words('day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks'),
);

/** The words a sentence about retention cannot do without, durations included: a cheap filter before the judge. */
export const RETENTION_WORDS = concept(
  'RETENTION_WORDS',
  anyOf(
    stems(
      'retain',
      'retention',
      'keep',
      'kept',
      'stor',
      'preserv',
      'maintain',
      'hold',
      'held',
      'archiv',
      'log',
      'delet',
      'eras',
      'purg',
      'destroy',
      'remov',
      'anonymi',
      'de-identif',
      'deidentif',
      'discard',
      'expire',
      'overwritten',
      'disappear',
      'wip',
      'shred',
      'hang on',
      'unlimited',
      'indefinite',
      'permanent',
      'forever',
      'as long as',
    ),
    // Data staying somewhere (KEPT_IN_PLACE): the verb with its preposition, not every "live" or "stay".
    seq(words('remain', 'remains', 'stay', 'stays', 'live', 'lives', 'sit', 'sits', 'reside', 'resides'), words('in', 'on', 'within')),
    words('until', 'life of', 'lifetime of'),
    TIME_UNIT.source,
  ),
);

/**
 * Content said to stay for good, with no verb of keeping: "posts remain on the service permanently", "your reviews
 * stay visible indefinitely". The site keeps it, whoever put it there.
 */
export const REMAINS_FOREVER = concept('REMAINS_FOREVER', seq(words('remain', 'remains', 'stay', 'stays'), gap(5), KEPT_FOREVER.source));

/**
 * What is kept, named by a pronoun right after the verb: "we retain it for 10 years", "Google Analytics retains this
 * for 26 months", "we delete them after 30 days". The sentence before named the data.
 */
export const KEPT_PRONOUN = concept(
  'KEPT_PRONOUN',
  seq(
    anyOf(
      stems('retain'),
      words('keep', 'keeps', 'kept', 'store', 'stores', 'stored', 'hold', 'holds', 'delete', 'deletes', 'erase', 'erases'),
    ),
    words('it', 'them', 'this', 'these', 'those', 'such'),
    words('for', 'after', 'until', 'no longer', 'up to', 'within'),
  ),
);

/** A retention period named as such: "retention period: 14 months", "a storage duration of 2 years". */
export const RETENTION_PERIOD_NAMED = concept(
  'RETENTION_PERIOD_NAMED',
  seq(words('retention', 'storage', 'deletion'), words('period', 'periods', 'time', 'duration', 'limit')),
);

/**
 * Kept no longer than needed, in words AS_LONG_AS_NEEDED leaves out: "for so long as it is needed", "the minimum
 * period necessary", "as short a time as possible"; or a period that depends on criteria ("how long we keep your
 * data depends on why we collected it"). A vague retention rule.
 */
export const SHORTEST_NEEDED = concept(
  'SHORTEST_NEEDED',
  anyOf(
    // "So long as it is needed", "the minimum period necessary", "as short a time as possible".
    seq(words('so long as', 'for so long as'), opt(words('is', 'it is', 'they are', 'we')), stems('necessary', 'needed', 'required')),
    seq(
      words('the minimum', 'the shortest'),
      words('period', 'time', 'amount of time'),
      stems('necessary', 'needed', 'required', 'possible'),
    ),
    seq(words('as short a'), words('time', 'period'), words('as possible')),
    // "How long we keep your data depends on the reason we hold it": criteria instead of a period.
    near(words('how long'), words('depends on', 'depend on', 'varies', 'vary'), 80),
  ),
);

/**
 * A process word that names the data kept, not a deadline: "identity verification results are kept for seven years",
 * "confirmation emails", "response logs", "refunds are kept". Read right after a process word (`PROCESS_DEADLINE`): the rest of its word,
 * at most one more word, then a kept thing.
 */
export const DATA_NAMED_BY_PROCESS = concept(
  'DATA_NAMED_BY_PROCESS',
  String.raw`^[\w-]*\s+(?:\w+\s+)?` +
    // "refunds are kept for six years": the process word is the subject of a keeping verb.
    anyOf(
      KEPT_DATA.source,
      seq(words('is', 'are', 'will be', 'shall be', 'may be'), words('kept', 'retained', 'stored', 'held', 'archived')),
    ),
);

/**
 * Keeping on past the account's end for as long as needed: "as long as your account is active and afterwards as long
 * as reasonably necessary to comply with legal obligations", "and thereafter for as long as required".
 */
export const KEPT_PAST_ACCOUNT = concept(
  'KEPT_PAST_ACCOUNT',
  seq(
    words('and', 'then'),
    opt(words('for')),
    words('afterwards', 'thereafter', 'after that', 'after closure', 'after that time'),
    opt(words('for')),
    words('as long as', 'so long as', 'such time as'),
  ),
);

/** Data named as such, records and logs too: a sentence about cookies that names none keeps only cookies. Wider than DATA_WORD (information, data) by "records" and "logs". */
export const DATA_OR_RECORDS = concept('DATA_OR_RECORDS', String.raw`\b(?:information|data|records?|logs?)\b`);

/** "Cookie data" is still about cookies: set aside before looking for DATA_OR_RECORDS. */
export const COOKIE_DATA = concept('COOKIE_DATA', String.raw`cookie data`);

/** Right after a duration, "of age" or "old": the number is an age, not a period (the text starts after the number). */
export const AGE_AFTER_NUMBER = concept('AGE_AFTER_NUMBER', String.raw`^\W{0,3}(?:of )?(?:age|old)\b`);

/** Right after a duration, the kind of period it is: "24 months retention", "after three months of inactivity" (the text starts after the number). */
export const PERIOD_NAMED_AFTER = concept(
  'PERIOD_NAMED_AFTER',
  String.raw`^[\s-]*(?:retention|storage|deletion|retention period|of (?:inactivity|non-use|disuse))\b`,
);

/** The site letting the user act: "our settings let you delete your history". Narrower than LETTING, which also counts "permits". */
export const LETS_THE_USER = concept('LETS_THE_USER', String.raw`\b(?:allows?|lets?|enables?)\b`);

/** A request to the site (a rights procedure), not a deletion the user does: "you may request that we delete your data". */
export const REQUEST_WORD = concept('REQUEST_WORD', String.raw`\brequest\b`);

/** "We retain this information only to provide the service": kept for a purpose, no period. Unlike KEPT_FOR_PURPOSE, it needs "only" within 40 characters of the verb. */
export const KEPT_ONLY_TO_PROVIDE = concept(
  'KEPT_ONLY_TO_PROVIDE',
  String.raw`\b(?:retain\w*|keep|kept|stored?)\b[^.]{0,40}\bonly (?:to|for|as long as) (?:provide|fulfil\w*|complete|process|deliver|the purposes?|perform)\b`,
);

/** A disclosure verb before the verb of keeping: "We may disclose information maintained as required by law" is a disclosure rule, not a retention rule. */
export const DISCLOSED_FIRST = concept(
  'DISCLOSED_FIRST',
  String.raw`\b(?:disclose[sd]?|share[sd]?|release[sd]?|provide[sd]?|transfer(?:s|red)?)\b`,
);

/** A heading that makes the lines below it retention statements ("Retention", "How long we keep data"), or a table head ("Type of data | How long we keep it"). */
export const RETENTION_HEADING = concept(
  'RETENTION_HEADING',
  String.raw`\b(?:retention|retain|how long|storage (?:period|limitation|duration)|keep(?:ing)? (?:your )?(?:data|information)|kept for|delet(?:ion|e it|e them))\b`,
);

/** Words that bring the reader's own data into a sentence about anonymous data ("your personal data ..., aggregated data ..."). */
export const PERSONAL_OR_YOURS = concept('PERSONAL_OR_YOURS', String.raw`\bpersonal\b|\byour\b`);

/** A cookie named: its lifetime ("_ga expires after 2 years") is no retention of data unless data is named too. */
export const COOKIE_NAMED = concept('COOKIE_NAMED', String.raw`\bcookies?\b`);
