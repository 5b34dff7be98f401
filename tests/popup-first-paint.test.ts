import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Project files the module statically imports at run time (`import type` and dynamic `import()` excluded). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
    const base = resolve(dirname(file), m[1]!);
    const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p) && !p.endsWith('/'));
    if (found && /\.tsx?$/.test(found)) out.push(found);
  }
  return out;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return seen;
}

describe('popup first paint', () => {
  it('does not load the analyzer registry (and its ~400 kB language library) before the loading state shows', () => {
    const files = [...graph(join(root, 'entrypoints/popup/main.tsx'))].map((f) => f.slice(root.length));
    expect(files).toContain('components/App.tsx');
    expect(files).toContain('components/LoadingState.tsx');
    expect(files.filter((f) => f.startsWith('analyzer/'))).toEqual([]);
  });

  it('finds the registry when a module does import it (the check can fail)', () => {
    const files = [...graph(join(root, 'components/ReportView.tsx'))].map((f) => f.slice(root.length));
    expect(files).toContain('analyzer/registry.ts');
  });
});
