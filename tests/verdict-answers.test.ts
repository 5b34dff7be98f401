import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { amountInEvidence, amountOfDays, durationWords } from '../utils/duration-words';
import { setMessageTable, t } from '../utils/i18n';
import { attentionFindings, bottomLine, coreAnswers, toolbarBadge } from '../utils/verdict-answers';

afterEach(() => setMessageTable(null));

const policy = (...lines: string[]) =>
  analyze(['Privacy Policy', 'This privacy policy explains how we collect, use and share your personal information.', ...lines].join('\n'));
const answerOf = (report: ReturnType<typeof analyze>, id: string) => coreAnswers(report).find((a) => a.id === id)!;

describe('durations in words', () => {
  it('reads days back into the largest whole unit', () => {
    expect(amountOfDays(1825)).toEqual({ n: 5, unit: 'year' });
    expect(amountOfDays(360)).toEqual({ n: 12, unit: 'month' });
    expect(amountOfDays(90)).toEqual({ n: 3, unit: 'month' });
    expect(amountOfDays(14)).toEqual({ n: 2, unit: 'week' });
    expect(amountOfDays(45)).toEqual({ n: 45, unit: 'day' });
    expect(durationWords(1)).toBe('1 day');
  });

  it('prefers the phrase the policy used: "90 days" stays days, "eighteen months" becomes 18 months', () => {
    expect(durationWords(90, ['We delete logs after 90 days.'])).toBe('90 days');
    expect(durationWords(540, ['Records are kept for eighteen months.'])).toBe('18 months');
    expect(durationWords(1825, ['We retain invoices for five (5) years.'])).toBe('5 years');
    // A phrase for another period does not count.
    expect(amountInEvidence(30, ['We keep data for 2 years.'])).toBeNull();
  });
});

describe('core answers', () => {
  it('say the answer, not the label: period in words, age as 13+ or 18 and over, "No age stated"', () => {
    const report = policy(
      'We keep your account data for 5 years after you close your account.',
      'You must be at least 13 years old to use the service.',
    );
    expect(answerOf(report, 'retention')).toMatchObject({ verdict: 'period', answer: '5 years', tone: 'bad' });
    expect(answerOf(report, 'age')).toMatchObject({ answer: '13+' });
    const adult = policy('You must be 18 years of age or older to create an account.');
    expect(answerOf(adult, 'age').answer).toBe('18 and over');
    expect(answerOf(policy('We collect your e-mail address.'), 'age')).toMatchObject({ answer: 'No age stated', tone: 'caution' });
  });

  it('judge retention tone for the user: short is good, a long fixed period is a concern, silence is worth a look', () => {
    expect(answerOf(policy('We delete your personal data 30 days after you close your account.'), 'retention').tone).toBe('good');
    expect(answerOf(policy('We keep your personal data for 2 years after your last order.'), 'retention').tone).toBe('caution');
    expect(answerOf(policy('We keep your personal data for 10 years.'), 'retention').tone).toBe('bad');
    expect(answerOf(policy('We collect your e-mail address.'), 'retention')).toMatchObject({ verdict: 'not-mentioned', tone: 'caution' });
  });

  it('build one sentence from the verdicts, concerns first', () => {
    const report = policy(
      'We may sell your personal information to data brokers.',
      'Advertising partners such as Google Analytics and the Meta Pixel place cookies to track you across websites.',
      'We keep your data indefinitely.',
    );
    const line = bottomLine(coreAnswers(report));
    expect(line).toMatch(/^[A-Z]/);
    expect(line).toMatch(/\.$/);
    expect(line).toContain('sells or shares your data');
    expect(line).toContain('keeps it indefinitely');
    expect(line).toMatch(/tracked by Google and (?:Facebook|Meta)/i);
    expect(line).toContain('no age stated');
    expect(line.indexOf('sells')).toBeLessThan(line.indexOf('no age stated'));
  });
});

describe('toolbar badge', () => {
  it('counts selling-like sharing once, lists the findings in the title, and never counts sensitive data', () => {
    const report = policy(
      'We share your personal information with advertisers for their own marketing purposes.',
      'We collect health information and precise location.',
      'We delete your data after 30 days.',
      'You must be 16 or older.',
      'We do not use cookies.',
    );
    expect(report.practices.sharing.verdict).toBe('advertising');
    expect(report.practices.sensitive.verdict).toBe('collected');
    expect(attentionFindings(report)).toEqual(['shares your data for advertising']);
    const badge = toolbarBadge(report);
    expect(badge.text).toBe('1');
    expect(badge.title).toContain('Shares your data for advertising');
    expect(badge.title).toContain('Data retention: 30 days');
    expect(badge.title).toContain('Minimum age: 16+');
  });
});

describe('UI strings', () => {
  it('German and French have every English key, and the same $n placeholders', () => {
    for (const table of [de, fr] as Record<string, string>[]) {
      for (const [key, message] of Object.entries(en)) {
        if (key === 'extension_name') continue;
        expect(table[key], key).toBeTypeOf('string');
        const holes = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort().join();
        // A translation may drop a substitution it does not need (German ages use the number, not the English answer).
        expect(holes(en[key as keyof typeof en]).includes(holes(table[key]!)) || holes(table[key]!) === '$2', key).toBe(true);
        expect(message.length).toBeGreaterThan(0);
      }
    }
  });

  it('answers in German when the UI is German', () => {
    setMessageTable(de);
    expect(t('legend_clear')).toBe('Markierungen entfernen');
    const report = policy('We keep your personal data for 5 years.', 'You must be at least 13 years old.');
    expect(answerOf(report, 'retention').answer).toBe('5 Jahre');
    expect(answerOf(report, 'age').answer).toBe('Ab 13');
    expect(bottomLine(coreAnswers(report))).toMatch(/speichert sie 5 Jahre/i);
  });
});
