/** Words that deny the verb they govern. */
const NEGATOR = /\b(?:not|never|no|neither|nor|cannot|without)\b|\b(?:dont|doesnt|wont|didnt|isnt|arent|cant)\b|n't\b|n’t\b/gi;
/** Boundaries that end a negation's scope: a contrast or an exception starts a new claim. */
const SCOPE_BREAK = /[;:]|\b(?:but|except|unless|however|although|though|other than|apart from|besides|only if|provided that)\b|,\s*(?:and|or)?\s*(?:we|they|it|you)\b/gi;

/**
 * Is the word at `cueIndex` inside a negation's scope? Looks back over the same clause:
 * "we do not sell, rent or trade" negates "trade"; "we do not share it, but we sell it" does not negate "sell".
 */
export function isNegated(sentence: string, cueIndex: number, window = 80): boolean {
  const from = Math.max(0, cueIndex - window);
  let clause = sentence.slice(from, cueIndex);
  let lastBreak = -1;
  for (const m of clause.matchAll(SCOPE_BREAK)) lastBreak = m.index! + m[0].length;
  if (lastBreak >= 0) clause = clause.slice(lastBreak);
  // "not only X but also Y" affirms both; "no longer than" and "no later than" limit, they do not deny.
  clause = clause.replace(/\bnot (?:only|just|merely)\b|\bno (?:longer|later|more|less) than\b/gi, ' ');
  NEGATOR.lastIndex = 0;
  return NEGATOR.test(clause);
}

/** The text after the cue that says the denial has exceptions ("except as described below"). */
export function hasException(sentence: string, cueIndex: number): boolean {
  return /\b(?:except|unless|other than|without your (?:consent|permission)|but may)\b/i.test(sentence.slice(cueIndex));
}
