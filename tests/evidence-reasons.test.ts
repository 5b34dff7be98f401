import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import type { SentenceCase } from '../analyzer/practice';
import type { Evidence, Report } from '../analyzer/types';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { evidenceReason, reasonKeys } from '../utils/evidence-reasons';
import { highlightRequests } from '../utils/highlight-requests';
import { setMessageTable } from '../utils/i18n';

afterEach(() => setMessageTable(null));

const policy = (...lines: string[]) =>
  analyze(['Privacy Policy', 'This privacy policy explains how we collect, use and share your personal information.', ...lines].join('\n'));

/** The tooltip reason of the highlight on the sentence that contains `words`. */
function reasonOn(report: Report, practice: string, words: string): string {
  const hit = highlightRequests(report, { minConfidence: 0 }).find((r) => r.practice === practice && r.text.includes(words));
  if (!hit) throw new Error(`no ${practice} highlight on “${words}”`);
  return hit.reason;
}

describe('tooltip reasons say what the sentence says', () => {
  const report = policy(
    'We do not sell your personal information to anyone.',
    'We retain your account information for 5 years after you close your account.',
    'We use Google Analytics to understand how visitors use the site.',
    'Our services are not directed to children under 13, and we do not knowingly collect data from them.',
    'We honor Global Privacy Control signals as a request to opt out.',
    'If you have questions, e-mail privacy@example.com.',
  );

  it('for the four core practices', () => {
    expect(reasonOn(report, 'selling', 'do not sell')).toBe('Says it does not sell personal information');
    expect(reasonOn(report, 'retention', '5 years')).toBe('Keeps data for 5 years');
    expect(reasonOn(report, 'tracking', 'Google Analytics')).toBe('Names Google Analytics as a tracker');
    expect(reasonOn(report, 'age', 'under 13')).toBe('Sets 13 as the minimum age');
  });

  it('with the names the sentence gives, for the other practices', () => {
    expect(reasonOn(report, 'contact', 'privacy@example.com')).toBe('Gives privacy@example.com to write to');
  });

  it('differ between two sentences of one practice', () => {
    const two = policy(
      'We use Google Analytics and Hotjar to measure how the site is used.',
      'We allow third-party advertising partners to set cookies on your browser to show you ads.',
    );
    const reasons = highlightRequests(two, { minConfidence: 0 })
      .filter((r) => r.practice === 'tracking')
      .map((r) => r.reason);
    expect(reasons).toContain('Names Google Analytics and Hotjar as trackers');
    expect(reasons).toContain('Lets other companies set cookies or similar trackers');
  });

  it('keep the sentence’s own exception and its deletion wording', () => {
    const r = policy(
      'We do not sell your personal information, except as described in this policy.',
      'Log files are deleted after 30 days.',
    );
    expect(reasonOn(r, 'selling', 'do not sell')).toBe('Says it does not sell personal information, with exceptions');
    expect(reasonOn(r, 'retention', '30 days')).toBe('Deletes data after 30 days');
    // Kept, then erased: what the sentence says first is how long it is kept.
    const kept = policy(
      'We keep your personal information for 90 days after you delete your account, and then we erase it from our systems.',
    );
    expect(reasonOn(kept, 'retention', '90 days')).toBe('Keeps data for 90 days');
    // "We sell" outright, "may be sold" in a list: each says what its sentence says.
    const sold = policy('We sell your personal information to data brokers.', 'We may sell your e-mail address to marketing partners.');
    expect(reasonOn(sold, 'selling', 'We sell')).toBe('Says it sells personal information');
    expect(reasonOn(sold, 'selling', 'We may sell')).toBe('Says personal information may be sold, rented or traded');
  });

  it('are in the UI’s language, the duration included', () => {
    setMessageTable(de);
    expect(reasonOn(report, 'retention', '5 years')).toBe('Speichert Daten 5 Jahre lang');
    expect(reasonOn(report, 'selling', 'do not sell')).toBe('Sagt, dass es keine personenbezogenen Daten verkauft');
    setMessageTable(fr);
    expect(reasonOn(report, 'age', 'under 13')).toBe('Fixe l’âge minimum à 13 ans');
  });

  it('fall back to the analyzer’s English when the evidence carries no `says` (an older cached report)', () => {
    const old: Evidence = { text: 'We sell data.', start: 0, end: 13, reason: 'States that personal information may be sold.' };
    expect(evidenceReason('selling', old, 'summary')).toBe('States that personal information may be sold.');
    expect(evidenceReason('selling', { ...old, reason: undefined }, 'summary')).toBe('summary');
  });
});

// Every evidence sentence of every case table must find its words in all three locales: a claim a judge
// adds without a message would silently show the analyzer's English.
const modules = import.meta.glob<{ default: SentenceCase<string>[] }>('../analyzer/practices/*.cases.ts', { eager: true });
const tables = Object.entries(modules).map(([path, mod]) => [path.replace(/^.*\/(.+)\.cases\.ts$/, '$1'), mod.default] as const);

describe('every reason a judge gives has its words in en, de and fr', () => {
  for (const [practice, cases] of tables) {
    it(practice, () => {
      let checked = 0;
      for (const c of cases) {
        const finding = (analyze(c.text).practices as unknown as Record<string, { evidence: Evidence[] }>)[practice]!;
        for (const e of finding.evidence) {
          expect(e.says, c.text).toBeDefined();
          const keys = reasonKeys(practice, e.says!);
          for (const table of [en, de, fr] as Record<string, string>[]) {
            expect(
              keys.some((k) => k in table),
              `${keys.join(' | ')} for “${c.text}”`,
            ).toBe(true);
          }
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
