import { anyOf, concept, gap, opt, seq, stems, words } from './build';

/**
 * A look-back window of a disclosure: "in the past 12 months", "during the preceding twelve months". It says what
 * happened in a period, not how long data is kept.
 */
export const LOOKBACK_WINDOW = concept('LOOKBACK_WINDOW', seq(
  words('in', 'during', 'within', 'over', 'for'), words('the'), opt(words('last', 'past', 'prior', 'preceding', 'previous')), opt(words('last', 'past', 'prior', 'preceding', 'previous')),
  words('12', 'twelve'), '(?:\\(12\\)\\s*)?' + words('months', 'month'),
));

/**
 * How fast a request or process is handled: answering, confirming, verifying, unsubscribing, a change taking
 * effect. These deadlines are not how long data is kept.
 */
export const PROCESS_DEADLINE = concept('PROCESS_DEADLINE', anyOf(
  stems('respond', 'response', 'reply', 'replie', 'answer', 'confirm', 'verif', 'acknowledg', 'unsubscrib', 'refund', 'trial'),
  words('process your request', 'process the request', 'process such request', 'business days', 'take effect', 'takes effect', 'of receipt', 'of receiving', 'after receiving', 'after receipt', 'return policy', 'return period', 'free', 'notify', 'notice', 'notification'),
  seq(words('to'), words('honor', 'honour', 'comply with', 'fulfil', 'fulfill', 'process'), words('your', 'the', 'a', 'such'), opt(words('opt out', 'deletion', 'access')), words('request', 'requests')),
  seq(stems('request'), gap(4), words('within')),
  seq(words('opt out', 'opt-out', 'unsubscribe'), words('requests', 'request')),
));

/** Data destroyed for good: "permanently deleted", "permanently and completely erasing". Not keeping forever. */
export const PERMANENT_DELETION = concept('PERMANENT_DELETION', seq(
  words('permanently', 'irreversibly', 'securely'), opt(words('and completely', 'and securely', 'and irreversibly')),
  stems('delet', 'eras', 'destroy', 'remov', 'purg', 'anonymi', 'de-identif', 'wip'),
));

/** Kept without end: "indefinitely", "permanently", "forever", "in perpetuity", "no set expiration". */
export const KEPT_FOREVER = concept('KEPT_FOREVER', anyOf(
  words('indefinitely', 'indefinite period', 'permanently', 'forever', 'in perpetuity', 'perpetually', 'for an unlimited period', 'unlimited period', 'unlimited time', 'no set expiration', 'no expiration', 'no time limit', 'no retention limit', 'for all time'),
  seq(words('never'), opt(words('be')), words('deleted', 'erased', 'purged', 'destroyed')),
));
