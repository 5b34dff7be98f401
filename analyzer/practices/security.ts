import { PRACTICE_META } from '../practice-meta';
import {
  ACCESS_CONTROLS,
  BREACH_NOTICE,
  BREACH_WORD,
  ENCRYPTION,
  FIREWALLS,
  GENERIC_SECURITY,
  has,
  HASHED,
  HOW_CONTENTS_ITEM,
  INTRUSION_DETECTION,
  KEPT_SAFE,
  MULTI_FACTOR,
  NAMED_CIPHER,
  NO_PERFECT_SECURITY,
  PASSWORD_HASHING,
  STAFF_TRAINING,
  SECURE_CONNECTION,
  SECURITY_AUDITS,
  SECURITY_CERTIFICATION,
  SECURITY_CONTEXT,
  SECURITY_HEADING,
  SECURITY_TESTING,
  SECURITY_TOPIC,
  USER_SECURITY_ADVICE,
  SECURITY_PRODUCT,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { SecurityVerdict } from '../types';
import { affirmed, anyCue, cuesIn, listInWords, union, type Cue } from './cues';

type SecurityHit = Hit<SecurityVerdict> & { measures: string[]; breach: boolean };

/** Concrete measures a reader could check; "reasonable safeguards" is not one of them. */
const MEASURES: Cue[] = [
  ['encryption', ENCRYPTION.all],
  ['TLS/SSL', SECURE_CONNECTION.all],
  ['access controls', ACCESS_CONTROLS.all],
  ['firewalls', FIREWALLS.all],
  // "Uses of this system may be monitored, audited..." is a warning banner, not a measure.
  ['audits', SECURITY_AUDITS.all],
  ['hashed passwords', HASHED.all],
  ['two-factor authentication', MULTI_FACTOR.all],
  ['certification', SECURITY_CERTIFICATION.all],
  ['intrusion detection', INTRUSION_DETECTION.all],
  ['staff training', STAFF_TRAINING.all],
];
const ANY_MEASURE = anyCue(MEASURES);
// Encryption can be a matching technique ("hash-encrypted e-mail lists"), so it needs a security context.
const SELF_EVIDENT = ['TLS/SSL', 'access controls', 'firewalls', 'two-factor authentication', 'certification', 'intrusion detection'];
export const security: Practice<'security'> = {
  ...PRACTICE_META.security,
  candidate: SECURITY_TOPIC.re,
  triggers: [
    ENCRYPTION,
    SECURE_CONNECTION,
    ACCESS_CONTROLS,
    FIREWALLS,
    INTRUSION_DETECTION,
    MULTI_FACTOR,
    HASHED,
    PASSWORD_HASHING,
    NAMED_CIPHER,
    STAFF_TRAINING,
    SECURITY_AUDITS,
    SECURITY_CERTIFICATION,
    SECURITY_CONTEXT,
    NO_PERFECT_SECURITY,
    KEPT_SAFE,
    SECURITY_TESTING,
    BREACH_WORD,
  ],
  judge(sentence) {
    const text = sentence.text;
    // Table-of-contents items ("How we protect information;") promise nothing.
    if (sentence.isHeading || (has(HOW_CONTENTS_ITEM, text) && text.length < 90)) return [];
    // "Nothing on the internet is completely safe" is the disclaimer, a context of its own.
    const context =
      has(SECURITY_CONTEXT, text) ||
      has(SECURITY_HEADING, sentence.heading) ||
      has(NO_PERFECT_SECURITY, text) ||
      has(KEPT_SAFE, text) ||
      has(SECURITY_TESTING, text);
    // "We sell SSL certificates": the product's name is no measure of the site's.
    const ownText = has(SECURITY_PRODUCT, text) ? text.replace(SECURITY_PRODUCT.all, ' ') : text;
    const measurable = ANY_MEASURE.test(ownText);
    if (!context && !measurable && !has(BREACH_WORD, text)) return [];
    const breach = has(BREACH_NOTICE, text);
    const measures = !measurable || has(USER_SECURITY_ADVICE, text) ? [] : cuesIn(ownText, MEASURES);
    // Encryption or restricted access speak for themselves; "audits" or "training" need a security context.
    // A named cipher or hashed passwords are security whatever the sentence says around them.
    const selfEvident = measures.some((m) => SELF_EVIDENT.includes(m)) || has(NAMED_CIPHER, ownText) || has(PASSWORD_HASHING, text);
    if (!selfEvident && !breach && !context) return [];
    if (measures.length) {
      return [
        {
          verdict: 'measures-described',
          sentence,
          strength: BAND.firm,
          reason: `Names concrete security measures: ${listInWords(measures)}.`,
          claim: 'names-measures',
          names: measures,
          measures,
          breach,
        },
      ];
    }
    if (breach || (!has(USER_SECURITY_ADVICE, text) && affirmed(text, GENERIC_SECURITY))) {
      return [
        {
          verdict: 'generic',
          sentence,
          strength: breach ? BAND.qualified : BAND.edge,
          reason: breach ? 'Promises to notify users of a data breach.' : 'Promises security in general terms only.',
          claim: breach ? 'breach' : 'generic',
          measures: [],
          breach,
        },
      ];
    }
    return [];
  },
  combine(hits) {
    const all = hits as SecurityHit[];
    const concrete = strongest(all, 'measures-described');
    const generic = strongest(all, 'generic');
    const breachNotification = all.some((h) => h.breach);
    const breachNote = breachNotification ? ' It promises to notify users of a data breach.' : '';
    if (concrete.length) {
      const measures = union(concrete.map((h) => h.measures));
      return {
        verdict: 'measures-described',
        confidence: confidenceOf(concrete),
        summary: `The policy names its security measures: ${listInWords(measures)}.${breachNote}`,
        evidence: toEvidence(concrete),
        measures,
        breachNotification,
      };
    }
    if (generic.length) {
      return {
        verdict: 'generic',
        confidence: confidenceOf(generic),
        summary: `The policy promises security only in general terms (“reasonable measures”).${breachNote}`,
        evidence: toEvidence(generic),
        measures: [],
        breachNotification,
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say how it protects your data.',
      evidence: [],
      measures: [],
      breachNotification: false,
    };
  },
};
