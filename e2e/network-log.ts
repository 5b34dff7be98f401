import type { Browser, Target } from 'puppeteer-core';
import { EXTENSION_DIR, launchWithExtension } from '../testkit/chromium';

/**
 * Records the URL of every request made by the page, popup, options and worker targets, through a
 * CDP session per target (puppeteer's request events do not cover service workers).
 */
export class NetworkLog {
  readonly requests: Array<{ target: string; url: string }> = [];
  private attached = new WeakSet<Target>();

  constructor(private browser: Browser) {}

  /** Chromium with the extension (or another unpacked build) and a log already recording every target's requests. */
  static async launch(extensionDir = EXTENSION_DIR): Promise<{ browser: Browser; extensionId: string; network: NetworkLog }> {
    const { browser, extensionId } = await launchWithExtension(extensionDir);
    const network = new NetworkLog(browser);
    await network.start();
    return { browser, extensionId, network };
  }

  async start(): Promise<void> {
    this.browser.on('targetcreated', (target: Target) => void this.attach(target));
    await Promise.all(this.browser.targets().map((t) => this.attach(t)));
  }

  async attach(target: Target): Promise<void> {
    if (this.attached.has(target) || !['page', 'service_worker', 'background_page', 'other'].includes(target.type())) return;
    this.attached.add(target);
    try {
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (e: { request: { url: string } }) =>
        this.requests.push({ target: target.url(), url: e.request.url }),
      );
      await session.send('Network.enable');
    } catch {
      // The target closed before we could attach.
    }
  }

  /**
   * Requests to anything but the fixture server, the extension itself, data: or about:. chrome://
   * resources count only when our extension asked for them: the test tab's chrome:// pages and
   * Chromium's built-in PDF viewer load their own.
   */
  offending(ourExtensionId: string): Array<{ target: string; url: string }> {
    const ours = `chrome-extension://${ourExtensionId}/`;
    return this.requests.filter(({ target, url }) => {
      if (/^(?:https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:|blob:chrome-extension:)/.test(url)) return false;
      return !(url.startsWith('chrome://') && !target.startsWith(ours));
    });
  }
}
