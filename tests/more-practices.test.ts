import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { PRACTICES } from '../analyzer/registry';

// The "More practices" carry lists beside the verdict; the case tables check verdicts, these check the lists.
const MORE = ['sharing', 'rights', 'security', 'changes', 'dnt', 'transfers', 'sensitive', 'contact'] as const;

describe('more practices', () => {
  it('are registered after the four main ones, each with a question and a not-mentioned verdict', () => {
    expect(Object.keys(PRACTICES)).toEqual(['tracking', 'selling', 'retention', 'age', ...MORE]);
    for (const id of MORE) {
      expect(PRACTICES[id].question).toMatch(/\?$/);
      expect(Object.keys(PRACTICES[id].verdicts)).toContain('not-mentioned');
    }
  });

  it('report nothing, with empty lists, for a text that says nothing about them', () => {
    const { practices } = analyze('Welcome to our bakery. We bake bread every morning and sell cakes on weekends.');
    for (const id of MORE) expect(practices[id].verdict).toBe('not-mentioned');
    expect(practices.rights).toMatchObject({ rights: [], how: [] });
    expect(practices.contact.contacts).toEqual([]);
    expect(practices.sensitive.categories).toEqual([]);
    expect(practices.security.breachNotification).toBe(false);
  });

  it('rights: names each right and each way to exercise them', () => {
    const text = [
      'You have the right to access and delete your personal data, and to receive it in a structured, machine-readable format.',
      'You may withdraw your consent at any time and lodge a complaint with a supervisory authority.',
      'To exercise these rights, e-mail privacy@example.org or use the web form.',
    ].join('\n');
    const { rights } = analyze(text).practices;
    expect(rights.verdict).toBe('described');
    expect(rights.rights).toEqual(['access', 'deletion', 'portability', 'withdraw consent', 'complaint']);
    expect(rights.how).toEqual(['e-mail', 'web form']);
  });

  it('sharing: lists the kinds of recipients', () => {
    const { sharing } = analyze('We share your information with our affiliates and with advertisers.\nWe also share it with service providers acting on our behalf.').practices;
    expect(sharing.verdict).toBe('advertising');
    expect(sharing.recipients).toEqual(expect.arrayContaining(['advertisers', 'affiliates', 'service providers']));
  });

  it('security: names the measures and flags a breach-notification promise', () => {
    const { security } = analyze('We protect your data with encryption and TLS.\nIf a data breach occurs, we will notify affected users.').practices;
    expect(security.verdict).toBe('measures-described');
    expect(security.measures).toEqual(['encryption', 'TLS/SSL']);
    expect(security.breachNotification).toBe(true);
  });

  it('dnt: honours GPC while ignoring DNT, and the summary says which', () => {
    const { dnt } = analyze('We do not respond to Do Not Track signals.\nWe honor Global Privacy Control signals as a request to opt out of sharing.').practices;
    expect(dnt.verdict).toBe('honoured');
    expect(dnt.signals).toEqual(['Do Not Track', 'Global Privacy Control']);
    expect(dnt.summary).toContain('honours Global Privacy Control signals, but not Do Not Track');
  });

  it('transfers: names the safeguards and the countries', () => {
    const { transfers } = analyze('Your data is transferred to the United States and India under the Standard Contractual Clauses.').practices;
    expect(transfers.verdict).toBe('safeguards');
    expect(transfers.safeguards).toEqual(['standard contractual clauses']);
    expect(transfers.countries).toEqual(['United States', 'India']);
  });

  it('sensitive: lists the categories collected, and the ones denied', () => {
    const collected = analyze('We collect your precise location and your health information.').practices.sensitive;
    expect(collected.categories).toEqual(['health', 'precise location']);
    const denied = analyze('We never collect biometric data.').practices.sensitive;
    expect(denied).toMatchObject({ verdict: 'not-collected', categories: ['biometric'] });
  });

  it('contact: extracts e-mail addresses (also obfuscated), phones and a DPO, privacy channels first', () => {
    const text = 'For press enquiries write to press@example.com.\nQuestions about privacy? Contact our Data Protection Officer at dpo (at) example (dot) eu or call 1-800-555-0199.';
    const { contact } = analyze(text).practices;
    expect(contact.verdict).toBe('provided');
    expect(contact.contacts.slice(0, 3)).toEqual(['dpo@example.eu', 'phone 1-800-555-0199', 'Data Protection Officer']);
    expect(contact.contacts).toContain('press@example.com');
    expect(contact.evidence[0]!.text).toContain('Data Protection Officer');
  });
});
