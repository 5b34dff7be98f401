import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The system Chromium: $CHROME_PATH, then Debian's, then Google Chrome. Tests never download a browser. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const name of ['google-chrome', 'google-chrome-stable']) {
    try {
      candidates.push(execFileSync('which', [name], { encoding: 'utf8' }).trim());
    } catch {
      // not installed
    }
  }
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  return found;
}

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export type LaunchOptions = {
  /** Host names resolved to 127.0.0.1 (the fixture server), e.g. a tracker's, for a page's "third-party" requests. */
  localHosts?: string[];
  /** The browser's UI language ("de"): what `browser.i18n` answers in. */
  lang?: string;
};

/**
 * Headless Chromium with the built extension (or another unpacked build) installed; every host but 127.0.0.1
 * (and `localHosts`, mapped to it) resolves to nothing.
 */
export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<{ browser: Browser; extensionId: string }> {
  const mapped = (options.localHosts ?? []).map((host) => `MAP ${host} 127.0.0.1, `).join('');
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    defaultViewport: { width: 1200, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-domain-reliability',
      `--host-resolver-rules=${mapped}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      ...(options.lang ? [`--lang=${options.lang}`, `--accept-lang=${options.lang}`] : []),
    ],
    ...(options.lang
      ? { env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}_${options.lang.toUpperCase()}.UTF-8` } }
      : {}),
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId };
}

/** The popup's finished states: badges, or one of its messages, with everything that follows them (highlights' count, comparison). */
export const POPUP_RESULT = '.popup[data-settled] :is([data-practice], .state-not-policy, .state-unsupported, .state-error)';
/** The verdicts (or a state) on screen, highlights and the comparison with the last read perhaps still to come. */
export const POPUP_VERDICTS = '[data-practice], .state-not-policy, .state-unsupported, .state-error';

/** Clicks the toolbar icon for real (the real popup, the real activeTab grant) and returns the popup page once it opens. */
export async function clickToolbarIcon(browser: Browser, extensionId: string, page: Page): Promise<Page> {
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not installed`);
  await page.bringToFront();
  const target = browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`), { timeout: 15_000 });
  await page.triggerExtensionAction(extension);
  return (await (await target).asPage())!;
}

/** Clicks the toolbar icon and waits until the popup shows a result. */
export async function openPopup(browser: Browser, extensionId: string, page: Page, timeout = 20_000): Promise<Page> {
  const popup = await clickToolbarIcon(browser, extensionId, page);
  await popup.waitForSelector(POPUP_RESULT, { timeout });
  return popup;
}

/** Real popups close themselves when the page takes focus, so closing may find nothing to close. */
export async function closePopup(popup: Page | undefined): Promise<void> {
  if (popup && !popup.isClosed()) await popup.close().catch(() => {});
}
