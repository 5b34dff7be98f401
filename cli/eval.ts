import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRACTICE_LIST } from '../analyzer/index';
import { analyzeInputOrWarn } from './load-input';

type Label = { accept: string[]; days?: number; value?: number };
type Miss = { file: string; practice: string; expected: string; got: string; evidence: string };

const USAGE = 'Usage: npm run eval -- DIR [--json]   (DIR holds labels.json and the policy files, e.g. ../shared/corpus)';

function numberField(practice: string): 'days' | 'value' | null {
  return practice === 'retention' ? 'days' : practice === 'age' ? 'value' : null;
}

function judge(label: Label, finding: Record<string, unknown>, field: 'days' | 'value' | null): boolean {
  if (!label.accept.includes(finding.verdict as string)) return false;
  if (field && label[field] !== undefined && finding[field] !== label[field]) return false;
  return true;
}

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('--'));
  const asJson = argv.includes('--json');
  if (!dir) {
    console.error(USAGE);
    return 2;
  }
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(dir)) {
    console.error(`The folder ${resolve(dir)} does not exist. The development corpus lives in ../shared/corpus beside the project.\n${USAGE}`);
    return 2;
  }
  if (!existsSync(labelsPath)) {
    console.error(`No labels.json in ${resolve(dir)}: eval needs the ../shared/corpus format.\n${USAGE}`);
    return 2;
  }
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Record<string, Record<string, Label> | string>;
  const tally: Record<string, { right: number; total: number }> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const misses: Miss[] = [];
  for (const [file, practices] of Object.entries(labels)) {
    if (file.startsWith('_') || typeof practices !== 'object') continue;
    const report = await analyzeInputOrWarn(join(dir, file), file);
    if (!report) continue;
    for (const [practice, label] of Object.entries(practices)) {
      const finding = (report.practices as Record<string, Record<string, unknown>>)[practice];
      if (!finding) continue;
      const field = numberField(practice);
      const ok = judge(label, finding, field);
      const t = (tally[practice] ??= { right: 0, total: 0 });
      t.total++;
      if (ok) t.right++;
      const expected = label.accept.join('|') + (field && label[field] !== undefined ? ` (${field} ${label[field]})` : '');
      const got = String(finding.verdict) + (field && finding[field] !== null ? ` (${field} ${finding[field]})` : '');
      const row = (confusion[`${practice}: ${label.accept[0]}`] ??= {});
      row[String(finding.verdict)] = (row[String(finding.verdict)] ?? 0) + 1;
      if (!ok) {
        const ev = (finding.evidence as { text: string }[])[0]?.text ?? '';
        misses.push({ file, practice, expected, got, evidence: ev.slice(0, 200) });
      }
    }
  }
  const right = Object.values(tally).reduce((a, t) => a + t.right, 0);
  const total = Object.values(tally).reduce((a, t) => a + t.total, 0);
  if (asJson) {
    console.log(JSON.stringify({ right, total, accuracy: total ? right / total : 0, tally, confusion, misses }, null, 2));
    return 0;
  }
  const pct = (r: number, t: number) => (t ? ((100 * r) / t).toFixed(1) : '—').padStart(5);
  console.log(`PolicyLens eval on ${resolve(dir)}\n`);
  console.log('practice    right / total   accuracy');
  for (const p of PRACTICE_LIST.map((x) => x.id as string).filter((id) => tally[id])) {
    const t = tally[p]!;
    console.log(`${p.padEnd(11)} ${String(t.right).padStart(5)} / ${String(t.total).padEnd(5)}   ${pct(t.right, t.total)} %`);
  }
  console.log(`${'all'.padEnd(11)} ${String(right).padStart(5)} / ${String(total).padEnd(5)}   ${pct(right, total)} %\n`);
  console.log('Confusion (labelled first accepted verdict → analyzer verdict):');
  for (const [row, cols] of Object.entries(confusion).sort()) {
    console.log(`  ${row.padEnd(34)} ${Object.entries(cols).map(([v, n]) => `${v}: ${n}`).join(', ')}`);
  }
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) {
    console.log(`  ${m.file} ${m.practice}: expected ${m.expected}, got ${m.got}${m.evidence ? `\n      “${m.evidence}”` : ''}`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
