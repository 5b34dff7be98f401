import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { PRACTICE_META } from '../analyzer/practice-meta';
import { PRACTICES } from '../analyzer/registry';

const root = new URL('..', import.meta.url).pathname;
const ids = Object.keys(PRACTICE_META);

describe('practice registry', () => {
  it('lists the same practices, in the same order, as the metadata and the report', () => {
    expect(Object.keys(PRACTICES)).toEqual(ids);
    expect(Object.keys(analyze('We use cookies.').practices)).toEqual(ids);
  });

  it('takes each practice’s title, question and verdicts from its metadata', () => {
    for (const id of ids) {
      const rules = PRACTICES[id as keyof typeof PRACTICES];
      const meta = PRACTICE_META[id as keyof typeof PRACTICE_META];
      expect({ id: rules.id, title: rules.title, question: rules.question, group: rules.group, verdicts: rules.verdicts }).toEqual(meta);
    }
  });

  it('has a rules file and a case table per practice, and no stray practice file', () => {
    const dir = join(root, 'analyzer/practices');
    for (const id of ids) {
      expect(existsSync(join(dir, `${id}.ts`)), id).toBe(true);
      expect(existsSync(join(dir, `${id}.cases.ts`)), id).toBe(true);
    }
    const helpers = ['cues'];
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.cases.ts'))
      .map((f) => f.slice(0, -3));
    expect(files.filter((f) => !helpers.includes(f)).sort()).toEqual([...ids].sort());
  });

  it('has a case row for every verdict of every practice (a verdict nobody tested is a verdict nobody reads)', async () => {
    const missing: string[] = [];
    for (const id of ids) {
      const cases = ((await import(`../analyzer/practices/${id}.cases.ts`)) as { default: { verdict: string }[] }).default;
      const tested = new Set(cases.map((c) => c.verdict));
      for (const verdict of Object.keys(PRACTICE_META[id as keyof typeof PRACTICE_META].verdicts))
        if (!tested.has(verdict)) missing.push(`${id}: ${verdict}`);
    }
    expect(missing).toEqual([]);
  });

  it('matches the README’s practice table: same practices, order and verdicts', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| practice | verdicts |'));
    const lines = table.split('\n').slice(2);
    const rows = lines.slice(
      0,
      lines.findIndex((l) => !l.startsWith('| ')),
    );
    const readmeIds = rows.map((r) => r.split('|')[1]!.trim());
    expect(readmeIds).toEqual(ids);
    for (const [i, id] of ids.entries()) {
      const verdicts = Object.keys(PRACTICE_META[id as keyof typeof PRACTICE_META].verdicts);
      // Each verdict is named in its row in backticks, right after a separator or at the start of the cell.
      const named = [...rows[i]!.split('|')[2]!.matchAll(/(?:^\s*|·\s*)`([a-z-]+)`/g)].map((m) => m[1]);
      expect(named.sort(), id).toEqual([...verdicts].sort());
    }
  });

  it('keeps rules out of the popup: its components import practice metadata, never the registry or a practice', () => {
    const popupFiles = ['components', 'entrypoints/popup', 'entrypoints/options'].flatMap((d) =>
      readdirSync(join(root, d), { recursive: true })
        .map(String)
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => join(root, d, f)),
    );
    popupFiles.push(join(root, 'analyzer/markdown.ts'), join(root, 'analyzer/practice-meta.ts'));
    for (const file of popupFiles) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/^import(?!\s+type)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      for (const spec of imports)
        expect(spec, file).not.toMatch(
          /analyzer\/(?:registry|index|practices\/|practice$|lexicon|frame)|^\.\/(?:registry|practices|lexicon|frame)/,
        );
    }
  });
});
