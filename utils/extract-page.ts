import { extractPolicyText } from './extract-policy-text';
import type { PageExtraction } from './messages';
import { framedDocument, framePolicyLink } from './framed-policy';
import { collectPageLinks } from './page-links';

/** The declared language of a page: <html lang>, else Content-Language meta; lower-case primary tag. */
export function declaredLanguage(doc: Document): string | null {
  const raw =
    doc.documentElement.getAttribute('lang') ||
    doc.documentElement.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    '';
  const primary = raw.trim().split(/[-_,;\s]/)[0]?.toLowerCase();
  return primary || null;
}

/** What the content script reports to the worker: readable text and the facts the states need. */
export function extractPage(doc: Document, url: string): PageExtraction {
  const contentType = doc.contentType || 'text/html';
  // Chrome's PDF viewer is an <embed> in an otherwise empty document: nothing to read here.
  if (contentType === 'application/pdf' || doc.querySelector('embed[type="application/pdf"]')) {
    return { text: '', title: doc.title, url, lang: null, method: 'body', policyLink: null, contentType: 'application/pdf' };
  }
  const extraction = extractPolicyText(doc);
  // A shell page around a same-origin framed policy: the frame's text is what the user reads.
  const framed = framedDocument(doc, extraction.text, extractPolicyText);
  if (framed) {
    const { text, title, method } = framed.extraction;
    return { text, title: title ?? extraction.title ?? '', url, lang: declaredLanguage(framed.doc) ?? declaredLanguage(doc), method, policyLink: null, contentType, frameUrl: framed.doc.URL };
  }
  return {
    text: extraction.text,
    title: extraction.title ?? '',
    url,
    lang: declaredLanguage(doc),
    method: extraction.method,
    // A cross-origin framed policy cannot be read here: offered as the link to open instead.
    // The worker ranks `links` for the policy link; this is the fallback when none qualifies.
    policyLink: framePolicyLink(doc, extraction.text),
    links: collectPageLinks(doc, url),
    contentType,
  };
}
