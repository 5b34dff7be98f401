import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../analyzer/sentences';

describe('splitIntoSentences', () => {
  it('keeps abbreviations such as e.g., U.S. and Inc. inside one sentence', () => {
    const text = 'We use tools, e.g. Google Analytics, on our site. Acme Inc. is based in the U.S. and follows its laws. Done.';
    const s = splitIntoSentences(text).map((x) => x.text);
    expect(s).toEqual([
      'We use tools, e.g. Google Analytics, on our site.',
      'Acme Inc. is based in the U.S. and follows its laws.',
      'Done.',
    ]);
  });
  it('gives offsets that index the original text exactly', () => {
    const text = '  Heading\n\n• First bullet\n• Second bullet.  Third sentence here.\nLast';
    for (const s of splitIntoSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('treats each line as its own unit and remembers the heading above', () => {
    const s = splitIntoSentences('How long we keep data\nLogs: 30 days\nWe keep notes while your account is open.');
    expect(s.map((x) => x.text)).toEqual(['How long we keep data', 'Logs: 30 days', 'We keep notes while your account is open.']);
    expect(s[2]!.heading).toBe('how long we keep data');
  });
  it("takes a Markdown heading's underline for no title: the heading above it stays the context", () => {
    const s = splitIntoSentences('1.  CHANGES TO THIS POLICY\n    ------------------\n\nWe will e-mail you before changes apply.');
    const last = s[s.length - 1]!;
    expect(last.heading).toBe('1.  changes to this policy');
    expect(s.some((x) => x.isHeading && /^-+$/.test(x.text.trim()))).toBe(false);
  });

  it('splits sentences that lost the space after the full stop', () => {
    expect(splitIntoSentences('No measure is perfect.We retain data.').map((x) => x.text)).toEqual([
      'No measure is perfect.',
      'We retain data.',
    ]);
  });
  it('reads a numbered title ("Article 10. Sale of data", "II. Cookies") as a heading, not a statement', () => {
    for (const title of ['Article 10. Sale of data', 'II. Cookies', 'Section 4.2. Retention']) {
      const s = splitIntoSentences(`${title}\n\nWe do not sell your personal information.`);
      expect(s.filter((x) => x.isHeading).length, title).toBeGreaterThan(0);
      expect(s.at(-1)!.heading).toBe(title.toLowerCase());
    }
    // A sentence that starts with a section word is not a title: "Section 5 explains how we share data." stays one statement.
    expect(splitIntoSentences('Section 5 explains how we share data.')[0]!.isHeading).toBe(false);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitIntoSentences('')).toEqual([]);
    expect(splitIntoSentences(' \n\n\t ')).toEqual([]);
  });
  it('does not break after "No.", "Art.", "Ltd." or before a lower-case continuation', () => {
    const text =
      'Our office is at No. 5 Harbour Lane. Acme Ltd. is the controller. See Art. 6(1)(b) GDPR. Founded in St. Louis, Mo. in 2001.';
    expect(splitIntoSentences(text).map((x) => x.text)).toEqual([
      'Our office is at No. 5 Harbour Lane.',
      'Acme Ltd. is the controller.',
      'See Art. 6(1)(b) GDPR.',
      'Founded in St. Louis, Mo. in 2001.',
    ]);
  });
  it('keeps a heading as the subject of the bullets and table rows below it', () => {
    const s = splitIntoSentences('Retention\n- Account data: 30 days after closure\nData category | Retention period\nInvoices | 10 years');
    expect(s.map((x) => x.isHeading)).toEqual([true, false, false, false]);
    expect(s.slice(1).map((x) => x.heading)).toEqual(['retention', 'retention', 'retention']);
  });
  it('treats a short question line as a heading (FAQ-style policies)', () => {
    const s = splitIntoSentences('How long do we keep information?\nLoan records: seven years.');
    expect(s[0]!.isHeading).toBe(true);
    expect(s[1]!.heading).toBe('how long do we keep information?');
  });
  it('ends a list at a numbered title in capitals: "10. RIGHTS OF THE DATA SUBJECT" is no item of the list above', () => {
    const s = splitIntoSentences(
      'We adopt the following measures:\n- staff sign a confidentiality term.\n10. RIGHTS OF THE DATA SUBJECT\nYou may ask for a copy.',
    );
    expect(s[2]!.isHeading).toBe(true);
    expect(s[3]!.heading).toBe('10. rights of the data subject');
    // A numbered item that is no title stays an item.
    const t = splitIntoSentences(
      'We adopt the following measures:\n1. staff sign a confidentiality term.\n2. GPS data is encrypted.\n3. keys are rotated.',
    );
    expect(t[3]!.heading).toBe('we adopt the following measures:');
  });
});
