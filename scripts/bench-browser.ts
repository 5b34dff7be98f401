/** In-browser figures, real Chromium with the built extension: click-to-badges (cold and warm worker) and worker memory. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { clickToolbarIcon, launchWithExtension, POPUP_VERDICTS } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { stageLine } from './analyze-stages';
import { pageBundle } from './page-bundle';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

async function workerTarget(browser: Browser, id: string): Promise<Target> {
  return browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), {
    timeout: 15_000,
  });
}

/**
 * Stops the extension's service worker, so the next click starts it cold. The ServiceWorker domain only
 * sees workers of its page's origin, so it is driven from one of the extension's own pages.
 */
export async function workerStopper(browser: Browser, id: string, pagePath = 'options.html'): Promise<() => Promise<void>> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/${pagePath}`);
  const session = await page.createCDPSession();
  // Latched: the worker may pass through "stopped" and start again between two polls. `running` is its last known
  // state: a worker already stopped (by another extension's stopAllWorkers, say) sends no event.
  let stopped = false;
  let running = false;
  session.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${id}/`)) continue;
      running = v.runningStatus !== 'stopped';
      if (!running) stopped = true;
    }
  });
  await session.send('ServiceWorker.enable');
  return async () => {
    stopped = !running;
    await session.send('ServiceWorker.stopAllWorkers');
    const until = Date.now() + 5_000;
    while (!stopped && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    if (!stopped) throw new Error('the worker did not stop');
  };
}

/**
 * The floor: an extension whose popup asks its worker one question and renders the answer, nothing else. Clicked the
 * same way in the same browser, it is what any MV3 popup with a worker costs.
 */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-floor-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'Floor',
      version: '1.0',
      action: { default_popup: 'popup.html' },
      background: { service_worker: 'worker.js' },
    }),
    'worker.js': 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ answer: 42 }); });',
    'popup.html': '<!doctype html><meta charset="utf-8"><title>Floor</title><body><script src="popup.js"></script></body>',
    // An extension page that is not the popup: the worker stopper and the start-up timer drive the worker from it.
    'page.html': '<!doctype html><meta charset="utf-8"><title>Floor page</title>',
    // Its steps, in the form PolicyLens' trace builds leave them (`scripts/bench-click-steps.ts` prints them).
    'popup.js':
      "const mark = (n) => (globalThis.__policyLensTrace ??= []).push([n, performance.timeOrigin + performance.now()]); mark('popup:script'); chrome.runtime.sendMessage({ question: 'ping' }).then((r) => { mark('popup:answer'); const p = document.createElement('p'); p.dataset.practice = 'floor'; p.textContent = 'answer ' + r.answer; document.body.append(p); });",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * Worker start-up: a message from one of the extension's own pages to its worker, with the worker stopped minus
 * with it running. The difference is starting the worker, mostly evaluating its script.
 */
async function workerStartMs(
  browser: Browser,
  id: string,
  pagePath: string,
  stop: () => Promise<void>,
): Promise<{ cold: number[]; warm: number[] }> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/${pagePath}`);
  const ask = () =>
    page.evaluate(async () => {
      const t = performance.now();
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      await chrome.runtime.sendMessage({ type: 'policylens-bench-ping' }).catch(() => {});
      return performance.now() - t;
    });
  const cold: number[] = [],
    warm: number[] = [];
  for (let i = 0; i < 7; i++) {
    await stop();
    cold.push(await ask());
    warm.push(await ask());
  }
  await page.close();
  return { cold, warm };
}

/**
 * The first analyze() in a fresh Chromium renderer, the V8 the extension's worker runs on (Node's older V8 compiles
 * regular expressions differently, so its cold figure can mislead). Each run is a new browser context, so nothing
 * compiled carries over; the floor is the first pass of a word regex over the same text in that page.
 */
async function coldAnalyzeInPage(
  browser: Browser,
  root: string,
  text: string,
): Promise<{ first: number[]; second: number[]; floor: number[]; stages: Record<string, number> }> {
  const code = await pageBundle(
    root,
    "import { analyze } from './analyzer/index'; import { analyzeStages } from './scripts/analyze-stages'; Object.assign(globalThis, { policylensAnalyze: analyze, policylensStages: analyzeStages });",
  );
  const first: number[] = [],
    second: number[] = [],
    floor: number[] = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    const [f, a, b] = await page.evaluate((t: string) => {
      const analyze = (globalThis as unknown as { policylensAnalyze: (text: string) => unknown }).policylensAnalyze;
      let at = performance.now();
      const words = t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      const f = performance.now() - at;
      if (words < 0) throw new Error('unreachable'); // keeps the floor's work observable
      at = performance.now();
      analyze(t);
      const a = performance.now() - at;
      at = performance.now();
      analyze(t + ' ');
      return [f, a, performance.now() - at];
    }, text);
    floor.push(f);
    first.push(a);
    second.push(b);
    await context.close();
  }
  // Where the first call's time goes, by stage: the same in other fresh pages, each stage timed (median per stage).
  const perStage: Record<string, number[]> = {};
  for (let i = 0; i < 5; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    const ms = await page.evaluate(
      (t: string) => (globalThis as unknown as { policylensStages: (text: string) => Record<string, number> }).policylensStages(t),
      text,
    );
    for (const [k, v] of Object.entries(ms)) (perStage[k] ??= []).push(v);
    await context.close();
  }
  const stages = Object.fromEntries(Object.entries(perStage).map(([k, v]) => [k, median(v)]));
  return { first, second, floor, stages };
}

/** Real toolbar click → badges rendered in the real popup, in ms; and the popup's own request→render time if it marks it. */
export async function clickToBadges(browser: Browser, page: Page, id: string): Promise<{ click: number; inPopup: number | null }> {
  const t0 = performance.now();
  // The verdicts on screen (what the user waits for); PolicyLens adds the highlights' count a little later.
  const popup = await clickToolbarIcon(browser, id, page);
  await popup.waitForSelector(POPUP_VERDICTS, { timeout: 30_000 });
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
  if (!existsSync(join(root, '.output/chrome-mv3/manifest.json')))
    return void console.log('\nBrowser: no build in .output/chrome-mv3 — run `npm run build` first.');
  if (!existsSync(htmlDir)) return void console.log(`\nBrowser: ${htmlDir} is missing — browser figures skipped.`);
  let launched: Awaited<ReturnType<typeof launchWithExtension>>;
  try {
    launched = await launchWithExtension();
  } catch (err) {
    return void console.log(`\nBrowser: could not start Chromium (${(err as Error).message}) — browser figures skipped.`);
  }
  const { browser, extensionId: id } = launched;
  const floorDir = writeFloorExtension();
  const server = await startFixtureServer(htmlDir);
  try {
    const floorId = await browser.installExtension(floorDir);
    const pages = readdirSync(htmlDir)
      .filter((f) => f.endsWith('.html'))
      .sort((a, b) => statSync(join(htmlDir, a)).size - statSync(join(htmlDir, b)).size);
    const medianPage = pages[Math.floor(pages.length / 2)]!;
    const stopWorker = await workerStopper(browser, id);
    const stopFloor = await workerStopper(browser, floorId, 'page.html');
    const page = await browser.newPage();
    const cold: number[] = [],
      warm: number[] = [],
      coldIn: number[] = [],
      warmIn: number[] = [],
      floorCold: number[] = [],
      floorWarm: number[] = [];
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
      // The floor on the same page, its worker stopped, then running.
      await stopFloor();
      floorCold.push((await clickToBadges(browser, page, floorId)).click);
      floorWarm.push((await clickToBadges(browser, page, floorId)).click);
    }
    const start = await workerStartMs(browser, id, 'options.html', stopWorker);
    const corpusTexts = readdirSync(join(root, '../shared/corpus'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(root, '../shared/corpus', f), 'utf8'))
      .sort((a, b) => a.length - b.length);
    const inPage = await coldAnalyzeInPage(browser, root, corpusTexts[Math.floor(corpusTexts.length / 2)]!);
    const floorStart = await workerStartMs(browser, floorId, 'page.html', stopFloor);
    // Worker memory after analyzing ten policies in a row.
    await stopWorker();
    for (const file of pages.slice(0, 10)) {
      await page.goto(`${server.origin}/${file}?mem`, { waitUntil: 'load' });
      await clickToBadges(browser, page, id);
    }
    const session = await (await workerTarget(browser, id)).createCDPSession();
    await session.send('HeapProfiler.collectGarbage').catch(() => {});
    const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    const m = (xs: number[]) => `${median(xs).toFixed(0)} ms (${spread(xs)})`;
    const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(2)} ×`;
    const startDelta = (r: { cold: number[]; warm: number[] }) => r.cold.map((c, i) => c - r.warm[i]!);
    console.log(
      `\nBrowser (Chromium ${(await browser.version()).replace(/^\D+/, '')}, headless; median page ${medianPage}; 7 runs, median and range)`,
    );
    console.log(`  toolbar click → four verdicts, warm worker     ${m(warm)}   ${ratio(warm, floorWarm)} the floor   target ≤ 1.1 ×`);
    console.log(
      `  toolbar click → four verdicts, cold worker     ${m(cold)}   ${ratio(cold, floorCold)} the cold floor, ${ratio(cold, floorWarm)} the warm floor   target ≤ 1.2 ×`,
    );
    console.log(`  floor (popup asks its worker, renders answer)  warm ${m(floorWarm)}, cold ${m(floorCold)}`);
    // "Asking for an analysis" is the popup's request; the wall clock also counts Chromium opening the popup window.
    if (warmIn.length) {
      console.log(`  analysis request → badges rendered, warm      ${m(warmIn)}`);
      console.log(`  analysis request → badges rendered, cold      ${m(coldIn)}`);
    }
    console.log(
      `  worker start (message to a stopped worker minus to a running one): PolicyLens ${m(startDelta(start))}, floor ${m(startDelta(floorStart))}`,
    );
    const fl = (xs: number[]) => `${median(xs).toFixed(2)} ms`;
    console.log(
      `  first analyze() in a fresh page (Chromium's V8), median policy (${corpusTexts[Math.floor(corpusTexts.length / 2)]!.length} chars)  ${m(inPage.first)}   ${(median(inPage.first) / median(inPage.floor)).toFixed(0)} × the floor (first word-regex pass ${fl(inPage.floor)})   target ≤ 50 ms`,
    );
    console.log(`  second analyze() in that page                  ${m(inPage.second)}`);
    console.log(`  first analyze() by stage, ms (median of 5 fresh pages; ≥ 1 ms): ${stageLine(inPage.stages)}`);
    console.log(
      `  worker JS heap after 10 policies              ${(heap.usedSize / 1048576).toFixed(1)} MB used of ${(heap.totalSize / 1048576).toFixed(1)} MB`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
