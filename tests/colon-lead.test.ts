import { describe, expect, it } from 'vitest';
import { frameOf, readingOf } from '../analyzer/frame';
import { analyze } from '../analyzer/index';
import { splitIntoSentences } from '../analyzer/sentences';
import type { Evidence, Practices } from '../analyzer/types';

type Row = {
  practice: keyof Practices;
  text: string;
  verdict: string;
  /** Words the first evidence sentence must contain. */
  first?: string;
  /** Words no evidence sentence of the verdict may contain (an item that must not count as the lead's denial). */
  notShown?: string;
  note: string;
};

/**
 * A practice written as a lead clause ending in a colon and its list items: the lead is judged as a sentence, the
 * items are read through it. Each row as the same words said in one sentence would be read (checked by the second
 * test for the rows that have one).
 */
const CATCH: Row[] = [
  {
    practice: 'sharing',
    text: 'We do not share student information with anyone except:\n- with the school that enrolled the student\n- when the law requires it',
    verdict: 'no-sharing',
    first: 'We do not share student information',
    notShown: 'school that enrolled',
    note: 'the denial is the lead; its items are exceptions, not denials',
  },
  {
    practice: 'sharing',
    text: 'We do not share your personal information with third parties except:\n- service providers who host our website\n- when required by law',
    verdict: 'service-providers-only',
    note: 'the exceptions the items name are what the denial allows',
  },
  {
    practice: 'sharing',
    text: 'We may disclose your personal data to the following categories of recipients:\n- payment processors\n- advertising partners',
    verdict: 'advertising',
    first: 'We may disclose your personal data',
    note: 'an item without a verb, read through its lead, is a disclosure; the lead decides and is shown first',
  },
  {
    practice: 'sharing',
    text: 'Your data may be disclosed to:\n- advertising networks\n- analytics providers',
    verdict: 'advertising',
    note: 'a short lead in the passive is no title',
  },
  {
    practice: 'sharing',
    text: 'We may disclose your personal data to:\nadvertising networks\nanalytics providers',
    verdict: 'advertising',
    note: "a page's list extracted without bullets: a few short lines under a lead are its items",
  },
  {
    practice: 'sharing',
    text: 'We share information with:\n- our affiliates\n- business partners',
    verdict: 'third-parties',
    note: 'recipients named by the items',
  },
  {
    practice: 'sharing',
    text: 'Recipients:\n- advertising partners',
    verdict: 'advertising',
    note: 'an item under a recipients title is content, not a title',
  },
  {
    practice: 'retention',
    text: 'We keep your data for as long as:\n- your account is open\n- we need it to resolve disputes',
    verdict: 'until-deletion',
    note: "the items complete the lead's condition",
  },
  {
    practice: 'retention',
    text: 'We keep your data for:\n- 30 days after you close your account',
    verdict: 'period',
    note: 'the period is in the item',
  },
  {
    practice: 'sensitive',
    text: 'We do not collect:\n- health information\n- biometric data',
    verdict: 'not-collected',
    note: "the lead's denial covers its items: they are not collected",
  },
  {
    practice: 'sensitive',
    text: 'We may collect the following:\n- health information\n- precise location',
    verdict: 'collected',
    note: 'collected, through the lead',
  },
  {
    practice: 'transfers',
    text: 'We may transfer your data to:\n- the United States\n- India',
    verdict: 'transferred',
    note: 'the countries are items',
  },
  {
    practice: 'rights',
    text: 'You have the right to:\n- access your data\n- delete your data',
    verdict: 'limited',
    note: 'as "You have the right to access… and delete…"',
  },
  { practice: 'age', text: 'Our service is not directed to:\n- children under 13', verdict: 'minimum-age', note: 'the age is in the item' },
  {
    practice: 'dnt',
    text: 'We do not respond to:\n- Do Not Track signals',
    verdict: 'not-honoured',
    note: "the lead's denial, the signal in the item",
  },
  {
    practice: 'changes',
    text: 'If we change this policy, we will:\n- email you\n- post the new version here',
    verdict: 'notified',
    note: 'the promise is the lead, the channel the item',
  },
  {
    practice: 'selling',
    text: 'We do not sell personal information to:\n- data brokers\n- advertisers',
    verdict: 'does-not-sell',
    first: 'We do not sell',
    note: 'the lead is judged',
  },
];

/** What a lead must not do: make a title a clause, reach past its list, or turn an item of its own into its claim. */
const REJECT: Row[] = [
  {
    practice: 'sharing',
    text: 'Cookies we use:\n- advertising partners',
    verdict: 'not-mentioned',
    note: 'a title with a relative clause shares nothing',
  },
  {
    practice: 'sharing',
    text: 'Our partners:\n- advertising partners help us show ads on other sites',
    verdict: 'not-mentioned',
    note: 'a title: no disclosure',
  },
  {
    practice: 'sharing',
    text: 'We may disclose your data to:\n- payment processors\nAdvertising partners help us measure our campaigns.',
    verdict: 'service-providers-only',
    note: 'an unmarked line after a marked list is no item: the lead does not reach it',
  },
  {
    practice: 'selling',
    text: 'We do not share your data except:\n- We sell it to data brokers.',
    verdict: 'sells',
    first: 'We sell it',
    note: 'an item that is a whole sentence is read alone: the lead\'s "not" does not deny it',
  },
  {
    practice: 'retention',
    text: 'Last updated:\n- 30 days ago',
    verdict: 'not-mentioned',
    note: 'a title: the item is no retention period',
  },
  {
    practice: 'sensitive',
    text: 'We do not collect:\n- health information\n\nWe collect your precise location when you allow it.',
    verdict: 'collected',
    first: 'precise location',
    note: "a sentence after the list is outside the denial's scope",
  },
  {
    practice: 'tracking',
    text: 'For example:\n- Google Analytics',
    verdict: 'third-party',
    note: '"For example:" stays a title: its item is read alone, as before',
  },
];

function evidenceOf(row: Row): { verdict: string; evidence: Evidence[] } {
  return (analyze(row.text).practices as unknown as Record<string, { verdict: string; evidence: Evidence[] }>)[row.practice]!;
}

describe('a lead clause ending in a colon and its list items', () => {
  for (const row of [...CATCH, ...REJECT]) {
    it(`${row.practice} ${row.verdict}: ${row.note}`, () => {
      const f = evidenceOf(row);
      expect(f.verdict).toBe(row.verdict);
      for (const e of f.evidence) expect(row.text.slice(e.start, e.end)).toBe(e.text);
      if (row.first) expect(f.evidence[0]!.text).toContain(row.first);
      if (row.notShown) expect(f.evidence.some((e) => e.text.includes(row.notShown!))).toBe(false);
    });
  }

  it('splits a lead as a sentence and gives each item its lead, a title none', () => {
    const [lead, a, b, title, c] = splitIntoSentences(
      'We may disclose your data to:\n- payment processors\n- advertisers\nRecipients:\n- our affiliates',
    );
    expect(lead!.isHeading).toBe(false);
    expect(frameOf(a!).lead).toBe(lead);
    expect(frameOf(b!).lead).toBe(lead);
    expect(a!.isHeading || b!.isHeading).toBe(false);
    expect(title!.isHeading).toBe(true);
    expect(frameOf(c!).lead).toBeNull();
    expect(c!.isHeading).toBe(false);
  });

  it('reads an item without a clause through its lead, and a whole sentence alone', () => {
    const [, item, own] = splitIntoSentences('We may disclose your data to:\n- advertising partners\n- We sell it to data brokers.');
    expect(readingOf(item!)?.text).toBe('We may disclose your data to advertising partners');
    expect(readingOf(own!)).toBeNull();
  });

  it('reads the first sentence of an item through the lead, not the ones after it on the line', () => {
    const [, first, second] = splitIntoSentences(
      'We will explain:\n- when we may disclose information. We do not sell your personal information.',
    );
    expect(frameOf(first!).lead).not.toBeNull();
    expect(frameOf(second!).lead).toBeNull();
  });
});
