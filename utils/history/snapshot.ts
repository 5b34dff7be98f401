import type { Report } from '../../analyzer/types';

/** What one practice said in one version: the verdict and the evidence sentences (text only). */
export type PracticeSnapshot = { verdict: string; confidence: number; evidence: string[] };

/** One analysis of one version of a policy, as remembered. */
export type PolicySnapshot = {
  /** SHA-256 of the normalized text (`normalizePolicyText`). */
  hash: string;
  /** When this version was first analyzed, and last seen unchanged (ISO). */
  seenAt: string;
  lastSeenAt: string;
  /** The extension version whose analyzer made the verdicts. */
  analyzerVersion: string;
  wordCount: number;
  practices: Record<string, PracticeSnapshot>;
};

/** Evidence kept per practice, and the length a sentence is cut to: bounds what one version costs in storage. */
export const MAX_EVIDENCE_PER_PRACTICE = 20;
export const MAX_EVIDENCE_CHARS = 600;

/** The parts of a report worth remembering. */
export function snapshotOf(report: Report, hash: string, analyzerVersion: string, at: string): PolicySnapshot {
  const practices: Record<string, PracticeSnapshot> = {};
  for (const [id, finding] of Object.entries(report.practices) as [
    string,
    { verdict: string; confidence: number; evidence: { text: string }[] },
  ][]) {
    practices[id] = {
      verdict: finding.verdict,
      confidence: Math.round(finding.confidence * 100) / 100,
      evidence: finding.evidence.slice(0, MAX_EVIDENCE_PER_PRACTICE).map((e) => e.text.slice(0, MAX_EVIDENCE_CHARS)),
    };
  }
  return { hash, seenAt: at, lastSeenAt: at, analyzerVersion, wordCount: report.wordCount, practices };
}
