import { findDurations, readAge } from './numbers';
import type { Practice, PracticeContext } from './practice';
import type { Sentence } from './types';

/**
 * Why a warm-up: V8 compiles a regular expression on its first execution. On a short subject (a sentence) it first
 * builds bytecode for its interpreter, then compiles machine code on the next execution; on a subject of 1,000
 * characters or more it compiles machine code at once, which for our large patterns costs about a third of the two
 * steps together (the rights "access" pattern: 2.5 ms CPU instead of 7). So a judge first runs over these long
 * passages, which reach most patterns the judges hold, before its first real sentence. The passages are written for
 * this purpose; their findings are thrown away.
 */
/** V8 compiles machine code at once for a subject at least this long (its `kTierUpForSubjectLengthValue`). */
export const LONG_SUBJECT = 1000;

export const WARM_UP_PASSAGES = [
  [
    'We and our advertising partners, including Google Analytics, DoubleClick and the Meta Pixel, use cookies, web beacons',
    'and similar tracking technologies to collect information over time and across websites, and we may sell, rent or share',
    'your personal information with advertisers and data brokers for cross-context behavioral advertising, which may count',
    'as a "sale" under the CCPA; you may opt out through the Do Not Sell My Personal Information link or a Global Privacy',
    'Control signal, and we honor Do Not Track signals. We retain your account information for two (2) years after your',
    'last login, log files for 90 days, and backups indefinitely, or as long as necessary for the purposes described, until',
    'you delete your account. Our services are not directed to children under the age of 13 (or 16 in the EEA), and users',
    'must be at least 18 years old. You have the right to access, correct, update, delete or request a copy of your',
    'personal data, to data portability in a machine-readable format, to object to or restrict processing, to withdraw your',
    'consent at any time and to lodge a complaint with a supervisory authority; to exercise these rights, e-mail',
    'privacy@example.test, use your account settings, submit our web form or call us toll-free at 1-800-555-0100. We use',
    'encryption, TLS, firewalls, access controls, regular security audits and two-factor authentication, and we will',
    'notify you of a data breach. We will notify you of material changes by e-mail or a prominent notice before they take',
    'effect. Your data may be transferred to the United States under standard contractual clauses and the Data Privacy',
    'Framework. We collect health information, biometric identifiers and your precise geolocation. Contact our Data',
    'Protection Officer at 1 Example Street, Springfield.',
  ],
  [
    'We do not sell your personal information and we never share it with third parties for their own marketing, except',
    'with service providers who process it on our behalf or when required by law, and except in a merger or acquisition.',
    'We do not use cookies or any tracking technology other than our own session cookie, and we do not respond to Do Not',
    'Track signals because no common standard exists. We keep server logs no longer than thirty days and delete your data',
    'within 6 months after you close your account, unless the law requires otherwise, and anonymized or aggregated data may',
    'be kept permanently. We do not knowingly collect personal information from anyone younger than sixteen without',
    'verified parental consent; if you are a parent and believe your child under 13 provided data, contact us and we will',
    'remove it. We do not collect sensitive data such as racial or ethnic origin, religious beliefs, sexual orientation,',
    'genetic data, political opinions, union membership, financial account numbers or government ID numbers. We may update',
    'this policy from time to time by posting the new version on this page, and your continued use means you accept it,',
    'so please check back. We take reasonable measures to protect your information, but no method of transmission over the',
    'Internet is 100% secure. Your information is stored and processed in Canada and the European Union, where an adequacy',
    'decision applies. You can unsubscribe using the link at the bottom of any e-mail, or write to us by postal mail.',
  ],
].map((lines) => lines.join(' '));

const warmed = new Set<string>();

/**
 * Compiles one practice's patterns the cheap way, once per process (see above), and only for a practice the text has
 * candidate sentences for: a policy that never mentions Do Not Track compiles none of that judge's patterns.
 * Pure: it changes no result.
 */
export function warmUp(practice: Practice): void {
  if (warmed.has(practice.id)) return;
  warmed.add(practice.id);
  for (const text of WARM_UP_PASSAGES) {
    const sentence: Sentence = { text, start: 0, end: text.length, heading: '', isHeading: false };
    const ctx: PracticeContext = { text, sentences: [sentence], numbers: { findDurations, readAge } };
    practice.combine(practice.judge(sentence, ctx) as never, ctx);
  }
}
