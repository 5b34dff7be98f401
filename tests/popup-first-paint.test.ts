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

/** Analyzer modules the popup may load: the practices' words (titles, labels, tones), never their rules. */
const POPUP_SAFE = new Set([
  'analyzer/practice-meta.ts',
  'analyzer/types.ts',
  'analyzer/markdown.ts',
  // Reading "thirty (30) days" back into words for an answer: number words, not practice rules.
  'analyzer/numbers.ts',
]);
const isRules = (f: string) => f.startsWith('analyzer/') && !POPUP_SAFE.has(f);

describe('popup first paint', () => {
  it('loads no analyzer rules (nor their language library) before the loading state shows: only the practices’ words', () => {
    const files = [...graph(join(root, 'entrypoints/popup/main.tsx'))].map((f) => f.slice(root.length));
    expect(files).toContain('components/App.tsx');
    expect(files).toContain('components/LoadingState.tsx');
    expect(files.filter(isRules)).toEqual([]);
  });

  it('the popup’s head script (the early request) loads no analyzer module and no polyfill: it runs before anything else', () => {
    const files = [...graph(join(root, 'entrypoints/popup-early.ts'))].map((f) => f.slice(root.length));
    expect(files).toContain('utils/popup/early-request.ts');
    expect(files.filter((f) => f.startsWith('analyzer/'))).toEqual([]);
    for (const f of files) expect(readFileSync(join(root, f), 'utf8')).not.toMatch(/from ['"]wxt\/browser['"]/);
  });

  it('the report view shows verdicts from the metadata, without the rules', () => {
    const files = [...graph(join(root, 'components/ReportView.tsx'))].map((f) => f.slice(root.length));
    expect(files).toContain('analyzer/practice-meta.ts');
    expect(files.filter(isRules)).toEqual([]);
  });

  it('finds the rules where a module does import them (the check can fail)', () => {
    const files = [...graph(join(root, 'entrypoints/background.ts'))].map((f) => f.slice(root.length));
    expect(files).toContain('analyzer/registry.ts');
  });
});
