import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

/** Relative import specifiers of a file, resolved against the project root ("testkit/fuzz/suite"). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => join(file, '..', m[1]!));
}

describe("developers' tools and the users' command", () => {
  it('scripts/, cli/ and testkit/ import nothing from tests/ or e2e/ (shared test support lives in testkit/)', () => {
    const offenders = ['scripts', 'cli', 'testkit'].flatMap(sources).flatMap((f) =>
      importsOf(f)
        .filter((to) => /^(?:tests|e2e)\//.test(to))
        .map((to) => `${f} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the users' command imports no developer tool", () => {
    const offenders = sources('cli').flatMap((f) =>
      importsOf(f)
        .filter((to) => /^(?:scripts|testkit)\//.test(to))
        .map((to) => `${f} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });
});
