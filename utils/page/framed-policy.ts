import { countWordRuns } from '../extract-policy-text';
import type { PolicyLink } from '../tab-analysis';

/** A page whose own text is shorter than this (words) may be a shell around a framed policy. */
const SHELL_WORDS = 150;
const PRIVACY = /privacy|datenschutz|data[- ]?protection|confidentialit|privacidad|policy/i;

/** Words of a text, counted up to `cap` (a page's own text may be 2 MB; only "is it short?" is asked of it). */
function words(text: string, cap = Infinity): number {
  return countWordRuns(text, 0, cap);
}

/**
 * The document of a same-origin frame that holds the page's policy: the page itself says little and
 * one frame holds at least three times as many words. Cross-origin frames cannot be read (null).
 */
export function framedDocument<T extends { text: string }>(
  doc: Document,
  ownText: string,
  read: (d: Document) => T,
): { doc: Document; extraction: T } | null {
  const own = words(ownText, SHELL_WORDS);
  if (own >= SHELL_WORDS) return null;
  let best: { doc: Document; extraction: T; words: number } | null = null;
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
    let inner: Document | null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // cross-origin
    }
    if (!inner?.body) continue;
    const extraction = read(inner);
    const n = words(extraction.text);
    if (n >= Math.max(3 * own, 60) && (!best || n > best.words)) best = { doc: inner, extraction, words: n };
  }
  return best ? { doc: best.doc, extraction: best.extraction } : null;
}

/** A frame the page shows whose address or title names a policy, offered as the policy link when it cannot be read here. */
export function framePolicyLink(doc: Document, ownText: string): PolicyLink | null {
  if (words(ownText, SHELL_WORDS) >= SHELL_WORDS) return null;
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe[src], frame[src]'))) {
    const href = frame.src;
    if (!/^https?:/i.test(href)) continue;
    const title = (frame.title || frame.getAttribute('aria-label') || frame.name || '').trim();
    if (PRIVACY.test(href) || PRIVACY.test(title)) return { text: title.slice(0, 80) || 'Privacy policy (shown in a frame)', href };
  }
  return null;
}
