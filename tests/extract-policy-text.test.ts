import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countWordRuns, extractPolicyText, foldSpaceRuns } from '../utils/extract-policy-text';

const sample = readFileSync(new URL('../samples/sample-policy.html', import.meta.url), 'utf8');
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractPolicyText', () => {
  it('keeps the policy and drops navigation and footer', () => {
    const { text, title } = extractPolicyText(docOf(sample));
    expect(title).toBe('Privacy Policy | Lumen Notes');
    expect(text).toContain('We do not sell your personal information.');
    expect(text).not.toContain('Pricing');
    expect(text).not.toContain('Careers');
  });
  it('puts headings and list items on lines of their own and folds source line breaks', () => {
    const html = `<html><head><title>P</title></head><body><h2>Cookies</h2><ul><li>We use
      session cookies.</li><li>We use Google Analytics.</li></ul><table><tr><td>Logs</td><td>30 days</td></tr></table></body></html>`;
    const lines = extractPolicyText(docOf(html)).text.split('\n').filter(Boolean);
    expect(lines).toEqual(['Cookies', 'We use session cookies.', 'We use Google Analytics.', 'Logs\t30 days']);
  });
  it('leaves out scripts, styles and hidden elements', () => {
    const html =
      '<html><body><p>Visible text here.</p><script>var x = "secret";</script><style>p{}</style><div hidden>Hidden words</div></body></html>';
    const { text } = extractPolicyText(docOf(html));
    expect(text).toBe('Visible text here.');
  });
  it('does not modify the document it reads', () => {
    const doc = docOf(sample);
    const before = doc.documentElement.outerHTML;
    extractPolicyText(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  it('returns empty text for an empty page', () => {
    expect(extractPolicyText(docOf('<html><body></body></html>')).text).toBe('');
  });
});

describe('countWordRuns', () => {
  /** The definition it replaces: split on \s, per line. */
  const bySplit = (text: string, minPerLine: number) =>
    text
      .split('\n')
      .map((line) => line.split(/\s+/).filter(Boolean).length)
      .filter((n) => n >= minPerLine)
      .reduce((a, b) => a + b, 0);

  it('counts as splitting on whitespace does, per line, for any mix of spaces, breaks and words (fixed seed)', () => {
    const atoms = ['word', 'We', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '.', 'é', '\r\n', '\ufeff'];
    let seed = 18;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: next() % 60 }, () => atoms[next() % atoms.length]).join('');
      for (const min of [0, 1, 3, 8]) expect(countWordRuns(text, min), JSON.stringify(text)).toBe(bySplit(text, min));
    }
  });

  it('stops at the cap', () => {
    expect(countWordRuns('a b c d e f', 0, 3)).toBe(3);
    expect(countWordRuns('one two three four five six seven eight\nshort line', 8, 5)).toBe(5);
  });
});

describe('foldSpaceRuns', () => {
  it('folds as the regex replaces it stands for: \\s+ to a space; with tabs, a run holding a tab to one tab (fixed seed)', () => {
    const atoms = ['word', ' ', ' ', '  ', '\n', '\t', '\t\t', '\u00a0', '\u2003', '\r\n', '.', '\ufeff'];
    let seed = 2;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: next() % 40 }, () => atoms[next() % atoms.length]).join('');
      expect(foldSpaceRuns(text, false), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
      expect(foldSpaceRuns(text, true), JSON.stringify(text)).toBe(text.replace(/[^\S\t]+/g, ' ').replace(/\s*\t\s*/g, '\t'));
    }
  });

  it('returns a text of single spaces as it is', () => {
    const text = 'Acme Privacy Data Company Inc. '.repeat(1000);
    expect(foldSpaceRuns(text, true)).toBe(text);
  });
});
