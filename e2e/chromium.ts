import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

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
    throw new Error('No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.');
  }
  return found;
}

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Headless Chromium with the built extension installed; every host but 127.0.0.1 resolves to nothing. */
export async function launchWithExtension(): Promise<{ browser: Browser; extensionId: string }> {
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
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  return { browser, extensionId };
}
