/** In-browser figures (real Chromium): click-to-badges, cold and warm, and service-worker memory. */
export async function runBrowserBench(_root: string): Promise<void> {
  console.log('\nBrowser: click-to-badges and worker memory are measured once the e2e harness exists.');
}
