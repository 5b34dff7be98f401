/**
 * `npx tsx scripts/cold-ab-chromium.ts DIR_A DIR_B [--pages N] [FILE]`: two trees' analyzers side by side in fresh
 * headless Chromium pages (the V8 a cold worker runs, which compiles patterns unlike Node's), alternating A/B, B/A.
 * Prints, per tree, the median first `analyze()` of FILE (default: the median corpus policy) beside the floor (the
 * first pass of a word regex over the same text in that page), and the medians of the next analyses, where a
 * pattern's keys are read at its 256th call. Not a test: it prints figures; Node's figures can mislead here
 * (docs/performance.md, the cold first analyze).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { pageBundle } from './page-bundle';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
const pages = pagesAt >= 0 ? Number(args[pagesAt + 1]) : 7;
const [dirA, dirB, file] = args.filter((a, i) => !a.startsWith('--') && (pagesAt < 0 || i !== pagesAt + 1));
if (!dirA || !dirB) throw new Error('usage: cold-ab-chromium.ts DIR_A DIR_B [--pages N] [FILE]');
const text = readFileSync(file ?? join(root, '../shared/corpus/ticketmaster-com.txt'), 'utf8');
const LATER = 12;

const bundle = (dir: string) =>
  pageBundle(resolve(dir), "import { analyze } from './analyzer/index'; Object.assign(globalThis, { policylensAnalyze: analyze });");

type Run = { floor: number; first: number; later: number[] };
const codes = [await bundle(dirA), await bundle(dirB)];
const runs: Run[][] = [[], []];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const version = await browser.version();
try {
  for (let i = 0; i < pages; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: codes[k]! });
      const run = await page.evaluate(
        (t: string, later: number) => {
          const analyze = (globalThis as unknown as { policylensAnalyze: (text: string) => unknown }).policylensAnalyze;
          let at = performance.now();
          const words = t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
          const floor = performance.now() - at;
          if (words < 0) throw new Error('unreachable'); // keeps the floor's work observable
          at = performance.now();
          analyze(t);
          const first = performance.now() - at;
          const next: number[] = [];
          for (let j = 1; j <= later; j++) {
            at = performance.now();
            analyze(t + ' '.repeat(j));
            next.push(performance.now() - at);
          }
          return { floor, first, later: next };
        },
        text,
        LATER,
      );
      runs[k]!.push(run);
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${version}, ${pages} fresh pages per tree, alternating; ms, medians`);
for (const [k, name] of [dirA, dirB].entries()) {
  const r = runs[k]!;
  const later = Array.from({ length: LATER }, (_, j) => median(r.map((x) => x.later[j]!)).toFixed(1));
  console.log(
    `${k ? 'B' : 'A'} ${name}: first analyze() ${median(r.map((x) => x.first)).toFixed(1)} (floor ${median(r.map((x) => x.floor)).toFixed(2)}); analyses 2–${LATER + 1}: ${later.join(' ')}`,
  );
}
