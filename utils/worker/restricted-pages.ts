import { t } from '../i18n';
import type { AnalysisResult } from '../tab-analysis';

type Unsupported = Extract<AnalysisResult, { kind: 'unsupported' }>;
export type Restriction = { reason: Unsupported['reason']; message: string };

/** Schemes of the browser's own pages, where no extension may inject a script. */
const BROWSER_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|data|blob|javascript):/i;
/** Extension stores: browsers refuse scripts there even with permission. */
const STORES = [
  /^https?:\/\/chromewebstore\.google\.com\//i,
  /^https?:\/\/chrome\.google\.com\/webstore/i,
  /^https?:\/\/addons\.mozilla\.org\//i,
  /^https?:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

/** Read when shown, in the browser's UI language (`utils/i18n.ts`). */
export const FORBIDDEN_MESSAGES = {
  get browserPage() {
    return t('forbidden_browser_page');
  },
  get store() {
    return t('forbidden_store');
  },
  get viewSource() {
    return t('forbidden_view_source');
  },
  get pdf() {
    return t('forbidden_pdf');
  },
  // Firefox refuses its PDF viewer this way even when the address does not end in .pdf, so PDFs are named here.
  get injectFailed() {
    return t('forbidden_inject_failed');
  },
};

/** Whether a tab's URL can be read at all, decided from the URL before trying to inject. */
export function restrictionOf(url: string): Restriction | null {
  if (!url) return null; // unknown: try, and report the failure if the browser refuses
  if (/^view-source:/i.test(url)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.viewSource };
  if (BROWSER_SCHEMES.test(url)) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.browserPage };
  if (STORES.some((store) => store.test(url))) return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.store };
  // A URL ending in .pdf decides nothing: a page can replaceState to one. The document's own type does (extraction).
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
  if (/\b(?:chrome|edge|about|moz-extension|chrome-extension|devtools):/i.test(text))
    return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.browserPage };
  if (/\.pdf\b|pdf viewer/i.test(text)) return { reason: 'pdf', message: FORBIDDEN_MESSAGES.pdf };
  return { reason: 'forbidden', message: FORBIDDEN_MESSAGES.injectFailed };
}
