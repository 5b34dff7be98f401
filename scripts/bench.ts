/**
 * `npm run bench`: prints what a user waits for, with medians and spread over repeated runs.
 * Not part of `npm test`: figures, never a timed assertion.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze } from '../analyzer/index';
import { extractPolicyText } from '../utils/extract-policy-text';
import { execFileSync } from 'node:child_process';
import { benchBatch } from './bench-batch';
import { runBrowserBench } from './bench-browser';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '../shared/corpus');
const ROUNDS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function time(fn: () => void, repeat = 1): number {
  const t = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - t) / repeat;
}

/**
 * Floors: one pass of one regular expression over the same text. The word regex is what any
 * tokenizer must do at least (the "0.15 ms" reference); the keyword one is the cheapest scan.
 */
const WORD_RE = /[\p{L}\p{N}]+/gu;
const KEYWORD_RE = /\b(?:cookies?|sell|sold|retain|children|age)\b/gi;
const regexPass = (re: RegExp) => (text: string) => text.match(re)?.length ?? 0;

function table(title: string, rows: (string | number)[][]) {
  console.log(`\n${title}`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [i, r] of rows.entries()) {
    console.log('  ' + r.map((c, j) => String(c).padEnd(widths[j]!)).join('  '));
    if (i === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function benchAnalyzer(texts: { name: string; text: string }[]) {
  for (const { text } of texts) analyze(text); // warm up: JIT and compromise's lazy lexicon
  const p50s: number[] = [],
    p95s: number[] = [],
    maxes: number[] = [],
    wps: number[] = [],
    floors: number[] = [];
  let medianText = texts[0]!.text;
  for (let round = 0; round < ROUNDS; round++) {
    const per = texts.map(({ text }) => time(() => analyze(text)));
    const words = texts.reduce((a, t) => a + t.text.split(/\s+/).length, 0);
    p50s.push(median(per));
    p95s.push(pct(per, 95));
    maxes.push(Math.max(...per));
    wps.push(words / (per.reduce((a, b) => a + b, 0) / 1000));
  }
  const byLength = [...texts].sort((a, b) => a.text.length - b.text.length);
  medianText = byLength[Math.floor(byLength.length / 2)]!.text;
  const keywordFloors: number[] = [];
  const floorMs: number[] = [];
  // Warm the floors too: V8 interprets a regex at first and compiles it once it is hot.
  for (let i = 0; i < 500; i++) {
    regexPass(WORD_RE)(medianText);
    regexPass(KEYWORD_RE)(medianText);
  }
  for (let round = 0; round < ROUNDS; round++) {
    const a = time(() => analyze(medianText), 5);
    const f = time(() => regexPass(WORD_RE)(medianText), 50);
    floorMs.push(f);
    floors.push(a / f);
    keywordFloors.push(a / time(() => regexPass(KEYWORD_RE)(medianText), 50));
  }
  const spread = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  table(`Analyzer over ${texts.length} corpus policies (${ROUNDS} rounds; median, spread)`, [
    ['measure', 'median', 'spread', 'target'],
    ['p50 ms per policy', ms(median(p50s)), spread(p50s), '≤ 10 ms'],
    ['p95 ms per policy', ms(median(p95s)), spread(p95s), ''],
    ['max ms per policy', ms(median(maxes)), spread(maxes), ''],
    [
      'words per second',
      Math.round(median(wps)).toLocaleString('en'),
      `${Math.round(Math.min(...wps)).toLocaleString('en')}–${Math.round(Math.max(...wps)).toLocaleString('en')}`,
      '',
    ],
    [`word-regex floor, ms (median policy, ${medianText.length} chars)`, ms(median(floorMs)), spread(floorMs), ''],
    ['analyzer × word-regex floor', `${median(floors).toFixed(1)}×`, spread(floors), '≤ 30×'],
    ['analyzer × keyword-regex floor', `${median(keywordFloors).toFixed(1)}×`, spread(keywordFloors), ''],
  ]);
  return medianText;
}

function benchScaling(base: string) {
  // Scale a ~10 KB policy to ~1 MB (100×).
  const rows: (string | number)[][] = [['copies', 'chars', 'median ms', 'ms per 10 K chars', 'vs 1×']];
  let t1 = 0;
  for (const n of [1, 10, 100]) {
    const text = Array.from({ length: n }, () => base).join('\n\n');
    analyze(text);
    const t = median(Array.from({ length: n === 100 ? 3 : ROUNDS }, () => time(() => analyze(text))));
    if (n === 1) t1 = t;
    rows.push([`${n}×`, text.length.toLocaleString('en'), ms(t), ms((t / text.length) * 10_000), `${(t / t1).toFixed(1)}× (text ${n}×)`]);
  }
  table('Scaling (linear: 10× text ≤ 11× time; ~1 MB < 1 s)', rows);
}

function benchExtraction(htmlDir: string) {
  const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html'));
  const pages = files.map((f) => readFileSync(join(htmlDir, f), 'utf8'));
  const times: number[] = [];
  for (const html of pages) {
    const { document } = parseHTML(html);
    extractPolicyText(document as unknown as Document);
    times.push(median(Array.from({ length: 3 }, () => time(() => extractPolicyText(document as unknown as Document)))));
  }
  // A 5 MB page: the largest corpus page's body repeated.
  const biggest = pages.reduce((a, b) => (a.length > b.length ? a : b));
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(biggest)?.[1] ?? biggest;
  const copies = Math.ceil((5 * 1024 * 1024) / body.length);
  const huge = `<html><head><title>Huge</title></head><body>${body.repeat(copies)}</body></html>`;
  const { document } = parseHTML(huge);
  const hugeMs = time(() => extractPolicyText(document as unknown as Document));
  table(`Extraction (Readability + block text, linkedom in Node) on ${files.length} corpus pages`, [
    ['measure', 'ms'],
    ['p50 per page', ms(median(times))],
    ['p95 per page', ms(pct(times, 95))],
    ['max per page', ms(Math.max(...times))],
    [`5 MB page (${(huge.length / 1048576).toFixed(1)} MB HTML)`, ms(hugeMs)],
  ]);
}

function fileSizes(dir: string, match: (rel: string) => boolean): [string, number, number][] {
  const out: [string, number, number][] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (match(p.slice(dir.length + 1))) {
        const buf = readFileSync(p);
        out.push([p.slice(dir.length + 1), buf.length, gzipSync(buf, { level: 9 }).length]);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function benchBundles() {
  const chrome = join(root, '.output/chrome-mv3');
  if (!existsSync(chrome)) {
    console.log('\nBundles: no build in .output/chrome-mv3 — run `npm run build` first.');
    return;
  }
  const files = fileSizes(chrome, (rel) => /\.(js|css|html)$/.test(rel)).sort((a, b) => b[1] - a[1]);
  const role = (rel: string) =>
    rel.startsWith('content-scripts/')
      ? 'content script'
      : rel === 'background.js'
        ? 'background'
        : rel.includes('popup')
          ? 'popup'
          : rel.includes('options')
            ? 'options'
            : 'shared chunk';
  table('Bundles (chrome-mv3, minified; target: content script ≤ 72 KiB, as e2e/package.e2e.test.ts checks)', [
    ['file', 'role', 'minified', 'gzip'],
    ...files.map(([f, s, g]) => [f, role(f), kb(s), kb(g)]),
  ]);
  const zips = fileSizes(join(root, '.output'), (rel) => rel.endsWith('.zip') && !rel.includes('/'));
  if (zips.length) table('Zips (target ≤ 250 KB each)', [['zip', 'size'], ...zips.map(([f, s]) => [f, kb(s)])]);
  else console.log('\nZips: none in .output/ — run `npm run zip` to measure them.');
}

/**
 * The first analyze() in a fresh process, as a cold service worker meets it: each run is a new child process, timed
 * after the import. The floor is the first pass of a word regex over the same text in that same child.
 */
function benchColdStart(file: string) {
  type ColdRun = { floorMs: number; importMs: number; firstMs: number; firstCpuMs: number; secondMs: number; warmMs: number };
  const child = (extra: string[]): ColdRun[] =>
    Array.from({ length: 5 }, () =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-cold-child.ts', file, ...extra], { cwd: root, encoding: 'utf8' }),
      ),
    );
  const runs = child([]);
  const cli = child(['--cli']);
  const col = (k: keyof ColdRun, of = runs) => of.map((r) => r[k]);
  const spread = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  table(`Cold start: first analyze() of the median policy in a fresh process (${runs.length} processes each; median, spread)`, [
    ['measure', 'median', 'spread', 'target'],
    ['first analyze(), ms (import excluded), Node defaults', ms(median(col('firstMs'))), spread(col('firstMs')), '≤ 50 ms'],
    ['  its CPU time, ms', ms(median(col('firstCpuMs'))), spread(col('firstCpuMs')), ''],
    ['first analyze() as the CLI runs it (no regexp tier-up), ms', ms(median(col('firstMs', cli))), spread(col('firstMs', cli)), '≤ 50 ms'],
    ['  its CPU time, ms', ms(median(col('firstCpuMs', cli))), spread(col('firstCpuMs', cli)), ''],
    ['second analyze(), ms', ms(median(col('secondMs'))), spread(col('secondMs')), ''],
    [
      'warm analyze() in the same process, ms (Node defaults / CLI)',
      `${ms(median(col('warmMs')))} / ${ms(median(col('warmMs', cli)))}`,
      '',
      '≤ 10 ms',
    ],
    ['floor: first word-regex pass, ms', ms(median(col('floorMs'))), spread(col('floorMs')), ''],
    [
      'first analyze() × floor (Node defaults / CLI)',
      `${(median(col('firstMs')) / median(col('floorMs'))).toFixed(0)}× / ${(median(col('firstMs', cli)) / median(col('floorMs', cli))).toFixed(0)}×`,
      '',
      '',
    ],
    ['import of the analyzer, ms', ms(median(col('importMs'))), spread(col('importMs')), ''],
  ]);
  console.log('  Where the cold time goes, pattern by pattern: `npx tsx scripts/cold-profile.ts`.');
}

async function main() {
  console.log(
    `PolicyLens bench — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  if (!existsSync(corpus)) {
    console.log(`\nThe corpus folder ${corpus} is missing (it lives in ../shared/corpus beside the project): corpus figures skipped.`);
  } else {
    const texts = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, text: readFileSync(join(corpus, f), 'utf8') }));
    const medianText = benchAnalyzer(texts);
    benchColdStart(join(corpus, texts.find((t) => t.text === medianText)!.name));
    benchScaling(medianText);
    benchExtraction(join(corpus, 'html'));
  }
  if (!process.argv.includes('--no-batch')) await benchBatch(root);
  benchBundles();
  if (!process.argv.includes('--no-browser')) await runBrowserBench(root);
}

await main();
