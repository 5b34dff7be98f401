/**
 * Every regular expression in analyzer/ runs over untrusted page text (up to 2 MB, one line if the page wants):
 * none may take time that grows faster than the text. Each pattern is run over inputs pumped from its own atoms
 * (tests/support/regex-atoms.ts) at 10 KB, 100 KB and 1 MB; the time for 10× the text must stay near 10×,
 * never near 100× (quadratic). Measured as ratios within one run, with a generous margin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { attackUnits, pumped } from './support/regex-atoms';
import { timeProbes, type Probe, type Timing } from './support/regex-timing';

const root = new URL('..', import.meta.url).pathname;
const SIZES = [10_000, 100_000, 1_000_000];
/** MAX_SENTENCE in analyzer/sentences.ts. */
const SENTENCE_CHARS = 1200;
/**
 * Below these a step is not counted: timer, cache and GC noise on a shared machine swing small timings by ×10 and
 * more, and a pattern whose extra cost stays under half a second at 1 MB is harmless at the 2 MB cap.
 */
const NOISE_MS = [0, 100, 500];

/** Patterns known to be super-linear that another change owns; listed here so they are not forgotten. */
const KNOWN: Array<{ where: string; why: string }> = [];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.ts$/.test(name) && !/\.(cases|test)\.ts$/.test(name) ? [path] : [];
  });
}

/** Every regex literal in the analyzer's source. */
function literalRegexes(): Probe[] {
  const out: Probe[] = [];
  for (const file of filesUnder(join(root, 'analyzer'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const cut = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        out.push({ id: `${relative(root, file)}:${line + 1}`, source: text.slice(1, cut), flags: text.slice(cut + 1), units: [] });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Regexes the analyzer builds at load time (`new RegExp(...)` from parts), caught while its modules load. */
async function constructedRegexes(): Promise<Probe[]> {
  const out: Probe[] = [];
  const Original = RegExp;
  const spy = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      // The frame right above this trap is the code that built the regex: only the analyzer's own count.
      const caller = new Error().stack?.split('\n')[2];
      if (caller?.includes('/analyzer/'))
        // One builder line (lexicon/build.ts `compile`) makes many patterns: number them, so a timing names its own.
        out.push({
          id: `new RegExp #${out.length} at ${caller
            .trim()
            .replace(/^at (?:.*?\()?|\)$/g, '')
            .replace(root, '')}`,
          source: re.source,
          flags: re.flags,
          units: [],
        });
      return re;
    },
  });
  globalThis.RegExp = spy;
  try {
    for (const file of filesUnder(join(root, 'analyzer'))) await import(file);
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** Fails a timing whose time grows by more than `factor`^1.7 per step of ×`factor` in length (10×: 50, cache effects give up to ~30; quadratic: 100). */
function verdictOf(t: Timing, factor = 10): string | null {
  const maxRatio = factor ** 1.7;
  const [a, b, c] = t.ms;
  if (a == null || b == null || c == null)
    return `stopped (no answer or over the limit): ${t.ms.map((x) => (x == null ? '—' : x.toFixed(1))).join(' / ')} ms`;
  // Quadratic time shows at both steps; noise on a loaded machine rarely does. With the middle step below the noise
  // floor, only a last step over 2 s counts (a quadratic pattern that cheap at 10 KB is minutes at 1 MB).
  const first = b / Math.max(a, 0.05);
  const second = c / Math.max(b, 0.05);
  const worst = b > NOISE_MS[1]! ? Math.min(first, second) : c > 2_000 ? second : 0;
  return worst > maxRatio ? `time ×${worst.toFixed(0)} for 10× the text (${t.ms.map((x) => x!.toFixed(1)).join(' / ')} ms)` : null;
}

describe('regex linearity audit (analyzer/)', () => {
  let probes: Probe[] = [];
  let timings: Timing[] = [];

  beforeAll(async () => {
    const all = [...literalRegexes(), ...(await constructedRegexes())];
    // One probe per distinct pattern.
    const seen = new Set<string>();
    probes = all.filter((p) => !seen.has(`${p.source}/${p.flags}`) && seen.add(`${p.source}/${p.flags}`));
    for (const p of probes) {
      p.units = attackUnits(p.source, p.flags, 4);
      // Practice patterns and the lexicon's concepts (used only by the judges, frames and negation) run on one sentence
      // at a time, and a sentence is cut at 1,200 characters (sentences.ts).
      if (p.id.includes('analyzer/practices/') || p.id.includes('analyzer/lexicon/')) p.chunk = SENTENCE_CHARS;
    }
    timings = await timeProbes(probes, SIZES, { stopMs: 3_000, timeoutMs: 20_000 });
  }, 600_000);

  it("finds the analyzer's regexes, literal and constructed", () => {
    expect(probes.length).toBeGreaterThan(100);
    expect(probes.some((p) => p.id.startsWith('new RegExp'))).toBe(true);
    expect(probes.some((p) => p.id.startsWith('analyzer/policy-score.ts'))).toBe(true);
  });

  it('every regex scans pumped inputs of 10 KB, 100 KB and 1 MB in time linear in their length', () => {
    const slow = timings.flatMap((t) => {
      const verdict = verdictOf(t);
      const probe = probes.find((p) => p.id === t.id)!;
      return verdict && !KNOWN.some((k) => probe.id.startsWith(k.where))
        ? [`${t.id} /${probe.source.slice(0, 120)}/ on ${JSON.stringify(t.unit)}…: ${verdict}`]
        : [];
    });
    expect(slow).toEqual([]);
    expect(timings.length).toBeGreaterThan(probes.length);
  });
});

describe('the audit catches a quadratic pattern', () => {
  it('flags the old named-voice pattern (an unbounded run of capitalised words) and passes its fix', async () => {
    const old = String.raw`\b[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)* (?:(?:may|will) ){0,3}(?:collects?|uses?)\b`;
    const fixed = String.raw`(?<![\w.&'’-])[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4} (?:(?:may|will) ){0,3}(?:collects?|uses?)\b`;
    const probes: Probe[] = [
      { id: 'old', source: old, flags: 'g', units: attackUnits(old, 'g') },
      { id: 'fixed', source: fixed, flags: 'g', units: attackUnits(fixed, 'g') },
    ];
    // Smaller sizes: the quadratic one would take minutes at 1 MB.
    // A step over 0.4 s stops: the quadratic one reaches that at 125 KB (as "stopped"), the linear one stays in ms.
    const timings = await timeProbes(probes, [5_000, 25_000, 125_000], { stopMs: 400, timeoutMs: 20_000 });
    expect(timings.filter((t) => t.id === 'old').some((t) => verdictOf(t, 5) !== null)).toBe(true);
    expect(
      timings
        .filter((t) => t.id === 'fixed')
        .map((t) => verdictOf(t, 5))
        .filter(Boolean),
    ).toEqual([]);
    expect(pumped('ab', 5)).toBe('ababa');
  }, 300_000);
});

describe('the lexicon stays sentence-level', () => {
  it('only judges, frames and negation import the lexicon (so its concepts never see more than one sentence)', () => {
    const importers = filesUnder(join(root, 'analyzer'))
      // A type-only import (practice.ts names `Concept` for `triggers`) runs no pattern.
      .filter((f) => !f.includes('/lexicon/') && /^import (?!type )[^;]*from '\.{1,2}\/(?:\.\.\/)?lexicon\//m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith('analyzer/practices/'));
    expect(importers.sort()).toEqual(['analyzer/frame.ts', 'analyzer/negation.ts']);
  });
});
