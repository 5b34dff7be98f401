import type { Browser, Target } from 'puppeteer-core';

/**
 * Records the URL of every request made by the page, popup, options and worker targets, through a
 * CDP session per target (puppeteer's request events do not cover service workers).
 */
export class NetworkLog {
  readonly requests: Array<{ target: string; url: string }> = [];
  private attached = new WeakSet<Target>();

  constructor(private browser: Browser) {}

  async start(): Promise<void> {
    this.browser.on('targetcreated', (target: Target) => void this.attach(target));
    await Promise.all(this.browser.targets().map((t) => this.attach(t)));
  }

  async attach(target: Target): Promise<void> {
    if (this.attached.has(target) || !['page', 'service_worker', 'background_page', 'other'].includes(target.type())) return;
    this.attached.add(target);
    try {
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (e: { request: { url: string } }) => this.requests.push({ target: target.url(), url: e.request.url }));
      await session.send('Network.enable');
    } catch {
      // The target closed before we could attach.
    }
  }

  /**
   * Requests to anything but the fixture server, the extension itself, data: or about:. The test tab's
   * chrome:// requests (the forbidden-page test opens one) are the browser's own, never the extension's.
   */
  offending(): Array<{ target: string; url: string }> {
    return this.requests.filter(({ target, url }) => !(!target.startsWith('chrome-extension:') && url.startsWith('chrome://')) && !/^(?:https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:|blob:chrome-extension:)/.test(url));
  }
}
