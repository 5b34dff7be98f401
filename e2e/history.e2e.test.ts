/**
 * Remembering policies, in real headless Chromium with the built extension: a real policy's successive
 * versions (Open Terms Archive, ODC-BY 1.0, "Open Terms Archive contributors"; read from
 * ../shared/policy-versions, never copied) are served one after another at the same URL, and the
 * toolbar icon is clicked for real on each.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPolicyVersions, markdownPage, MISSING_MESSAGE, policyVersions, versionMarkdown } from '../tests/support/policy-versions';
import { closePopup, openPopup } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { NetworkLog } from './network-log';

const POLICY_PATH = '/legal/privacy-policy';
/** Perplexity's policy: June 2026 → a link target only → July 2026, when "does not sell" became "sells". */
const MAY = 'perplexity/2026-05-18-e8f5292d.md';
const JUNE = 'perplexity/2026-06-29-781c8ef8.md';
const JULY = 'perplexity/2026-07-03-e720c996.md';

let browser: Browser;
let extensionId: string;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let network: NetworkLog;
let page: Page;
let history: Page;
let served = '';

function serve(file: string): void {
  const version = [...policyVersions().values()].flat().find((v) => v.file === file)!;
  served = markdownPage(versionMarkdown(version), 'Privacy Policy | Perplexity');
}

/** Loads the policy URL (with a campaign parameter and an anchor the memory must ignore), clicks the icon, waits for the change state. */
async function readPolicy(query = ''): Promise<{ popup: Page; state: string | null }> {
  await page.goto(`${server.origin}${POLICY_PATH}${query}`, { waitUntil: 'load' });
  const popup = await openPopup(browser, extensionId, page, 60_000);
  await popup.waitForSelector('.popup[data-policy-change]', { timeout: 30_000 });
  const state = await popup.$eval('.popup', (el) => el.getAttribute('data-policy-change'));
  return { popup, state };
}

describe.skipIf(!hasPolicyVersions)(
  `remembered policies in real Chromium (${hasPolicyVersions ? 'Open Terms Archive versions' : MISSING_MESSAGE})`,
  () => {
    beforeAll(async () => {
      mkdirSync('e2e/artifacts', { recursive: true });
      server = await startFixtureServer('e2e/fixtures', { [POLICY_PATH]: () => served });
      ({ browser, extensionId, network } = await NetworkLog.launch());
      page = await browser.newPage();
      await network.attach(page.target());
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('first read: "first-visit", no previous verdicts', async () => {
      serve(MAY);
      const { popup, state } = await readPolicy('?utm_source=newsletter#top');
      expect(state).toBe('first-visit');
      expect(await popup.$$('[data-previous-verdict]')).toHaveLength(0);
      await closePopup(popup);
    });

    it('a version that differs only by a link target: "unchanged"', async () => {
      serve(JUNE);
      const { popup, state } = await readPolicy();
      expect(state).toBe('unchanged');
      expect(await popup.$eval('.change-banner', (el) => el.textContent)).toMatch(/Unchanged since you read it on/);
      expect(await popup.$$('[data-previous-verdict]')).toHaveLength(0);
      await closePopup(popup);
    });

    it('the July version: "changed", Selling went from "does not sell" to "sells", with the sentences added and removed', async () => {
      serve(JULY);
      const { popup, state } = await readPolicy('?utm_campaign=july#section-2');
      expect(state).toBe('changed');
      const previous = await popup.$$eval('[data-practice][data-previous-verdict]', (els) =>
        Object.fromEntries(
          els.map((el) => [el.getAttribute('data-practice'), [el.getAttribute('data-previous-verdict'), el.getAttribute('data-verdict')]]),
        ),
      );
      expect(previous).toMatchObject({
        selling: ['does-not-sell', 'sells'],
        // June's "we aim to delete your personal information within 30 days" of account deletion: kept until deleted.
        retention: ['until-deletion', 'vague'],
        changes: ['notified', 'posted-only'],
      });
      expect(await popup.$eval('#change-title', (el) => el.textContent)).toMatch(/^Changed since \w{3} \d{1,2}, \d{4}$/);
      const line = await popup.$eval('[data-change-practice="selling"]', (el) => el.textContent ?? '');
      expect(line).toMatch(/Selling.*Does not sell.*→.*Sells/i);
      const sellingDiff = await popup.$eval('[data-evidence-practice="selling"]', (el) => ({
        added: [...el.querySelectorAll('.evidence-added li')].map((li) => li.textContent ?? ''),
        removed: [...el.querySelectorAll('.evidence-removed li')].map((li) => li.textContent ?? ''),
      }));
      expect(sellingDiff.added.length).toBeGreaterThan(0);
      expect(sellingDiff.removed.length).toBeGreaterThan(0);
      // Every added sentence is on the page now; the removed ones were in June's version, not July's.
      const pageText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      for (const s of sellingDiff.added) expect(pageText).toContain(s.replace(/\s+/g, ' ').slice(0, 60));
      await closePopup(popup);
    });

    it('read again: "unchanged" against July', async () => {
      const { popup, state } = await readPolicy();
      expect(state).toBe('unchanged');
      await closePopup(popup);
    });

    it('the history page lists both remembered policies, newest first, and searches them by site, address or title', async () => {
      await page.goto(`${server.origin}/policy.html`, { waitUntil: 'load' });
      await closePopup(await openPopup(browser, extensionId, page, 60_000));
      history = await browser.newPage();
      await network.attach(history.target());
      await history.goto(`chrome-extension://${extensionId}/policy-history.html`, { waitUntil: 'load' });
      await history.waitForSelector('.history-item');
      const listed = () => history.$$eval('.history-item', (els) => els.map((el) => el.getAttribute('data-policy-url')));
      // Remembered without the campaign parameters and anchors the test added.
      expect(await listed()).toEqual([`${server.origin}/policy.html`, `${server.origin}${POLICY_PATH}`]);
      const perplexity = await history.$eval(`[data-policy-url="${server.origin}${POLICY_PATH}"]`, (el) => ({
        text: el.textContent ?? '',
        selling: el.querySelector('[data-history-practice="selling"]')?.getAttribute('data-history-verdict'),
      }));
      expect(perplexity.text).toMatch(/2 versions/);
      expect(perplexity.selling).toBe('sells');
      await history.type('input[type="search"]', 'perplexity');
      await history.waitForFunction(() => document.querySelectorAll('.history-item').length === 1);
      expect(await listed()).toEqual([`${server.origin}${POLICY_PATH}`]);
      await history.$eval('input[type="search"]', (el) => ((el as HTMLInputElement).value = ''));
      await history.type('input[type="search"]', 'no-such-site.example');
      await history.waitForSelector('.history-empty');
      await history.click('input[type="search"]', { count: 3 });
      await history.keyboard.press('Backspace');
      await history.waitForFunction(() => document.querySelectorAll('.history-item').length === 2);
    });

    it('opens a policy: its report, its two versions, and the comparison of them (Selling: Does not sell → Sells)', async () => {
      await history.click(`[data-policy-url="${server.origin}${POLICY_PATH}"] .history-open`);
      await history.waitForSelector('.history-detail');
      expect(await history.$$eval('.history-timeline li', (els) => els.length)).toBe(2);
      const row = await history.$eval('[data-compare-practice="selling"]', (el) => ({
        changed: el.getAttribute('data-changed'),
        older: el.querySelector('[data-side="older"]')?.textContent,
        newer: el.querySelector('[data-side="newer"]')?.textContent,
      }));
      expect(row).toEqual({ changed: 'true', older: 'Does not sell', newer: expect.stringMatching(/^Sells/) });
      const unchangedRow = await history.$eval('[data-compare-practice="age"]', (el) => el.getAttribute('data-changed'));
      expect(unchangedRow).toBeNull();
      expect(await history.$$eval('[data-evidence-practice="selling"] .evidence-added li', (els) => els.length)).toBeGreaterThan(0);
      // Comparing a version with itself: nothing changed.
      await history.select('select[aria-label="Older version"]', '1');
      await history.waitForFunction(() => !document.querySelector('[data-changed="true"]'));
      expect(await history.$eval('.history-compare', (el) => el.textContent)).toMatch(/Same text/);
      await history.screenshot({ path: 'e2e/artifacts/history-compare.png', fullPage: true }).catch(() => undefined);
    });

    it('exports the history as JSON and CSV files', async () => {
      await history.click('.history-detail .link-button');
      await history.waitForSelector('.history-item');
      await history.evaluate(() => {
        const w = window as unknown as { __blobs: Blob[] };
        w.__blobs = [];
        // Capture at the browser boundary: the real buttons and export code run unchanged.
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => (w.__blobs.push(blob), create(blob));
      });
      const [jsonButton, csvButton] = await history.$$('.history-tools button');
      await jsonButton!.click();
      await csvButton!.click();
      await history.waitForFunction(() => (window as unknown as { __blobs: Blob[] }).__blobs.length === 2);
      const [json, csv] = await history.evaluate(() =>
        Promise.all((window as unknown as { __blobs: Blob[] }).__blobs.map((b) => b.text())),
      );
      const parsed = JSON.parse(json!) as { policies: { url: string; versions: { practices: Record<string, { verdict: string }> }[] }[] };
      expect(parsed.policies.map((p) => p.url)).toEqual([`${server.origin}/policy.html`, `${server.origin}${POLICY_PATH}`]);
      expect(parsed.policies[1]!.versions.map((v) => v.practices.selling!.verdict)).toEqual(['does-not-sell', 'sells']);
      const lines = csv!.trim().split('\r\n');
      expect(lines[0]).toMatch(/^site,url,title,version,first_seen,last_seen,text_sha256,analyzer_version,tracking,selling,/);
      expect(lines).toHaveLength(1 + 1 + 2);
      expect(lines.filter((l) => l.includes(POLICY_PATH)).map((l) => l.split(',')[9])).toEqual(['does-not-sell', 'sells']);
    });

    it('options page: with memory off the popup shows no change state and records nothing; "Clear history" forgets everything', async () => {
      const options = await browser.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
      await options.waitForSelector('#setting-rememberPolicies');
      expect(await options.$eval('#setting-rememberPolicies', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await options.click('#setting-rememberPolicies');
      await options.waitForFunction(() => document.querySelector('.options-status')?.textContent === 'Saved.');

      serve(MAY);
      await page.goto(`${server.origin}${POLICY_PATH}`, { waitUntil: 'load' });
      const popup = await openPopup(browser, extensionId, page, 60_000);
      await popup.waitForSelector('[data-practice="selling"][data-verdict="does-not-sell"]');
      expect(await popup.$eval('.popup', (el) => el.hasAttribute('data-policy-change'))).toBe(false);
      expect(await popup.$$('.change-banner')).toHaveLength(0);
      await closePopup(popup);
      await history.goto(
        `chrome-extension://${extensionId}/policy-history.html#policy=${encodeURIComponent(`${server.origin}${POLICY_PATH}`)}`,
        { waitUntil: 'load' },
      );
      await history.waitForSelector('.history-timeline');
      // Still the two versions read while memory was on: the May text read with memory off was not recorded.
      expect(await history.$$eval('.history-timeline li', (els) => els.length)).toBe(2);

      await options.bringToFront();
      const clear = await options.waitForSelector('.history-options button');
      await clear!.click();
      await options.waitForFunction(() =>
        /History cleared/.test(document.querySelector('.history-options [role="status"]')?.textContent ?? ''),
      );
      await history.goto(`chrome-extension://${extensionId}/policy-history.html`, { waitUntil: 'load' });
      await history.waitForSelector('.history-empty');
      expect(await history.$$('.history-item')).toHaveLength(0);
      await options.click('#setting-rememberPolicies');
      await options.close();
    });

    it('sent nothing anywhere', () => {
      expect(network.offending(extensionId)).toEqual([]);
    });
  },
);
