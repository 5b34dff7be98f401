import { afterEach, describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { META_LIST } from '../analyzer/practice-meta';
import { findingSummary } from '../utils/finding-summary';
import { setMessageTable } from '../utils/i18n';

afterEach(() => setMessageTable(null));

const TABLES = { en, de, fr } as unknown as Record<string, Record<string, string>>;

describe('a finding’s summary in the UI language', () => {
  it('has a sentence for every verdict of every practice in en, de and fr', () => {
    for (const practice of META_LIST) {
      for (const verdict of Object.keys(practice.verdicts)) {
        const key = `summary_${practice.id}_${verdict.replace(/-/g, '_')}`;
        if (key === 'summary_retention_period') continue; // worded by the popup from the period itself
        for (const [lang, table] of Object.entries(TABLES)) expect(table[key], `${key} in ${lang}`).toBeTruthy();
      }
    }
  });

  it('keeps the analyzer’s own summary in English (it names the policy’s details)', () => {
    setMessageTable(en as unknown as Record<string, string>);
    const summary = 'The policy sets a minimum age of 13. It also mentions age 16.';
    expect(findingSummary('age', { verdict: 'minimum-age', summary, value: 13 })).toBe(summary);
  });

  it('words it in German and French, with the age and the signals it needs', () => {
    setMessageTable(de as unknown as Record<string, string>);
    expect(findingSummary('age', { verdict: 'minimum-age', summary: 'x', value: 16 })).toBe(
      'Die Erklärung legt ein Mindestalter von 16 Jahren fest.',
    );
    expect(findingSummary('dnt', { verdict: 'not-honoured', summary: 'x', signals: ['Do Not Track', 'Global Privacy Control'] })).toBe(
      'Laut Erklärung werden die Signale Do Not Track und Global Privacy Control nicht beachtet.',
    );
    setMessageTable(fr as unknown as Record<string, string>);
    expect(findingSummary('selling', { verdict: 'does-not-sell', summary: 'x' })).toBe(
      'La politique indique que les données personnelles ne sont pas vendues.',
    );
  });

  it('falls back to the analyzer’s summary for a verdict without words (a practice added later)', () => {
    setMessageTable(de as unknown as Record<string, string>);
    expect(findingSummary('profiling', { verdict: 'automated', summary: 'The policy says decisions are automated.' })).toBe(
      'The policy says decisions are automated.',
    );
  });
});
