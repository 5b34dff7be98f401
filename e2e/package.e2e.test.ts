/** The built Chrome package: the permissions the README promises and a small content script. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../testkit/chromium';

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const contentScript = path.join(EXTENSION_DIR, 'content-scripts/content.js');

describe('the built package', () => {
  it('asks for exactly activeTab, scripting and storage, with no host access and no automatic content script', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    // Optional only, asked at the user's click: watching a policy (history page: its origin, alarms, an offscreen
    // document) and reading a site's policy hosted on another origin (that one origin).
    expect([...manifest.optional_permissions].sort()).toEqual(['alarms', 'offscreen']);
    expect([...manifest.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    // An entrypoint named "history" (or "newtab", "bookmarks") would silently replace the browser's own page.
    expect(manifest.chrome_url_overrides).toBeUndefined();
    expect(manifest.manifest_version).toBe(3);
  });

  it('has icons of every size', () => {
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
  });

  // The budget keeps injection on click instant: it grew from 60 to 72 KiB when the page side learned to read without
  // running page code, to judge what is rendered, to list policy links and page resources, and to step through highlights.
  it('keeps the content script at most 72 KiB, without the analyzer or compromise', () => {
    expect(statSync(contentScript).size).toBeLessThanOrEqual(72 * 1024);
    const code = readFileSync(contentScript, 'utf8');
    // Strings only the NLP library and the analyzer carry.
    expect(code).not.toMatch(/compromise|Do Not Sell/i);
  });
});
