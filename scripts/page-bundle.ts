import { build } from 'esbuild';

/**
 * One script for a blank browser page: `entry` (TypeScript that puts what it needs on `globalThis`) bundled with its
 * imports from `root`, minified as a page would load it. The bench's cold rows and `cold-ab-chromium.ts` both run the
 * analyzer in fresh Chromium pages this way.
 */
export async function pageBundle(root: string, entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    platform: 'browser',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
