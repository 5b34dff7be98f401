/** In-browser figures, real Chromium with the built extension: click-to-badges (cold and warm worker) and worker memory. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { launchWithExtension, openPopup } from '../e2e/chromium';
import { startFixtureServer } from '../e2e/fixture-server';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

async function workerTarget(browser: Browser, id: string): Promise<Target> {
  return browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 15_000 });
}

/**
 * Stops the extension's service worker, so the next click starts it cold. The ServiceWorker domain only
 * sees workers of its page's origin, so it is driven from one of the extension's own pages.
 */
async function workerStopper(browser: Browser, id: string): Promise<() => Promise<void>> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  const session = await page.createCDPSession();
  // Latched: the worker may pass through "stopped" and start again between two polls.
  let stopped = false;
  session.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${id}/`) && v.runningStatus === 'stopped') stopped = true;
  });
  await session.send('ServiceWorker.enable');
  return async () => {
    stopped = false;
    await session.send('ServiceWorker.stopAllWorkers');
    const until = Date.now() + 5_000;
    while (!stopped && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    if (!stopped) throw new Error('the worker did not stop');
  };
}

/** Real toolbar click → badges rendered in the real popup, in ms; and the popup's own request→render time if it marks it. */
async function clickToBadges(browser: Browser, page: Page, id: string): Promise<{ click: number; inPopup: number | null }> {
  const t0 = performance.now();
  const popup = await openPopup(browser, id, page, 30_000);
  const click = performance.now() - t0;
  const inPopup = await popup.evaluate(() => {
    const m = performance.getEntriesByName('policylens:badges', 'measure')[0];
    return m ? m.duration : null;
  });
  await popup.close().catch(() => {});
  return { click, inPopup };
}

export async function runBrowserBench(root: string): Promise<void> {
  const htmlDir = join(root, '../shared/corpus/html');
  if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) return void console.log('\nBrowser: no build in .output/chrome-mv3 — run `npm run build` first.');
  if (!existsSync(htmlDir)) return void console.log(`\nBrowser: ${htmlDir} is missing — browser figures skipped.`);
  let launched: Awaited<ReturnType<typeof launchWithExtension>>;
  try {
    launched = await launchWithExtension();
  } catch (err) {
    return void console.log(`\nBrowser: could not start Chromium (${(err as Error).message}) — browser figures skipped.`);
  }
  const { browser, extensionId: id } = launched;
  const server = await startFixtureServer(htmlDir);
  try {
    const pages = readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort((a, b) => statSync(join(htmlDir, a)).size - statSync(join(htmlDir, b)).size);
    const medianPage = pages[Math.floor(pages.length / 2)]!;
    const stopWorker = await workerStopper(browser, id);
    const page = await browser.newPage();
    const cold: number[] = [], warm: number[] = [], coldIn: number[] = [], warmIn: number[] = [];
    for (let i = 0; i < 7; i++) {
      // A fresh URL each time, so the worker's per-URL cache never answers.
      await page.goto(`${server.origin}/${medianPage}?cold=${i}`, { waitUntil: 'load' });
      await stopWorker();
      const c = await clickToBadges(browser, page, id);
      cold.push(c.click);
      if (c.inPopup !== null) coldIn.push(c.inPopup);
      await page.goto(`${server.origin}/${medianPage}?warm=${i}`, { waitUntil: 'load' });
      const w = await clickToBadges(browser, page, id);
      warm.push(w.click);
      if (w.inPopup !== null) warmIn.push(w.inPopup);
    }
    // Worker memory after analyzing ten policies in a row.
    await stopWorker();
    for (const file of pages.slice(0, 10)) {
      await page.goto(`${server.origin}/${file}?mem`, { waitUntil: 'load' });
      await clickToBadges(browser, page, id);
    }
    const session = await (await workerTarget(browser, id)).createCDPSession();
    await session.send('HeapProfiler.collectGarbage').catch(() => {});
    const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    console.log(`\nBrowser (Chromium ${(await browser.version()).replace(/^\D+/, '')}, headless; median page ${medianPage}; 7 runs, median and range)`);
    // "Asking for an analysis" is the popup's request; the wall clock also counts Chromium opening the popup window.
    if (warmIn.length) {
      console.log(`  analysis request → badges rendered, warm worker  ${median(warmIn).toFixed(0)} ms (${spread(warmIn)})   target ≤ 150 ms`);
      console.log(`  analysis request → badges rendered, cold worker  ${median(coldIn).toFixed(0)} ms (${spread(coldIn)})   target ≤ 600 ms`);
    }
    console.log(`  toolbar click → badges (wall clock, incl. popup window), warm  ${median(warm).toFixed(0)} ms (${spread(warm)})`);
    console.log(`  toolbar click → badges (wall clock, incl. popup window), cold  ${median(cold).toFixed(0)} ms (${spread(cold)})`);
    console.log(`  worker JS heap after 10 policies              ${(heap.usedSize / 1048576).toFixed(1)} MB used of ${(heap.totalSize / 1048576).toFixed(1)} MB`);
  } finally {
    await browser.close();
    await server.close();
  }
}
