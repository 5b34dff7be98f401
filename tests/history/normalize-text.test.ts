import { describe, expect, it } from 'vitest';
import { isNoiseLine, LAST_UPDATED_LINE, NAVIGATION_LINE, normalizeLine, normalizePolicyText } from '../../utils/history/normalize-text';
import { textHash } from '../../utils/history/text-hash';

describe('LAST_UPDATED_LINE: the line that dates the policy', () => {
  it.each([
    'Last updated: May 2, 2026',
    'Effective January 12, 2026',
    'Effective:April 8, 2026',
    'Effective date: 2026-04-08',
    'Last modified 3 March 2025',
    'Date of last revision: 01/02/2026',
    'This Privacy Policy was last updated on June 5, 2026.',
    'Updated on 12.01.2026',
    'Version date: 2026-01-01',
  ])('matches %j', (line) => {
    expect(LAST_UPDATED_LINE.test(normalizeLine(line))).toBe(true);
    expect(isNoiseLine(normalizeLine(line))).toBe(true);
  });

  it.each([
    'We keep logs for 30 days.',
    'Effective measures protect your data, such as encryption.',
    'Last, we share data with 3 partners.',
    'We updated our retention period.',
    'Your rights as of the effective date of the CCPA',
  ])('does not match %j', (line) => {
    expect(isNoiseLine(normalizeLine(line))).toBe(false);
  });

  it('a long sentence that starts like a date line is content', () => {
    const line = `Effective from 1 May 2026, we will share your usage data with advertising partners for cross-context behavioral advertising unless you opt out in your account settings.`;
    expect(line.length).toBeGreaterThan(120);
    expect(isNoiseLine(normalizeLine(line))).toBe(false);
  });
});

describe('NAVIGATION_LINE: page chrome that is a line on its own', () => {
  it.each(['Table of contents', 'Contents:', 'On this page', 'Skip to main content', 'Back to top', 'Previous versions'])(
    'matches %j',
    (line) => {
      expect(isNoiseLine(normalizeLine(line))).toBe(true);
    },
  );
  it.each(['The contents of your messages', 'Table of contents of the data we hold', 'Print shops we work with receive your address'])(
    'does not match %j',
    (line) => {
      expect(NAVIGATION_LINE.test(normalizeLine(line))).toBe(false);
    },
  );
});

describe('normalizePolicyText', () => {
  const base = 'Privacy Policy\nLast updated: May 2, 2026\nWe do not sell your personal data.\nWe keep logs for 30 days.';

  it('ignores typography, invisible characters, case, whitespace and line breaks', () => {
    const variant =
      'PRIVACY  POLICY\r\n\n Last updated: June 9, 2026 \nWe do\u00A0not sell your per\u00ADsonal data.\n\n\u200BWe keep logs\nfor 30 days.';
    expect(normalizePolicyText(variant)).toBe(normalizePolicyText(base));
    expect(normalizePolicyText('We don\u2019t \u201Csell\u201D data \u2014 ever.')).toBe(
      normalizePolicyText('We don\'t "sell" data - ever.'),
    );
  });

  it('keeps every change of wording, however small', () => {
    for (const changed of [
      base.replace('do not sell', 'may sell'),
      base.replace('30 days', '90 days'),
      base.replace('logs', 'logs and messages'),
      `${base}\nWe may share data with advertisers.`,
    ]) {
      expect(normalizePolicyText(changed)).not.toBe(normalizePolicyText(base));
    }
  });

  it('drops the date line, bullets-only and navigation lines but keeps their neighbours', () => {
    expect(normalizePolicyText('Table of contents\n•\nWe collect your e-mail.\nEffective 1 Jan 2026')).toBe('we collect your e-mail.');
  });
});

describe('textHash', () => {
  it('is the SHA-256 hex of the text: stable, and different for different texts', async () => {
    expect(await textHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await textHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await textHash('we do not sell')).not.toBe(await textHash('we do sell'));
  });
});
