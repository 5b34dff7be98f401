/** The JSON contract. Other tools depend on it: extend only by adding fields. */

/** `reason` (added field): why this sentence counts, in words, for tooltips. */
export type Evidence = { text: string; start: number; end: number; reason?: string };

export type Finding<V extends string> = {
  verdict: V;
  confidence: number;
  summary: string;
  evidence: Evidence[];
};

export type TrackingVerdict = 'third-party' | 'first-party' | 'none' | 'not-mentioned';
export type SellingVerdict = 'sells' | 'does-not-sell' | 'not-mentioned';
export type RetentionVerdict = 'period' | 'until-deletion' | 'indefinite' | 'vague' | 'not-mentioned';
export type AgeVerdict = 'minimum-age' | 'not-mentioned';

export type Practices = {
  tracking: Finding<TrackingVerdict> & { trackers: string[] };
  selling: Finding<SellingVerdict>;
  retention: Finding<RetentionVerdict> & { days: number | null };
  age: Finding<AgeVerdict> & { value: number | null };
};

export type Report = {
  source: string;
  title: string | null;
  url: string | null;
  isPolicy: boolean;
  policyScore: number;
  wordCount: number;
  analyzedAt: string;
  practices: Practices;
};

export type AnalyzeMeta = { url?: string | null; title?: string | null; source?: string };

/** One sentence of the analyzed text; start/end index the analyzed text exactly. */
export type Sentence = {
  text: string;
  start: number;
  end: number;
  /** The nearest heading above the sentence (lower-cased), which often carries the subject. */
  heading: string;
  /** A short line without a full stop: a title, not a statement. */
  isHeading: boolean;
};

export type Tone = 'good' | 'caution' | 'bad' | 'neutral';
