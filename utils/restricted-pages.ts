import type { AnalysisResult } from './messages';

type Unsupported = Extract<AnalysisResult, { kind: 'unsupported' }>;
export type Restriction = { reason: Unsupported['reason']; message: string };

/** Schemes of the browser's own pages, where no extension may inject a script. */
const BROWSER_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|data|blob|javascript):/i;
/** Extension stores: browsers refuse scripts there even with permission. */
const STORES = [/^https?:\/\/chromewebstore\.google\.com\//i, /^https?:\/\/chrome\.google\.com\/webstore/i, /^https?:\/\/addons\.mozilla\.org\//i, /^https?:\/\/microsoftedge\.microsoft\.com\/addons/i];

export const FORBIDDEN_MESSAGES = {
  browserPage: 'This is one of the browser’s own pages. Browsers do not let extensions read them: open a privacy policy on a website and click PolicyLens again.',
  store: 'Browsers do not let extensions read their extension store. Open the policy on the website it belongs to.',
  viewSource: 'This is a page’s source view. Open the page itself and click PolicyLens again.',
  pdf: 'This is a PDF. PolicyLens reads web pages only for now: open the web version of the policy if the site has one.',
  // Firefox refuses its PDF viewer this way even when the address does not end in .pdf, so PDFs are named here.
  injectFailed: 'The browser did not let PolicyLens read this page. Browsers protect their own pages, their PDF viewer, extension stores and some special pages from extensions. If this is a PDF, open the web version of the policy; on an ordinary web page, reload it and click PolicyLens again.',
} as const;

/** Whether a tab's URL can be read at all, decided from the URL before trying to inject. */
export function restrictionOf(url: string): Restriction | null {
  if (!url) return null; // unknown: try, and report the failure if the browser refuses
  if (/^view-source:/i.test(url)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.viewSource };
  if (BROWSER_SCHEMES.test(url)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.browserPage };
  if (STORES.some((store) => store.test(url))) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.store };
  try {
    if (/\.pdf$/i.test(new URL(url).pathname)) return { reason: 'pdf', message: FORBIDDEN_MESSAGES.pdf };
  } catch {
    return null;
  }
  return null;
}

/**
 * Without the "tabs" permission a browser page's URL is hidden from us, so the refusal of the
 * injection is what tells: its message names the kind of page.
 */
export function restrictionOfInjectError(error: unknown): Restriction {
  const text = error instanceof Error ? error.message : String(error);
  if (/extensions gallery|web ?store|addons\.mozilla/i.test(text)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.store };
  if (/view-source:/i.test(text)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.viewSource };
  if (/\b(?:chrome|edge|about|moz-extension|chrome-extension|devtools):/i.test(text)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.browserPage };
  if (/\.pdf\b|pdf viewer/i.test(text)) return { reason: 'pdf', message: FORBIDDEN_MESSAGES.pdf };
  return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.injectFailed };
}
