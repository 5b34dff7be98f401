import { CLOSED_ASIDE, EXCEPTION, NEGATOR, NOT_A_DENIAL, SCOPE_BREAK } from './lexicon/negation';

/**
 * Negation's one home. Scope rule: a negator denies what follows it in the same clause, looking back at most `window`
 * characters and never across a SCOPE_BREAK (a contrast, an exception, a new subject): "we do not sell, rent or trade"
 * negates "trade"; "we do not share it, but we sell it" does not negate "sell". A negator inside a closed aside in
 * brackets stays in it: "Coded data (without your name) will be shared" shares.
 */
export function isNegated(sentence: string, cueIndex: number, window = 80): boolean {
  const from = Math.max(0, cueIndex - window);
  let clause = sentence.slice(from, cueIndex);
  let lastBreak = -1;
  for (const m of clause.matchAll(SCOPE_BREAK.all)) lastBreak = m.index! + m[0].length;
  if (lastBreak >= 0) clause = clause.slice(lastBreak);
  // "not only X but also Y" affirms both; "no longer than" and "no later than" limit, they do not deny.
  clause = clause.replace(NOT_A_DENIAL.all, ' ').replace(CLOSED_ASIDE.all, ' ');
  return NEGATOR.re.test(clause);
}

/** The text after the cue that says the denial has exceptions ("except as described below"). */
export function hasException(sentence: string, cueIndex: number): boolean {
  return EXCEPTION.re.test(sentence.slice(cueIndex));
}
