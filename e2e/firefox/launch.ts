/**
 * The built Firefox package in a real headless Firefox (Debian's firefox-esr), driven over WebDriver
 * BiDi by puppeteer-core. Tests never download a browser: without one, the Firefox suite is skipped.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { offlinePreferences, startNetworkTrap } from './network-trap';

const SYSTEM_FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** $FIREFOX_PATH when set (only it), else Debian's ESR, else a plain `firefox`; null when there is none. */
export function findFirefox(): string | null {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return SYSTEM_FIREFOX.find((p) => existsSync(p)) ?? null;
}

/** The line printed when the Firefox suite does not run. */
export function firefoxSkipLine(): string {
  const where = process.env.FIREFOX_PATH || SYSTEM_FIREFOX.join(' or ');
  return `[e2e] Firefox suite SKIPPED: no Firefox at ${where} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
}

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const ADDON_ID = 'policylens@policylens.dev';
/** Pinned through `extensions.webextensions.uuids`, so the extension's pages have a known address. */
export const EXTENSION_UUID = '5f0c6a1e-7d2b-4c3a-9e8f-1a2b3c4d5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Firefox names the toolbar widget after the add-on id (every non-alphanumeric character becomes `_`). */
const ACTION_WIDGET_ID = `${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

/** The popup's finished states (same as in Chromium). */
export const POPUP_RESULT = '.popup[data-settled] :is([data-practice], .state-not-policy, .state-unsupported, .state-error)';
/** The verdicts (or a state) on screen, highlights and the comparison with the last read perhaps still to come. */
export const POPUP_VERDICTS = '[data-practice], .state-not-policy, .state-unsupported, .state-error';

/** Preferences: the pinned UUID, downloads without a dialog, and no network but 127.0.0.1. */
function preferences(trapPort: number, downloadDir: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // Exports are saved straight into the test's folder.
    'browser.download.dir': downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    ...offlinePreferences(trapPort),
  };
}

export type FirefoxSession = { browser: Browser; page: Page; trap: Awaited<ReturnType<typeof startNetworkTrap>> };

/**
 * Headless Firefox with the built add-on installed as a temporary add-on (BiDi `webExtension.install`,
 * Firefox 138+). `--remote-allow-system-access` lets the test reach the browser window itself (to click the
 * toolbar button) and open the add-on's own pages.
 */
export async function launchFirefox(downloadDir: string): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH');
  const trap = await startNetworkTrap();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: preferences(trap.port, downloadDir),
    defaultViewport: { width: 1200, height: 800 },
    protocolTimeout: 120_000,
    // Firefox's own test switch: it refuses connections to anything but this machine, and lets the
    // remote-settings server pref (pointed at nothing by puppeteer) take effect in a release build.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return { browser, page, trap };
}

type BidiConnection = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };

/**
 * Runs an async function body in Firefox's own browser window (chrome scope, `browser.xhtml`) and
 * returns its JSON-serialisable result. `window`, `document` and `ChromeUtils` are in scope.
 */
function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

export async function inBrowserWindow<T>(browser: Browser, body: string): Promise<T> {
  const connection = connectionOf(browser);
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
  const main = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!main) {
    // Firefox 140 ESR's BiDi ignores "moz:scope" and lists the tabs only; 153 ESR lists the browser window.
    throw new Error(
      `this Firefox's WebDriver BiDi gives no access to the browser window (chrome scope; 140 ESR has none, 153 ESR has it), which the suite needs to click the toolbar button; it listed ${contexts.map((c) => c.url).join(', ')}`,
    );
  }
  const { result } = await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
    target: { context: main.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`in the browser window: ${(result.exceptionDetails as { text: string }).text}`);
  return JSON.parse((result.result as { value: string }).value) as T;
}

/**
 * Clicks the PolicyLens toolbar button of the window showing `page`: pins it to the toolbar (as a user
 * would; new add-ons start in the extensions menu) and dispatches mousedown, mouseup and click on it from
 * the browser window, where they are trusted events. Firefox then runs its own click path: the mousedown
 * preloads the popup, the click becomes the button's command, which grants activeTab for the selected tab
 * and opens the real popup. Not covered: the operating system's input and hit testing (the events are
 * dispatched on the button itself).
 */
export async function clickToolbarButton(browser: Browser, page: Page): Promise<void> {
  await page.bringToFront();
  await closeActionPopup(browser);
  const clicked = await inBrowserWindow<boolean>(
    browser,
    `const { CustomizableUI } = ChromeUtils.importESModule('moz-src:///browser/components/customizableui/CustomizableUI.sys.mjs');
     if (CustomizableUI.getPlacementOfWidget('${ACTION_WIDGET_ID}')?.area !== CustomizableUI.AREA_NAVBAR) {
       CustomizableUI.addWidgetToArea('${ACTION_WIDGET_ID}', CustomizableUI.AREA_NAVBAR);
     }
     const button = document.getElementById('${ACTION_WIDGET_ID}')?.querySelector('.unified-extensions-item-action-button');
     if (!button || button.disabled) return false;
     const box = button.getBoundingClientRect();
     const at = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, detail: 1, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
     button.dispatchEvent(new window.MouseEvent('mousedown', { ...at, buttons: 1 }));
     button.dispatchEvent(new window.MouseEvent('mouseup', { ...at, buttons: 0 }));
     button.dispatchEvent(new window.MouseEvent('click', { ...at, buttons: 0 }));
     return true;`,
  );
  if (!clicked) throw new Error('the PolicyLens toolbar button is missing or disabled');
}

/**
 * Moves the keyboard focus into the selected tab's page, as a click on the page would: under BiDi the
 * browser window keeps it in the address bar, and a page without focus gets no focus events.
 */
export async function focusPage(browser: Browser, page: Page): Promise<void> {
  await page.bringToFront();
  await closeActionPopup(browser);
  await inBrowserWindow(browser, `window.gBrowser.selectedBrowser.focus();`);
  await page.waitForFunction(() => document.hasFocus(), { timeout: 10_000 });
}

/** The address of every tab in the browser window, as the browser sees it. */
export function tabUrls(browser: Browser): Promise<string[]> {
  return inBrowserWindow<string[]>(browser, `return window.gBrowser.browsers.map((b) => b.currentURI?.spec ?? '');`);
}

/** Closes every tab showing `url` (tabs the add-on opened itself, which puppeteer does not track). */
export async function closeTabsAt(browser: Browser, url: string): Promise<void> {
  await inBrowserWindow(
    browser,
    `for (const tab of [...window.gBrowser.tabs]) if (tab.linkedBrowser.currentURI?.spec === ${JSON.stringify(url)}) window.gBrowser.removeTab(tab);`,
  );
}

/** Closes the real action popup if it is open (it would otherwise stay open across tests). */
export async function closeActionPopup(browser: Browser): Promise<void> {
  await inBrowserWindow(
    browser,
    `for (const panel of document.querySelectorAll('panel')) {
       const ours = [...panel.querySelectorAll('browser')].some((b) => (b.currentURI?.spec ?? '').startsWith('${EXTENSION_ORIGIN}/'));
       if (panel.state === 'open' && ours) panel.hidePopup();
     }`,
  );
}

/** The URL the real popup shows, or null when it is closed. */
export function actionPopupUrl(browser: Browser): Promise<string | null> {
  return inBrowserWindow<string | null>(
    browser,
    `for (const panel of document.querySelectorAll('panel')) {
       if (panel.state !== 'open') continue;
       const url = [...panel.querySelectorAll('browser')].map((b) => b.currentURI?.spec ?? '').find((u) => u.startsWith('${EXTENSION_ORIGIN}/'));
       if (url) return url;
     }
     return null;`,
  );
}

let popupCalls = 0;

/**
 * Runs an async function body inside the real toolbar popup (its panel's browser, in the extension
 * process) through a frame script, and returns its JSON-serialisable result; `content` is the popup's
 * window. Null when the popup is not open.
 */
export async function inActionPopup<T>(browser: Browser, body: string, timeout = 20_000): Promise<T | null> {
  const name = `policylens-test:${++popupCalls}`;
  const script = `(async () => {
    let reply;
    try { reply = { value: JSON.stringify((await (async () => { ${body} })()) ?? null) }; } catch (e) { reply = { error: String(e) }; }
    sendAsyncMessage(${JSON.stringify(name)}, reply);
  })();`;
  const reply = await inBrowserWindow<{ value?: string; error?: string } | null>(
    browser,
    `const popup = [...document.querySelectorAll('panel browser')].find((b) => (b.currentURI?.spec ?? '').startsWith('${EXTENSION_ORIGIN}/popup.html'));
     if (!popup) return null;
     const mm = popup.messageManager;
     const answer = new Promise((resolve) => {
       const listener = (message) => { mm.removeMessageListener(${JSON.stringify(name)}, listener); resolve(message.data); };
       mm.addMessageListener(${JSON.stringify(name)}, listener);
     });
     mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
     return await Promise.race([answer, new Promise((resolve) => setTimeout(() => resolve({ error: 'no answer from the popup within ${timeout} ms' }), ${timeout}))]);`,
  );
  if (reply === null) return null;
  if (reply.error) throw new Error(`in the toolbar popup: ${reply.error}`);
  return JSON.parse(reply.value!) as T;
}

/** Waits until `selector` matches in the real popup (which must be open). */
export async function waitInActionPopup(browser: Browser, selector: string, timeout = 45_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await inActionPopup<boolean>(browser, `return !!content.document.querySelector(${JSON.stringify(selector)});`))) {
    if (Date.now() > deadline) throw new Error(`${selector} did not show in the toolbar popup within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Presses a button in the real popup: the popup's document is given the user activation a real click
 * brings (Firefox asks for one before the clipboard, for example), then the button gets a click.
 */
export async function pressInActionPopup(browser: Browser, selector: string): Promise<void> {
  const pressed = await inActionPopup<boolean>(
    browser,
    `const button = content.document.querySelector(${JSON.stringify(selector)});
     if (!button) return false;
     content.document.notifyUserGestureActivation();
     button.click();
     return true;`,
  );
  if (!pressed) throw new Error(`nothing to press at ${selector} in the toolbar popup`);
}

/** The text on the system clipboard (headless Firefox keeps its own). */
export function clipboardText(browser: Browser): Promise<string> {
  return inBrowserWindow<string>(
    browser,
    `const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
     transferable.init(null);
     transferable.addDataFlavor('text/plain');
     Services.clipboard.getData(transferable, Services.clipboard.kGlobalClipboard);
     const data = {};
     try { transferable.getTransferData('text/plain', data); } catch { return ''; }
     return data.value.QueryInterface(Ci.nsISupportsString).data;`,
  );
}

/** The badge text on the PolicyLens toolbar button, as the user sees it. */
export function toolbarBadge(browser: Browser): Promise<string> {
  return inBrowserWindow<string>(
    browser,
    `return document.getElementById('${ACTION_WIDGET_ID}')?.querySelector('.unified-extensions-item-action-button')?.getAttribute('badge') ?? '';`,
  );
}

/** Waits until the real popup shows the add-on's popup page in its panel. */
export async function waitForActionPopup(browser: Browser, timeout = 30_000): Promise<void> {
  const expected = `${EXTENSION_ORIGIN}/popup.html`;
  const deadline = Date.now() + timeout;
  while ((await actionPopupUrl(browser)) !== expected) {
    if (Date.now() > deadline) throw new Error(`the toolbar popup did not open within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The popup page, opened as a background tab in the window of the page under test: its own code finds
 * "the active tab of its window" (`tabs.query({ active, currentWindow })`), which is the page, exactly
 * as in the toolbar popup. BiDi cannot reach inside the real popup's panel, so this is how a test reads
 * what the popup shows; the grant it relies on comes from `clickToolbarButton`.
 */
export async function openPopupTab(browser: Browser, timeout = 45_000): Promise<Page> {
  const tab = await browser.newPage({ background: true });
  await openExtensionPage(browser, tab, 'popup.html');
  await tab.waitForSelector(POPUP_RESULT, { timeout });
  return tab;
}

/** Loads one of the add-on's pages in `tab`. */
export function openExtensionPage(browser: Browser, tab: Page, file: string, timeout = 45_000): Promise<void> {
  return navigate(browser, tab, `${EXTENSION_ORIGIN}/${file}`, timeout);
}

/**
 * Navigates `tab` and waits until the browser shows the new address (and, for the add-on's pages, the
 * loaded document). For pages that move the tab to another process (the add-on's pages, `about:` pages,
 * the PDF viewer) puppeteer's `goto` never sees the end, so this navigates without waiting.
 */
export async function navigate(browser: Browser, tab: Page, url: string, timeout = 45_000): Promise<void> {
  const context = (tab.mainFrame() as unknown as { _id: string })._id;
  const connection = connectionOf(browser);
  await connection.send('browsingContext.navigate', { context, url, wait: 'none' });
  // The browser's own pages do not run test scripts: ask the browser where the tab is.
  const deadline = Date.now() + timeout;
  for (;;) {
    const tree = await connection.send('browsingContext.getTree', { root: context, maxDepth: 0 });
    const [info] = tree.result.contexts as Array<{ url: string }>;
    if (info?.url === url) break;
    if (Date.now() > deadline) throw new Error(`the tab did not reach ${url} within ${timeout} ms (at ${info?.url})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (url.startsWith(EXTENSION_ORIGIN)) {
    await tab.waitForFunction(() => document.readyState === 'complete', { timeout: Math.max(1_000, deadline - Date.now()), polling: 100 });
  }
}

/**
 * Suspends the add-on's background event page the way Firefox does after its idle timeout (the
 * worker's memory goes with it); the next message from the popup wakes it.
 */
export async function suspendBackground(browser: Browser): Promise<void> {
  await inBrowserWindow(
    browser,
    `await WebExtensionPolicy.getByID('${ADDON_ID}').extension.terminateBackground({ disableResetIdleForTest: true });`,
  );
}

/** Turns the add-on off and on again, as about:addons does: its background page and popup restart. */
export async function restartAddon(browser: Browser): Promise<void> {
  await inBrowserWindow(
    browser,
    `const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
     const addon = await AddonManager.getAddonByID('${ADDON_ID}');
     await addon.disable();
     await addon.enable();`,
  );
}
