import { anyOf, concept, opt, stems, words } from './build';
import { notFollowedBy } from './phrase-parts';
import { tight, within, wordGap } from './strict';

/**
 * What a site does with a browser signal: "respond", "honor", "respect", "recognize", "act on", "comply", "take action",
 * "stop tracking", "opt you out". A "not" before the one nearest the signal is a refusal.
 */
export const SIGNAL_RESPONSE = concept(
  'SIGNAL_RESPONSE',
  anyOf(
    stems('respond', 'respons', 'honor', 'honour', 'support', 'recognis', 'recogniz', 'process'),
    tight(words('take'), opt(words('any')), words('action')),
    tight(words('act', 'acts', 'acting', 'acted'), words('on', 'upon')),
    // "we respect the signal", not "with respect to the signal" or "in respect of".
    words('respect', 'respects', 'respecting', 'respected') + notFollowedBy('\\s+(?:to|of)\\b'),
    words('comply', 'complies'),
    stems('obey', 'treat', 'accept'),
    words('abide', 'adhere'),
    stems('observe'),
    words('follow'),
    stems('acknowledge', 'interpret'),
    tight(stems('assign'), opt(words('any')), words('meaning')),
    stems('alter'),
    // "we do not change our practices", "our website doesn't change what it does when your browser sends SIGNAL"
    tight(stems('chang'), words('our', 'its', 'the way', 'what', 'how', 'anything')),
    // "this site doesn't do anything differently when it's turned on", "we treat such browsers differently"
    tight(
      words('do', 'does', 'act', 'acts', 'behave', 'behaves', 'treat', 'treats', 'handle', 'handles'),
      wordGap(2),
      words('differently'),
    ),
    words('set up', 'configured', 'designed'),
    stems('participate'),
    words('apply', 'applies'),
    stems('react'),
    tight(words('stop', 'stops', 'stopping'), wordGap(2), words('tracking', 'collecting')),
    // What the site switches off for the browser: "switch off ad personalisation", "we disable third-party analytics".
    words('switch off', 'switches off', 'turn off', 'turns off', 'disable', 'disables'),
    // Not "opting out": the older pattern did not read it, and "opting out also means" describes the user's act.
    tight(words('opt', 'opts', 'opted'), opt(words('you')), words('out')),
    // "we will opt that browser or device out of cookies", "opts any browser sending SIGNAL out".
    tight(words('opt', 'opts'), words('that', 'the', 'your', 'any', 'such', 'this'), wordGap(4), words('out')),
  ),
);

/**
 * The signal (masked as SIGNAL) is ignored: "regardless of SIGNAL", "we ignore SIGNAL", "SIGNAL signals are ignored", "our practices continue to
 * apply ... SIGNAL", "no response".
 */
export const IGNORES_SIGNAL = concept(
  'IGNORES_SIGNAL',
  anyOf(
    // "whether or not your browser sends a SIGNAL"
    tight(words('regardless of', 'whether or not', 'irrespective of'), wordGap(5), 'SIGNAL'),
    // Inability is a refusal: "we are unable to honour SIGNAL", "we are not able to recognise SIGNAL".
    tight(words('unable to', 'not able to', 'not yet able to'), wordGap(3), 'SIGNAL'),
    within(tight(words('continue to'), wordGap(3), words('operate', 'apply')), 'SIGNAL', 120),
    tight(anyOf(words('ignore', 'ignores', 'ignored'), stems('disregard')), wordGap(3), 'SIGNAL'),
    // Passive: "SIGNAL signals are ignored by our servers", "such requests will be disregarded"; not "ignored by some
    // websites" (others' stance).
    tight(
      '\\bSIGNAL',
      wordGap(2),
      words('are', 'is', 'will be', 'get', 'gets'),
      opt(words('simply', 'currently')),
      words('ignored', 'disregarded'),
    ) + notFollowedBy('\\s+by\\s+(?:some|other|many|most|certain)\\b'),
    tight(words('no'), wordGap(2), words('response', 'action')),
    // "SIGNAL settings in your browser will have no effect on how we collect information"
    tight(
      '\\bSIGNAL',
      wordGap(5),
      words('will have', 'have', 'has', 'do not have', 'does not have'),
      words('no', 'any'),
      words('effect', 'impact', 'bearing', 'influence'),
    ),
  ),
);

/**
 * Others respond to the signal, not the site: "third parties may respond", "other websites", "some browsers offer a
 * setting". Not "we disable third-party analytics" (an adjective on what the site itself turns off).
 */
export const OTHERS_RESPOND = concept(
  'OTHERS_RESPOND',
  anyOf(
    words('third parties'),
    tight(words('third party'), stems('site', 'website', 'compan', 'provider', 'partner', 'service')),
    words('other sites', 'other websites', 'other companies', 'some browsers'),
    tight(words('browser', 'browsers'), wordGap(2), words('offer', 'have', 'include')),
  ),
);

/**
 * What the law asks of businesses in general, not this site's stance: "some states require businesses to treat GPC
 * as an opt-out", "the law obliges websites to honour such signals".
 */
export const DUTY_OF_BUSINESSES = concept(
  'DUTY_OF_BUSINESSES',
  tight(
    stems('require', 'oblige', 'obligate', 'mandate', 'compel'),
    opt(words('all', 'certain', 'some', 'many')),
    words('businesses', 'companies', 'websites', 'sites', 'controllers', 'operators', 'organisations', 'organizations'),
    words('to'),
  ),
);

/** The Do Not Track signal by name: "Do Not Track", "do-not-track", "DNT". */
export const DO_NOT_TRACK = concept('DO_NOT_TRACK', String.raw`\bdo[- ]not[- ]track\b|\bDNT\b`);

/** The Global Privacy Control and its kin by name: "Global Privacy Control", "GPC", "universal opt-out preference signal". */
export const GLOBAL_PRIVACY_CONTROL = concept(
  'GLOBAL_PRIVACY_CONTROL',
  String.raw`\bglobal privacy control\b|\bGPC\b|\b(?:universal )?opt[- ]out preference signals?\b`,
);

/** Any browser privacy signal named, loosely (a pre-test): "do not track", "DNT", "Global Privacy Control", "preference signal". */
export const PRIVACY_SIGNAL_NAME = concept(
  'PRIVACY_SIGNAL_NAME',
  String.raw`do[- ]not[- ]track|\bDNT\b|global privacy control|\bGPC\b|preference signal`,
);

/**
 * The site speaking of itself ("we", "our", "this website", "the service"): a response to a signal needs a subject.
 * Twins differ: "the site" and "the service" count, unlike WE_OR_SITE; "our" alone counts and "us" not, unlike SITE_VOICE.
 */
export const SITE_SPEAKS = concept(
  'SITE_SPEAKS',
  String.raw`\bwe\b|\bour\b|\bthis (?:site|website|service)\b|\bthe (?:site|website|service)\b`,
);

/**
 * A tool the site set up to answer the signal: "Matomo is configured to respect the Do Not Track setting". Configuring
 * is the site's act, so the tool's response is the site's.
 */
export const CONFIGURED_TO = concept(
  'CONFIGURED_TO',
  tight(words('is', 'are', 'has been', 'have been'), words('configured', 'set up', 'set'), words('to')),
);

/** A short denial that refers back to the sentence before: "We do not do so.", "We currently do not.", "We don't honor them." */
export const NOT_SO = concept(
  'NOT_SO',
  String.raw`^\W*we (?:currently |presently )?(?:do not|don['’]t|will not|cannot)(?: currently)?(?: do so| respond| honou?r them)?\W*$`,
);
