import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage, isHtmlDocument } from '../utils/page/extract-page';
import { isFromExtension, parseHighlights, parseStart, type Sender } from '../utils/message-guards';
import { fetchSameOriginPolicy, parseFetchedBody, parseLinkedUrl, readFetchedPage } from '../utils/page/linked-policy-page';
import { onMessage } from '../utils/messages';
import { PageHighlights } from '../utils/page/page-highlights';
import { traceMarkInPage } from '../utils/perf-trace';
import { readFirst } from '../utils/page/first-reading';

// Injected on demand at the user's click, by the popup or the worker (no host permissions): reads and highlights, nothing more.
export default defineContentScript({
  registration: 'runtime',
  main() {
    traceMarkInPage('page:script');
    const world = window as unknown as { __policyLensLoaded?: boolean };
    // The isolated world outlives one injection: a second injection must not add listeners again.
    if (world.__policyLensLoaded) return;
    world.__policyLensLoaded = true;
    // XML and SVG documents have no HTML elements to highlight with: extraction answers, highlighting does nothing.
    const highlights = isHtmlDocument(document) ? new PageHighlights(document) : null;
    // Only this extension's worker and popup are heard (never window.postMessage); payloads are checked.
    const ours = (sender: Sender) => {
      if (!isFromExtension(sender, browser.runtime.id)) throw new Error('PolicyLens answers its own extension only');
    };
    // Injected only at a click (the popup's, then the worker's), always to be read: start now (utils/page/first-reading.ts).
    traceMarkInPage('page:extract');
    const reading = readFirst(
      () => extractPage(document, location.href),
      () => location.href,
      () => performance.now(),
    );
    traceMarkInPage('page:extracted');
    onMessage('extractPage', ({ sender }) => (ours(sender), reading.take()));
    onMessage('highlightEvidence', ({ data, sender }) => {
      ours(sender);
      traceMarkInPage('page:highlight');
      const placed = highlights?.highlight(parseHighlights(data)) ?? 0;
      traceMarkInPage('page:highlighted');
      return placed;
    });
    onMessage('scrollToEvidence', ({ data, sender }) => (ours(sender), highlights?.scrollTo(parseStart(data)) ?? false));
    onMessage('clearHighlights', ({ sender }) => (ours(sender), highlights?.clear()));
    // The site's linked policy: fetched here only on the page's own origin; another origin's body comes from the worker.
    onMessage('fetchLinkedPolicy', ({ data, sender }) => (ours(sender), fetchSameOriginPolicy(parseLinkedUrl(data), location.origin)));
    onMessage('readLinkedPolicy', ({ data, sender }) => (ours(sender), readFetchedPage(parseFetchedBody(data))));
  },
});
