import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPolicyText } from '../utils/extract-policy-text';

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
    const html = '<html><body><p>Visible text here.</p><script>var x = "secret";</script><style>p{}</style><div hidden>Hidden words</div></body></html>';
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
