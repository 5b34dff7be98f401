/** Scoring of one labelled finding, shared by `npm run eval` and its tests. Pure: no I/O. */

/** A label of a labelled set: accepted verdicts (first preferred), an optional number (a list means any of them)
 * and an optional exact phrase of the sentence that decides the verdict. */
export type Label = { accept: string[]; days?: number | number[]; value?: number | number[]; evidence?: string };
export type Finding = { verdict: string; evidence: { text: string }[] } & Record<string, unknown>;
export type Score = {
  right: boolean;
  /** Only for a right, mentioned verdict whose label names a phrase: is the phrase in any evidence sentence, in the first? */
  evidence: { hit: boolean; first: boolean } | null;
};

export function numberField(practice: string): 'days' | 'value' | null {
  return practice === 'retention' ? 'days' : practice === 'age' ? 'value' : null;
}

/** Case, spacing, quotes and dashes vary between a .txt and the text extracted from its page; words do not. */
export function normalizeForMatch(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function scoreFinding(practice: string, label: Label, finding: Finding): Score {
  const field = numberField(practice);
  let right = label.accept.includes(finding.verdict);
  const want = field ? label[field] : undefined;
  // The number is checked where the verdict carries one: a label may accept `vague` beside `period` (days 2).
  if (right && field && want !== undefined && finding[field] !== null && finding[field] !== undefined) {
    const allowed = Array.isArray(want) ? want : [want];
    right = allowed.includes(finding[field] as number);
  }
  let evidence: Score['evidence'] = null;
  if (right && label.evidence && finding.verdict !== 'not-mentioned') {
    const phrase = normalizeForMatch(label.evidence);
    const has = (e: { text: string }) => normalizeForMatch(e.text).includes(phrase);
    evidence = { hit: finding.evidence.some(has), first: finding.evidence.length > 0 && has(finding.evidence[0]!) };
  }
  return { right, evidence };
}

/** A fixed half of a labelled set, by a hash of the file's base name (so `x.txt` and `html/x.html` fall together). */
export function halfOf(file: string): 'tune' | 'holdout' {
  const base = file.replace(/\.[^.]+$/, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < base.length; i++) h = Math.imul(h ^ base.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tune' : 'holdout';
}
