import type { PolicyLink } from './messages';

// No closing \b: German compounds ("Datenschutzerklärung") carry the word inside.
const PRIVACY_TEXT = /\b(?:privacy|data protection|datenschutz|confidentialit[ée]|privacidad|privacit[àa]|privacybeleid)/i;
const POLICY_WORD = /(?:\bpolicy|\bnotice|\bstatement|erkl[äa]rung|\bpolitique|\bpol[íi]tica)\b/i;
const PRIVACY_HREF = /privacy|datenschutz|data-?protection|confidentialite|privacidad/i;

/**
 * The link on the page that most looks like its privacy policy ("Privacy Policy" in a footer), for
 * the not-a-policy state. Links back to the page itself do not count.
 */
export function findPolicyLink(doc: Document, pageUrl: string): PolicyLink | null {
  const here = pageUrl.split('#')[0];
  let best: { link: PolicyLink; score: number } | null = null;
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = a.href;
    if (!/^https?:/i.test(href) || href.split('#')[0] === here) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('aria-label')?.trim() || '';
    if (!text || text.length > 80) continue;
    let score = 0;
    if (PRIVACY_TEXT.test(text)) score += 2;
    if (POLICY_WORD.test(text)) score += 1;
    if (PRIVACY_HREF.test(href)) score += 1;
    if (score < 2) continue;
    if (!best || score > best.score) best = { link: { text, href }, score };
  }
  return best?.link ?? null;
}
