/**
 * Opt-in watching in real headless Chromium. A real policy's versions (Open Terms Archive, ODC-BY 1.0,
 * "Open Terms Archive contributors"; read from ../shared/policy-versions) are served at one URL.
 *
 * What is not covered: the user's answer to Chromium's permission prompt. Chromium offers automation no way to
 * accept an extension's permission prompt (CDP's Browser.grantPermissions covers web permissions only), so
 * 1. the real package is checked up to the prompt: the click raises `permissions.request` with exactly the
 *    policy's origin, `alarms` and `offscreen`, and nothing is watched while the prompt waits;
 * 2. "Allow" is stood in for by installing the same build with those three permissions already granted
 *    (manifest copy): `permissions.request` then resolves true without a prompt and every later step (the
 *    worker's check that access was given, the alarm, the fetch, the offscreen reading, the badge) runs unchanged.
 *    Giving the origin back on "Stop watching" is not observable there (granted-at-install permissions cannot be removed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPolicyVersions, markdownPage, MISSING_MESSAGE, policyVersions, versionMarkdown } from '../tests/support/policy-versions';
import { closePopup, EXTENSION_DIR, launchWithExtension, openPopup } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { NetworkLog } from './network-log';

const POLICY_PATH = '/privacy';
const JUNE = 'perplexity/2026-06-29-781c8ef8.md';
const JULY = 'perplexity/2026-07-03-e720c996.md';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let served = '';
const serve = (file: string) => {
  const version = [...policyVersions().values()].flat().find((v) => v.file === file)!;
  served = markdownPage(versionMarkdown(version), 'Privacy Policy | Perplexity');
};

async function serviceWorker(browser: Browser, extensionId: string): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
  );
  return (await target.worker())!;
}

/** Reads the policy once through the popup (remembered), then opens it on the history page. */
async function rememberAndOpen(browser: Browser, extensionId: string, network?: NetworkLog): Promise<Page> {
  const page = await browser.newPage();
  await network?.attach(page.target());
  await page.goto(`${server.origin}${POLICY_PATH}`, { waitUntil: 'load' });
  const popup = await openPopup(browser, extensionId, page, 60_000);
  await popup.waitForSelector('.popup[data-policy-change]', { timeout: 30_000 });
  await closePopup(popup);
  const history = await browser.newPage();
  await network?.attach(history.target());
  await history.goto(
    `chrome-extension://${extensionId}/policy-history.html#policy=${encodeURIComponent(`${server.origin}${POLICY_PATH}`)}`,
    { waitUntil: 'load' },
  );
  await history.waitForSelector('.watch[data-watching="false"]');
  return history;
}

describe.skipIf(!hasPolicyVersions)(
  `watching a remembered policy (${hasPolicyVersions ? 'Open Terms Archive versions' : MISSING_MESSAGE})`,
  () => {
    beforeAll(async () => {
      server = await startFixtureServer('e2e/fixtures', { [POLICY_PATH]: () => served });
      serve(JUNE);
    });
    afterAll(async () => {
      await server?.close();
    });

    describe('the real package', () => {
      let browser: Browser;
      let extensionId: string;
      beforeAll(async () => {
        ({ browser, extensionId } = await launchWithExtension());
      });
      afterAll(async () => {
        await browser?.close();
      });

      it('"Watch this policy" asks the browser, at that click, for the policy’s origin, alarms and an offscreen document; nothing is watched while it asks', async () => {
        const history = await rememberAndOpen(browser, extensionId);
        await history.evaluate(() => {
          const w = window as unknown as { __asked: unknown[] };
          w.__asked = [];
          const api = (globalThis as unknown as { chrome: { permissions: { request: (p: unknown) => Promise<boolean> } } }).chrome
            .permissions;
          const real = api.request.bind(api);
          // Records what is asked and passes it on: the real prompt opens (and waits, unanswered).
          api.request = (p: unknown) => (w.__asked.push(p), real(p));
        });
        const before = await history.evaluate(() =>
          (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.permissions.getAll(),
        );
        expect(before.origins).toEqual([]);
        await history.click('.watch button');
        await history.waitForFunction(() => (window as unknown as { __asked: unknown[] }).__asked.length === 1);
        const asked = await history.evaluate(() => (window as unknown as { __asked: unknown[] }).__asked[0]);
        expect(asked).toEqual({ origins: ['http://127.0.0.1/*'], permissions: ['alarms', 'offscreen'] });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await history.$eval('.watch', (el) => el.getAttribute('data-watching'))).toBe('false');
        const worker = await serviceWorker(browser, extensionId);
        expect(await worker.evaluate(() => typeof (globalThis as unknown as { chrome: { alarms?: unknown } }).chrome.alarms)).toBe(
          'undefined',
        );
      });
    });

    describe('after "Allow" (stand-in: the same build with the three permissions granted)', () => {
      let browser: Browser;
      let extensionId: string;
      let network: NetworkLog;
      let history: Page;
      let dir: string;

      beforeAll(async () => {
        dir = mkdtempSync(path.join(os.tmpdir(), 'policylens-granted-'));
        cpSync(EXTENSION_DIR, dir, { recursive: true });
        const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
        manifest.permissions = [...manifest.permissions, 'alarms', 'offscreen'];
        manifest.host_permissions = ['http://127.0.0.1/*'];
        writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
        ({ browser, extensionId, network } = await NetworkLog.launch(dir));
      });
      afterAll(async () => {
        await browser?.close();
        rmSync(dir, { recursive: true, force: true });
      });

      it('Watch: the policy is watched and a weekly check is scheduled 6–8 days out', async () => {
        serve(JUNE);
        history = await rememberAndOpen(browser, extensionId, network);
        await history.click('.watch button');
        await history.waitForSelector('.watch[data-watching="true"]', { timeout: 30_000 });
        const worker = await serviceWorker(browser, extensionId);
        const alarm = await worker.evaluate(async () => {
          const a = await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.alarms.get('policylens-watch');
          return a ? { period: a.periodInMinutes, inDays: (a.scheduledTime - Date.now()) / 86_400_000 } : null;
        });
        expect(alarm?.period).toBe(7 * 24 * 60);
        expect(alarm!.inDays).toBeGreaterThan(5.9);
        expect(alarm!.inDays).toBeLessThan(8.1);
      });

      it('the alarm fires (triggered from the test): the changed policy is fetched, read offscreen, remembered, and the icon gets "!"', async () => {
        serve(JULY);
        const hitsBefore = server.hits.length;
        const requestsBefore = network.requests.length;
        const worker = await serviceWorker(browser, extensionId);
        // The real alarm, due now instead of in a week (unpacked extensions may set alarms under 30 s).
        await worker.evaluate(() =>
          (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.alarms.create('policylens-watch', {
            when: Date.now() + 200,
          }),
        );
        await worker.evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
          for (let i = 0; i < 600 && (await chrome.action.getBadgeText({})) !== '!'; i++) await new Promise((r) => setTimeout(r, 100));
        });
        expect(
          await worker.evaluate(() =>
            (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.action.getBadgeText({}),
          ),
        ).toBe('!');
        // One request, to the watched policy only.
        expect(server.hits.slice(hitsBefore)).toEqual([POLICY_PATH]);
        const outgoing = network.requests
          .slice(requestsBefore)
          .filter((r) => !r.url.startsWith('chrome-extension:') && !r.url.startsWith('data:'));
        expect(outgoing.map((r) => r.url)).toEqual([`${server.origin}${POLICY_PATH}`]);
        expect(network.offending(extensionId)).toEqual([]);
        // The history page shows the new, not yet read version and compares it.
        await history.reload({ waitUntil: 'load' });
        await history.waitForSelector('.history-timeline li:nth-child(2)');
        expect(await history.$eval('.history-timeline li:nth-child(2)', (el) => el.textContent)).toMatch(/not read yet/);
        expect(await history.$eval('[data-compare-practice="selling"]', (el) => el.getAttribute('data-changed'))).toBe('true');
      });

      it('opening the policy afterwards shows it as changed since the user last read it', async () => {
        const page = await browser.newPage();
        await page.goto(`${server.origin}${POLICY_PATH}`, { waitUntil: 'load' });
        const popup = await openPopup(browser, extensionId, page, 60_000);
        await popup.waitForSelector('.popup[data-policy-change]', { timeout: 30_000 });
        expect(await popup.$eval('.popup', (el) => el.getAttribute('data-policy-change'))).toBe('changed');
        expect(await popup.$eval('[data-practice="selling"][data-verdict]', (el) => el.getAttribute('data-previous-verdict'))).toBe(
          'does-not-sell',
        );
        await closePopup(popup);
      });

      it('Stop watching: no longer watched, the alarm is gone', async () => {
        await history.bringToFront();
        await history.waitForSelector('.watch[data-watching="true"]');
        await history.click('.watch button');
        await history.waitForSelector('.watch[data-watching="false"]', { timeout: 30_000 });
        const worker = await serviceWorker(browser, extensionId);
        expect(
          await worker.evaluate(
            async () =>
              (await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.alarms.get('policylens-watch')) ??
              null,
          ),
        ).toBeNull();
      });
    });
  },
);
