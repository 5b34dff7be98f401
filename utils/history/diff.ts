import { normalizeLine } from './normalize-text';
import type { PolicySnapshot } from './snapshot';

export type VerdictChange = { practice: string; before: string; after: string };
export type EvidenceChange = { practice: string; added: string[]; removed: string[] };

/**
 * Two versions compared. `textChanged`: the policy's wording differs (hashes). `analyzerChanged`: a different
 * analyzer made the newer verdicts. Verdict and evidence changes are listed either way: with the same text they
 * come from the analyzer, not the site.
 */
export type SnapshotDiff = {
  textChanged: boolean;
  analyzerChanged: boolean;
  verdicts: VerdictChange[];
  evidence: EvidenceChange[];
};

/** Practices in both versions, in the newer one's order; a practice only one side knows is compared to "not-mentioned". */
export function diffSnapshots(before: PolicySnapshot, after: PolicySnapshot): SnapshotDiff {
  const ids = [...new Set([...Object.keys(after.practices), ...Object.keys(before.practices)])];
  const verdicts: VerdictChange[] = [];
  const evidence: EvidenceChange[] = [];
  for (const practice of ids) {
    const a = before.practices[practice];
    const b = after.practices[practice];
    const was = a?.verdict ?? 'not-mentioned';
    const now = b?.verdict ?? 'not-mentioned';
    if (was !== now) verdicts.push({ practice, before: was, after: now });
    const change = evidenceDiff(a?.evidence ?? [], b?.evidence ?? []);
    if (change.added.length || change.removed.length) evidence.push({ practice, ...change });
  }
  return { textChanged: before.hash !== after.hash, analyzerChanged: before.analyzerVersion !== after.analyzerVersion, verdicts, evidence };
}

/** Sentences compared as normalized text: a curly quote or a double space does not make a sentence new. */
export function evidenceDiff(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const was = new Set(before.map(normalizeLine));
  const now = new Set(after.map(normalizeLine));
  return {
    added: unique(after.filter((s) => !was.has(normalizeLine(s)))),
    removed: unique(before.filter((s) => !now.has(normalizeLine(s)))),
  };
}

function unique(sentences: string[]): string[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const key = normalizeLine(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
