import { notFollowedBy } from './phrase-parts';
import { anyOf, concept, gap, nearEither, opt, seq, stems, words } from './build';

/**
 * A look-back window of a disclosure: "in the past 12 months", "during the preceding twelve months". It says what
 * happened in a period, not how long data is kept.
 */
export const LOOKBACK_WINDOW = concept(
  'LOOKBACK_WINDOW',
  seq(
    words('in', 'during', 'within', 'over', 'for'),
    words('the'),
    opt(words('last', 'past', 'prior', 'preceding', 'previous')),
    opt(words('last', 'past', 'prior', 'preceding', 'previous')),
    words('12', 'twelve'),
    '(?:\\(12\\)\\s*)?' + words('months', 'month'),
  ),
);

/**
 * How often a request may be made: "no more than twice in any twelve-month period", "once every 12 months", "two
 * data requests per year". A limit on asking, not how long data is kept.
 */
export const REQUEST_LIMIT = concept(
  'REQUEST_LIMIT',
  anyOf(
    nearEither(
      stems('request', 'exercis', 'ask'),
      seq(words('once', 'twice', 'two times', 'three times'), words('within', 'in', 'per', 'every', 'each', 'a', 'during')),
      80,
    ),
    seq(words('one', 'two', 'three'), gap(2), words('request', 'requests'), words('per', 'every', 'each', 'within', 'in')),
  ),
);

/**
 * How fast a request or process is handled: answering, confirming, verifying, unsubscribing, a change taking
 * effect. These deadlines are not how long data is kept.
 */
export const PROCESS_DEADLINE = concept(
  'PROCESS_DEADLINE',
  anyOf(
    stems('respond', 'response', 'reply', 'replie', 'answer', 'confirm', 'verif', 'acknowledg', 'unsubscrib', 'refund', 'trial'),
    words(
      'process your request',
      'process the request',
      'process such request',
      'business days',
      'take effect',
      'takes effect',
      'of receipt',
      'of receiving',
      'after receiving',
      'after receipt',
      'return policy',
      'return period',
      'free',
      'notify',
      'notification',
    ),
    // Not a regulation by its number: "as MAS Notice PSN01 requires", "Notice No. 626".
    words('notice') + notFollowedBy(` (?:No\\.? )?[\\w-]*\\d`),
    seq(
      words('to'),
      words('honor', 'honour', 'comply with', 'fulfil', 'fulfill', 'process'),
      words('your', 'the', 'a', 'such'),
      opt(words('opt out', 'deletion', 'access')),
      words('request', 'requests'),
    ),
    seq(stems('request'), gap(4), words('within')),
    // "Within 30 days of your request": the time to act on a request.
    seq(
      words('within'),
      gap(3),
      words('of'),
      opt(words('your', 'the', 'a', 'receiving', 'receipt of')),
      opt(words('verified', 'valid')),
      stems('request'),
    ),
    seq(words('opt out', 'opt-out', 'unsubscribe'), words('requests', 'request')),
    REQUEST_LIMIT.source,
  ),
);

/** Data destroyed for good: "permanently deleted", "permanently and completely erasing". Not keeping forever. */
export const PERMANENT_DELETION = concept(
  'PERMANENT_DELETION',
  seq(
    words('permanently', 'irreversibly', 'securely'),
    opt(words('and completely', 'and securely', 'and irreversibly')),
    stems('delet', 'eras', 'destroy', 'remov', 'purg', 'anonymi', 'de-identif', 'wip'),
  ),
);

/** Kept without end: "indefinitely", "permanently", "forever", "in perpetuity", "no set expiration". */
export const KEPT_FOREVER = concept(
  'KEPT_FOREVER',
  anyOf(
    words(
      'indefinitely',
      'indefinite period',
      'permanently',
      'forever',
      'in perpetuity',
      'perpetually',
      'for an unlimited period',
      'unlimited period',
      'unlimited time',
      'no set expiration',
      'no expiration',
      'no time limit',
      'no retention limit',
      'for all time',
    ),
    seq(words('never'), opt(words('be')), words('deleted', 'erased', 'purged', 'destroyed')),
  ),
);

/**
 * Kept for a purpose rather than a period: "to comply with laws", "for business, tax or legal purposes",
 * "as long as we have a legitimate business need", "to fulfil the purposes described above". No period is stated: a
 * vague retention.
 */
export const KEPT_FOR_PURPOSE = concept(
  'KEPT_FOR_PURPOSE',
  anyOf(
    // The purposes the policy names elsewhere: "to fulfil the purposes described above", "for the purposes for which".
    seq(
      words('to fulfil', 'to fulfill', 'to serve', 'to accomplish', 'to achieve', 'to carry out', 'for'),
      words('the', 'those', 'these'),
      opt(words('specific', 'original', 'stated')),
      words('purposes', 'purpose'),
      words('described', 'set out', 'set forth', 'listed', 'outlined', 'explained', 'for which', 'stated', 'identified'),
    ),
    seq(
      words('to comply with', 'to meet', 'to satisfy', 'to fulfil', 'to fulfill'),
      opt(words('our', 'applicable', 'any')),
      stems('law', 'legal', 'regulat', 'tax', 'accounting', 'reporting'),
    ),
    seq(
      words('for'),
      opt(words('legitimate', 'other', 'our')),
      words('business', 'legal', 'tax', 'accounting', 'archival', 'audit', 'compliance'),
      opt(words('and', 'or', ',')),
      gap(3),
      words('purposes', 'purpose', 'reasons', 'needs'),
    ),
    // "Where we have no ongoing legitimate business need to process it, we delete it": gone once the purpose is.
    seq(
      words('where', 'when', 'once', 'if'),
      words('we have no', 'we no longer have', 'there is no', 'there is no longer'),
      gap(3),
      words('need', 'purpose', 'reason'),
    ),
    seq(
      words('as long as', 'for as long as', 'while'),
      words('we'),
      opt(words('still')),
      words('have'),
      gap(4),
      words('need', 'purpose', 'reason', 'interest'),
    ),
  ),
);

/**
 * The site lets the user delete data at any time ("allows you to review, modify, or delete account information at
 * any time"): a practice of keeping it until then. A bare right to *request* deletion is not (see RIGHT_DESCRIPTION).
 */
export const USER_CAN_DELETE = concept(
  'USER_CAN_DELETE',
  seq(
    words('allows', 'allow', 'lets', 'let', 'enables', 'enable'),
    words('you', 'parents', 'users', 'members'),
    gap(8),
    opt(words('to')),
    gap(3),
    words('delete', 'remove', 'erase'),
    gap(8),
    words('at any time', 'whenever', 'anytime'),
  ),
);

/** A frequency, not a span, just before a duration: "checked at least once every twelve months", "reviewed each year". */
export const FREQUENCY_LEAD = concept('FREQUENCY_LEAD', `${words('every', 'once every', 'each')}\\s*$`);
