/** The JSON contract. Other tools depend on it: extend only by adding fields. */

/** `reason` (added field): why this sentence counts, in words, for tooltips. `says` (added field): the same as data. */
export type Evidence = { text: string; start: number; end: number; reason?: string; says?: EvidenceSays };

/**
 * What this one sentence says, as data, so a UI can word it in its own language: the verdict the sentence
 * supports, which of the judge's statements it is (`claim`; absent: the verdict's plain statement), the names
 * it gives in its own words (trackers, signals, categories, addresses…), and its number (`days`, `age`).
 */
export type EvidenceSays = { verdict: string; claim?: string; names?: string[]; days?: number; age?: number };

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
export type SharingVerdict = 'advertising' | 'third-parties' | 'service-providers-only' | 'no-sharing' | 'not-mentioned';
export type RightsVerdict = 'described' | 'limited' | 'not-mentioned';
export type SecurityVerdict = 'measures-described' | 'generic' | 'not-mentioned';
export type ChangesVerdict = 'notified' | 'posted-only' | 'not-mentioned';
export type DntVerdict = 'honoured' | 'not-honoured' | 'not-mentioned';
export type TransfersVerdict = 'safeguards' | 'transferred' | 'not-mentioned';
export type SensitiveVerdict = 'collected' | 'not-collected' | 'not-mentioned';
export type ContactVerdict = 'provided' | 'not-mentioned';

export type Practices = {
  tracking: Finding<TrackingVerdict> & { trackers: string[] };
  selling: Finding<SellingVerdict>;
  retention: Finding<RetentionVerdict> & { days: number | null };
  age: Finding<AgeVerdict> & { value: number | null };
  /** Who receives personal data: `recipients` names the kinds found (advertisers, partners, service providers...). */
  sharing: Finding<SharingVerdict> & { recipients: string[] };
  /** `rights`: access, correction, deletion...; `how`: the ways to exercise them (account settings, e-mail...). */
  rights: Finding<RightsVerdict> & { rights: string[]; how: string[] };
  /** `measures`: the concrete measures named (encryption, TLS...); `breachNotification`: promises to tell users of a breach. */
  security: Finding<SecurityVerdict> & { measures: string[]; breachNotification: boolean };
  changes: Finding<ChangesVerdict>;
  /** `signals`: which browser signals the policy speaks about (Do Not Track, Global Privacy Control). */
  dnt: Finding<DntVerdict> & { signals: string[] };
  /** `countries`: places data goes to, where named; `safeguards`: the legal mechanisms named. */
  transfers: Finding<TransfersVerdict> & { countries: string[]; safeguards: string[] };
  /** `categories`: the sensitive kinds of data collected (or, for `not-collected`, denied). */
  sensitive: Finding<SensitiveVerdict> & { categories: string[] };
  /** `contacts`: e-mail addresses and other channels for privacy questions. */
  contact: Finding<ContactVerdict> & { contacts: string[] };
};

export type Report = {
  source: string;
  title: string | null;
  url: string | null;
  isPolicy: boolean;
  policyScore: number;
  wordCount: number;
  analyzedAt: string;
  /** (added field) The text's language, e.g. "en", "de"; "und" when unknown. Only English is analyzed. */
  language: string;
  practices: Practices;
};

/** `declaredLanguage`: what the page says it is in (`<html lang>`), used only when the text is too short to tell. */
export type AnalyzeMeta = { url?: string | null; title?: string | null; source?: string; declaredLanguage?: string | null };

/** One sentence of the analyzed text; start/end index the analyzed text exactly. */
export type Sentence = {
  text: string;
  start: number;
  end: number;
  /** The nearest heading above the sentence (lower-cased), which often carries the subject. */
  heading: string;
  /** A short line without a full stop: a title, not a statement. */
  isHeading: boolean;
  /**
   * For an item of a list, the clause ending in a colon that introduces it ("We may disclose your data to:" above
   * "- advertising partners"): the item is read through it. Absent for other sentences and under a title ("Recipients:").
   */
  lead?: Sentence;
};

export type Tone = 'good' | 'caution' | 'bad' | 'neutral';

/** A practice's key in `Report.practices`. */
export type PracticeId = keyof Practices;
