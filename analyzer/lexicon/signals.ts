import { anyOf, concept, gap, opt, seq, words } from './build';

/**
 * A browser signal (masked as SIGNAL) that switches a practice off: "If you visit our website with a browser
 * transmitting SIGNAL, we will not share ... or sell your personal information". The denial is the honouring, and so
 * is switching a tool off: "When we detect a SIGNAL, we disable our analytics scripts".
 */
export const SIGNAL_TURNS_OFF = concept(
  'SIGNAL_TURNS_OFF',
  seq(words('if', 'when', 'whenever', 'once', 'where'), gap(10), words('SIGNAL')) +
    '[^.;]{0,60}?' +
    seq(
      // "we'll stop sharing": the contraction is the same promise; so is the site's tool as the subject ("our script
      // does not record your visit").
      anyOf(
        words('we', "we'll", 'we’ll'),
        seq(
          words('our', 'the'),
          words('script', 'scripts', 'site', 'website', 'app', 'service', 'analytics', 'tags', 'tracker', 'trackers'),
        ),
      ),
      opt(words('will', 'shall', 'automatically', 'do', 'does', 'then')),
      anyOf(
        seq(
          words('not', 'no longer', 'stop', 'cease'),
          gap(3),
          words(
            'sell',
            'share',
            'sharing',
            'selling',
            'track',
            'tracking',
            'use',
            'disclose',
            'process',
            'collect',
            'set',
            'record',
            'log',
            'load',
          ),
        ),
        // "When we detect a SIGNAL, we disable our analytics": switching a tool off is the same honouring.
        words('disable', 'turn off', 'switch off', 'deactivate', 'suppress', 'block'),
      ),
    ),
);

/**
 * A sentence that answers the one before about a signal without naming it: "Therefore, we do not respond to such
 * signals", "We do not honor these requests". It is read with the signal of the sentence before.
 */
export const REFERS_TO_SIGNAL = concept(
  'REFERS_TO_SIGNAL',
  seq(
    words('such', 'these', 'those', 'this', 'that', 'the'),
    // "such a signal", "such an instruction"
    opt(words('a', 'an')),
    opt(words('browser', 'browser-based', 'preference')),
    words('signals', 'signal', 'requests', 'request', 'mechanisms', 'settings', 'setting'),
  ),
);
