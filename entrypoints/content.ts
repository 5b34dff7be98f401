import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../utils/extract-page';
import { onMessage } from '../utils/messages';
import { PageHighlights } from '../utils/page-highlights';

// Injected on demand by the worker (no host permissions): extracts and highlights, nothing more.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const world = window as unknown as { __policyLensLoaded?: boolean };
    // The isolated world outlives one injection: a second injection must not add listeners again.
    if (world.__policyLensLoaded) return;
    world.__policyLensLoaded = true;
    const highlights = new PageHighlights(document);
    onMessage('extractPage', () => extractPage(document, location.href));
    onMessage('highlightEvidence', ({ data }) => highlights.highlight(data.highlights));
    onMessage('scrollToEvidence', ({ data }) => highlights.scrollTo(data.start));
    onMessage('clearHighlights', () => highlights.clear());
  },
});
