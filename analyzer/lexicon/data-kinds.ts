import { anyOf, concept, gap, opt, seq, words } from './build';

/**
 * Data that identifies no one: "aggregated data", "de-identified information", "unidentifiable user-level
 * information". Keeping it, for any time, says nothing about how long *your* data is kept.
 */
export const ANONYMOUS_DATA = concept(
  'ANONYMOUS_DATA',
  anyOf(
    seq(
      // "a fully de-identified dataset".
      opt(words('fully', 'completely', 'irreversibly', 'properly')),
      anyOf(
        words(
          'aggregate',
          'aggregated',
          'anonymized',
          'anonymised',
          'anonymous',
          'pseudonymized',
          'pseudonymised',
          'de-identified',
          'deidentified',
          'unidentifiable',
          'non-identifiable',
          'non-identifying',
          'non-personal',
          'non-personally identifiable',
        ),
      ),
      opt(words('and', 'or')),
      opt(words('aggregate', 'aggregated', 'anonymized', 'anonymised', 'de-identified', 'deidentified')),
      opt(anyOf('\\w+-[\\w-]+', words('usage', 'user', 'device', 'demographic', 'statistical', 'technical'))),
      words('information', 'data', 'statistics', 'reports', 'figures', 'insights', 'dataset', 'datasets', 'data set', 'data sets'),
    ),
    // "Information that we have aggregated or de-identified": the same said in a relative clause.
    seq(
      words('information', 'data'),
      words('that', 'which'),
      opt(words('we', 'has', 'have', 'is', 'are')),
      opt(words('have', 'been', 'has been', 'have been')),
      words('aggregated', 'anonymized', 'anonymised', 'de-identified', 'deidentified', 'pseudonymized', 'pseudonymised'),
    ),
  ),
);

/**
 * A lead-in to the criteria a period is set by: "The criteria used to determine our retention periods include",
 * "we consider the following factors". What the items name decides a period case by case; none is a period itself.
 */
export const CRITERIA_LEAD = concept(
  'CRITERIA_LEAD',
  anyOf(
    seq(
      words('criteria', 'factors', 'considerations'),
      gap(6),
      words('include', 'includes', 'including', 'are', 'such as', 'following', 'determine', 'consider'),
    ),
    seq(words('consider', 'considers', 'use', 'apply', 'weigh'), gap(3), words('criteria', 'factors', 'considerations')),
  ),
);

/** Data sold as a product: "consumer data products we sell", "marketing lists". What is sold is data about people. */
export const DATA_PRODUCT = concept(
  'DATA_PRODUCT',
  seq(words('data', 'information', 'audience', 'marketing', 'mailing'), words('products', 'product', 'lists', 'list', 'files', 'segments')),
);
