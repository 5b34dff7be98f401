import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const corpus = join(root, '../shared/corpus');
const modern = join(root, '../shared/corpus-modern');

type EvalResult = {
  right: number;
  total: number;
  accuracy: number;
  evidenceHitRate: number;
  misses: { file: string; practice: string; expected: string; got: string }[];
};

function runEval(dir: string, ...args: string[]): EvalResult {
  const res = spawnSync(tsx, ['scripts/eval.ts', dir, '--json', ...args], { cwd: root, encoding: 'utf8' });
  expect(res.status, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as EvalResult;
}

describe('accuracy on whole policies', () => {
  it('reaches 95 % on our modern-wording fixtures (GDPR, CCPA, cookie and retention tables, apps)', () => {
    const r = runEval('tests/fixtures/policies');
    expect(r.total).toBeGreaterThanOrEqual(32);
    expect(r.accuracy, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('keeps 97 % on the six labelled-from-the-start practices of the policies written blind (tests/fixtures/blind), 95 % on all twelve', () => {
    // Six practices, first look before any fix: 61/72 verdicts, evidence 89.7 %; after stop 12's fixes 65/72, evidence
    // 98.4 % (2026-12-01); after the rules that carry over to other writers' wording 72/72, evidence 98.6 % (2026-12-02).
    // The six "More practices", labelled later by a reader who had not seen the analyzer: first look 62/72, then 66/72.
    const r = runEval('tests/fixtures/blind');
    expect(r.total).toBe(144);
    const more = new Set(['sharing', 'rights', 'security', 'transfers', 'sensitive', 'contact']);
    const coreMisses = r.misses.filter((m) => !more.has(m.practice));
    expect(coreMisses.length, JSON.stringify(coreMisses, null, 1)).toBeLessThanOrEqual(2);
    expect(r.accuracy, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(r.evidenceHitRate).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('does not fall below its first look on the untouched blind set (tests/fixtures/blind-c)', () => {
    // Written and labelled without reading the analyzer, and never tuned on: it measures rules on wording they were
    // not fitted to. First look (2026-12-02, trees f32a5e7 and 1b77b83): six practices 39/48, all twelve 82/96
    // (evidence 82.1 %); after this stop's rules, written without reading it: 42/48 and 88/96. A floor, not a target.
    const r = runEval('tests/fixtures/blind-c');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(82);
  }, 60_000);

  it('does not fall below its first look on the second untouched blind set (tests/fixtures/blind-d)', () => {
    // Eight policies in sectors no earlier set had, labelled for all twelve practices by a writer who had not seen the
    // analyzer; never tuned on. First look (2026-12-02, tree 74cdf2c): six core practices 47/48, all twelve 85/96,
    // evidence 93.3 %. A floor, not a target: its misses stay unread.
    const r = runEval('tests/fixtures/blind-d');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(85);
  }, 60_000);

  it('keeps what was fixed on the fifth blind set, read after its first look (tests/fixtures/blind-e)', () => {
    // Written blind like the others; first look (2026-12-02, tree fc6744e): six core practices 42/48, all twelve 87/96,
    // evidence 85.9 %. Its misses were then read and fixed with general rules (95/96): it is a tune set now.
    const r = runEval('tests/fixtures/blind-e');
    expect(r.total).toBe(96);
    expect(r.right, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(94);
  }, 60_000);

  it('does not fall below its first look on the third untouched blind set (tests/fixtures/blind-f)', () => {
    // Written blind beside blind-e and never tuned on. First look (2026-12-02, tree fc6744e): six core practices 42/48,
    // all twelve 87/96, evidence 88.7 %. A floor, not a target: its misses stay unread.
    const r = runEval('tests/fixtures/blind-f');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(87);
  }, 60_000);

  it('keeps what was fixed on the seventh blind set, read after its first look (tests/fixtures/blind-g)', () => {
    // First look (2026-12-02, tree af29107 with the set merged): six core practices 41/48, all twelve 85/96, evidence
    // 82.9 %. Its misses were then read and fixed with general rules (95/96): a tune set now.
    const r = runEval('tests/fixtures/blind-g');
    expect(r.total).toBe(96);
    expect(r.right, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(94);
  }, 60_000);

  it('does not fall below its first look on the fourth untouched blind set (tests/fixtures/blind-h)', () => {
    // Written blind beside blind-g and never tuned on. First look (2026-12-02, tree af29107 with the set merged): six
    // core practices 45/48, all twelve 87/96, evidence 86.1 %. A floor, not a target: its misses stay unread.
    const r = runEval('tests/fixtures/blind-h');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(87);
  }, 60_000);

  it('keeps what was fixed on the ninth blind set, read after its first look (tests/fixtures/blind-j)', () => {
    // First look (2026-12-02, tree 734bae5): six core practices 42/48, all twelve 83/96, evidence 84.3 %. Its misses
    // were then read and fixed with general rules (95/96): a tune set now.
    const r = runEval('tests/fixtures/blind-j');
    expect(r.total).toBe(96);
    expect(r.right, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(94);
  }, 60_000);

  it('does not fall below its first look on the fifth untouched blind set (tests/fixtures/blind-i)', () => {
    // Written blind beside blind-j and never tuned on. First look (2026-12-02, tree 734bae5): six core practices
    // 44/48, all twelve 88/96, evidence 92.0 %. A floor, not a target: its misses stay unread.
    const r = runEval('tests/fixtures/blind-i');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(88);
  }, 60_000);

  it('keeps what was fixed on the eleventh blind set, read after its first look (tests/fixtures/blind-k)', () => {
    // First look (2026-12-02, tree 4059ae9): six core practices 43/48, all twelve 82/96, evidence 89.7 %. Half of its
    // misses were then read and fixed with general rules (91/96): a tune set now, its other misses still open.
    const r = runEval('tests/fixtures/blind-k');
    expect(r.total).toBe(96);
    expect(r.right, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(90);
  }, 60_000);

  it('does not fall below its first look on the sixth untouched blind set (tests/fixtures/blind-l)', () => {
    // Written blind beside blind-k and never tuned on. First look (2026-12-02, tree 4059ae9): six core practices
    // 46/48, all twelve 92/96, evidence 85.3 %. A floor, not a target: its misses stay unread.
    const r = runEval('tests/fixtures/blind-l');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(92);
  }, 60_000);

  it.skipIf(!existsSync(corpus))(
    'keeps 97 % on the shared corpus text and 95 % on its pages',
    () => {
      expect(runEval(corpus).accuracy).toBeGreaterThanOrEqual(0.97);
      expect(runEval(join(corpus, 'html')).accuracy).toBeGreaterThanOrEqual(0.95);
    },
    120_000,
  );

  // Only the tune half: the holdout half is measured once, by hand, so that no rule is fitted to it.
  it.skipIf(!existsSync(modern))(
    'keeps 97 % on the tune half of the modern corpus (text and pages), the decisive sentence in the evidence',
    () => {
      const text = runEval(modern, '--split', 'tune');
      expect(text.accuracy, JSON.stringify(text.misses, null, 1)).toBeGreaterThanOrEqual(0.97);
      // The decisive sentence among the evidence: 112/117 on text and on pages (2026-12-01).
      expect(text.evidenceHitRate).toBeGreaterThanOrEqual(0.95);
      // Two html pages lose whole sections in extraction (att, google): 95 % on pages.
      const pages = runEval(join(modern, 'html'), '--split', 'tune');
      expect(pages.accuracy).toBeGreaterThanOrEqual(0.95);
      expect(pages.evidenceHitRate).toBeGreaterThanOrEqual(0.95);
    },
    120_000,
  );
});

if (!existsSync(corpus)) console.warn(`corpus accuracy check skipped: ${corpus} is absent (it lives beside the project, never inside it).`);
