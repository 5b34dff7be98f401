// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { extractPage } from '../utils/page/extract-page';

const SENTENCES = [
  'This privacy policy explains how Lantern Co. collects, uses and shares personal information when you use our service.',
  'We may sell your personal information to marketing partners who may contact you with offers.',
  'We keep your personal information for 60 days after you close your account, and then delete it.',
];

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'en');
  document.body.innerHTML = '';
});

describe('pages that render their policy in web components (open shadow roots)', () => {
  it('reads the text inside open shadow roots, nested ones and slotted light-DOM text, in reading order', () => {
    document.body.innerHTML =
      '<h1>Lantern privacy</h1><policy-doc><p slot="intro">Slotted: read this first line of the policy, which the page passes in through a slot.</p></policy-doc><nav>Menu Home Pricing</nav>';
    const host = document.querySelector('policy-doc')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<section><slot name="intro"></slot><p>${SENTENCES[0]}</p><policy-part></policy-part></section>`;
    const inner = root.querySelector('policy-part')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<p>${SENTENCES[1]}</p><p>${SENTENCES[2]}</p>`;
    const { text } = extractPage(document, 'https://lantern.example/privacy');
    for (const s of SENTENCES) expect(text).toContain(s);
    expect(text.indexOf('Slotted')).toBeLessThan(text.indexOf(SENTENCES[0]!));
    expect(text.indexOf(SENTENCES[0]!)).toBeLessThan(text.indexOf(SENTENCES[1]!));
    expect(text).not.toContain('Menu Home Pricing');
    const report = analyze(text, { url: null, title: null, source: 'test' });
    expect(report.practices.selling.verdict).toBe('sells');
    expect(report.practices.retention.verdict).toBe('period');
  });

  it('keeps Readability’s article when a small widget (a cookie banner) lives in a shadow root', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>${SENTENCES[i % 3]} Section ${i + 1} adds a few more words so that the article reads as prose to Readability.</p>`,
    );
    document.body.innerHTML = `<header>Lantern menu</header><article><h1>Privacy policy</h1>${paragraphs.join('')}</article><cookie-banner></cookie-banner><footer>Footer links here</footer>`;
    document.querySelector('cookie-banner')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>We use cookies on this site to give you the best experience; accept them all or choose which ones to allow.</p>';
    const result = extractPage(document, 'https://lantern.example/privacy');
    expect(result.method).toBe('readability');
    expect(result.text).toContain('Section 6');
    expect(result.text).not.toContain('Footer links');
  });

  it('leaves ordinary pages as they were (no shadow roots: the usual extraction)', () => {
    document.body.innerHTML = SENTENCES.map((s) => `<p>${s}</p>`).join('') + '<footer>Footer links here</footer>';
    const { text } = extractPage(document, 'https://lantern.example/privacy');
    expect(text).toContain(SENTENCES[1]);
    expect(text).not.toContain('Footer links');
  });
});
