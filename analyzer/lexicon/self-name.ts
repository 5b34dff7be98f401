import { caseSensitive } from './strict';

/**
 * The site defining the short name it calls itself, next to "we": `Owlbook Learning, Inc. ("Owlbook," "we," "us")`,
 * `(collectively, "Meridian," the "Company," "we," ...)`, `When this notice says "Stridewise", "we" or "our"`. The first
 * group is the name, which the policy then uses as a subject ("Meridian will process that signal", "Acme uses cookies").
 * Case-sensitive: the name starts with a capital and the pronoun that follows is "we".
 */
export const SELF_NAME = caseSensitive(
  'SELF_NAME',
  // name in quotes, an optional "the Company"-like quoted alias between, then the quoted "we".
  `["“]([A-Z][\\w&.'’-]*(?: [\\w&.'’-]+){0,3}?),?["”],?\\s+(?:(?:the|or|and)\\s+)?(?:["“][A-Z][\\w]*(?: [\\w]+){0,2},?["”],?\\s+)?(?:or\\s+)?["“][Ww]e,?["”]`,
);
