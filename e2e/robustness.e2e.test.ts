/**
 * Hostile and odd pages in real headless Chromium with the built extension: page text stays inert
 * everywhere it goes, page CSS and scripts cannot reach or drive PolicyLens, odd pages still work,
 * and the built package stays strict (CSP, no eval, no outside requests).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopup, EXTENSION_DIR, openPopup as openPopupIn } from '../testkit/chromium';
import { startFixtureServer } from '../testkit/fixture-server';
import { NetworkLog } from './network-log';

const MARK = '[data-policylens-practice]';

let browser: Browser;
let extensionId: string;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let network: NetworkLog;

const openPopup = (on: Page) => openPopupIn(browser, extensionId, on);

async function newTab(file: string): Promise<Page> {
  const tab = await browser.newPage();
  await network.attach(tab.target());
  await tab.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
  return tab;
}

function verdicts(popup: Page): Promise<Record<string, string | null>> {
  return popup.$$eval('[data-practice][data-verdict]', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-practice'), el.getAttribute('data-verdict')])),
  );
}

/** Sends a raw extension message (webext-core's wire format) from the popup to the active tab's content script. */
function messageTab(popup: Page, type: string, data: unknown): Promise<{ res?: unknown; err?: { message?: string } } | undefined> {
  return popup.evaluate(
    async (type, data) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.tabs.sendMessage(tab!.id!, { id: 1, type, data, timestamp: Date.now() }) as Promise<{
        res?: unknown;
        err?: { message?: string };
      }>;
    },
    type,
    data,
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

beforeAll(async () => {
  server = await startFixtureServer();
  ({ browser, extensionId, network } = await NetworkLog.launch());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('on a hostile page (markup as text, scripts, javascript: links, CSS aimed at PolicyLens)', () => {
  let tab: Page;
  let popup: Page;

  beforeAll(async () => {
    tab = await newTab('hostile.html');
    popup = await openPopup(tab);
  });
  afterAll(async () => {
    await closePopup(popup);
    await tab.close();
  });

  it('shows the page’s markup as text in the popup, never as elements, and runs none of it', async () => {
    expect(await verdicts(popup)).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
    await popup.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const text = await popup.$eval('body', (b) => b.textContent ?? '');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>window.__pwned=3</script>');
    expect(await popup.$$eval('body img, body script, [data-practice] iframe', (els) => els.length)).toBe(0);
    expect(await popup.$$eval('a[href^="javascript:" i]', (els) => els.length)).toBe(0);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // The page's own script ran (so the check below means something), its text-as-markup did not.
    expect(await tab.evaluate(() => (window as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
    expect(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // The javascript: "Privacy" link is never offered as the policy link.
    expect(await popup.$$eval('a', (els) => els.filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? '')).length)).toBe(0);
  });

  it('keeps its highlights styled and its tooltip visible despite the page’s !important rules', async () => {
    await tab.waitForSelector(`#tracking ${MARK}`);
    const mark = await tab.$eval(`#tracking ${MARK}`, (el) => {
      const s = getComputedStyle(el);
      return { display: s.display, opacity: s.opacity, background: s.backgroundColor, padding: s.paddingTop };
    });
    expect(mark).toMatchObject({ display: 'inline', opacity: '1', padding: '0px' });
    expect(mark.background).not.toBe('rgb(255, 0, 0)');
    await tab.hover(`#tracking ${MARK}`);
    const tooltip = await tab.evaluate(() => {
      const host = document.querySelector('policylens-tooltip') as HTMLElement | null;
      const box = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      if (!host || !box) return null;
      const h = getComputedStyle(host);
      const b = getComputedStyle(box);
      const rect = box.getBoundingClientRect();
      return {
        host: [h.display, h.visibility, h.opacity],
        box: [b.display, b.visibility, b.opacity],
        size: rect.width * rect.height,
        text: box.textContent,
        imgs: box.querySelectorAll('img').length,
      };
    });
    expect(tooltip).not.toBeNull();
    expect(tooltip!.host[0]).not.toBe('none');
    expect(tooltip!.host.slice(1)).toEqual(['visible', '1']);
    expect(tooltip!.box).toEqual(['block', 'visible', '1']);
    expect(tooltip!.size).toBeGreaterThan(1000);
    expect(tooltip!.text).toMatch(/Tracking/i);
    expect(tooltip!.imgs).toBe(0);
    expect(await tab.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('exports Markdown (Copy button) and JSON (JSON button) in which the page’s markup stays inert', async () => {
    await popup.evaluate(() => {
      const w = window as unknown as { __copied?: string; __blobs: Blob[] };
      w.__blobs = [];
      // Capture at the browser boundary: the real buttons and export code run unchanged.
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void (w.__copied = t) } });
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => (w.__blobs.push(blob), create(blob));
    });
    await popup.click('button[aria-label="Copy Markdown"]');
    await popup.click('button[aria-label="Download JSON"]');
    await popup.waitForFunction(
      () => (window as unknown as { __copied?: string }).__copied && (window as unknown as { __blobs: Blob[] }).__blobs.length === 1,
    );
    const { markdown, json } = await popup.evaluate(async () => {
      const w = window as unknown as { __copied: string; __blobs: Blob[] };
      return { markdown: w.__copied, json: await w.__blobs[0]!.text() };
    });
    expect(markdown).toContain('onerror="window.\\_\\_pwned=1"');
    // Every < in the Markdown is escaped, except http(s) autolinks: no renderer can make a tag of it.
    expect(markdown.replace(/<https?:\/\/[^\s<>]+>/g, '')).not.toMatch(/(^|[^\\])</m);
    expect(markdown).not.toMatch(/\]\(javascript:/i);
    expect(json).not.toMatch(/[<>]/);
    const parsed = JSON.parse(json) as { report: { practices: Record<string, { evidence: Array<{ text: string }> }> } };
    expect(parsed.report.practices.tracking!.evidence[0]!.text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});

describe('a web page cannot drive PolicyLens or read its results', () => {
  it('has no externally_connectable, so pages cannot message the extension', async () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    const tab = await newTab('spa.html');
    const outcome = await tab.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        await runtime.sendMessage(id, { type: 'analyzeTab', data: { tabId: 1 }, id: 1, timestamp: Date.now() });
        return 'sent';
      } catch {
        return 'refused';
      }
    }, extensionId);
    expect(outcome).not.toBe('sent');
    await tab.close();
  });

  it('ignores window.postMessage and DOM events shaped like its messages, and hides its state from page scripts', async () => {
    const tab = await newTab('spa.html');
    const popup = await openPopup(tab);
    await tab.waitForSelector(MARK);
    await closePopup(popup);
    const before = await tab.$$eval(MARK, (els) => els.length);
    const seen = await tab.evaluate(async () => {
      const highlight = {
        practice: 'age',
        practiceTitle: 'Age',
        verdict: 'x',
        verdictLabel: 'x',
        tone: 'bad',
        reason: 'forged',
        text: 'This privacy policy explains',
        start: 0,
        end: 28,
      };
      for (const type of ['highlightEvidence', 'clearHighlights', 'extractPage']) {
        const message = { id: 99, type, data: { highlights: [highlight] }, timestamp: Date.now() };
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        document.dispatchEvent(new CustomEvent(type, { detail: message }));
        window.dispatchEvent(new CustomEvent('message', { detail: message }));
      }
      await new Promise((r) => setTimeout(r, 300));
      const w = window as unknown as Record<string, unknown>;
      return {
        forged: document.querySelectorAll('[data-policylens-practice="age"]').length,
        globals: Object.keys(w).filter((k) => /policylens/i.test(k)),
      };
    });
    expect(seen.forged).toBe(0);
    expect(seen.globals).toEqual([]);
    expect(await tab.$$eval(MARK, (els) => els.length)).toBe(before);
    await tab.close();
  });

  it('has its content script refuse malformed payloads from the extension itself', async () => {
    const tab = await newTab('spa.html');
    const popup = await openPopup(tab);
    await tab.waitForSelector(MARK);
    const before = await tab.$$eval(MARK, (els) => els.length);
    const bad = await messageTab(popup, 'highlightEvidence', { highlights: [{ practice: 'age', text: 'x', start: -1 }] });
    expect(bad?.err?.message).toMatch(/highlight/);
    const scroll = await messageTab(popup, 'scrollToEvidence', { start: '0"] , body' });
    expect(scroll?.err?.message).toMatch(/start/);
    expect(await tab.$$eval(MARK, (els) => els.length)).toBe(before);
    await closePopup(popup);
    await tab.close();
  });
});

describe('odd pages', () => {
  it('shows the new content’s verdicts after a single-page app changes URL and content', async () => {
    const tab = await newTab('spa.html');
    let popup = await openPopup(tab);
    expect(await verdicts(popup)).toMatchObject({ selling: 'sells', tracking: 'third-party' });
    await closePopup(popup);
    await tab.evaluate(() => (window as unknown as { goToNewPolicy: () => void }).goToNewPolicy());
    expect(tab.url()).toMatch(/\/spa\/2026-policy$/);
    popup = await openPopup(tab);
    const now = await verdicts(popup);
    expect(now.selling).toBe('does-not-sell');
    expect(now.tracking).not.toBe('third-party');
    expect(await popup.$eval('body', (b) => b.textContent ?? '')).not.toMatch(/may sell your personal information/);
    // The new content is highlighted, not the old.
    await tab.waitForSelector(`#selling ${MARK}`);
    expect(await tab.$eval('#selling', (p) => p.textContent)).toMatch(/do not sell/);
    await closePopup(popup);
    await tab.close();
  });

  it('reads a policy held in a same-origin iframe and says it is in a frame', async () => {
    const tab = await newTab('framed.html');
    await tab.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
    const popup = await openPopup(tab);
    expect(await verdicts(popup)).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
    expect(await popup.$$eval('.notice', (els) => els.map((e) => e.textContent).join(' '))).toMatch(/embedded frame/);
    await closePopup(popup);
    await tab.close();
  });

  it('reads a policy rendered in open shadow roots (web components), highlights it there with a working tooltip', async () => {
    const tab = await newTab('webcomponent.html');
    const popup = await openPopup(tab);
    expect(await verdicts(popup)).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
    await popup.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await popup.$eval('body', (b) => b.textContent ?? '')).toContain('We may sell your personal information to marketing partners');
    const selling = 'policy-page >>> policy-section >>> [data-policylens-practice="selling"]';
    const mark = await tab.waitForSelector(selling, { timeout: 10_000 });
    expect(await mark!.evaluate((m) => m.textContent)).toMatch(/^We may sell your personal information/);
    const practices = await tab.$$eval('policy-page >>> [data-policylens-practice]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-policylens-practice'))),
    ]);
    expect(practices).toEqual(expect.arrayContaining(['tracking', 'selling', 'retention', 'age']));
    await mark!.hover();
    const tooltip = await tab.evaluate(() => {
      const box = document.querySelector('policylens-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      return box && box.style.display !== 'none' ? box.textContent : null;
    });
    expect(tooltip).toMatch(/Selling/i);
    await closePopup(popup);
    await tab.close();
  });

  it('analyzes a page that keeps changing every 10 ms: no hang, verdicts and highlights shown', async () => {
    const tab = await newTab('mutating.html');
    // A hang shows as the test's own timeout; a wall-clock bound here would only measure how busy the machine is.
    const popup = await openPopup(tab);
    expect(await verdicts(popup)).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
    await tab.waitForSelector(`#retention ${MARK}`);
    expect(await tab.$eval('#feed', (f) => f.childElementCount)).toBeGreaterThan(0);
    await closePopup(popup);
    await tab.close();
  });

  it('places highlights on the right sentences despite RTL marks, zero-width spaces, soft hyphens, NBSP and ligatures', async () => {
    const tab = await newTab('unicode.html');
    const original = await tab.$eval('body', (b) => b.innerHTML);
    const popup = await openPopup(tab);
    expect(await verdicts(popup)).toMatchObject({ tracking: 'third-party', selling: 'sells', retention: 'period', age: 'minimum-age' });
    await tab.waitForSelector(`#retention ${MARK}`);
    for (const id of ['tracking', 'selling', 'retention', 'age']) {
      const where = await tab.$$eval(`[data-policylens-practice="${id}"]`, (els) => els.map((el) => el.closest('p')?.id));
      expect(where.length, id).toBeGreaterThan(0);
      expect(new Set(where), id).toEqual(new Set([id]));
    }
    expect(await tab.$$eval(`#decoy ${MARK}`, (els) => els.length)).toBe(0);
    // Removing the highlights gives back the page exactly as it was.
    expect((await messageTab(popup, 'clearHighlights', undefined))?.err).toBeUndefined();
    expect(await tab.$eval('body', (b) => b.innerHTML)).toBe(original);
    await closePopup(popup);
    await tab.close();
  });

  it('keeps the page’s keyboard and input handlers working on and around highlighted text', async () => {
    const tab = await newTab('spa.html');
    await tab.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'q';
      document.querySelector('#selling')!.append(input);
      const log: string[] = [];
      (window as unknown as { __log: string[] }).__log = log;
      document.addEventListener('keydown', (e) => log.push(`key:${e.key}`));
      input.addEventListener('input', () => log.push(`input:${input.value}`));
    });
    const popup = await openPopup(tab);
    await tab.waitForSelector(`#selling ${MARK}`);
    await closePopup(popup);
    await tab.focus(`#selling ${MARK}`);
    await tab.keyboard.press('x');
    await tab.type('#q', 'ok');
    const log = await tab.evaluate(() => (window as unknown as { __log: string[] }).__log);
    expect(log).toEqual(['key:x', 'key:o', 'input:o', 'key:k', 'input:ok']);
    await tab.close();
  });
});

describe('the built package', () => {
  it('declares a strict CSP for its pages and asks for activeTab, scripting and storage only', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      permissions: string[];
      content_security_policy?: { extension_pages?: string };
      host_permissions?: unknown;
      optional_permissions?: unknown;
    };
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    // Watching a remembered policy asks for these at the user's click, never at install (package.e2e.test.ts).
    expect(manifest.optional_permissions).toEqual(['alarms', 'offscreen']);
    expect(manifest.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });

  it('contains no eval or new Function in any script', () => {
    const scripts = walk(EXTENSION_DIR).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /(?<![\w$.])eval\s*\(|new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]|set(?:Timeout|Interval)\s*\(\s*["'`]/,
      );
    }
  });

  it('sent no request to any host but the fixture server while on these pages', () => {
    expect(network.offending(extensionId)).toEqual([]);
    expect(
      server.hits.every(
        (hit) => /^\/(?:hostile|spa|mutating|unicode|framed|framed-policy|webcomponent)\.html$/.test(hit) || hit === '/favicon.ico',
      ),
    ).toBe(true);
  });
});
