/**
 * Links on the page a person can act on: the "Do Not Sell or Share" / opt-out link and the account's
 * privacy settings. Only http(s) links are kept, so a page's `javascript:` link is never offered.
 */
export type ActionLink = { kind: 'opt-out' | 'settings'; text: string; href: string };

/** "Do Not Sell or Share My Personal Information", "Your Privacy Choices", "Opt out of sale/targeted ads". */
export const OPT_OUT_LINK = /\bdo not (?:sell|share)\b|\byour (?:california )?privacy choices\b|\bopt[- ]?out of (?:the )?(?:sale|selling|sharing|targeted|interest-based|personali[sz]ed)/i;
/** "Privacy settings", "Privacy dashboard", "Manage your privacy", "Ad settings" ("Cookie settings" is not one). */
export const SETTINGS_LINK = /\bprivacy (?:settings|dashboard|center|centre|controls|checkup|preferences)\b|\bmanage (?:your )?(?:privacy|data)\b|\b(?:ad|ads|advertising) (?:settings|preferences)\b/i;

const MAX_TEXT = 80;

/** The first link of each kind, in page order. */
export function findActionLinks(doc: Document): ActionLink[] {
  const out: ActionLink[] = [];
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = a.href;
    if (!/^https?:/i.test(href)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('aria-label')?.trim() || '';
    if (!text || text.length > MAX_TEXT) continue;
    const kind = OPT_OUT_LINK.test(text) ? 'opt-out' : SETTINGS_LINK.test(text) ? 'settings' : null;
    if (kind && !out.some((l) => l.kind === kind)) out.push({ kind, text, href });
    if (out.length === 2) break;
  }
  return out;
}
