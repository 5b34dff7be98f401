/**
 * `npm run highlight-coverage [-- DIR]`: opens every .html page of DIR (default ../shared/corpus/html) in headless
 * Chromium with the built extension, clicks the icon, and reports how many evidence sentences got a highlight on
 * the live page and how long the click-to-highlights round trip took. Evaluation only: nothing is copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../analyzer/index';
import { textFromHtml } from '../cli/load-input';
import { exitWhenDrained } from '../cli/output';
import { clickToolbarIcon, launchWithExtension, POPUP_RESULT } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { highlightRequests } from '../utils/highlight-requests';

const dir = path.resolve(process.argv[2] ?? '../shared/corpus/html');
if (!existsSync(dir)) {
  console.error(`No folder ${dir}: pass a folder of .html pages (the corpus lives in ../shared/corpus/html).`);
  await exitWhenDrained(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const server = await startFixtureServer(dir);
const { browser, extensionId } = await launchWithExtension();
const page = await browser.newPage();
let wanted = 0;
let placed = 0;
const times: number[] = [];
for (const file of files) {
  const { text, title } = textFromHtml(readFileSync(path.join(dir, file), 'utf8'));
  const report = analyze(text, { title });
  const expected = report.isPolicy
    ? new Set(highlightRequests(report, { minConfidence: 0 }).map((r) => `${r.practice}:${r.start}`)).size
    : 0;
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
  const t0 = performance.now();
  const popup = await clickToolbarIcon(browser, extensionId, page);
  const shown = await popup.waitForSelector(POPUP_RESULT, { timeout: 30_000 }).catch(() => null);
  if (!shown) {
    console.log(
      `${file.padEnd(36)} no result in 30 s; the popup shows: ${(await popup.evaluate(() => document.body.innerText)).slice(0, 120)}`,
    );
    await popup.close().catch(() => {});
    continue;
  }
  if (expected > 0) await page.waitForSelector('[data-policylens-practice]', { timeout: 5_000 }).catch(() => {});
  times.push(performance.now() - t0);
  const groups = await page.$$eval(
    '[data-policylens-group]',
    (els) => new Set(els.map((e) => e.getAttribute('data-policylens-group'))).size,
  );
  wanted += expected;
  placed += Math.min(groups, expected);
  console.log(
    `${file.padEnd(36)} highlighted ${String(groups).padStart(3)} of ${String(expected).padStart(3)}  ${Math.round(times.at(-1)!)} ms`,
  );
  await popup.close().catch(() => {});
}
times.sort((a, b) => a - b);
console.log(
  `\n${files.length} pages: ${placed} of ${wanted} evidence sentences highlighted (${((100 * placed) / Math.max(1, wanted)).toFixed(1)} %); click to result median ${Math.round(times[times.length >> 1]!)} ms, max ${Math.round(times.at(-1)!)} ms`,
);
await browser.close();
await server.close();
