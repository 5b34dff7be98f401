import type { PolicyLink } from './messages';
import { findPolicyLinks } from './policy-links';

/**
 * The link on the page that most looks like its privacy policy ("Privacy Policy" in a footer), for
 * the not-a-policy state. Links back to the page itself do not count. Scoring: `policy-links.ts`.
 */
export function findPolicyLink(doc: Document, pageUrl: string): PolicyLink | null {
  const best = findPolicyLinks(doc, pageUrl)[0];
  return best ? { text: best.text, href: best.href } : null;
}
