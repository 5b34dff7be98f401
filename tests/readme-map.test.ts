import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** Installed, not written (builds and caches are dot-folders). */
const MADE = new Set(['node_modules']);

function foldersIn(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !MADE.has(e.name))
    .map((e) => (dir ? `${dir}/${e.name}` : e.name));
}

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe("README's folder map", () => {
  it('comes first after the two commands', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Two commands', 'Folders']);
  });

  it('names every top-level folder and every folder under utils/ and entrypoints/', () => {
    const map = section('Folders');
    const folders = [...foldersIn(''), ...foldersIn('utils'), ...foldersIn('entrypoints')];
    const missing = folders.filter((f) => !map.includes(`\`${f}/\``));
    expect(missing).toEqual([]);
  });

  it('says where the highlight code, the toolbar badge and the verdict labels are, and those files exist', () => {
    const map = section('Folders');
    for (const file of ['utils/page/page-highlights.ts', 'utils/worker/browser-tab-driver.ts', 'analyzer/practice-meta.ts']) {
      expect(map).toContain(`\`${file}\``);
      expect(() => readFileSync(join(root, file))).not.toThrow();
    }
  });
});
