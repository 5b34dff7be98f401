/**
 * Screenshots of the popup without an extension: builds the real App over a fake API (the sample policy
 * through `analyze`), renders each state in headless Chromium, light and dark (the report, not-a-policy, the
 * linked policy's tried links, the changed banner and options also in German and French), and runs axe-core on each.
 * Usage: npx tsx scripts/popup-preview.ts [outDir]   (default /tmp/policylens-preview)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { analyze } from '../analyzer/index';
import { loadInput } from '../cli/load-input';
import type { Report } from '../analyzer/types';
import type { AnalysisResult, PageInfo } from '../utils/tab-analysis';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? '/tmp/policylens-preview');
mkdirSync(outDir, { recursive: true });

const loaded = await loadInput(join(root, 'samples/sample-policy.html'));
const page: PageInfo = { tabId: 1, url: 'https://www.lumen-notes.example/legal/privacy-policy', title: loaded.title ?? 'Privacy Policy' };
const report = analyze(loaded.text, { url: page.url, title: page.title });
function edgeReport(): Report {
  const edge = structuredClone(report);
  edge.practices.selling.confidence = 0.45;
  const first = edge.practices.tracking.evidence[0]!;
  edge.practices.tracking.evidence.push(
    { ...first, start: first.start + 1, text: 'Our partners may also use <script>alert(1)</script> web beacons.' },
    { ...first, start: first.start + 2, text: 'Social plugins set their own cookies.' },
  );
  return edge;
}
const results: Record<string, AnalysisResult> = {
  report: {
    kind: 'report',
    report,
    page,
    policyLink: null,
    fromCache: true,
    highlighted: 9,
    pageTrackers: ['Google Analytics', 'Hotjar'],
    actionLinks: [
      { kind: 'opt-out', text: 'Do Not Sell or Share My Personal Information', href: 'https://www.lumen-notes.example/privacy/choices' },
    ],
  },
  'not-policy': {
    kind: 'report',
    report: { ...report, isPolicy: false },
    page: { ...page, title: 'Lumen Notes — Take notes that think with you', url: 'https://www.lumen-notes.example/' },
    policyLink: { text: 'Privacy Policy', href: 'https://www.lumen-notes.example/legal/privacy-policy' },
    fromCache: false,
  },
  // The site's linked policy, read from its home page; and a home page whose links led nowhere (one on another site).
  linked: {
    kind: 'report',
    report,
    page: { ...page, title: 'Lumen Notes — Take notes that think with you', url: 'https://www.lumen-notes.example/' },
    policyLink: { text: 'Privacy Policy', href: page.url },
    fromCache: false,
    linked: { text: 'Privacy Policy', href: page.url, url: page.url },
  },
  'linked-tried': {
    kind: 'report',
    report: { ...report, isPolicy: false },
    page: { ...page, title: 'Lumen Notes — Take notes that think with you', url: 'https://www.lumen-notes.example/' },
    policyLink: { text: 'Privacy Policy', href: 'https://legal.lumen-group.example/privacy' },
    fromCache: false,
    linkAttempts: [{ link: { text: 'Privacy', href: 'https://www.lumen-notes.example/privacy' }, problem: 'not-found', status: 404 }],
    hostAccess: {
      link: { text: 'Privacy Policy', href: 'https://legal.lumen-group.example/privacy' },
      origin: 'https://legal.lumen-group.example/*',
    },
  },
  // Edge cases in one view: a runtime notice, a low-confidence finding, several evidence sentences, hostile text.
  edge: {
    kind: 'report',
    report: edgeReport(),
    page: { ...page, title: '<img src=x onerror=alert(1)> A very long page title that must be truncated in the header' },
    policyLink: null,
    fromCache: false,
    notice: 'This page is very long: only its first 2 MB were read.',
    highlighted: 7,
  },
  // History: the policy changed since the user last read it (banner, verdict change, evidence added and removed).
  changed: {
    kind: 'report',
    report,
    page,
    policyLink: null,
    fromCache: false,
    change: {
      state: 'changed',
      since: '2026-03-04T12:00:00.000Z',
      analyzerImproved: false,
      verdicts: [{ practice: 'selling', before: 'sells', after: report.practices.selling.verdict }],
      evidence: [
        {
          practice: 'selling',
          added: report.practices.selling.evidence.map((e) => e.text),
          removed: ['We may sell your personal information to our marketing partners.'],
        },
      ],
    },
  },
  unsupported: {
    kind: 'unsupported',
    reason: 'forbidden',
    message: 'Browser pages such as chrome://extensions cannot be read by extensions. Open a website’s privacy policy and try again.',
    page: null,
  },
  error: { kind: 'error', message: 'The page did not answer in time. Reload it and try again.', page },
};

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [preact()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: join(root, 'scripts/popup-preview-page.tsx'),
      formats: ['iife'],
      name: 'PolicyLensPreview',
      fileName: () => 'preview.js',
      cssFileName: 'preview',
    },
  },
});

const data = JSON.stringify(results).replace(/</g, '\\u003c');
writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>PolicyLens</title><link rel="stylesheet" href="preview.css"></head>` +
    `<body><div id="app"></div><script>window.__PREVIEW__ = ${data};</script><script src="preview.js"></script></body></html>`,
);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const axeSource = join(root, 'node_modules/axe-core/axe.min.js');
let problems = 0;
try {
  // Every state in English, light and dark; in German and French the report, not-a-policy, the linked policy's
  // tried links, the changed banner and the options (the longest words and the newest strings).
  const translated = ['report', 'not-policy', 'linked-tried', 'changed', 'options'];
  const runs = [
    ...['loading', ...Object.keys(results), 'options'].map((state) => ({ state, lang: 'en' })),
    ...['de', 'fr'].flatMap((lang) => translated.map((state) => ({ state, lang }))),
  ];
  for (const { state, lang } of runs) {
    for (const scheme of ['light', 'dark'] as const) {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (err) => errors.push(String(err)));
      tab.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      await tab.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: scheme },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      const width = state === 'options' ? 720 : 400;
      await tab.setViewport({ width, height: 600, deviceScaleFactor: 1 });
      await tab.goto(`file://${join(outDir, 'index.html')}${lang === 'en' ? '' : `?lang=${lang}`}#${state}`);
      await tab.waitForSelector({ loading: '.state-loading', options: '.options-list' }[state] ?? '.state, .badge:not(.skeleton)');
      // What the popup shows first (Chrome caps popups at 600 px), then the whole scroll height.
      const file = join(outDir, `popup-${state}-${scheme}${lang === 'en' ? '' : `-${lang}`}.png`);
      await tab.screenshot({ path: file as `${string}.png` });
      const fullHeight = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.setViewport({ width, height: fullHeight, deviceScaleFactor: 1 });
      await tab.screenshot({ path: file.replace(/\.png$/, '-full.png') as `${string}.png` });
      await tab.addScriptTag({ path: axeSource });
      const violations = await tab.evaluate(async () => {
        const res = await (
          window as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe.run(document, { preload: false, runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
        return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      problems += violations.length + errors.length;
      console.log(
        `${file}  (${fullHeight}px tall)${violations.length ? `\n  axe: ${violations.join('\n  axe: ')}` : '  axe: no violations'}${errors.length ? `\n  errors: ${errors.join('\n  errors: ')}` : ''}`,
      );
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
process.exitCode = problems ? 1 : 0;
