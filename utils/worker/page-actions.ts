/**
 * Links on the page a person can act on: the "Do Not Sell or Share" / opt-out link and the account's
 * privacy settings. Only http(s) links are kept, so a page's `javascript:` link is never offered.
 */
export type ActionLink = { kind: 'opt-out' | 'settings'; text: string; href: string };

/** "Do Not Sell or Share My Personal Information", "Your Privacy Choices", "Opt out of sale/targeted ads". */
export const OPT_OUT_LINK =
  /\bdo not (?:sell|share)\b|\byour (?:california )?privacy choices\b|\bopt[- ]?out of (?:the )?(?:sale|selling|sharing|targeted|interest-based|personali[sz]ed)/i;
/** "Privacy settings", "Privacy dashboard", "Manage your privacy", "Ad settings" ("Cookie settings" is not one). */
export const SETTINGS_LINK =
  /\bprivacy (?:settings|dashboard|center|centre|controls|checkup|preferences)\b|\bmanage (?:your )?(?:privacy|data)\b|\b(?:ad|ads|advertising) (?:settings|preferences)\b/i;

const MAX_TEXT = 80;

/**
 * The first link of each kind, in page order, from the page's links as the content script collected them
 * (`collectPageLinks`): run in the worker, so the content script stays small.
 */
export function findActionLinks(links: ReadonlyArray<{ text: string; href: string }>): ActionLink[] {
  const out: ActionLink[] = [];
  for (const { text: raw, href } of links) {
    if (typeof raw !== 'string' || typeof href !== 'string' || !/^https?:\/\//i.test(href)) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_TEXT) continue;
    const kind = OPT_OUT_LINK.test(text) ? 'opt-out' : SETTINGS_LINK.test(text) ? 'settings' : null;
    if (kind && !out.some((l) => l.kind === kind)) out.push({ kind, text, href: href.slice(0, 2000) });
    if (out.length === 2) break;
  }
  return out;
}
