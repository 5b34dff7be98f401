import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { halfOf, numberField, scoreFinding, type Finding, type Label } from './eval-score';
import { analyzeInputOrWarn } from '../cli/load-input';

export type Miss = { file: string; practice: string; expected: string; got: string; evidence: string; wantEvidence?: string };
export type Tally = { right: number; total: number; evidenceHit: number; evidenceFirst: number; evidenceTotal: number };
export type EvalResult = {
  right: number;
  total: number;
  accuracy: number;
  evidence: { hit: number; first: number; total: number };
  evidenceHitRate: number;
  tally: Record<string, Tally>;
  confusion: Record<string, Record<string, number>>;
  misses: Miss[];
  evidenceMisses: Miss[];
};

function describeNumber(field: 'days' | 'value' | null, v: unknown): string {
  if (!field || v === undefined || v === null) return '';
  return ` (${field} ${Array.isArray(v) ? v.join('|') : String(v)})`;
}

/**
 * Scores the analyzer on one labelled folder (DIR/labels.json and its policy files), in this process: `npm run eval`
 * prints it, the eval tests assert on it without starting a process per folder.
 */
export async function evaluate(dir: string, split?: 'tune' | 'holdout'): Promise<EvalResult> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Record<string, Label> | string>;
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
  const accuracy = total ? right / total : 0;
  const evidenceHitRate = evidence.total ? evidence.hit / evidence.total : 1;
  return { right, total, accuracy, evidence, evidenceHitRate, tally, confusion, misses, evidenceMisses };
}
