import { extractPolicyText, renderedOnPage } from '../extract-policy-text';
import type { PageExtraction } from '../tab-analysis';
import { framedDocument, framePolicyLink } from './framed-policy';
import { collectPageLinks } from '../page-links';

/** The declared language of a page: <html lang>, else Content-Language meta; lower-case primary tag. */
export function declaredLanguage(doc: Document): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    '';
  const primary = raw
    .trim()
    .split(/[-_,;\s]/)[0]
    ?.toLowerCase();
  return primary || null;
}

/** What the content script reports to the worker: readable text and the facts the states need. */
export function extractPage(doc: Document, url: string): PageExtraction {
  const contentType = doc.contentType || 'text/html';
  // An XML or SVG document (a feed, an image) has no HTML body to read: a clear state, not a failure.
  if (!isHtmlDocument(doc)) return { text: '', title: doc.title ?? '', url, lang: null, method: 'body', policyLink: null, contentType };
  const rendered = renderedOnPage(doc);
  // Chrome's PDF viewer is an <embed> in an otherwise empty document; a hidden or small one in a page is not.
  if (contentType === 'application/pdf' || isPdfViewer(doc, rendered)) {
    return { text: '', title: doc.title, url, lang: null, method: 'body', policyLink: null, contentType: 'application/pdf' };
  }
  const read = (d: Document) => extractPolicyText(d, renderedOnPage(d));
  const extraction = extractPolicyText(doc, rendered);
  // A shell page around a same-origin framed policy: the frame's text is what the user reads.
  const framed = framedDocument(doc, extraction.text, read);
  if (framed) {
    const { text, title, method, sideLines } = framed.extraction;
    return {
      text,
      title: title ?? extraction.title ?? '',
      url,
      lang: declaredLanguage(framed.doc) ?? declaredLanguage(doc),
      method,
      policyLink: null,
      contentType,
      frameUrl: framed.doc.URL,
      ...(sideLines ? { sideLines } : {}),
    };
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
    ...(extraction.sideLines ? { sideLines: extraction.sideLines } : {}),
  };
}

/** An HTML document (also XHTML): served as HTML, its root <html> in the XHTML namespace. */
export function isHtmlDocument(doc: Document): boolean {
  // Chrome shows an XML file in a viewer whose root is an <html>: the document's type is what tells.
  if (doc.contentType && !/^(?:text\/html|application\/xhtml\+xml)$/i.test(doc.contentType)) return false;
  const root = doc.documentElement;
  if (!root || root.localName?.toLowerCase() !== 'html') return false;
  return !root.namespaceURI || root.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/** The browser's PDF viewer: a rendered PDF <embed> filling most of an otherwise textless page. */
function isPdfViewer(doc: Document, rendered: (el: Element) => boolean): boolean {
  const embed = doc.querySelector('embed[type="application/pdf"]');
  if (!embed || !rendered(embed)) return false;
  const text = doc.body?.textContent ?? '';
  return text.trim().split(/\s+/).filter(Boolean).length < 20;
}
