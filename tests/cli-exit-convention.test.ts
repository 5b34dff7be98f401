import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('command-line entry points never lose output', () => {
  it('only cli/output.ts calls process.exit (after stdout and stderr have drained); everything else goes through it', () => {
    const offenders = ['cli', 'scripts', 'analyzer', 'utils', 'entrypoints', 'components']
      .flatMap(sources)
      .filter((f) => f !== 'cli/output.ts' && /process\.exit\s*\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
