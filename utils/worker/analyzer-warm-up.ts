/**
 * A cold worker's first click pays for V8 compiling the analyzer's patterns on their first run (~100 ms). The worker
 * is otherwise idle while the page extracts its text, so it analyzes a few sentences that reach the judges' patterns
 * meanwhile, one sentence at a time, and stops as soon as the page answers: the compile is moved, not added.
 */
import { analyze } from '../../analyzer/index';

/** One sentence per practice and its usual phrasing (made up for this purpose, not from any policy). */
export const WARM_UP_SENTENCES = [
  'We and third-party partners such as Google Analytics use cookies and similar tracking technologies for targeted advertising.',
  'We do not sell your personal information, but we may share it with service providers and advertising partners.',
  'We retain your personal data for 30 days, or as long as necessary to comply with our legal obligations.',
  'Our services are not directed to children under the age of 13, and you must be at least 16 years of age to register.',
  'You have the right to access, correct or delete your personal information, to object to processing and to withdraw your consent.',
  'You may opt out of marketing e-mails by clicking the unsubscribe link, and you may lodge a complaint with a supervisory authority.',
  'We use reasonable security measures, including encryption (SSL/TLS) and access controls, to protect your data.',
  'We will notify you by e-mail of any material changes to this privacy policy and post the updated version on this page.',
  'We may collect sensitive information such as health data and your precise geolocation with your consent.',
  'Your data may be transferred to the United States under standard contractual clauses.',
  'If you have questions about this policy, contact our data protection officer at privacy@example.com.',
  'We do not respond to Do Not Track signals, but we honor Global Privacy Control.',
];
/** Sentences the judges must turn down: their exclusions (a company sale is not selling data) compile too. */
export const WARM_UP_EXCLUSIONS = ['We may disclose your information to a buyer in the event of a merger, acquisition or bankruptcy.'];

let warmed = false;

/**
 * Analyzes the warm-up sentences until `pending` settles (once per worker: later calls return at once). `pause`
 * lets the event loop run between sentences, so the page's answer is seen as soon as it arrives.
 */
export async function warmAnalyzerWhile(
  pending: Promise<unknown>,
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<number> {
  if (warmed) return 0;
  warmed = true;
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  let done = 0;
  for (const sentence of [...WARM_UP_SENTENCES, ...WARM_UP_EXCLUSIONS]) {
    await pause();
    if (settled) break;
    analyze(sentence);
    done++;
  }
  return done;
}

/** Tests: forget that the worker was warmed. */
export function resetWarmUp(): void {
  warmed = false;
}
