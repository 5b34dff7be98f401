import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRACTICE_LIST } from '../analyzer/index';
import { evaluate, type Tally } from './eval-run';
import { runCommand } from '../cli/output';

const USAGE =
  'Usage: npm run eval -- DIR [--json] [--split tune|holdout]   (DIR holds labels.json and the policy files, e.g. ../shared/corpus)';

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
  const { right, total, evidence, tally, confusion, misses, evidenceMisses, accuracy, evidenceHitRate } = await evaluate(
    dir,
    split as 'tune' | 'holdout' | undefined,
  );
  if (asJson) {
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
