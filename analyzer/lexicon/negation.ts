import { anyOf, concept, seq, words } from './build';

/** A word that denies the verb it governs: "not", "never", "no", "without", contractions ("don't", "dont"). */
export const NEGATOR = concept(
  'NEGATOR',
  anyOf(
    // "None of our processors transfers data abroad": a subject that is no one denies the verb too.
    words('not', 'never', 'no', 'neither', 'nor', 'cannot', 'without', 'none', 'nobody'),
    words('dont', 'doesnt', 'wont', 'didnt', 'isnt', 'arent', 'cant', 'hasnt', 'havent'),
    "n[’']t\\b",
  ),
);

/** Where a negation's scope ends: a contrast, an exception, a new clause with its own subject. */
export const SCOPE_BREAK = concept(
  'SCOPE_BREAK',
  anyOf(
    '[;:]',
    words(
      'but',
      'except',
      'unless',
      'however',
      'although',
      'though',
      'other than',
      'apart from',
      'besides',
      'only if',
      'provided that',
      'whereas',
      'while',
    ),
    `,\\s*(?:and\\s+|or\\s+)?${words('we', 'they', 'it', 'you')}`,
  ),
);

/**
 * A closed aside in brackets: "Coded data (without your name or address) will be shared": a negator inside it denies
 * only what is inside, never the verb after it.
 */
export const CLOSED_ASIDE = concept('CLOSED_ASIDE', String.raw`\([^()]{0,200}\)`);

/** Negative words that do not deny: "not only ... but also", "no later than", "no longer than", "not less than 30 days". */
export const NOT_A_DENIAL = concept(
  'NOT_A_DENIAL',
  anyOf(
    seq(words('not'), words('only', 'just', 'merely')),
    seq(words('no', 'not'), words('longer', 'later', 'more', 'less', 'fewer'), words('than')),
  ),
);

/**
 * Words after a denial that admit exceptions: "except as described below", "without your consent". Its twin
 * TRANSFER_EXCEPTION differs: "save for" and "apart from" too, no "but may" and no "without your consent".
 */
export const EXCEPTION = concept(
  'EXCEPTION',
  anyOf(
    words('except', 'unless', 'other than', 'but may'),
    seq(words('without'), words('your', 'their'), words('consent', 'permission', 'authorization')),
  ),
);
