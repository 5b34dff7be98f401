/**
 * Where a toolbar click's time goes, step by step, in real headless Chromium; and builds compared side by side.
 *
 *   WXT_POLICYLENS_TRACE=1 npx wxt build && cp -r .output/chrome-mv3 /tmp/trace-build
 *   npx tsx scripts/bench-click-steps.ts [--runs N] DIR [DIR…]
 *
 * Each DIR is an unpacked Chrome build. All are installed in one browser with the floor extension and clicked in
 * turn on the median corpus page (a fresh URL each click), warm worker then cold worker, so each row compares
 * builds under the same load. A build made with WXT_POLICYLENS_TRACE=1 also gives its steps (`utils/perf-trace.ts`):
 * the popup's, the worker's and the content script's marks, in ms after the click (one clock, three time origins).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { clickToolbarIcon, launchWithExtension, POPUP_VERDICTS } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { workerStopper, writeFloorExtension } from './bench-browser';

type Marks = Array<[string, number]>;
type Click = { total: number; steps: Record<string, number> };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = () => performance.timeOrigin + performance.now();

/** The service worker's marks since the last read (emptied as they are read); none from a build without tracing. */
async function workerMarks(browser: Browser, id: string): Promise<Marks> {
  const target = browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
  if (!target) return [];
  // A session of its own, detached at once: a debugger left attached keeps the next cold start from answering.
  const session = await target.createCDPSession();
  try {
    const expression = `(() => { const marks = globalThis.__policyLensTrace ?? []; globalThis.__policyLensTrace = [];
      return JSON.stringify([['worker:origin', performance.timeOrigin], ...marks]); })()`;
    const { result } = (await session.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: string } };
    return JSON.parse(result.value ?? '[]') as Marks;
  } catch {
    return [];
  } finally {
    await session.detach().catch(() => {});
  }
}

/** One click: total to the verdicts on screen, and each mark (popup, worker, page) in ms after the click. */
async function click(browser: Browser, page: Page, id: string): Promise<Click> {
  const t0 = now();
  const popup = await clickToolbarIcon(browser, id, page);
  await popup.waitForSelector(POPUP_VERDICTS, { timeout: 30_000 });
  const seen = now();
  // A string, not a function: tsx's name helpers do not exist in the page.
  const fromPopup = JSON.parse(
    (await popup
      .evaluate(
        `(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const marks = [['popup:navigation', performance.timeOrigin]];
          if (nav) marks.push(['popup:html', performance.timeOrigin + nav.responseEnd], ['popup:dom-interactive', performance.timeOrigin + nav.domInteractive]);
          for (const r of performance.getEntriesByType('resource'))
            if (r.name.includes('/chunks/popup-')) marks.push(['popup:chunk-loaded', performance.timeOrigin + r.responseEnd]);
          return JSON.stringify([...marks, ...(globalThis.__policyLensTrace ?? [])]);
        })()`,
      )
      .catch(() => '[]')) as string,
  ) as Marks;
  await popup.close().catch(() => {});
  // The highlights come after the verdicts: give the worker time to finish before reading its marks.
  await new Promise((r) => setTimeout(r, 400));
  const fromWorker = await workerMarks(browser, id);
  const fromPage = (await page
    .evaluate(() => JSON.parse(document.documentElement.getAttribute('data-policylens-trace') ?? '[]'))
    .catch(() => [])) as Marks;
  const steps: Record<string, number> = {};
  for (const [name, at] of [...fromPopup, ...fromWorker, ...fromPage]) steps[name] ??= at - t0;
  steps['verdicts on screen'] = seen - t0;
  return { total: seen - t0, steps };
}

export async function runClickSteps(dirs: string[], runs: number): Promise<void> {
  const root = process.cwd();
  const htmlDir = join(root, '../shared/corpus/html');
  const { browser, extensionId: first } = await launchWithExtension(resolve(dirs[0]!));
  const floorDir = writeFloorExtension();
  const server = await startFixtureServer(htmlDir);
  try {
    const ids = [first, ...(await Promise.all(dirs.slice(1).map((d) => browser.installExtension(resolve(d)))))];
    const floorId = await browser.installExtension(floorDir);
    const pages = readdirSync(htmlDir)
      .filter((f) => f.endsWith('.html'))
      .sort((a, b) => statSync(join(htmlDir, a)).size - statSync(join(htmlDir, b)).size);
    const medianPage = pages[Math.floor(pages.length / 2)]!;
    const stoppers = await Promise.all(ids.map((id) => workerStopper(browser, id)));
    const stopFloor = await workerStopper(browser, floorId, 'page.html');
    const page = await browser.newPage();
    const results = ids.map(() => ({ warm: [] as Click[], cold: [] as Click[] }));
    const floor = { warm: [] as Click[], cold: [] as Click[] };
    let n = 0;
    const load = loadavg()[0]!.toFixed(2);
    for (let i = 0; i < runs; i++) {
      // Cold, then warm right after it: stopping any worker (the floor's too) may stop them all.
      for (const [k, id] of ids.entries()) {
        await page.goto(`${server.origin}/${medianPage}?c=${n++}`, { waitUntil: 'load' });
        await stoppers[k]!();
        results[k]!.cold.push(await click(browser, page, id));
        await page.goto(`${server.origin}/${medianPage}?w=${n++}`, { waitUntil: 'load' });
        results[k]!.warm.push(await click(browser, page, id));
      }
      await stopFloor();
      floor.cold.push(await click(browser, page, floorId));
      floor.warm.push(await click(browser, page, floorId));
    }
    console.log(
      `Click steps (Chromium ${(await browser.version()).replace(/^\D+/, '')}, median page ${medianPage}, ${runs} runs, load average ${load} → ${loadavg()[0]!.toFixed(2)})`,
    );
    const printSteps = (clicks: Click[]) => {
      const names = [...new Set(clicks.flatMap((c) => Object.keys(c.steps)))];
      const rows = names
        .map((name) => ({ name, ms: median(clicks.map((c) => c.steps[name]).filter((x): x is number => x !== undefined)) }))
        .sort((a, b) => a.ms - b.ms);
      if (rows.length > 1) for (const { name, ms } of rows) console.log(`      ${ms.toFixed(0).padStart(6)}  ${name}`);
    };
    const totals = (clicks: Click[]) => clicks.map((c) => c.total);
    for (const kind of ['warm', 'cold'] as const) {
      console.log(`  floor ${kind}: ${median(totals(floor[kind])).toFixed(0)} ms`);
      printSteps(floor[kind]);
    }
    for (const [k, dir] of dirs.entries()) {
      for (const kind of ['warm', 'cold'] as const) {
        const ms = totals(results[k]![kind]);
        const f = median(totals(floor[kind]));
        console.log(
          `  ${dir} ${kind}: ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}) = ${(median(ms) / f).toFixed(2)} × the ${kind} floor`,
        );
        // Round by round against the first build (clicked just before, under the same load): steadier than medians.
        if (k > 0) {
          const paired = ms.map((m, i) => m / results[0]![kind][i]!.total);
          console.log(
            `      paired with ${dirs[0]}: median ratio ${median(paired).toFixed(3)} (${paired.filter((r) => r < 1).length}/${paired.length} rounds faster)`,
          );
        }
        printSteps(results[k]![kind]);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-click-steps.ts')) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 7;
  if (!args.length) throw new Error('usage: npx tsx scripts/bench-click-steps.ts [--runs N] BUILD_DIR [BUILD_DIR…]');
  await runClickSteps(args, runs);
}
