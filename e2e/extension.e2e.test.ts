/**
 * The built extension in real headless Chromium: the toolbar click opens the real popup with a real
 * activeTab grant; the page, popup and worker are checked as a user (and a network monitor) would.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PRACTICES } from '../analyzer/registry';
import { closePopup, openPopup as openPopupIn, POPUP_RESULT } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { minimalPdf } from './minimal-pdf';
import { NetworkLog } from './network-log';

const ARTIFACTS = path.resolve('e2e/artifacts');
const MARK = '[data-policylens-practice]';

let browser: Browser;
let extensionId: string;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let network: NetworkLog;
let page: Page;

/** Clicks the toolbar icon for real and returns the popup once it has rendered a result. */
const openPopup = (on: Page, timeout = 45_000) => openPopupIn(browser, extensionId, on, timeout);

/** The toolbar badge of the active tab, read in the service worker. */
async function badgeText(): Promise<string> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
  );
  const worker = (await target.worker())!;
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return api.action.getBadgeText({ tabId: tab!.id! });
  });
}

/** What the highlight tooltip shows right now, or null when hidden. */
function tooltipText(on: Page): Promise<string | null> {
  return on.evaluate(() => {
    const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    return box && box.style.display !== 'none' ? box.textContent : null;
  });
}

/** The fixture policy's body repeated past the 2 MB text cap. */
function hugePolicyPage(): string {
  const html = readFileSync('e2e/fixtures/policy.html', 'utf8');
  const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>') + 7).replace(/ id="[^"]*"/g, '');
  const copies = Math.ceil(2_200_000 / main.replace(/<[^>]+>/g, '').length);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge policy</title></head><body>${main.repeat(copies)}</body></html>`;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startFixtureServer('e2e/fixtures', {
    '/huge.html': hugePolicyPage,
    '/empty.html': () => '<!doctype html><html lang="en"><head><title>Loading…</title></head><body><div id="app"></div></body></html>',
    '/policy.pdf': minimalPdf,
  });
  ({ browser, extensionId, network } = await NetworkLog.launch());
  page = await browser.newPage();
  await network.attach(page.target());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('on a privacy policy', () => {
  let popup: Page;
  const heightsBefore: Record<string, number> = {};

  beforeAll(async () => {
    await page.goto(`${server.origin}/policy.html`, { waitUntil: 'load' });
    for (const id of ['tracking', 'selling', 'retention', 'age']) {
      heightsBefore[id] = await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);
    }
    popup = await openPopup(page);
  });

  afterAll(async () => {
    await closePopup(popup);
  });

  it('shows the four core verdicts in the popup', async () => {
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-policy.png') });
    const verdicts = await popup.$$eval('[data-practice][data-verdict]', (els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-practice'), el.getAttribute('data-verdict')])),
    );
    expect(verdicts).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
  });

  it('highlights every core evidence sentence on the page without changing the layout', async () => {
    await page.waitForSelector(MARK);
    const practices = await page.$$eval(MARK, (els) => [...new Set(els.map((el) => el.getAttribute('data-policylens-practice')))]);
    expect(practices).toEqual(expect.arrayContaining(['tracking', 'selling', 'retention', 'age']));
    // Each core sentence is covered by its practice's highlight, across its <b>, <a>, <strong> and nbsp.
    for (const id of ['tracking', 'selling', 'retention', 'age']) {
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
      expect(await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height)).toBe(heightsBefore[id]);
    }
    // The page's own `mark { display: block; padding: 20px }` does not reach the highlights.
    const style = await page.$eval(MARK, (el) => ({ display: getComputedStyle(el).display, padding: getComputedStyle(el).paddingTop }));
    expect(style).toEqual({ display: 'inline', padding: '0px' });
  });

  it('adds no accessibility violations with its highlights (axe-core on the highlighted paragraphs)', async () => {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
        }
      ).axe;
      const result = await axe.run(
        { include: [['#tracking'], ['#selling'], ['#retention'], ['#age']] },
        { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('sets the toolbar badge to the number of core answers that need attention', async () => {
    // The popup's summary marks each core answer's tone; the badge counts the "bad" ones (plus sharing for ads
    // when the policy does not already say it sells: not the case on this page, which sells).
    const tones = await popup.$$eval('.answers [data-core]', (els) => els.map((el) => el.getAttribute('data-tone')));
    const bad = tones.filter((tone) => tone === 'bad').length;
    expect(bad).toBeGreaterThanOrEqual(2);
    expect(await popup.$eval('[data-practice="selling"]', (el) => el.getAttribute('data-verdict'))).toBe('sells');
    expect(await badgeText()).toBe(String(bad));
  });

  it('scrolls the page to a sentence when its evidence is clicked in the popup', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.bringToFront();
    await popup.click('[data-practice="age"] [data-evidence-start]');
    await page.waitForFunction(
      () => {
        const mark = document.querySelector('[data-policylens-practice="age"]');
        const r = mark?.getBoundingClientRect();
        return window.scrollY > 200 && r && r.top >= 0 && r.bottom <= window.innerHeight;
      },
      { timeout: 20_000 },
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-scrolled-to-age.png') });
  });

  it('answers from the cache when the popup opens again, and keeps the highlights', async () => {
    await closePopup(popup);
    popup = await openPopup(page);
    expect(await popup.$eval('body', (b) => b.textContent)).toContain('read earlier');
    const marks = await page.$$eval(MARK, (els) => els.length);
    expect(marks).toBeGreaterThan(3);
    // "Analyze again" re-injects the content script: the guard keeps one instance, so highlights are not doubled.
    await popup.click('button::-p-text(Analyze again)');
    await popup.waitForFunction(() => !document.body.textContent?.includes('read earlier'), { timeout: 20_000 });
    // Settled, not only the verdicts: the highlights are drawn after them.
    await popup.waitForSelector(POPUP_RESULT);
    expect(await page.$$eval(MARK, (els) => els.length)).toBe(marks);
  });

  it('shows practice, verdict and reason in a tooltip on hover and on keyboard focus', async () => {
    await page.hover('[data-policylens-practice="selling"]');
    await page.waitForFunction(() => {
      const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      return box && box.style.display !== 'none';
    });
    const text = (await tooltipText(page))!;
    // One content script instance even after "Analyze again" re-injected it: one tooltip.
    expect(await page.$$eval('policylens-tooltip', (els) => els.length)).toBe(1);
    expect(text).toContain(PRACTICES.selling.title);
    // The verdict as the popup's answer, in words.
    expect(text).toContain('Sells or shares your data');
    // The reason says what this sentence says ("We may sell your personal information…"), not the practice's summary.
    expect(text).toContain('Says personal information may be sold, rented or traded');
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-highlights-tooltip.png') });

    await page.mouse.move(5, 5);
    await page.waitForFunction(
      () =>
        document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.style.display === 'none',
    );
    await page.focus('[data-policylens-practice="retention"][tabindex]');
    const focused = (await tooltipText(page))!;
    expect(focused).toContain(PRACTICES.retention.title);
    expect(focused).toContain('Keeps data for 90 days');
  });

  it('keeps the page’s own event handlers working on highlighted text', async () => {
    await page.click('#selling a');
    expect(await page.$eval('body', (b) => b.getAttribute('data-page-clicks'))).toBe('1');
  });

  it('clears the badge and the highlights when the tab navigates', async () => {
    await closePopup(popup);
    await page.goto(`${server.origin}/policy.html?reloaded`, { waitUntil: 'load' });
    expect(await page.$$eval(MARK, (els) => els.length)).toBe(0);
    await expect.poll(badgeText).toBe('');
  });
});

describe('on other pages', () => {
  let tab: Page;
  let popup: Page | undefined;

  beforeEach(async () => {
    // A fresh tab per case: a renderer stuck on one page cannot take the next cases down with it.
    tab = await browser.newPage();
    await network.attach(tab.target());
  });

  afterEach(async () => {
    await closePopup(popup);
    popup = undefined;
    await tab.close().catch(() => {});
  });

  it('on a product page shows the verdicts of the policy its footer links to, without highlighting the product page', async () => {
    await tab.goto(`${server.origin}/product.html`, { waitUntil: 'load' });
    popup = await openPopup(tab);
    await popup.waitForSelector('[data-source-url] [data-practice]');
    expect(await popup.$eval('[data-source-url]', (el) => el.getAttribute('data-source-url'))).toBe(`${server.origin}/policy.html`);
    expect(await popup.$eval('.linked-link-text', (el) => el.textContent)).toBe('Privacy Policy');
    expect(await tab.$$eval(MARK, (els) => els.length)).toBe(0);
    expect(await badgeText()).toMatch(/↗$/);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-product-linked.png') });
  });

  it('gives no verdicts on a German policy and says the language is not supported yet', async () => {
    await tab.goto(`${server.origin}/german.html`, { waitUntil: 'load' });
    popup = await openPopup(tab);
    await popup.waitForSelector('.state-unsupported[data-reason="language"]');
    expect(await popup.$eval('.state-unsupported', (el) => el.textContent)).toContain('German');
    expect(await popup.$$('[data-practice]')).toHaveLength(0);
  });

  it('analyzes only the first 2 MB of a huge page and says so', async () => {
    await tab.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
    // Extraction of 2 MB of text takes seconds, more on a busy machine.
    popup = await openPopup(tab, 120_000);
    expect(await popup.$eval('body', (b) => b.textContent)).toContain('first 2 MB');
    expect(await popup.$$('[data-practice="selling"][data-verdict="sells"]')).toHaveLength(1);
  }, 180_000);

  it('says a page without text is empty', async () => {
    await tab.goto(`${server.origin}/empty.html`, { waitUntil: 'load' });
    popup = await openPopup(tab);
    await popup.waitForSelector('.state-unsupported[data-reason="empty"]');
  });

  it('says a PDF is not supported yet', async () => {
    await tab.goto(`${server.origin}/policy.pdf`, { waitUntil: 'load' });
    popup = await openPopup(tab);
    await popup.waitForSelector('.state-unsupported[data-reason="pdf"]');
  });

  it('says a browser page (chrome://) cannot be read', async () => {
    await tab.goto('chrome://version/');
    popup = await openPopup(tab);
    await popup.waitForSelector('.state-unsupported[data-reason="forbidden"]');
    expect(await popup.$eval('.state-unsupported', (el) => el.textContent)).toContain('Browsers do not let extensions read them');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-forbidden.png') });
  });
});

describe('privacy', () => {
  it('sent no request to any host but the fixture server', () => {
    expect(network.requests.length).toBeGreaterThan(0);
    expect(network.requests.some((r) => r.url.startsWith(server.origin))).toBe(true);
    // The extension's own pages were watched too (the popup loads its scripts through the network stack).
    expect(network.requests.some((r) => r.target.startsWith(`chrome-extension://${extensionId}/popup.html`))).toBe(true);
    expect(network.offending(extensionId)).toEqual([]);
    expect(
      server.hits.every((hit) => /^\/(?:(?:policy|product|german|huge|empty)\.html|policy\.pdf)$/.test(hit) || hit === '/favicon.ico'),
    ).toBe(true);
  });
});
