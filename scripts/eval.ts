import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRACTICE_LIST } from '../analyzer/index';
import { halfOf, numberField, scoreFinding, type Finding, type Label } from './eval-score';
import { analyzeInputOrWarn } from '../cli/load-input';
import { runCommand } from '../cli/output';

type Miss = { file: string; practice: string; expected: string; got: string; evidence: string; wantEvidence?: string };
type Tally = { right: number; total: number; evidenceHit: number; evidenceFirst: number; evidenceTotal: number };

const USAGE =
  'Usage: npm run eval -- DIR [--json] [--split tune|holdout]   (DIR holds labels.json and the policy files, e.g. ../shared/corpus)';

function describeNumber(field: 'days' | 'value' | null, v: unknown): string {
  if (!field || v === undefined || v === null) return '';
  return ` (${field} ${Array.isArray(v) ? v.join('|') : String(v)})`;
}

async function main(argv: string[]): Promise<number> {
  const asJson = argv.includes('--json');
  const splitAt = argv.indexOf('--split');
  const split = splitAt >= 0 ? argv[splitAt + 1] : undefined;
  const dir = argv.find((a, i) => !a.startsWith('--') && (splitAt < 0 || i !== splitAt + 1));
  if (!dir || (split !== undefined && split !== 'tune' && split !== 'holdout')) {
    console.error(USAGE);
    return 2;
  }
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(dir)) {
    console.error(`The folder ${resolve(dir)} does not exist. The labelled sets live in ../shared beside the project.\n${USAGE}`);
    return 2;
  }
  if (!existsSync(labelsPath)) {
    console.error(`No labels.json in ${resolve(dir)}: eval needs the ../shared/corpus format.\n${USAGE}`);
    return 2;
  }
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Record<string, Record<string, Label> | string>;
  const tally: Record<string, Tally> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const misses: Miss[] = [];
  const evidenceMisses: Miss[] = [];
  for (const [file, practices] of Object.entries(labels)) {
    if (file.startsWith('_') || typeof practices !== 'object') continue;
    if (split && halfOf(file) !== split) continue;
    const report = await analyzeInputOrWarn(join(dir, file), file);
    if (!report) continue;
    for (const [practice, label] of Object.entries(practices)) {
      const finding = (report.practices as unknown as Record<string, Finding>)[practice];
      if (!finding) continue;
      const field = numberField(practice);
      const score = scoreFinding(practice, label, finding);
      const t = (tally[practice] ??= { right: 0, total: 0, evidenceHit: 0, evidenceFirst: 0, evidenceTotal: 0 });
      t.total++;
      if (score.right) t.right++;
      if (score.evidence) {
        t.evidenceTotal++;
        if (score.evidence.hit) t.evidenceHit++;
        if (score.evidence.first) t.evidenceFirst++;
      }
      const expected = label.accept.join('|') + describeNumber(field, field ? label[field] : undefined);
      const got = finding.verdict + describeNumber(field, field ? finding[field] : undefined);
      const row = (confusion[`${practice}: ${label.accept[0]}`] ??= {});
      row[finding.verdict] = (row[finding.verdict] ?? 0) + 1;
      const shown = finding.evidence[0]?.text.slice(0, 200) ?? '';
      if (!score.right) misses.push({ file, practice, expected, got, evidence: shown });
      else if (score.evidence && !score.evidence.hit)
        evidenceMisses.push({ file, practice, expected, got, evidence: shown, wantEvidence: label.evidence });
    }
  }
  const sum = (k: keyof Tally) => Object.values(tally).reduce((a, t) => a + t[k], 0);
  const right = sum('right');
  const total = sum('total');
  const evidence = { hit: sum('evidenceHit'), first: sum('evidenceFirst'), total: sum('evidenceTotal') };
  if (asJson) {
    const accuracy = total ? right / total : 0;
    const evidenceHitRate = evidence.total ? evidence.hit / evidence.total : 1;
    console.log(JSON.stringify({ right, total, accuracy, evidence, evidenceHitRate, tally, confusion, misses, evidenceMisses }, null, 2));
    return 0;
  }
  const pct = (r: number, t: number) => (t ? ((100 * r) / t).toFixed(1) : '—').padStart(5);
  console.log(`PolicyLens eval on ${resolve(dir)}${split ? ` (${split} half)` : ''}\n`);
  console.log('practice    right / total   accuracy   evidence hit   decisive first');
  const row = (name: string, t: Tally) =>
    `${name.padEnd(11)} ${String(t.right).padStart(5)} / ${String(t.total).padEnd(5)}   ${pct(t.right, t.total)} %` +
    (t.evidenceTotal ? `   ${pct(t.evidenceHit, t.evidenceTotal)} %        ${pct(t.evidenceFirst, t.evidenceTotal)} %` : '');
  for (const p of PRACTICE_LIST.map((x) => x.id as string).filter((id) => tally[id])) console.log(row(p, tally[p]!));
  console.log(row('all', { right, total, evidenceHit: evidence.hit, evidenceFirst: evidence.first, evidenceTotal: evidence.total }) + '\n');
  console.log('Confusion (labelled first accepted verdict → analyzer verdict):');
  for (const [r, cols] of Object.entries(confusion).sort()) {
    console.log(
      `  ${r.padEnd(34)} ${Object.entries(cols)
        .map(([v, n]) => `${v}: ${n}`)
        .join(', ')}`,
    );
  }
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) {
    console.log(`  ${m.file} ${m.practice}: expected ${m.expected}, got ${m.got}${m.evidence ? `\n      “${m.evidence}”` : ''}`);
  }
  if (evidenceMisses.length) console.log(`\nRight verdict, decisive sentence not in the evidence (${evidenceMisses.length}):`);
  for (const m of evidenceMisses) console.log(`  ${m.file} ${m.practice}: wanted “${m.wantEvidence}”\n      first shown “${m.evidence}”`);
  return 0;
}

runCommand(() => main(process.argv.slice(2)));
