import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './chromium';

const SOURCES = ['entrypoints', 'utils', 'components', 'analyzer', 'public', 'assets', 'wxt.config.ts', 'package.json'];
const MANIFEST = '.output/chrome-mv3/manifest.json';

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

/** Builds the Chrome package when it is missing or older than its sources, and checks for a browser first. */
export default function setup(): void {
  findChromium();
  const built = existsSync(MANIFEST) ? statSync(MANIFEST).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newestMtime))) return;
  console.log('[e2e] .output/chrome-mv3 is missing or stale: running `wxt build`');
  execSync('npx wxt build', { stdio: 'inherit' });
}
