import { anyOf, concept, opt, seq, words } from './build';

/**
 * A hedge just before a verb: what the site *may* do, not what it promises ("we may also notify you", "where
 * appropriate, notify you", "in some cases, we may"). Tested on the words that lead up to the verb, so it ends there.
 */
export const HEDGE_BEFORE = concept(
  'HEDGE_BEFORE',
  anyOf(
    seq(
      words('may', 'might', 'could', 'can'),
      opt(words('also', 'additionally', 'sometimes', 'occasionally', 'choose to', 'elect to', 'decide to')),
    ) + '\\W*$',
    words(
      'in some cases',
      'in certain cases',
      'in some instances',
      'in certain circumstances',
      'where appropriate',
      'if appropriate',
      'when appropriate',
      'as appropriate',
      'at our discretion',
      'in our discretion',
      'in our sole discretion',
    ),
  ),
);

/** A notice given by editing the page itself: "we will notify you by updating the 'Last updated' date", "by posting". */
export const NOTICE_BY_POSTING = concept(
  'NOTICE_BY_POSTING',
  seq(words('by', 'through', 'via'), words('posting', 'updating', 'publishing', 'placing', 'revising', 'changing', 'noting')),
);
