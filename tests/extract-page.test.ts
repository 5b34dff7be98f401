// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { declaredLanguage, extractPage } from '../utils/page/extract-page';
import { findPolicyLinks, rankPolicyLinks } from '../utils/worker/policy-links';

const findPolicyLink = (doc: Document, url: string) => {
  const best = findPolicyLinks(doc, url)[0];
  return best ? { text: best.text, href: best.href } : null;
};

const URL_HERE = 'https://shop.example/products/hose';

function setPage(html: string, lang = 'en') {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
}

describe('findPolicyLink', () => {
  beforeEach(() => setPage(''));

  it('prefers a "Privacy Policy" link over other privacy-ish links', () => {
    setPage(`
      <a href="/privacy-settings">Settings</a>
      <a href="/blog/privacy-tips">Five privacy tips</a>
      <footer><a href="https://shop.example/legal/privacy">Privacy Policy</a></footer>`);
    expect(findPolicyLink(document, URL_HERE)).toEqual({ text: 'Privacy Policy', href: 'https://shop.example/legal/privacy' });
  });

  it('recognises a German compound (Datenschutzerklärung)', () => {
    setPage('<a href="https://shop.example/datenschutz">Datenschutzerklärung</a>');
    expect(findPolicyLink(document, URL_HERE)?.href).toBe('https://shop.example/datenschutz');
  });

  it('ignores links back to the page itself, javascript: links and pages without any', () => {
    setPage(`<a href="${URL_HERE}#privacy">Privacy Policy</a><a href="javascript:void(0)">Privacy Policy</a><a href="/about">About</a>`);
    expect(findPolicyLink(document, URL_HERE)).toBeNull();
  });
});

describe('extractPage', () => {
  it('reports the text, title, declared language and policy link of the live page without changing it', () => {
    document.title = 'Garden hose';
    setPage(
      '<main><h1>Garden hose</h1><p>Fifty feet of rubber hose that stays flexible in the cold, shipped in two days.</p></main><footer><a href="/privacy">Privacy</a></footer>',
      'en-GB',
    );
    const before = document.body.innerHTML;
    const page = extractPage(document, URL_HERE);
    expect(page.text).toContain('Fifty feet of rubber hose');
    expect(page.title).toBe('Garden hose');
    expect(page.lang).toBe('en');
    expect(rankPolicyLinks(page.links ?? [], URL_HERE)[0]?.text).toBe('Privacy');
    expect(page.contentType).toBe('text/html');
    expect(document.body.innerHTML).toBe(before);
  });

  it('says PDF for Chrome’s PDF viewer document', () => {
    setPage('<embed type="application/pdf" src="about:blank">');
    expect(extractPage(document, 'https://x.example/p.pdf')).toMatchObject({ contentType: 'application/pdf', text: '' });
  });
});

describe('declaredLanguage', () => {
  it('reads the primary tag of <html lang>, and null when there is none', () => {
    setPage('', 'de-AT');
    expect(declaredLanguage(document)).toBe('de');
    document.documentElement.removeAttribute('lang');
    expect(declaredLanguage(document)).toBeNull();
  });
});
