/**
 * The built Firefox package (.output/firefox-mv3) in a real headless Firefox ESR, installed as a
 * temporary add-on over WebDriver BiDi. One browser for the whole file: Firefox starts slowly.
 *
 * How a click is made here, and what it leaves out. Firefox automation cannot press the toolbar
 * button, so `clickToolbarButton` pins it and dispatches mousedown, mouseup and click on it from the
 * browser window, where they are trusted events: Firefox's own click path runs (the popup preloaded on
 * mousedown, the activeTab grant for the selected tab, the real popup in its panel, the popup asking the
 * worker to analyze). The tests read the real popup and press its buttons through a frame script
 * (`inActionPopup`, `pressInActionPopup`): script clicks, after giving the popup the user activation a
 * real click brings (the clipboard asks for it). Not covered: the operating system's input and hit
 * testing, and the user pinning the button (new add-ons start in the extensions menu).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICES } from '../../analyzer/registry';
import { startFixtureServer } from '../../testkit/fixture-server';
import { minimalPdf } from '../minimal-pdf';
import {
  ADDON_ID,
  clickToolbarButton,
  closeActionPopup,
  clipboardText,
  closeTabsAt,
  EXTENSION_ORIGIN,
  findFirefox,
  FIREFOX_EXTENSION_DIR,
  firefoxSkipLine,
  focusPage,
  launchFirefox,
  navigate,
  openExtensionPage,
  openPopupTab,
  POPUP_RESULT,
  pressInActionPopup,
  restartAddon,
  suspendBackground,
  tabUrls,
  toolbarBadge,
  waitForActionPopup,
  waitInActionPopup,
  inActionPopup,
  type FirefoxSession,
} from './launch';

const FIREFOX = findFirefox();
const MARK = '[data-policylens-practice]';
const CORE = ['tracking', 'selling', 'retention', 'age'] as const;
if (!FIREFOX) console.log(firefoxSkipLine());

let session: FirefoxSession;
let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let downloads: string;
const opened: Page[] = [];

/** Clicks the toolbar button for the page in the foreground and waits until the real popup shows a result. */
async function clickAndWaitForPopup(on: Page): Promise<void> {
  await clickToolbarButton(browser, on);
  await waitForActionPopup(browser);
  await waitInActionPopup(browser, POPUP_RESULT);
}

/** Evaluates in the real popup; `doc` is its document. */
function inPopup<T>(body: string): Promise<T | null> {
  return inActionPopup<T>(browser, `const doc = content.document; ${body}`);
}

/** The tone of each core answer in the popup's summary ("bad" ones count on the toolbar badge). */
const popupTones = () =>
  inPopup<string[]>(`return [...doc.querySelectorAll('.answers [data-core]')].map((el) => el.getAttribute('data-tone'));`);

const popupVerdicts = () =>
  inPopup<Record<string, string>>(
    `return Object.fromEntries([...doc.querySelectorAll('[data-practice][data-verdict]')].map((el) => [el.getAttribute('data-practice'), el.getAttribute('data-verdict')]));`,
  );

async function closeOpened(): Promise<void> {
  await closeActionPopup(browser);
  for (const tab of opened.splice(0)) await tab.close().catch(() => {});
}

/** What the highlight tooltip shows right now, or null when hidden. */
function tooltipText(on: Page): Promise<string | null> {
  return on.evaluate(() => {
    const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    return box && box.style.display !== 'none' ? box.textContent : null;
  });
}

/** A finished download of the given extension (Firefox writes `<name>.part` first), as text. */
async function downloaded(ext: string): Promise<string> {
  // Firefox first creates the final name empty, writes beside it to a .part file, then moves that over it: the file is
  // ready once a name with the extension has content. The folder is read afresh each time, as names come and go.
  const ready = () =>
    readdirSync(downloads)
      .filter((f) => f.endsWith(ext) && !f.endsWith('.part'))
      .map((f) => path.join(downloads, f))
      .find((file) => existsSync(file) && statSync(file).size > 0);
  let file: string | undefined;
  await expect.poll(() => (file = ready()), { timeout: 40_000, interval: 200 }).toBeTruthy();
  return readFileSync(file!, 'utf8');
}

describe.skipIf(!FIREFOX)(`PolicyLens in Firefox (${FIREFOX})`, () => {
  beforeAll(async () => {
    server = await startFixtureServer('e2e/fixtures', {
      // A PDF whose address does not say so: only the content type tells, and Firefox's viewer shows it.
      '/documents/privacy': () => ({ type: 'application/pdf', body: minimalPdf() }),
    });
    downloads = mkdtempSync(path.join(os.tmpdir(), 'policylens-firefox-downloads-'));
    session = await launchFirefox(downloads);
    ({ browser, page } = session);
  });

  afterAll(async () => {
    await browser?.close();
    await session?.trap.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('runs a Firefox that installs MV3 add-ons over BiDi and meets the manifest’s minimum version', async () => {
    const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
    const minimum = Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version);
    const version = Number.parseFloat((await browser.version()).replace(/^firefox\//i, ''));
    expect(manifest.manifest_version).toBe(3);
    expect(version).toBeGreaterThanOrEqual(minimum);
  });

  it('is refused the page until the toolbar button is clicked (the activeTab grant is real)', async () => {
    await page.goto(`${server.origin}/policy.html?before-click`, { waitUntil: 'load' });
    const popup = await openPopupTab(browser);
    opened.push(popup);
    expect(await popup.$$('[data-practice]')).toHaveLength(0);
    expect(await popup.$('.state-unsupported, .state-error')).not.toBeNull();
    expect(await page.$$eval(MARK, (els) => els.length)).toBe(0);
    await closeOpened();
  });

  describe('on a privacy policy', () => {
    let verdicts: Record<string, string>;
    let tones: string[];

    beforeAll(async () => {
      await page.goto(`${server.origin}/policy.html`, { waitUntil: 'load' });
      await clickAndWaitForPopup(page);
      verdicts = (await popupVerdicts())!;
      tones = (await popupTones())!;
    });

    afterAll(closeOpened);

    it('shows the four core verdicts in the real popup', () => {
      expect(verdicts).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
    });

    it('highlights each core evidence sentence on the page, inline', async () => {
      for (const id of CORE) {
        const covered = await page.$eval(
          `#${id}`,
          (p, practice) => {
            const text = [...p.querySelectorAll(`[data-policylens-practice="${practice}"]`)].map((m) => m.textContent).join('');
            return { covered: text.replace(/\s+/g, ' ').trim(), whole: (p.textContent ?? '').replace(/\s+/g, ' ').trim() };
          },
          id,
        );
        expect(covered.covered.length).toBeGreaterThan(40);
        expect(covered.whole).toContain(covered.covered);
      }
      // The page's own `mark { display: block; padding: 20px }` does not reach the highlights.
      const style = await page.$eval(MARK, (el) => ({ display: getComputedStyle(el).display, padding: getComputedStyle(el).paddingTop }));
      expect(style).toEqual({ display: 'inline', padding: '0px' });
    });

    it('shows practice, verdict and reason in the tooltip on hover and on keyboard focus', async () => {
      await focusPage(browser, page);
      await page.hover('[data-policylens-practice="selling"]');
      await page.waitForFunction(() => {
        const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
        return box && box.style.display !== 'none';
      });
      const text = (await tooltipText(page))!;
      expect(text).toContain(PRACTICES.selling.title);
      // The verdict as the popup's answer, in words.
      expect(text).toContain('Sells or shares your data');
      // What this sentence says, worded by the background page through browser.i18n.
      expect(text).toContain('Says personal information may be sold, rented or traded');
      await page.mouse.move(5, 5);
      await page.waitForFunction(
        () =>
          document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.style.display ===
          'none',
      );
      // Every highlight is a stop of one roving tab stop (tabindex 0 on one, -1 on the others).
      await page.focus('[data-policylens-practice="retention"][tabindex]');
      const focused = (await tooltipText(page))!;
      expect(focused).toContain(PRACTICES.retention.title);
      expect(focused).toContain('Keeps data for 90 days');
    });

    it('sets the toolbar badge to the number of core answers that need attention', async () => {
      // The badge counts the core answers of tone "bad" (plus sharing for ads when the policy does not already sell: it does here).
      expect(verdicts.selling).toBe('sells');
      const bad = tones.filter((tone) => tone === 'bad').length;
      expect(bad).toBeGreaterThanOrEqual(2);
      expect(await toolbarBadge(browser)).toBe(String(bad));
    });

    it('downloads the Markdown and JSON exports from the real popup as files, and copies the Markdown', async () => {
      // The tooltip test gave the page the focus, which closes the popup as a user's click would.
      await clickAndWaitForPopup(page);
      await pressInActionPopup(browser, 'button[aria-label="Download Markdown"]');
      const markdown = await downloaded('.md');
      expect(markdown).toContain('Lumen Notes');
      for (const id of CORE) {
        const practice = PRACTICES[id] as unknown as { title: string };
        expect(markdown).toContain(practice.title);
      }
      expect(markdown).toContain(PRACTICES.selling.verdicts.sells.label);

      await pressInActionPopup(browser, 'button[aria-label="Download JSON"]');
      const json = await downloaded('.json');
      expect(json).not.toMatch(/[<>]/);
      const parsed = JSON.parse(json) as { report: { url: string; practices: Record<string, { verdict: string; evidence: unknown[] }> } };
      expect(parsed.report.url).toBe(`${server.origin}/policy.html`);
      expect(parsed.report.practices.selling).toMatchObject({ verdict: 'sells' });
      expect(parsed.report.practices.age).toMatchObject({ verdict: 'minimum-age' });
      expect(parsed.report.practices.tracking!.evidence.length).toBeGreaterThan(0);

      await pressInActionPopup(browser, 'button[aria-label="Copy Markdown"]');
      await waitInActionPopup(browser, 'button[aria-label="Copied"]');
      const copied = await clipboardText(browser);
      // The same summary as the file, bar any time stamp.
      const withoutTime = (text: string) => text.replace(/^.*\d{4}-\d\d-\d\dT\d\d:\d\d.*$/gm, '');
      expect(withoutTime(copied)).toBe(withoutTime(markdown));
    }, 120_000);

    it('scrolls the page to a sentence when its evidence is pressed in the popup', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await pressInActionPopup(browser, '[data-practice="age"] [data-evidence-start]');
      await page.waitForFunction(
        () => {
          const mark = document.querySelector('[data-policylens-practice="age"]');
          const r = mark?.getBoundingClientRect();
          return window.scrollY > 200 && r && r.top >= 0 && r.bottom <= window.innerHeight;
        },
        { timeout: 20_000 },
      );
    });
  });

  describe('on other pages', () => {
    afterAll(closeOpened);

    it('on a product page shows the verdicts of the policy its footer links to (fetched by the content script)', async () => {
      await page.goto(`${server.origin}/product.html`, { waitUntil: 'load' });
      await clickAndWaitForPopup(page);
      expect(await inPopup(`return doc.querySelector('[data-source-url]')?.getAttribute('data-source-url');`)).toBe(
        `${server.origin}/policy.html`,
      );
      expect(await inPopup(`return doc.querySelector('.linked-link-text')?.textContent;`)).toBe('Privacy Policy');
      expect(await popupVerdicts()).toMatchObject({ selling: 'sells' });
      expect(await page.$$eval(MARK, (els) => els.length)).toBe(0);
      await closeOpened();
    });

    it('answers after Firefox suspended the background event page (its cache went with it)', async () => {
      await page.goto(`${server.origin}/policy.html?suspended`, { waitUntil: 'load' });
      await clickAndWaitForPopup(page);
      expect(await inPopup(`return doc.body.textContent;`)).not.toContain('read earlier');
      await closeActionPopup(browser);
      await clickAndWaitForPopup(page);
      expect(await inPopup(`return doc.body.textContent;`)).toContain('read earlier');
      await closeActionPopup(browser);

      const marks = await page.$$eval(MARK, (els) => els.length);
      expect(marks).toBeGreaterThan(3);

      await suspendBackground(browser);
      await clickAndWaitForPopup(page);
      expect(await popupVerdicts()).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
      expect(await inPopup(`return doc.body.textContent;`)).not.toContain('read earlier');
      // The woken worker injects again; the page keeps one content script, so highlights are not doubled.
      expect(await page.$$eval(MARK, (els) => els.length)).toBe(marks);
      await closeOpened();
    }, 120_000);

    it('opens the options page in a tab from the popup’s Settings button', async () => {
      await page.goto(`${server.origin}/product.html?settings`, { waitUntil: 'load' });
      await clickAndWaitForPopup(page);
      const before = (await tabUrls(browser)).filter((url) => url === `${EXTENSION_ORIGIN}/options.html`).length;
      await pressInActionPopup(browser, 'button[aria-label="Settings"]');
      await expect
        .poll(async () => (await tabUrls(browser)).filter((url) => url === `${EXTENSION_ORIGIN}/options.html`).length, { timeout: 30_000 })
        .toBe(before + 1);
      await closeTabsAt(browser, `${EXTENSION_ORIGIN}/options.html`);
      await closeOpened();
    });

    it('names PDFs when Firefox refuses its PDF viewer, even at an address without .pdf', async () => {
      await navigate(browser, page, `${server.origin}/documents/privacy`);
      await clickAndWaitForPopup(page);
      expect(await inPopup(`return doc.querySelectorAll('[data-practice]').length;`)).toBe(0);
      expect(await inPopup(`return doc.querySelector('.state-unsupported')?.textContent;`)).toContain('PDF');
      await closeOpened();
    });

    it('says the browser’s own pages (about:) cannot be read', async () => {
      await navigate(browser, page, 'about:robots');
      await clickAndWaitForPopup(page);
      expect(await inPopup(`return doc.querySelector('.state-unsupported')?.getAttribute('data-reason');`)).toBe('forbidden');
      expect(await inPopup(`return doc.querySelectorAll('[data-practice]').length;`)).toBe(0);
      await closeOpened();
    });
  });

  describe('settings', () => {
    afterAll(closeOpened);

    /** The options page in a fresh tab, with its checkboxes rendered. */
    async function optionsTab(): Promise<Page> {
      const tab = await browser.newPage({ background: true });
      opened.push(tab);
      await openExtensionPage(browser, tab, 'options.html');
      await tab.waitForSelector('#setting-highlightEvidence');
      return tab;
    }

    const stored = (tab: Page) =>
      tab.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        return JSON.stringify(await api.storage.local.get(null));
      });

    it('survive a restart of the add-on, and the restarted worker honours them', async () => {
      const before = await optionsTab();
      expect(await before.$eval('#setting-highlightEvidence', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await before.click('#setting-highlightEvidence');
      await expect.poll(() => stored(before), { timeout: 15_000 }).toMatch(/"highlightEvidence":false/);
      await closeOpened();

      await restartAddon(browser);

      const after = await optionsTab();
      expect(await after.$eval('#setting-highlightEvidence', (el) => (el as HTMLInputElement).checked)).toBe(false);
      expect(await after.$eval('#setting-toolbarBadge', (el) => (el as HTMLInputElement).checked)).toBe(true);

      // The new worker reads the stored choice: verdicts, but nothing marked on the page.
      await page.goto(`${server.origin}/policy.html?after-restart`, { waitUntil: 'load' });
      await clickAndWaitForPopup(page);
      expect(await popupVerdicts()).toMatchObject({ selling: 'sells' });
      expect(await page.$$eval(MARK, (els) => els.length)).toBe(0);

      await closeOpened();
    }, 120_000);

    it('survive an update (the same add-on installed again over itself)', async () => {
      expect(await browser.installExtension(FIREFOX_EXTENSION_DIR)).toBe(ADDON_ID);
      const tab = await optionsTab();
      expect(await tab.$eval('#setting-highlightEvidence', (el) => (el as HTMLInputElement).checked)).toBe(false);
      // Back to the default, for whatever runs next.
      await tab.click('#setting-highlightEvidence');
      await expect.poll(() => stored(tab), { timeout: 15_000 }).toMatch(/"highlightEvidence":true/);
    }, 120_000);
  });

  it('sent no request anywhere but 127.0.0.1 (every other host goes to a trap that records it)', async () => {
    expect(session.trap.requests).toEqual([]);
    expect(server.hits.length).toBeGreaterThan(0);
    // The trap is live: a request the page itself makes to another host lands in it.
    await page.goto(`${server.origin}/product.html?probe`, { waitUntil: 'load' });
    await page.evaluate(() => fetch('http://probe.invalid/trap-check').catch(() => undefined));
    await expect.poll(() => session.trap.requests.join('\n'), { timeout: 15_000 }).toContain('probe.invalid/trap-check');
  });
});
