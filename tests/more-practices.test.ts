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
    const { sharing } = analyze(
      'We share your information with our affiliates and with advertisers.\nWe also share it with service providers acting on our behalf.',
    ).practices;
    expect(sharing.verdict).toBe('advertising');
    expect(sharing.recipients).toEqual(expect.arrayContaining(['advertisers', 'affiliates', 'service providers']));
  });

  it('security: names the measures and flags a breach-notification promise', () => {
    const { security } = analyze(
      'We protect your data with encryption and TLS.\nIf a data breach occurs, we will notify affected users.',
    ).practices;
    expect(security.verdict).toBe('measures-described');
    expect(security.measures).toEqual(['encryption', 'TLS/SSL']);
    expect(security.breachNotification).toBe(true);
  });

  it('dnt: honours GPC while ignoring DNT, and the summary says which', () => {
    const { dnt } = analyze(
      'We do not respond to Do Not Track signals.\nWe honor Global Privacy Control signals as a request to opt out of sharing.',
    ).practices;
    expect(dnt.verdict).toBe('honoured');
    expect(dnt.signals).toEqual(['Do Not Track', 'Global Privacy Control']);
    expect(dnt.summary).toContain('honours Global Privacy Control signals, but not Do Not Track');
  });

  it('transfers: names the safeguards and the countries', () => {
    const { transfers } = analyze(
      'Your data is transferred to the United States and India under the Standard Contractual Clauses.',
    ).practices;
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
    const text =
      'For press enquiries write to press@example.com.\nQuestions about privacy? Contact our Data Protection Officer at dpo (at) example (dot) eu or call 1-800-555-0199.';
    const { contact } = analyze(text).practices;
    expect(contact.verdict).toBe('provided');
    expect(contact.contacts.slice(0, 3)).toEqual(['dpo@example.eu', 'phone 1-800-555-0199', 'Data Protection Officer']);
    expect(contact.contacts).toContain('press@example.com');
    expect(contact.evidence[0]!.text).toContain('Data Protection Officer');
  });
});

// Modern (GDPR/CCPA) wording the 2015 corpus lacks, written for this test.
const MODERN_POLICY = `Privacy Notice
Last updated: 1 May 2026.
What we collect
We collect your name, e-mail address and, with your permission, the precise location of your device. We never collect biometric data.
How we share it
We share personal data with service providers acting on our behalf, such as our hosting company. We do not sell or share your personal information for cross-context behavioral advertising.
International transfers
We transfer personal data from the EEA to the United States under the Standard Contractual Clauses.
Security
We encrypt data in transit with TLS and at rest, and access is restricted to staff who need it. If a breach affects you, we will notify you within 72 hours.
Your rights
You have the right to access, rectify and erase your personal data, to data portability, to object to processing and to lodge a complaint with your supervisory authority. You can exercise these rights in your account settings or by e-mail to privacy@example.eu.
Do Not Track and Global Privacy Control
We honor Global Privacy Control signals as a request to opt out of sale and sharing. Our site does not respond to Do Not Track signals.
Changes to this notice
If we make material changes, we will notify you by e-mail before they take effect.
Contact
Our Data Protection Officer can be reached at dpo@example.eu.`;

describe('more practices on a modern policy', () => {
  const { practices } = analyze(MODERN_POLICY);

  it('gives the verdict each section states', () => {
    expect(Object.fromEntries(MORE.map((id) => [id, practices[id].verdict]))).toEqual({
      sharing: 'service-providers-only',
      rights: 'described',
      security: 'measures-described',
      changes: 'notified',
      dnt: 'honoured',
      transfers: 'safeguards',
      sensitive: 'collected',
      contact: 'provided',
    });
  });

  it('fills the lists from the sections', () => {
    expect(practices.rights.rights).toEqual(['access', 'correction', 'deletion', 'portability', 'opt-out', 'objection', 'complaint']);
    expect(practices.rights.how).toEqual(['account settings', 'e-mail']);
    expect(practices.security).toMatchObject({ measures: ['encryption', 'TLS/SSL', 'access controls'], breachNotification: true });
    expect(practices.transfers).toMatchObject({
      safeguards: ['standard contractual clauses'],
      countries: ['United States', 'European Economic Area'],
    });
    expect(practices.sensitive.categories).toEqual(['precise location']);
    expect(practices.dnt.signals).toEqual(['Global Privacy Control', 'Do Not Track']);
    expect(practices.contact.contacts).toEqual(expect.arrayContaining(['dpo@example.eu', 'Data Protection Officer', 'privacy@example.eu']));
  });

  it('points every verdict at sentences of the text', () => {
    for (const id of MORE) {
      for (const e of practices[id].evidence) expect(MODERN_POLICY.slice(e.start, e.end)).toBe(e.text);
      if (practices[id].verdict !== 'not-mentioned') expect(practices[id].evidence.length).toBeGreaterThan(0);
    }
  });
});
