/**
 * What one evidence sentence says, in the UI's language, for its tooltip: "Says it does not sell personal
 * information", "Keeps data for 5 years", "Names Google Analytics as a tracker", "Sets 13 as the minimum age".
 * Built from the analyzer's `Evidence.says` (the judge's result for that sentence); the words live in
 * `locales/*.json` as `reason_<practice>_<claim or verdict>`, with `_one` / `_names` variants when the sentence
 * names something (trackers, signals, measures…).
 */
import type { Evidence, EvidenceSays } from '../analyzer/types';
import { durationWords } from './duration-words';
import { t } from './i18n';
import { keyPart, listWords } from './verdict-answers';

/** The message keys to try for this sentence, most specific first. */
export function reasonKeys(practice: string, says: EvidenceSays): string[] {
  const base = `reason_${keyPart(practice)}_${keyPart(says.claim ?? says.verdict)}`;
  const names = says.names?.length ?? 0;
  const named = names === 1 ? [`${base}_one`, `${base}_names`] : names > 1 ? [`${base}_names`] : [];
  return [...named, base];
}

/** What fills `$1`: the sentence's duration, age or names. */
function valueOf(says: EvidenceSays, text: string): string {
  if (says.days !== undefined) return durationWords(says.days, [text]);
  if (says.age !== undefined) return String(says.age);
  return listWords(says.names ?? []);
}

/** The tooltip's reason for one sentence; `otherwise` (the analyzer's English) when it carries no `says` or no message matches. */
export function evidenceReason(practice: string, evidence: Evidence, otherwise: string): string {
  const says = evidence.says;
  if (!says) return evidence.reason ?? otherwise;
  const value = valueOf(says, evidence.text);
  for (const key of reasonKeys(practice, says)) {
    const message = t(key, value);
    if (message) return message;
  }
  return evidence.reason ?? otherwise;
}
