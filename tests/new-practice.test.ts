import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldPractice } from '../scripts/new-practice';

const root = new URL('..', import.meta.url).pathname;
let copy: string;

// The scaffold runs on a copy of the parts it edits, never on the project itself.
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'policylens-new-practice-'));
  for (const part of ['analyzer', 'locales', 'README.md']) cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  writeFileSync(
    join(copy, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ESNext',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        noEmit: true,
        skipLibCheck: true,
        resolveJsonModule: true,
        types: ['node'],
      },
      include: ['analyzer/**/*.ts'],
    }),
  );
  scaffoldPractice(copy, 'profiling');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run new-practice', () => {
  it('gives a practice that typechecks with the analyzer', () => {
    expect(() =>
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(copy, 'tsconfig.json')], { encoding: 'utf8' }),
    ).not.toThrow();
  }, 120_000);

  it('registers it: the analyzer reports it, after every existing practice', async () => {
    const { analyze } = (await import(join(copy, 'analyzer/index.ts'))) as typeof import('../analyzer/index');
    const ids = Object.keys(analyze('We explain our profiling here, and we use cookies.').practices);
    expect(ids.at(-1)).toBe('profiling');
    expect(analyze('This policy explains our profiling practices in detail.').practices).toHaveProperty('profiling.verdict', 'mentioned');
  });

  it('adds its README row and its keys to every locale', () => {
    expect(readFileSync(join(copy, 'README.md'), 'utf8')).toMatch(/^\| profiling \| `mentioned` .* · `not-mentioned` \|$/m);
    for (const locale of ['en', 'de', 'fr']) {
      const table = JSON.parse(readFileSync(join(copy, 'locales', `${locale}.json`), 'utf8')) as Record<string, string>;
      expect(table).toHaveProperty('verdict_profiling_not_mentioned');
      expect(table).toHaveProperty('practice_profiling_title', 'Profiling');
    }
  });

  it('refuses a name that is not one lower-case word, and a practice that exists', () => {
    expect(() => scaffoldPractice(copy, 'Bad-Name')).toThrow(/Usage/);
    expect(() => scaffoldPractice(copy, 'profiling')).toThrow(/already exists/);
  });
});
