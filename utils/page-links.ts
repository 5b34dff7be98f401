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

/** id/class words of a site footer (with <footer> and role=contentinfo): site-wide links, where policies live. */
const FOOTER_NAME = /footer/i;
/** id/class/aria-label words of a cookie or consent banner: its "Privacy Policy" link is real, its buttons are not. */
const BANNER_NAME = /cookie|consent|gdpr|onetrust|cmp/i;

/**
 * Where a link sits, from one walk up its ancestors. Plain attribute reads rather than `closest()`
 * with substring selectors, which some DOMs (happy-dom, linkedom) run in quadratic time.
 */
function placeOf(link: Element): Pick<PageLink, 'footer' | 'header' | 'banner'> {
  const place = { footer: false, header: false, banner: false };
  for (let el = link.parentElement; el; el = el.parentElement) {
    const tag = el.tagName;
    const role = el.getAttribute('role');
    const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (tag === 'FOOTER' || role === 'contentinfo' || FOOTER_NAME.test(names)) place.footer = true;
    if (tag === 'HEADER' || tag === 'NAV' || role === 'banner' || role === 'navigation') place.header = true;
    if (BANNER_NAME.test(names) || /cookie/i.test(el.getAttribute('aria-label') ?? '')) place.banner = true;
  }
  return place;
}

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * http(s) links of the page (anchors, image-map areas, `<link rel="privacy-policy">`), absolute and
 * without fragment; links back to this page, button-like links and long texts are left out.
 */
export function collectPageLinks(doc: Document, pageUrl: string): PageLink[] {
  const here = pageUrl.split('#')[0];
  const out: PageLink[] = [];
  // Read once: some DOMs look for <base> on every read.
  const base = doc.baseURI || pageUrl;
  for (const a of Array.from(doc.querySelectorAll('a[href], area[href], link[rel~="privacy-policy" i][href]'))) {
    if (a.getAttribute('role') === 'button') continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    url.hash = '';
    if (!/^https?:$/.test(url.protocol) || url.href === here) continue;
    // Icon links say what they are in aria-label or title.
    const text = a.tagName === 'LINK' ? '' : fold(a.textContent) || fold(a.getAttribute('aria-label')) || fold(a.getAttribute('title'));
    if (text.length > MAX_LINK_TEXT) continue;
    const rel = /(?:^|\s)privacy-policy(?:\s|$)/i.test(a.getAttribute('rel') ?? '');
    out.push({ text, href: url.href, rel, ...placeOf(a) });
  }
  if (out.length <= MAX_PAGE_LINKS) return out;
  const siteWide = (l: PageLink) => l.rel || l.footer || l.header;
  return [...out.filter(siteWide), ...out.filter((l) => !siteWide(l))].slice(0, MAX_PAGE_LINKS);
}
