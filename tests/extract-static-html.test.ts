/**
 * Static HTML (the CLI's linkedom, an inert document of a fetched policy) has no layout and runs no script:
 * it is read as a browser would build it, and what its scripts reveal (accordions, tabs) is the page's text.
 * The live page is judged by what it renders (tests/extract-rendered.test.ts), so the same markup hidden there is not read.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { parseHtmlDocument, textFromHtml } from '../cli/load-input';
import { extractPolicyText, renderedOnPage, unrenderedByMarkup } from '../utils/extract-policy-text';

const POLICY = Array.from(
  { length: 6 },
  (_, i) => `<p>Section ${i + 1}: we collect your e-mail address and your order history to run the service and answer your questions.</p>`,
).join('');
const SELL = 'We sell your personal information to data brokers and advertisers for money.';
const GERMAN = 'Wir erheben und verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. '.repeat(30);
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body>${body}</body></html>`;

/** Collapsed accordion panels as a script leaves them in a saved page (jQuery's slideUp: a height, then display none). */
const ACCORDION =
  `<ul><li class="collapsible"><h2>Selling</h2><div class="unit-content" style="height: 647px; display: none;"><p>${SELL}</p></div></li>` +
  `<li class="collapsible"><h2>Changes</h2><div style="display:none"><p>We may modify this policy from time to time and will post the new date here.</p></div></li></ul>`;

describe('static HTML: one body, as a browser builds it', () => {
  it('reads the text after a stray </body></html> (an ad iframe fallback carries them) and keeps document order', () => {
    const adFrame = `<iframe src="javascript:"<html><body style='background:transparent'></body></html>"" style="border: 0"></iframe>`;
    const html = page(`<header><div>${adFrame}</div></header><main><h1>Privacy Policy</h1>${POLICY}<p>${SELL}</p></main>`);
    const doc = parseHtmlDocument(html)!;
    expect(doc.querySelectorAll('body')).toHaveLength(1);
    const { text } = textFromHtml(html);
    expect(text).toContain(SELL);
    expect(text.indexOf('Section 1')).toBeLessThan(text.indexOf(SELL));
    expect(analyze(text).practices.selling.verdict).toBe('sells');
  });

  it('reads content after </html> and inside a second <body> into the one body', () => {
    for (const html of [
      `<html><head><title>P</title></head><body>${POLICY}</body></html><p>${SELL}</p>`,
      `<html><head><title>P</title></head><body>${POLICY}<body class="late"><p>${SELL}</p></body></body></html>`,
    ]) {
      const doc = parseHtmlDocument(html)!;
      expect(doc.querySelectorAll('body'), html).toHaveLength(1);
      expect(doc.documentElement!.nextSibling, html).toBeNull();
      expect(textFromHtml(html).text, html).toContain(SELL);
    }
  });

  it('leaves a well-formed page as it is', () => {
    const html = page(`<main>${POLICY}</main>`);
    expect(parseHtmlDocument(html)!.body.innerHTML).toBe(`<main>${POLICY}</main>`);
  });
});

describe('static HTML: what a script reveals is read, what markup declares hidden is not', () => {
  it('reads collapsed accordion panels (inline display:none): the policy-changes and selling sentences', () => {
    const { text } = textFromHtml(page(`<main><h1>Privacy Policy</h1>${POLICY}${ACCORDION}</main>`));
    expect(text).toContain(SELL);
    expect(text).toContain('We may modify this policy');
    const report = analyze(text);
    expect(report.practices.selling.verdict).toBe('sells');
    expect(report.practices.changes.verdict).toBe('posted-only');
  });

  it('does not read the hidden attribute, a closed <dialog> or a closed role="dialog" overlay', () => {
    const html = page(
      `<main><h1>Privacy Policy</h1>${POLICY}</main><div hidden><p>${SELL}</p></div>` +
        `<dialog><p>We keep your messages for 7 days.</p></dialog>` +
        `<div role="dialog" style="display: none; position: absolute;"><p>Accept all cookies from our 842 advertising partners.</p></div>`,
    );
    const { text } = textFromHtml(html);
    expect(text).toContain('Section 6');
    expect(text).not.toContain(SELL);
    expect(text).not.toContain('7 days');
    expect(text).not.toContain('842');
    // Opened, they are read.
    expect(textFromHtml(html.replace('<dialog>', '<dialog open>')).text).toContain('7 days');
  });

  it("does not read a consent manager's banner or preference centre saved with the page, but keeps a cookie policy's own list", () => {
    const html = page(
      `<main><h1>Privacy Policy</h1>${POLICY}<div id="ot-sdk-cookie-policy"><p>Cookie list: session cookies keep you signed in.</p></div></main>` +
        `<div id="onetrust-pc-sdk" class="otPcCenter ot-hide" role="region"><p>Clicking the Do Not Sell button below will opt you out of the sale of your personal information.</p></div>` +
        `<div id="CybotCookiebotDialog"><p>We and our 842 partners use cookies.</p></div>`,
    );
    const { text } = textFromHtml(html);
    expect(text).toContain('Section 6');
    expect(text).toContain('session cookies keep you signed in');
    expect(text).not.toContain('Do Not Sell button');
    expect(text).not.toContain('842');
  });

  it('judges each element by markup alone: until-found is openable, aria-hidden and inline visibility do not decide', () => {
    const doc = parseHtmlDocument(
      '<div id="a" hidden="until-found"></div><div id="b" aria-hidden="true"></div><div id="c" style="display:none"></div><div id="d" hidden></div>',
    )!;
    const rendered = (id: string) => unrenderedByMarkup(doc.getElementById(id)!);
    expect([rendered('a'), rendered('b'), rendered('c'), rendered('d')]).toEqual([true, true, true, false]);
  });
});

describe('the browser still reads only what is rendered', () => {
  function livePage(body: string): Document {
    const window = new Window({ url: 'https://shop.test/privacy' });
    window.document.write(page(body));
    return window.document as unknown as Document;
  }

  it('ignores the same inline-hidden markup on the live page: a hidden trap sentence, a hidden German block, a closed panel', () => {
    const body = `<main><h1>Privacy Policy</h1>${POLICY}<p style="display:none">${SELL}</p><div lang="de" style="display:none">${GERMAN}</div>${ACCORDION}</main>`;
    const doc = livePage(body);
    const live = extractPolicyText(doc, renderedOnPage(doc)).text;
    expect(live).toContain('Section 6');
    expect(live).not.toContain(SELL);
    expect(live).not.toContain('Wir erheben');
    expect(live).not.toContain('We may modify this policy');
    expect(analyze(live).practices.selling.verdict).toBe('not-mentioned');
    // The same markup read as static HTML: a script may reveal each, so each is read.
    expect(textFromHtml(page(body)).text).toContain(SELL);
  });
});
