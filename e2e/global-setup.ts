import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../testkit/chromium';
import { findFirefox, firefoxSkipLine } from './firefox/launch';

const SOURCES = ['entrypoints', 'utils', 'components', 'analyzer', 'locales', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

/** Builds a package when it is missing or older than its sources. */
function buildIfStale(outDir: string, command: string): void {
  const manifest = path.join(outDir, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newestMtime))) return;
  console.log(`[e2e] ${outDir} is missing or stale: running \`${command}\``);
  execSync(command, { stdio: 'inherit' });
}

/** Checks for Chromium, builds the Chrome package, and the Firefox package when a Firefox is there to test it. */
export default function setup(): void {
  findChromium();
  buildIfStale('.output/chrome-mv3', 'npx wxt build');
  const firefox = findFirefox();
  if (firefox) {
    console.log(`[e2e] Firefox suite: ${firefox}`);
    buildIfStale('.output/firefox-mv3', 'npx wxt build -b firefox');
  } else {
    console.log(firefoxSkipLine());
  }
}
