import { anyOf, concept, opt, seq, words } from './build';

/**
 * Data that identifies no one: "aggregated data", "de-identified information", "unidentifiable user-level
 * information". Keeping it, for any time, says nothing about how long *your* data is kept.
 */
export const ANONYMOUS_DATA = concept('ANONYMOUS_DATA', seq(
  anyOf(words('aggregate', 'aggregated', 'anonymized', 'anonymised', 'anonymous', 'pseudonymized', 'pseudonymised', 'de-identified', 'deidentified', 'unidentifiable', 'non-identifiable', 'non-identifying', 'non-personal', 'non-personally identifiable')),
  opt(words('and', 'or')), opt(words('aggregate', 'aggregated', 'anonymized', 'anonymised', 'de-identified', 'deidentified')),
  opt(anyOf('\\w+-[\\w-]+', words('usage', 'user', 'device', 'demographic', 'statistical', 'technical'))), words('information', 'data', 'statistics'),
));
