/**
 * What the extractor reads is what the page renders: hidden text never feeds the analysis, visible text is
 * never skipped for its tag or ARIA attributes, and reading the page runs none of its code.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { extractPage, isHtmlDocument } from '../utils/page/extract-page';
import { extractPolicyText, renderedOnPage } from '../utils/extract-policy-text';

const POLICY = Array.from(
  { length: 6 },
  (_, i) => `<p>Section ${i + 1}: we collect your e-mail address and your order history to run the service and answer your questions.</p>`,
).join('');
const SELL = 'We sell your personal information to data brokers and advertisers for money.';

function page(body: string, head = '<title>Privacy Policy</title>'): Document {
  const window = new Window({ url: 'https://shop.test/privacy' });
  window.document.write(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('extraction by rendering', () => {
  it('computes each element’s style once per extraction, however often it is asked (body text, the copy, side regions)', () => {
    const doc = page(`<main><h1>Privacy Policy</h1>${POLICY}</main><aside><p>${SELL}</p></aside><p style="display:none">${SELL}</p>`);
    const view = doc.defaultView!;
    const asked = new Map<Element, number>();
    const real = view.getComputedStyle.bind(view);
    view.getComputedStyle = (el: Element) => (asked.set(el, (asked.get(el) ?? 0) + 1), real(el));
    const { text } = extractPolicyText(doc, renderedOnPage(doc));
    expect(text).toContain(SELL);
    expect(asked.size).toBeGreaterThan(5);
    expect(Math.max(...asked.values())).toBe(1);
  });

  it('reads a visible <p aria-hidden="true"> and a visible <aside>, and counts them as easy to miss', () => {
    for (const body of [
      `<main><h1>Privacy Policy</h1>${POLICY}<p aria-hidden="true">${SELL}</p></main>`,
      `<main><h1>Privacy Policy</h1>${POLICY}</main><aside><p>${SELL}</p></aside>`,
    ]) {
      const doc = page(body);
      const extraction = extractPage(doc, doc.URL);
      expect(extraction.text, body).toContain(SELL);
      expect(extraction.sideLines).toBeGreaterThanOrEqual(1);
      expect(analyze(extraction.text).practices.selling.verdict).toBe('sells');
    }
  });

  it('does not read display:none, visibility:hidden or opacity:0 text (a hidden German block, a hidden "we sell")', () => {
    const german =
      '<div style="display:none">' +
      'Wir erheben und verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen und geben sie nicht weiter. '.repeat(
        30,
      ) +
      '</div>';
    const doc = page(
      `<main><h1>Privacy Policy</h1>${POLICY}${german}<p style="visibility:hidden">${SELL}</p><p style="opacity:0">${SELL}</p></main>`,
    );
    const extraction = extractPage(doc, doc.URL);
    expect(extraction.text).not.toContain('Wir erheben');
    expect(extraction.text).not.toContain(SELL);
    expect(analyze(extraction.text, { declaredLanguage: extraction.lang }).language).toBe('en');
  });

  it('keeps text the reader can open: a closed <details>, hidden="until-found", a section an aria-expanded control names', () => {
    const doc = page(
      `<main><h1>Privacy Policy</h1>${POLICY}<details><summary>Selling</summary><p>${SELL}</p></details>` +
        `<div hidden="until-found"><p>We retain your personal information for 90 days after you close the account.</p></div>` +
        `<button aria-expanded="false" aria-controls="kids">Children</button><div id="kids" style="display:none"><p>Our services are not directed to children under 13 years of age.</p></div></main>`,
    );
    const { text } = extractPolicyText(doc, renderedOnPage(doc));
    expect(text).toContain(SELL);
    expect(text).toContain('90 days');
    expect(text).toContain('children under 13');
  });

  it('a hidden PDF <embed> does not make the page a PDF', () => {
    const doc = page(`<main><h1>Privacy Policy</h1>${POLICY}</main><embed type="application/pdf" src="x.pdf" style="display:none">`);
    expect(extractPage(doc, doc.URL).contentType).not.toBe('application/pdf');
  });

  // That reading runs no custom-element constructor is tested in real Chromium (e2e/hostile-pages.e2e.test.ts):
  // happy-dom upgrades elements in documents without a browsing context, which browsers do not.

  it('an XML or SVG document gets a clear non-HTML extraction instead of a throw', () => {
    const window = new Window();
    const svg = new window.DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>We sell data</text></svg>',
      'image/svg+xml',
    ) as unknown as Document;
    expect(isHtmlDocument(svg)).toBe(false);
    const result = extractPage(svg, 'https://shop.test/logo.svg');
    expect(result.text).toBe('');
    expect(result.contentType).toMatch(/svg|xml/);
  });

  // A 20,000-deep page: tests/cli-input-hardening.test.ts (linkedom) and e2e/hostile-pages.e2e.test.ts (Chromium);
  // happy-dom's own querySelectorAll recurses and cannot hold one.
});
