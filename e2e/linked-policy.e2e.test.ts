/**
 * From any page to its policy, in real headless Chromium: a shop's home page on 127.0.0.1 whose
 * footer links to its policy gives that policy's verdicts in one click; a policy on another origin
 * goes through the permission path; dead, sign-in and PDF links and pages without a policy link
 * get their clear states. Every request goes to the shop's origin or the policy's, nowhere else.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closePopup, EXTENSION_DIR, openPopup } from '../testkit/chromium';
import { NetworkLog } from './network-log';

const FIXTURES = path.resolve('e2e/fixtures/linked');
const ARTIFACTS = path.resolve('e2e/artifacts');
const MARK = '[data-policylens-practice]';
/** The fixture policy's verdicts (e2e/fixtures/linked/policy.html). */
const POLICY_VERDICTS = { tracking: 'third-party', selling: 'does-not-sell', retention: 'period', age: 'minimum-age' };

type Site = { origin: string; hits: string[]; close: () => Promise<void> };
type Extra = Record<string, () => string>;

/** no-link.html with its Careers link replaced by `links`: a page of the shop whose footer points where a test needs. */
const footerPage = (links: string) => () =>
  readFileSync(path.join(FIXTURES, 'no-link.html'), 'utf8').replace('<a href="/linked/jobs.html">Careers</a>', links);

/**
 * One origin serving e2e/fixtures/linked under /linked/, plus what the fixtures cannot say: a 302 to
 * a sign-in page, a PDF, a 404 for anything missing, and pages generated per test (`extra`).
 */
async function startSite(extra: Extra = {}): Promise<Site> {
  const hits: string[] = [];
  const held: Array<import('node:http').ServerResponse> = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname);
    // A server that never answers (until the test ends).
    if (url.pathname === '/linked/slow-policy') return void held.push(res);
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (extra[url.pathname]) return void html(extra[url.pathname]!());
    if (url.pathname === '/linked/account/privacy')
      return void res.writeHead(302, { location: '/linked/login?next=%2Flinked%2Faccount%2Fprivacy' }).end();
    if (url.pathname === '/linked/old-privacy') return void res.writeHead(301, { location: '/linked/policy.html' }).end();
    if (url.pathname === '/linked/moved-privacy') return void res.writeHead(302, { location: `${legal.origin}/linked/policy.html` }).end();
    if (url.pathname === '/linked/login') return void html(readFileSync(path.join(FIXTURES, 'login.html'), 'utf8'));
    if (url.pathname === '/linked/privacy.pdf')
      return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n%%EOF\n');
    const file = path.join(FIXTURES, path.normalize(url.pathname.replace(/^\/linked\//, '/')));
    if (url.pathname.startsWith('/linked/') && file.startsWith(FIXTURES + path.sep) && file.endsWith('.html')) {
      try {
        return void html(readFileSync(file, 'utf8'));
      } catch {
        // missing: 404 below
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      held.forEach((res) => res.destroy());
      server.close(() => resolve());
    });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close };
}

type Chrome = typeof import('wxt/browser').browser;
type Worker = NonNullable<Awaited<ReturnType<Target['worker']>>>;

/**
 * Runs `use` on the extension's service worker. The worker may be stopped and restarted between two
 * calls (MV3), which closes the target under a running evaluate: then the call is retried on the new one.
 */
async function withWorker<R>(browser: Browser, extensionId: string, use: (worker: Worker) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
        { timeout: 30_000 },
      );
      return await use((await target.worker())!);
    } catch (error) {
      if (attempt >= 3 || !/Target closed|Execution context was destroyed|Session closed|Worker was closed/i.test(String(error)))
        throw error;
    }
  }
}

/** The toolbar badge text and title of the active tab. */
function badge(browser: Browser, extensionId: string): Promise<{ text: string; title: string }> {
  return withWorker(browser, extensionId, (worker) =>
    worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { text: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }) };
    }),
  );
}

/** Whether the extension holds a host permission. */
async function hasHostPermission(browser: Browser, extensionId: string, origin: string): Promise<boolean> {
  // Asked from an extension page, not the worker: a worker that is still starting (right after launch) can close
  // under puppeteer's attach, which then rejects where no test can catch it.
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
    return await page.evaluate((o) => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ origins: [o] }), origin);
  } finally {
    await page.close();
  }
}

const verdictsIn = (popup: Page) =>
  popup.$$eval('[data-source-url] [data-practice][data-verdict]', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-practice'), el.getAttribute('data-verdict')])),
  );

let shop: Site;
let legal: Site;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  shop = await startSite({
    // A page whose policy lives on the legal origin (another port: another origin).
    '/linked/cross.html': () => footerPage(`<a href="${legal.origin}/linked/policy.html">Privacy Policy</a>`)(),
    '/linked/redirect-link.html': footerPage('<a href="/linked/old-privacy">Privacy Policy</a>'),
    '/linked/moved-link.html': footerPage('<a href="/linked/moved-privacy">Privacy Policy</a>'),
    '/linked/slow-link.html': footerPage('<a href="/linked/slow-policy">Privacy Policy</a>'),
    // The best-scored link leads to a privacy hub that is no policy; the next one is the policy.
    '/linked/hub-first.html': footerPage(
      '<a href="/linked/privacy-center.html">Privacy Policy</a><a href="/linked/policy.html">Privacy Notice</a>',
    ),
    '/linked/privacy-center.html': () =>
      '<!doctype html><html lang="en"><head><title>Privacy Center</title></head><body><main><h1>Privacy at Fernwood</h1><p>Trust is the trail we walk together. Explore our guides, watch the videos from our outdoor team and find answers to common questions about your account, orders and returns.</p><p>Visit our stores to meet the people behind the gear.</p></main></body></html>',
  });
  legal = await startSite();
});

afterAll(async () => {
  await shop?.close();
  await legal?.close();
});

describe('with the extension as installed (activeTab, scripting, storage)', () => {
  let browser: Browser;
  let extensionId: string;
  let network: NetworkLog;
  let tab: Page;
  let popup: Page | undefined;

  beforeAll(async () => {
    legal.hits.length = 0;
    ({ browser, extensionId, network } = await NetworkLog.launch());
  });

  afterEach(async () => {
    await closePopup(popup);
    popup = undefined;
    await tab?.close().catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(pathname: string): Promise<Page> {
    tab = await browser.newPage();
    await network.attach(tab.target());
    await tab.goto(`${shop.origin}${pathname}`, { waitUntil: 'load' });
    return tab;
  }

  it('a shop home page: one click gives its footer policy’s verdicts, headed by where they came from', async () => {
    await visit('/linked/shop.html');
    shop.hits.length = 0;
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('[data-source-url] [data-practice]', { timeout: 60_000 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-linked-policy.png') });
    expect(await popup.$eval('[data-source-url]', (el) => el.getAttribute('data-source-url'))).toBe(`${shop.origin}/linked/policy.html`);
    expect(await verdictsIn(popup)).toMatchObject(POLICY_VERDICTS);
    expect(await popup.$eval('.linked-from', (el) => el.textContent)).toBe(`From Privacy Policy (${shop.origin}/linked/policy.html)`);
    // Read from an inert parse: the policy page's script, stylesheet and image were never requested.
    expect(shop.hits.filter((hit) => hit !== '/favicon.ico')).toEqual(['/linked/policy.html']);
    // The home page itself gets no highlights; the badge says the verdicts came from a linked policy.
    expect(await tab.$$eval(MARK, (els) => els.length)).toBe(0);
    const b = await badge(browser, extensionId);
    expect(b.text).toMatch(/^(?:\d+|✓)↗$/);
    expect(b.title).toContain(`${shop.origin}/linked/policy.html`);
  });

  it('"Open and highlight" takes the tab to the policy and highlights its evidence there', async () => {
    await visit('/linked/shop.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('[data-open-linked]', { timeout: 60_000 });
    await popup.click('[data-open-linked]');
    await tab.waitForFunction((url) => location.href === url, { timeout: 30_000 }, `${shop.origin}/linked/policy.html`);
    await tab.waitForSelector(MARK, { timeout: 60_000 });
    const practices = await tab.$$eval(MARK, (els) => [...new Set(els.map((el) => el.getAttribute('data-policylens-practice')))]);
    expect(practices).toEqual(expect.arrayContaining(['tracking', 'selling', 'retention', 'age']));
    // On the policy itself the badge is the usual one again.
    await expect.poll(async () => (await badge(browser, extensionId)).text, { timeout: 20_000 }).toMatch(/^(?:\d+|✓)$/);
  });

  it('a policy on another origin: the popup asks for that origin; dismissed, nothing is fetched there and "Open" stays', async () => {
    await visit('/linked/cross.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    const allow = await popup.waitForSelector('[data-allow-host]', { timeout: 60_000 });
    expect(await popup.$eval('[data-host-access]', (el) => el.getAttribute('data-host-access'))).toBe('http://127.0.0.1/*');
    expect(await popup.$eval('.host-access', (el) => el.textContent)).toContain('It fetches only the policy page');
    expect(await popup.$eval('.policy-link-text', (el) => el.textContent)).toBe('Privacy Policy');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-linked-permission.png') });
    // The real permissions.request from the real click. Headless Chromium cannot show the prompt: it is
    // dismissed and the popup loses focus and closes, as a real popup does when a prompt takes focus.
    // This covers the call and the declined outcome, not the prompt's wording or its Allow button.
    await allow!.click().catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await hasHostPermission(browser, extensionId, 'http://127.0.0.1/*')).toBe(false);
    await closePopup(popup);
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('[data-allow-host]', { timeout: 60_000 });
    expect(await popup.$$eval('button', (els) => els.map((el) => el.textContent))).toContain('Open the privacy policy');
    expect(legal.hits).toEqual([]);
  });

  it('a link redirected on the same site: the policy is read where it ended, and the header names that URL', async () => {
    await visit('/linked/redirect-link.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('[data-source-url] [data-practice]', { timeout: 60_000 });
    expect(await popup.$eval('[data-source-url]', (el) => el.getAttribute('data-source-url'))).toBe(`${shop.origin}/linked/policy.html`);
    expect(await verdictsIn(popup)).toMatchObject(POLICY_VERDICTS);
  });

  it('a link redirected to another site (not allowed): says it was sent elsewhere, and the other site gets no request', async () => {
    legal.hits.length = 0;
    await visit('/linked/moved-link.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('.state-not-policy');
    expect(await popup.$eval('.linked-attempts li', (el) => el.getAttribute('data-problem'))).toBe('unreachable');
    expect(await popup.$eval('.linked-attempts li', (el) => el.textContent)).toContain('sent PolicyLens to another site');
    expect(legal.hits).toEqual([]);
  });

  it('a page whose policy link is a 404 says so', async () => {
    await visit('/linked/dead-link.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('.state-not-policy');
    expect(await popup.$eval('.linked-attempts li', (el) => [el.getAttribute('data-problem'), el.textContent])).toEqual([
      'not-found',
      '“Privacy” leads to a missing page (error 404).',
    ]);
  });

  it('a page whose policy link redirects to a sign-in page says it needs a login', async () => {
    await visit('/linked/members.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('.state-not-policy');
    expect(await popup.$eval('.linked-attempts li', (el) => el.getAttribute('data-problem'))).toBe('login');
    expect(await popup.$eval('.linked-attempts', (el) => el.textContent)).toContain('sign in');
  });

  it('a page whose policy link is a PDF says PDFs cannot be read yet', async () => {
    await visit('/linked/pdf-link.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('.state-not-policy');
    expect(await popup.$eval('.linked-attempts li', (el) => el.getAttribute('data-problem'))).toBe('pdf');
    expect(await popup.$eval('.policy-link-text', (el) => el.textContent)).toBe('Privacy Policy');
  });

  it('a link to a page that is no policy: the next candidate is tried and its verdicts shown', async () => {
    await visit('/linked/hub-first.html');
    shop.hits.length = 0;
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('[data-source-url] [data-practice]', { timeout: 60_000 });
    expect(await popup.$eval('[data-source-url]', (el) => el.getAttribute('data-source-url'))).toBe(`${shop.origin}/linked/policy.html`);
    expect(await popup.$eval('.linked-link-text', (el) => el.textContent)).toBe('Privacy Notice');
    expect(shop.hits.filter((hit) => hit !== '/favicon.ico')).toEqual(['/linked/privacy-center.html', '/linked/policy.html']);
  });

  it('a policy server that never answers: the popup stops waiting and says the site did not answer in time', async () => {
    await visit('/linked/slow-link.html');
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('.state-not-policy');
    expect(await popup.$eval('.linked-attempts li', (el) => [el.getAttribute('data-problem'), el.textContent])).toEqual([
      'timeout',
      '“Privacy Policy”: the site did not answer in time.',
    ]);
    expect(shop.hits).toContain('/linked/slow-policy');
  });

  it('a page with no policy link: the plain not-a-policy state, and nothing fetched', async () => {
    await visit('/linked/no-link.html');
    shop.hits.length = 0;
    popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('.state-not-policy');
    expect(await popup.$$('.linked-attempts, .policy-link, [data-source-url]')).toHaveLength(0);
    expect(shop.hits.filter((hit) => hit !== '/favicon.ico')).toEqual([]);
  });

  it('sent requests only to the shop’s origin: the other origin, never allowed here, received nothing', () => {
    expect(network.offending(extensionId)).toEqual([]);
    // CDP announces the refused redirect hop to the legal origin (moved-link) before the same-origin fetch fails it.
    const ours = network.requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).origin);
    expect(ours).toContain(shop.origin);
    expect(ours.every((o) => o === shop.origin || o === legal.origin)).toBe(true);
    expect(legal.hits).toEqual([]);
  });
});

/**
 * The granted path. Puppeteer cannot click the browser's permission prompt, so this browser gets a
 * copy of the built extension whose manifest lists the policy's origin under host_permissions: the
 * state the extension is in once the user has clicked "Allow" (Chromium grants install-time host
 * permissions the same way). Not covered: the prompt's wording, and the worker resuming on
 * `permissions.onAdded` (a unit test covers that, tests/linked-policy.test.ts).
 */
describe('with the other origin allowed', () => {
  let browser: Browser;
  let extensionId: string;
  let network: NetworkLog;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'policylens-granted-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
    ({ browser, extensionId, network } = await NetworkLog.launch(dir));
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the policy from the other origin (fetched by the worker) and shows its verdicts', async () => {
    legal.hits.length = 0;
    const tab = await browser.newPage();
    await network.attach(tab.target());
    await tab.goto(`${shop.origin}/linked/cross.html`, { waitUntil: 'load' });
    expect(await hasHostPermission(browser, extensionId, 'http://127.0.0.1/*')).toBe(true);
    const popup = await openPopup(browser, extensionId, tab, 60_000);
    await popup.waitForSelector('[data-source-url] [data-practice]', { timeout: 60_000 });
    expect(await popup.$eval('[data-source-url]', (el) => el.getAttribute('data-source-url'))).toBe(`${legal.origin}/linked/policy.html`);
    expect(await verdictsIn(popup)).toMatchObject(POLICY_VERDICTS);
    expect(legal.hits).toEqual(['/linked/policy.html']);
    await closePopup(popup);
    const ours = network.requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).origin);
    expect(new Set(ours)).toEqual(new Set([shop.origin, legal.origin]));
    expect(network.offending(extensionId)).toEqual([]);
  });
});
