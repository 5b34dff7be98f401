import { anyOf, concept, words } from './build';
import { tight } from './strict';

/**
 * A sentence about age or childhood, where a number may be an age: "children", "minors", "years old", "parents",
 * "COPPA", "old enough", "users must be", "18 or older", "if you are under", "intended for adults".
 */
export const CHILD_CONTEXT = concept(
  'CHILD_CONTEXT',
  anyOf(
    words('child', 'children', 'kid', 'kids', 'minor', 'minors', 'teen', 'teens', 'teenager', 'teenagers', 'age', 'aged'),
    // Spaced only, as before: "a 15-year-old" is read by the age patterns, not as a context.
    tight(words('year', 'years'), words('old')),
    words(
      'parent',
      'parents',
      'guardian',
      'guardians',
      'coppa',
      'young people',
      'juvenile',
      'juveniles',
      'eligible',
      'old enough',
      'adult',
      'adults',
    ),
    tight(
      words('you', 'user', 'users', 'visitor', 'visitors', 'player', 'players', 'customer', 'customers', 'member', 'members'),
      words('must', 'should', 'need to', 'have to'),
      words('be'),
    ),
    tight(
      words('individual', 'individuals', 'person', 'persons', 'anyone', 'people', 'subscriber', 'subscribers'),
      words('must', 'should', 'need to', 'have to'),
      words('be'),
    ),
    tight(words('or', 'and'), words('older', 'over', 'above', 'up')),
    tight(words('if you are'), words('under', 'over', 'younger', 'older')),
    tight(words('intended for'), words('users', 'people', 'persons', 'individuals', 'players', 'anyone')),
  ),
);
