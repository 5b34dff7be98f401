/** Phrases typical of privacy policies, with weights; counted once each. */
const SIGNALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bprivacy (?:policy|statement|notice|practices)\b/i, 3],
  [/\bpersonal(?:ly)? (?:identifiable )?(?:information|data)\b/i, 3],
  [/\b(?:we|us) (?:may )?collect\b|\binformation (?:we|that we) collect\b/i, 2],
  [/\bcookies?\b/i, 1],
  [/\bthird[- ]part(?:y|ies)\b/i, 1],
  [/\b(?:opt[- ]out|unsubscribe)\b/i, 1],
  [/\b(?:disclose|share) (?:your|personal|this|such)\b/i, 1.5],
  [/\bip address(?:es)?\b/i, 1],
  [/\b(?:children|coppa)\b/i, 1],
  [/\b(?:retain|retention)\b/i, 1],
  [/\b(?:gdpr|ccpa|data protection|data controller)\b/i, 1],
  [/\b(?:your (?:rights|choices)|access,? (?:correct|update))\b/i, 1],
  [/\bsecurity (?:measures|safeguards)|\bsafeguards?\b/i, 1],
];
/** Terms-of-service pages talk about privacy too; these tilt away from "policy". */
const AGAINST: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bterms (?:of (?:use|service)|and conditions)\b.{0,80}\b(?:agree|accept|bound)/is, 2],
  [/\b(?:governing law|limitation of liability|indemnif\w+|arbitration)\b/i, 1.5],
];

/** 0..1: how much the text reads like a privacy policy. Cheap: a few regex tests over the text. */
export function policyScore(text: string, wordCount: number): number {
  if (wordCount < 40) return 0;
  let score = 0;
  for (const [re, w] of SIGNALS) if (re.test(text)) score += w;
  for (const [re, w] of AGAINST) if (re.test(text)) score -= w;
  const density = Math.min(1, (text.match(/\b(?:personal information|personal data|privacy)\b/gi)?.length ?? 0) / Math.max(3, wordCount / 400));
  const raw = score / 14 + density * 0.3;
  return Math.round(Math.max(0, Math.min(1, raw)) * 100) / 100;
}

export const POLICY_THRESHOLD = 0.5;
