import { describe, expect, it } from 'vitest';
import { excerpt, focusFor, isHeadingLike, isQuotable, MAX_QUOTE_CHARS, quotableEvidence } from '../utils/evidence-quality';

describe('quotable evidence', () => {
  it('refuses headings, contents lines and fragments', () => {
    for (const text of [
      'Cookies and Tracking Technologies',
      'How we use your information',
      '4. Sharing and sale of personal information',
      'Data Retention ........ 12',
      'Do Not Track',
      'Under 13.',
      'Your California Privacy Rights',
    ]) {
      expect(isQuotable(text), text).toBe(false);
    }
  });

  it('accepts sentences, also bullets without a final full stop', () => {
    for (const text of [
      'We do not sell your personal information to anyone.',
      'We may share your data with advertising partners',
      'Log files are deleted after 90 days;',
      'You must be 16 or older to create an account',
    ]) {
      expect(isQuotable(text), text).toBe(true);
    }
    expect(isHeadingLike('We may share your data with advertising partners')).toBe(false);
  });

  it('keeps the analyzer order (decisive first) and drops only the unfit', () => {
    const e = (text: string, start: number) => ({ text, start, end: start + text.length });
    expect(
      quotableEvidence([
        e('Selling Your Data', 0),
        e('We sell your personal information to brokers.', 40),
        e('We may also rent lists.', 90),
      ]).map((x) => x.start),
    ).toEqual([40]);
    // A sentence-like heading ("We may share information with third parties." as an <h2>) when the analyzer says so.
    expect(
      quotableEvidence([
        { ...e('We may share information with third parties.', 0), kind: 'heading' },
        e('We share your e-mail address with our partners.', 50),
      ]).map((x) => x.start),
    ).toEqual([50]);
  });
});

describe('excerpt', () => {
  const long = `${'We collect many kinds of information about you and your devices when you use the service, '.repeat(4)}and we keep your account data for 7 years after you close your account, ${'as described in the sections above and below. '.repeat(3)}`;

  it('leaves a short quote whole', () => {
    expect(excerpt('We sell your data.', null)).toEqual({ text: 'We sell your data.', cut: false });
  });

  it('cuts a long quote to a readable length with the decisive words in view', () => {
    const cut = excerpt(long, focusFor('retention', ['7']));
    expect(cut.cut).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS + 4);
    expect(cut.text).toContain('7 years');
    expect(cut.text.startsWith('… ')).toBe(true);
  });

  it('starts at the beginning when nothing decisive is found', () => {
    const cut = excerpt(long, null);
    expect(cut.text.startsWith('We collect')).toBe(true);
    expect(cut.text.endsWith(' …')).toBe(true);
  });
});
