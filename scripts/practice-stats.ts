import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { PRACTICE_LIST } from '../analyzer/index';
import { analyzeInputOrWarn } from '../cli/load-input';
import { runCommand } from '../cli/output';

const USAGE = `Usage: npm run --silent stats -- DIR [--show PRACTICE[:VERDICT]] [--json]
  Prints how often each verdict of each practice occurs over the .txt/.html files in DIR (no labels needed).
  --show sharing:advertising   also prints each file's evidence for that practice (and verdict), to check by hand.`;

type Finding = { verdict: string; summary: string; evidence: { text: string }[] };

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--show');
  const show = argv.includes('--show') ? (argv[argv.indexOf('--show') + 1] ?? '') : null;
  if (!dir || (show !== null && !show)) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`${resolve(dir)} is not a folder (the development corpus lives in ../shared/corpus beside the project).\n${USAGE}`);
    return 2;
  }
  const files = readdirSync(dir)
    .filter((f) => ['.txt', '.html', '.htm'].includes(extname(f).toLowerCase()))
    .sort();
  if (!files.length) {
    console.error(`No .txt or .html files in ${resolve(dir)}.`);
    return 2;
  }
  const [showPractice, showVerdict] = show?.split(':') ?? [];
  const counts: Record<string, Record<string, number>> = Object.fromEntries(PRACTICE_LIST.map((p) => [p.id, {}]));
  const shown: string[] = [];
  for (const file of files) {
    const report = await analyzeInputOrWarn(join(dir, file), file);
    if (!report) continue;
    const practices = report.practices as unknown as Record<string, Finding>;
    for (const p of PRACTICE_LIST) {
      const finding = practices[p.id]!;
      counts[p.id]![finding.verdict] = (counts[p.id]![finding.verdict] ?? 0) + 1;
      if (p.id === showPractice && (!showVerdict || finding.verdict === showVerdict)) {
        shown.push(
          `${file}: ${finding.verdict} — ${finding.summary}`,
          ...finding.evidence.map((e) => `    “${e.text.replace(/\s+/g, ' ').slice(0, 300)}”`),
        );
      }
    }
  }
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ files: files.length, counts }, null, 2));
    return 0;
  }
  console.log(`Verdicts over ${files.length} files in ${resolve(dir)}\n`);
  for (const p of PRACTICE_LIST) {
    // Vocabulary order, so "not-mentioned" comes last and zero counts still show.
    const row = Object.keys(p.verdicts)
      .map((v) => `${v}: ${counts[p.id]![v] ?? 0}`)
      .join(', ');
    console.log(`${p.id.padEnd(10)} ${row}`);
  }
  if (show) console.log(`\n${shown.length ? shown.join('\n') : `No file has ${show}.`}`);
  return 0;
}

runCommand(() => main(process.argv.slice(2)));
