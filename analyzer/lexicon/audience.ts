import { anyOf, concept, opt, seq, words } from './build';

/**
 * People named by an age limit, no child word needed: "individuals under 18", "anyone younger than 16", "people over
 * 13". The limit
 * of a minimum age when the verb limits use or collection ("we do not knowingly collect ... from individuals under 18").
 */
export const PEOPLE_UNDER_AGE = concept(
  'PEOPLE_UNDER_AGE',
  seq(
    words(
      'individuals',
      'person',
      'persons',
      'people',
      'anyone',
      'anybody',
      // "Nobody under sixteen is allowed to create a profile".
      'nobody',
      'no one',
      'users',
      'visitors',
      'consumers',
      'customers',
      'someone',
      'those',
      'students',
      'pupils',
      'learners',
      'players',
      'members',
      'applicants',
      'participants',
      'subscribers',
    ),
    opt(words('who are', 'we know to be', 'known to be', 'we know are')),
    words('under', 'below', 'younger than', 'over', 'older than'),
    opt(words('the age of', 'age')),
    anyOf(
      '\\d{1,2}\\b(?![\\s-]*(?:%|percent|months?|days?|weeks?|hours?))',
      // Ages in words: "anyone younger than sixteen".
      words('thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'twenty-one'),
    ),
  ),
);
