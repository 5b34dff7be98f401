/**
 * The popup as a person meets it, in real headless Chromium with the built extension: the four answers
 * inside a 400×600 popup, quotes that are sentences, the icon's title, the highlight legend and
 * "Clear highlights", one tab stop on the page, the trackers the page itself loads, and German.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopup, launchWithExtension, openPopup } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';

const ARTIFACTS = path.resolve('e2e/artifacts');
const MARK = '[data-policylens-practice]';
/** The tracker host the fixture page loads a script from; Chromium resolves it to the fixture server. */
const TRACKER_HOST = 'static.hotjar.com';

let server: Awaited<ReturnType<typeof startFixtureServer>>;

/** What the keyboard can reach on the page: links, controls and anything with tabindex ≥ 0. */
function tabStops(page: Page): Promise<number> {
  return page.$$eval(
    'a[href], button, input, select, textarea, [tabindex]',
    (els) => els.filter((el) => (el as HTMLElement).tabIndex >= 0).length,
  );
}

/** Elements of the popup that reach past its 400 px (what showed as a strip at the right). */
function overflowing(popup: Page): Promise<string[]> {
  return popup.$$eval('body *', (els) =>
    els
      .filter((el) => el.getBoundingClientRect().right > 400.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
  );
}

/** The toolbar icon's title for the active tab, read in the service worker. */
async function actionTitle(browser: Browser, extensionId: string): Promise<string> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
  );
  const worker = (await target.worker())!;
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return api.action.getTitle({ tabId: tab!.id! });
  });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startFixtureServer('e2e/fixtures');
});

afterAll(async () => {
  await server?.close();
});

describe('the popup on a policy page (English)', () => {
  let browser: Browser;
  let extensionId: string;
  let page: Page;
  let popup: Page;
  let stopsBefore: number;

  beforeAll(async () => {
    ({ browser, extensionId } = await launchWithExtension(undefined, { localHosts: [TRACKER_HOST] }));
    page = await browser.newPage();
    await page.goto(`${server.origin}/tracked-policy.html`, { waitUntil: 'networkidle0' });
    stopsBefore = await tabStops(page);
    popup = await openPopup(browser, extensionId, page, 45_000);
    await popup.waitForSelector('.answers [data-core]');
  });

  afterAll(async () => {
    await closePopup(popup);
    await browser?.close();
  });

  it('shows the four core answers with their values inside 400×600, without scrolling', async () => {
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-answers-400x600.png') });
    const rows = await popup.$$eval('.answers [data-core]', (els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const value = el.querySelector('.answer-value')!;
        const valueBox = value.getBoundingClientRect();
        return {
          id: el.getAttribute('data-core'),
          value: value.textContent,
          top: box.top,
          bottom: box.bottom,
          valueBottom: valueBox.bottom,
          width: valueBox.width,
        };
      }),
    );
    expect(rows.map((r) => r.id)).toEqual(['tracking', 'selling', 'retention', 'age']);
    // The real popup (Chrome sizes it to its content, at most 800×600; headless opens it 510 px high), unscrolled.
    const view = await popup.evaluate(() => ({
      height: innerHeight,
      scrollY: window.scrollY,
      body: document.body.getBoundingClientRect().width,
    }));
    expect(view.scrollY).toBe(0);
    expect(view.body).toBe(400);
    const fold = Math.min(600, view.height);
    for (const row of rows) {
      expect(row.top, row.id!).toBeGreaterThanOrEqual(0);
      expect(row.bottom, row.id!).toBeLessThanOrEqual(fold);
      expect(row.valueBottom, row.id!).toBeLessThanOrEqual(fold);
      expect(row.width, row.id!).toBeGreaterThan(0);
    }
    expect(await overflowing(popup)).toEqual([]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.value]))).toEqual({
      tracking: 'Tracked by third parties',
      selling: 'Sells or shares your data',
      retention: '7 years',
      age: '18 and over',
    });
    expect(await popup.$eval('[data-bottom-line]', (el) => el.textContent)).toMatch(/sells or shares your data.*keeps it 7 years/i);
  });

  it('quotes sentences, never a heading, a contents line or a fragment, as the first evidence', async () => {
    const headings = await page.$$eval('h1, h2, h3, nav a', (els) => els.map((el) => (el.textContent ?? '').trim()));
    const firsts = await popup.$$eval('article.badge', (badges) =>
      badges.map((b) => (b.querySelector('[data-quote]')?.textContent ?? '').trim()),
    );
    expect(firsts).toHaveLength(4);
    for (const quote of firsts) {
      expect(quote.length, quote).toBeGreaterThanOrEqual(25);
      expect(headings).not.toContain(quote);
    }
  });

  it('names the findings in the toolbar icon’s title and counts them on the badge', async () => {
    const title = await actionTitle(browser, extensionId);
    expect(title).toContain('Sells or shares your data');
    expect(title).toContain('Keeps it 7 years');
    expect(title).toContain('Minimum age: 18 and over');
  });

  it('lists the third-party script the page loads from another host, beside what the policy names', async () => {
    const trackers = await popup.$$eval('.page-trackers [data-tracker]', (els) =>
      els.map((el) => [el.getAttribute('data-tracker'), el.getAttribute('data-named')]),
    );
    expect(trackers).toContainEqual(['Hotjar', 'false']);
    expect(await popup.$eval('[data-trackers-unnamed]', (el) => el.textContent)).toContain('Hotjar');
    expect(await popup.$eval('.page-trackers', (el) => el.textContent)).toContain('The policy names: Google Analytics.');
  });

  it('offers the page’s opt-out link, its privacy settings and the privacy contact', async () => {
    const actions = await popup.$$eval('[data-action]', (els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-action'), el.getAttribute('href')])),
    );
    expect(actions['opt-out']).toBe(`${server.origin}/do-not-sell.html`);
    expect(actions.settings).toBe(`${server.origin}/account/privacy.html`);
    expect(actions.contact).toMatch(/^mailto:privacy@brightside\.example\?subject=/);
  });

  it('adds at most one tab stop to the page, and the arrow keys step through the highlights', async () => {
    await page.waitForSelector(MARK);
    expect(await tabStops(page)).toBeLessThanOrEqual(stopsBefore + 1);
    expect(await page.$$eval(`${MARK}[tabindex="0"]`, (els) => els.length)).toBe(1);
    const order = await page.$$eval(`${MARK}[tabindex]`, (els) => els.map((el) => el.getAttribute('data-policylens-practice')));
    await page.focus(`${MARK}[tabindex="0"]`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-policylens-practice'))).toBe(order[1]);
  });

  it('keeps the export bar on one line when "Copied" (or a clipboard error) shows', async () => {
    const before = await popup.$eval('.export-bar', (el) => el.getBoundingClientRect().height);
    await popup.click('.copy-button');
    await popup.waitForSelector('.copy-button.is-done, .export-error');
    expect(await popup.$eval('.export-bar', (el) => el.getBoundingClientRect().height)).toBe(before);
    expect(await overflowing(popup)).toEqual([]);
  });

  it('highlights no heading or contents link', async () => {
    expect(await page.$$eval(`h1 ${MARK}, h2 ${MARK}, nav ${MARK}`, (els) => els.length)).toBe(0);
  });

  it('explains the colours with a legend and clears the highlights on request', async () => {
    const legend = await popup.$$eval('[data-legend-tone]', (els) =>
      els.map((el) => [el.getAttribute('data-legend-tone'), el.textContent]),
    );
    expect(legend.find(([tone]) => tone === 'bad')?.[1]).toMatch(/Selling data/);
    expect(await page.$$eval(MARK, (els) => els.length)).toBeGreaterThan(0);
    await popup.click('[data-clear-highlights]');
    await popup.waitForSelector('[data-legend-cleared]');
    await expect.poll(() => page.$$eval(MARK, (els) => els.length)).toBe(0);
    expect(await page.$$eval('[tabindex="0"]', (els) => els.length)).toBe(0);
  });

  it('gives the icon its default title back when the tab navigates', async () => {
    await closePopup(popup);
    await page.goto(`${server.origin}/tracked-policy.html?again`, { waitUntil: 'load' });
    await expect.poll(() => actionTitle(browser, extensionId)).toBe('PolicyLens: analyze this privacy policy');
  });
});

describe('the popup in German', () => {
  let browser: Browser;
  let extensionId: string;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    ({ browser, extensionId } = await launchWithExtension(undefined, { localHosts: [TRACKER_HOST], lang: 'de' }));
    page = await browser.newPage();
    await page.goto(`${server.origin}/tracked-policy.html`, { waitUntil: 'load' });
    popup = await openPopup(browser, extensionId, page, 45_000);
    await popup.waitForSelector('.answers [data-core]');
  });

  afterAll(async () => {
    await closePopup(popup);
    await browser?.close();
  });

  it('renders its own words in German and says the analysis reads English policies', async () => {
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-answers-de.png') });
    expect(await popup.$eval('.popup', (el) => el.getAttribute('lang'))).toBe('de');
    const answers = await popup.$eval('.answers', (el) => el.textContent ?? '');
    expect(answers).toContain('Speicherdauer');
    expect(answers).toContain('7 Jahre');
    expect(answers).toContain('Verkauft oder teilt Ihre Daten');
    expect(await popup.$eval('.language-note', (el) => el.textContent)).toContain('nur englische');
    expect(await popup.$eval('.export-bar', (el) => el.textContent)).toContain('Kopieren');
    // Longer German words still fit the 400 px popup.
    expect(await overflowing(popup)).toEqual([]);
  });

  it('words the page’s tooltips in German too: what each sentence says, from the worker', async () => {
    await page.waitForSelector(`${MARK}[data-policylens-practice="retention"]`);
    await page.hover(`${MARK}[data-policylens-practice="retention"]`);
    const tooltip = () =>
      page.evaluate(() => {
        const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
        return box && box.style.display !== 'none' ? box.textContent : null;
      });
    await expect.poll(tooltip).not.toBeNull();
    const text = (await tooltip())!;
    expect(text).toContain('Speicherdauer');
    // "We keep your booking records … for seven (7) years …, and then we delete them."
    expect(text).toContain('Speichert Daten 7 Jahre lang');
  });
});
