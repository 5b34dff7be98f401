import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** The project files a file loads at run time: static and dynamic imports, not `import type` (erased from bundles). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  const out: string[] = [];
  for (const spec of specs.filter((s) => s.startsWith('.'))) {
    const base = resolve(dirname(file), spec);
    const found = ['', '.ts', '.tsx', '/index.ts'].map((e) => base + e).find((c) => existsSync(c) && statSync(c).isFile());
    if (found) out.push(found);
  }
  return out;
}

/** Every project file an entrypoint's bundle can contain, relative to the project root. */
function bundleOf(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [join(root, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...runtimeImports(file));
  }
  return [...seen].map((f) => relative(root, f));
}

/** What the UI may take from the analyzer: metadata, the contract, the Markdown export and number words; never rules. */
const ANALYZER_FOR_UI = ['analyzer/practice-meta.ts', 'analyzer/types.ts', 'analyzer/markdown.ts', 'analyzer/numbers.ts'];

describe('rooms by runtime', () => {
  it('the walk finds what the entrypoints load (a broken walk would pass everything)', () => {
    expect(bundleOf('entrypoints/content.ts')).toContain('utils/page/page-highlights.ts');
    expect(bundleOf('entrypoints/popup/main.tsx')).toContain('utils/popup/popup-api.ts');
    expect(bundleOf('entrypoints/background.ts')).toContain('utils/worker/analyze-tab.ts');
  });

  it('the content script loads nothing from the worker or the popup, and no analyzer code', () => {
    const bundle = bundleOf('entrypoints/content.ts');
    expect(bundle.filter((f) => /^utils\/(?:worker|popup)\//.test(f) || f.startsWith('analyzer/'))).toEqual([]);
  });

  for (const entry of ['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx', 'entrypoints/policy-history/main.tsx']) {
    it(`${entry} loads nothing from the worker or the content script, and no analyzer rules`, () => {
      const bundle = bundleOf(entry);
      expect(bundle.filter((f) => /^utils\/(?:worker|page)\//.test(f))).toEqual([]);
      expect(bundle.filter((f) => f.startsWith('analyzer/') && !ANALYZER_FOR_UI.includes(f))).toEqual([]);
    });
  }
});
