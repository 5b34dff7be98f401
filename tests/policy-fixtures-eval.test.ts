import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalResult } from '../scripts/eval-run';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, '../shared/corpus');
const modern = join(root, '../shared/corpus-modern');

/** The same scoring as `npm run eval -- DIR --json`, in this process (one analyzer start for every folder). */
function runEval(dir: string, ...args: string[]): Promise<EvalResult> {
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? (args[splitAt + 1] as 'tune' | 'holdout') : undefined;
  return evaluate(dir.startsWith('/') ? dir : join(root, dir), split);
}

describe('npm run eval', () => {
  it('prints, with --json, the scores the tests below compute in process', async () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const res = spawnSync(tsx, ['scripts/eval.ts', 'tests/fixtures/blind', '--json'], { cwd: root, encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const printed = JSON.parse(res.stdout) as EvalResult;
    const computed = await runEval('tests/fixtures/blind');
    expect(printed.total).toBe(144);
    expect(printed.right).toBe(computed.right);
    expect(printed.misses.map((m) => `${m.file} ${m.practice}`)).toEqual(computed.misses.map((m) => `${m.file} ${m.practice}`));
  }, 60_000);
});

describe('accuracy on whole policies', () => {
  it('reaches 95 % on our modern-wording fixtures (GDPR, CCPA, cookie and retention tables, apps)', async () => {
    const r = await runEval('tests/fixtures/policies');
    expect(r.total).toBeGreaterThanOrEqual(32);
    expect(r.accuracy, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('keeps 97 % on the six labelled-from-the-start practices of the policies written blind (tests/fixtures/blind), 95 % on all twelve', async () => {
    // Six practices, first look before any fix: 61/72 verdicts, evidence 89.7 %; after stop 12's fixes 65/72, evidence
    // 98.4 % (2026-12-01); after the rules that carry over to other writers' wording 72/72, evidence 98.6 % (2026-12-02).
    // The six "More practices", labelled later by a reader who had not seen the analyzer: first look 62/72, then 66/72.
    const r = await runEval('tests/fixtures/blind');
    expect(r.total).toBe(144);
    const more = new Set(['sharing', 'rights', 'security', 'transfers', 'sensitive', 'contact']);
    const coreMisses = r.misses.filter((m) => !more.has(m.practice));
    expect(coreMisses.length, JSON.stringify(coreMisses, null, 1)).toBeLessThanOrEqual(2);
    expect(r.accuracy, JSON.stringify(r.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(r.evidenceHitRate).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('does not fall below its first look on the untouched blind set (tests/fixtures/blind-c)', async () => {
    // Written and labelled without reading the analyzer, and never tuned on: it measures rules on wording they were
    // not fitted to. First look (2026-12-02, trees f32a5e7 and 1b77b83): six practices 39/48, all twelve 82/96
    // (evidence 82.1 %); after this stop's rules, written without reading it: 42/48 and 88/96. A floor, not a target.
    const r = await runEval('tests/fixtures/blind-c');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(82);
  }, 60_000);

  it('does not fall below its first look on the second untouched blind set (tests/fixtures/blind-d)', async () => {
    // Eight policies in sectors no earlier set had, labelled for all twelve practices by a writer who had not seen the
    // analyzer; never tuned on. First look (2026-12-02, tree 74cdf2c): six core practices 47/48, all twelve 85/96,
    // evidence 93.3 %. A floor, not a target: its misses stay unread.
    const r = await runEval('tests/fixtures/blind-d');
    expect(r.total).toBe(96);
    expect(r.right).toBeGreaterThanOrEqual(85);
  }, 60_000);

  /**
   * The blind sets written in pairs (2026-12-02): each written and labelled without reading the analyzer, run once before
   * any miss was read (the first look, on the tree named). One of each pair then became a tune set, its misses read and
   * fixed with general rules (a floor just under where that left it); the other stays untouched, its misses unread (a
   * floor at its first look: not a target).
   */
  const PAIRED_BLIND_SETS: { set: string; tuned: boolean; floor: number; firstLook: string }[] = [
    { set: 'blind-e', tuned: true, floor: 94, firstLook: 'fc6744e: core 42/48, all 87/96, evidence 85.9 %; tuned to 95/96' },
    { set: 'blind-f', tuned: false, floor: 87, firstLook: 'fc6744e: core 42/48, all 87/96, evidence 88.7 %' },
    {
      set: 'blind-g',
      tuned: true,
      floor: 94,
      firstLook: 'af29107 with the set merged: core 41/48, all 85/96, evidence 82.9 %; tuned to 96/96',
    },
    { set: 'blind-h', tuned: false, floor: 87, firstLook: 'af29107 with the set merged: core 45/48, all 87/96, evidence 86.1 %' },
    { set: 'blind-j', tuned: true, floor: 94, firstLook: '734bae5: core 42/48, all 83/96, evidence 84.3 %; tuned to 95/96' },
    { set: 'blind-i', tuned: false, floor: 88, firstLook: '734bae5: core 44/48, all 88/96, evidence 92.0 %' },
    {
      set: 'blind-k',
      tuned: true,
      floor: 94,
      firstLook: '4059ae9: core 43/48, all 82/96, evidence 89.7 %; tuned to 91/96, then 95/96 at 988d898',
    },
    { set: 'blind-l', tuned: false, floor: 92, firstLook: '4059ae9: core 46/48, all 92/96, evidence 85.3 %' },
    { set: 'blind-m', tuned: true, floor: 94, firstLook: '988d898: core 41/48, all 85/96, evidence 84.5 %; tuned to 95/96' },
    { set: 'blind-n', tuned: false, floor: 85, firstLook: '988d898: core 40/48, all 85/96, evidence 81.7 %' },
    { set: 'blind-o', tuned: true, floor: 95, firstLook: '988d898: core 39/48, all 83/96, evidence 81.7 %; tuned to 96/96' },
    { set: 'blind-p', tuned: false, floor: 85, firstLook: '988d898: core 40/48, all 85/96, evidence 87.7 %' },
    { set: 'blind-q', tuned: true, floor: 93, firstLook: 'e99d0cc: core 39/48, all 83/96, evidence 80.6 %; tuned to 94/96' },
    { set: 'blind-r', tuned: false, floor: 86, firstLook: 'e99d0cc: core 40/48, all 86/96, evidence 88.7 %' },
    { set: 'blind-s', tuned: true, floor: 92, firstLook: 'e99d0cc: core 42/48, all 86/96, evidence 76.0 %; tuned to 93/96' },
    { set: 'blind-t', tuned: false, floor: 89, firstLook: 'e99d0cc: core 42/48, all 89/96, evidence 82.5 %' },
    { set: 'blind-u', tuned: true, floor: 94, firstLook: '9a8fcc6: core 42/48, all 88/96, evidence 77.0 %; tuned to 95/96 at 167a307' },
    { set: 'blind-v', tuned: false, floor: 87, firstLook: '9a8fcc6: core 43/48, all 87/96, evidence 85.9 %' },
    { set: 'blind-w', tuned: true, floor: 94, firstLook: 'bb05f86: core 46/48, all 87/96, evidence 89.0 %; tuned to 95/96' },
    { set: 'blind-x', tuned: false, floor: 89, firstLook: '167a307: core 46/48, all 89/96, evidence 86.1 %' },
    { set: 'blind-y', tuned: true, floor: 95, firstLook: '167a307: core 46/48, all 91/96, evidence 80.3 %; tuned to 96/96' },
    { set: 'blind-z', tuned: false, floor: 93, firstLook: '167a307: core 47/48, all 93/96, evidence 88.3 %' },
    { set: 'blind-aa', tuned: true, floor: 94, firstLook: 'f28695c: core 47/48, all 91/96, evidence 90.0 %; tuned to 95/96' },
    { set: 'blind-ab', tuned: false, floor: 92, firstLook: 'f28695c: core 46/48, all 92/96, evidence 89.5 %' },
    { set: 'blind-ac', tuned: true, floor: 95, firstLook: 'f28695c: core 46/48, all 92/96, evidence 87.0 %; tuned to 96/96' },
    { set: 'blind-ad', tuned: false, floor: 86, firstLook: 'f28695c: core 45/48, all 87/96, evidence 81.7 % (86 after 1b5b645)' },
    { set: 'blind-ae', tuned: true, floor: 93, firstLook: '1b5b645: core 45/48, all 88/96, evidence 81.9 %; tuned to 94/96' },
    { set: 'blind-af', tuned: false, floor: 87, firstLook: '1b5b645: core 43/48, all 87/96, evidence 84.7 %' },
    { set: 'blind-ag', tuned: true, floor: 90, firstLook: '1b5b645: core 48/48, all 89/96, evidence 87.1 %; tuned to 91/96' },
    { set: 'blind-ah', tuned: false, floor: 89, firstLook: '1b5b645: core 46/48, all 89/96, evidence 89.5 %' },
    { set: 'blind-ai', tuned: true, floor: 92, firstLook: 'ed51aef: core 41/48, all 85/96, evidence 84.1 %; tuned to 93/96' },
    { set: 'blind-aj', tuned: false, floor: 94, firstLook: 'e2e0f66: core 47/48, all 94/96, evidence 88.3 %' },
    { set: 'blind-ak', tuned: true, floor: 93, firstLook: '4a1b282: core 43/48, all 85/96, evidence 87.0 %; tuned to 94/96' },
    { set: 'blind-al', tuned: false, floor: 88, firstLook: 'd19fe1b: core 45/48, all 88/96, evidence 84.9 %' },
    { set: 'blind-am', tuned: true, floor: 93, firstLook: '24ccd40: core 45/48, all 87/96, evidence 90.4 %; tuned to 94/96' },
    { set: 'blind-an', tuned: false, floor: 89, firstLook: 'eeeb206: core 46/48, all 89/96, evidence 86.1 %' },
    { set: 'blind-ao', tuned: true, floor: 90, firstLook: '7186ffc: core 43/48, all 86/96, evidence 80.3 %; tuned to 91/96' },
    { set: 'blind-ap', tuned: false, floor: 84, firstLook: '445178c: core 44/48, all 84/96, evidence 80.9 %' },
    { set: 'blind-aq', tuned: true, floor: 95, firstLook: '22b9bbd: core 45/48, all 91/96, evidence 81.0 %; tuned to 96/96' },
    { set: 'blind-ar', tuned: false, floor: 87, firstLook: 'fbe92a8: core 43/48, all 88/96, evidence 87.7 % (87 after 92bf2d8)' },
  ];
  for (const { set, tuned, floor, firstLook } of PAIRED_BLIND_SETS) {
    it(`${tuned ? 'keeps what was fixed on' : 'does not fall below its first look on'} tests/fixtures/${set} (first look ${firstLook})`, async () => {
      const r = await runEval(`tests/fixtures/${set}`);
      expect(r.total).toBe(96);
      // An untouched set's misses stay unread: its failure names no sentence.
      expect(r.right, tuned ? JSON.stringify(r.misses, null, 1) : undefined).toBeGreaterThanOrEqual(floor);
    }, 60_000);
  }

  it.skipIf(!existsSync(corpus))(
    'keeps 97 % on the shared corpus text and 95 % on its pages',
    async () => {
      expect((await runEval(corpus)).accuracy).toBeGreaterThanOrEqual(0.97);
      expect((await runEval(join(corpus, 'html'))).accuracy).toBeGreaterThanOrEqual(0.95);
    },
    120_000,
  );

  // Only the tune half: the holdout half is measured once, by hand, so that no rule is fitted to it.
  it.skipIf(!existsSync(modern))(
    'keeps 97 % on the tune half of the modern corpus (text and pages), the decisive sentence in the evidence',
    async () => {
      const text = await runEval(modern, '--split', 'tune');
      expect(text.accuracy, JSON.stringify(text.misses, null, 1)).toBeGreaterThanOrEqual(0.97);
      // The decisive sentence among the evidence: 112/117 on text and on pages (2026-12-01).
      expect(text.evidenceHitRate).toBeGreaterThanOrEqual(0.95);
      // Two html pages lose whole sections in extraction (att, google): 95 % on pages.
      const pages = await runEval(join(modern, 'html'), '--split', 'tune');
      expect(pages.accuracy).toBeGreaterThanOrEqual(0.95);
      expect(pages.evidenceHitRate).toBeGreaterThanOrEqual(0.95);
    },
    120_000,
  );
});

if (!existsSync(corpus)) console.warn(`corpus accuracy check skipped: ${corpus} is absent (it lives beside the project, never inside it).`);
