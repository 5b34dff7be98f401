import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the extension (the analyzer is pure text and has no DOM). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(?:ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('page text never reaches an HTML or code sink', () => {
  it('no innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML, eval or new Function in the extension’s code', () => {
    const files = ['entrypoints', 'components', 'utils'].flatMap(sources);
    expect(files.length).toBeGreaterThan(20);
    const sink =
      /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|(?<![\w$.])eval\s*\(|new\s+Function\s*\(|createContextualFragment|srcdoc/;
    const found = files.filter((f) => sink.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
