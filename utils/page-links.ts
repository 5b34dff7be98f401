/**
 * The content script's half of policy-link finding: the page's links with what the DOM says about
 * them (text, rel, footer/header/banner position). Small on purpose: the scoring and its word lists
 * run in the worker (`policy-links.ts`). Reads the DOM, changes nothing.
 */

export type PageLink = { text: string; href: string; rel: boolean; footer: boolean; header: boolean; banner: boolean };

/** Links beyond this are not sent (a page with thousands of product links): site-wide and rel links go first. */
export const MAX_PAGE_LINKS = 400;
/** Longer link text is a sentence that mentions privacy, not a link to the policy. */
export const MAX_LINK_TEXT = 80;

/** Ancestors that put a link in the site's footer or header (site-wide links: where policies live). */
const FOOTER = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]';
const HEADER = 'header, nav, [role="banner"], [role="navigation"]';
/** A cookie or consent banner: its "Privacy Policy" link is real but its buttons are not; a small penalty. */
const CONSENT_BANNER = '[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [id*="gdpr" i], [class*="gdpr" i], [id*="onetrust" i], [class*="cmp" i], [aria-label*="cookie" i]';

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * http(s) links of the page (anchors, image-map areas, `<link rel="privacy-policy">`), absolute and
 * without fragment; links back to this page, button-like links and long texts are left out.
 */
export function collectPageLinks(doc: Document, pageUrl: string): PageLink[] {
  const here = pageUrl.split('#')[0];
  const out: PageLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href], area[href], link[rel~="privacy-policy" i][href]'))) {
    if (a.getAttribute('role') === 'button') continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', doc.baseURI || pageUrl);
    } catch {
      continue;
    }
    url.hash = '';
    if (!/^https?:$/.test(url.protocol) || url.href === here) continue;
    // Icon links say what they are in aria-label or title.
    const text = a.tagName === 'LINK' ? '' : fold(a.textContent) || fold(a.getAttribute('aria-label')) || fold(a.getAttribute('title'));
    if (text.length > MAX_LINK_TEXT) continue;
    const rel = /(?:^|\s)privacy-policy(?:\s|$)/i.test(a.getAttribute('rel') ?? '');
    out.push({ text, href: url.href, rel, footer: !!a.closest(FOOTER), header: !!a.closest(HEADER), banner: !!a.closest(CONSENT_BANNER) });
  }
  if (out.length <= MAX_PAGE_LINKS) return out;
  const siteWide = (l: PageLink) => l.rel || l.footer || l.header;
  return [...out.filter(siteWide), ...out.filter((l) => !siteWide(l))].slice(0, MAX_PAGE_LINKS);
}
