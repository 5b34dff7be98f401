/**
 * The page read as the content script arrives, kept for the worker's first `extractPage`. The popup runs the content
 * script as it opens, while the worker (perhaps starting cold) gets its request, so the reading is done or under way
 * when the worker asks. Taken once, and only while fresh and on the same URL: a later request (a retry, "Analyze
 * anyway", a pushState) reads the page again.
 */
import type { PageExtraction } from '../tab-analysis';

/** Older than this, the kept reading is dropped (the worker asks within a second or two of the popup opening). */
export const FIRST_READING_MAX_AGE_MS = 10_000;

export type FirstReading = { take(): PageExtraction };

/** Reads the page now (`read`); `take()` gives that reading once if fresh and the URL is unchanged, else reads anew. */
export function readFirst(read: () => PageExtraction, url: () => string, now: () => number): FirstReading {
  const at = now();
  const from = url();
  let kept: PageExtraction | null = null;
  try {
    kept = read();
  } catch {
    // The worker's own request reads again and reports the failure.
  }
  return {
    take() {
      const reading = kept;
      kept = null;
      return reading && url() === from && now() - at < FIRST_READING_MAX_AGE_MS ? reading : read();
    },
  };
}
