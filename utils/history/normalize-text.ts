/**
 * The text of a policy reduced to what a reader would call its content, so that its hash changes when the
 * wording changes and not when only typography, whitespace, markup, the "last updated" line or the page's
 * table-of-contents chrome does. Pure: runs in the worker, the history page and Node.
 */

/** Typographic variants that say the same thing: curly quotes, dashes, non-breaking and odd spaces, ellipsis. */
const TYPOGRAPHY: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' '],
];
/** Characters that render as nothing: zero-width spaces and joiners, soft hyphens, direction marks, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * A "last updated" line: a short line that starts by dating the policy ("Last updated: May 2, 2026",
 * "Effective January 12, 2026", "Effective date: 2026-04-08", "Date of last revision …") and holds a digit.
 * Sites rewrite it on every republication, even when nothing else changes.
 */
export const LAST_UPDATED_LINE =
  /^(?:this (?:privacy )?(?:policy|notice|statement) (?:was |is )?)?(?:(?:last|date (?:of )?last|most recently) (?:updated|modified|revised|reviewed|changed|revision)|(?:updated|revised|modified)(?: on| as of)?|effective(?: date| as of| from| on)?|version(?: date)?|date of (?:last )?(?:update|revision))\b[^.!?]{0,80}\d/i;
/** Longest line read as a "last updated" line: a longer one is a sentence of the policy. */
const LAST_UPDATED_MAX = 120;

/** Page chrome that is a line on its own: contents lists' titles and in-page navigation. */
export const NAVIGATION_LINE =
  /^(?:table of contents|contents|on this page|in this (?:policy|notice|article)|jump to(?: a)? section|skip to (?:main )?content|back to top|print(?: this page)?|previous versions?|(?:see )?archived versions?)$/i;

/** One line as compared: typography folded, invisible characters gone, whitespace collapsed, lower case. */
export function normalizeLine(line: string): string {
  let out = line.normalize('NFKC').replace(INVISIBLE, '');
  for (const [pattern, replacement] of TYPOGRAPHY) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A line that carries no wording of the policy: empty, punctuation or bullets only, the date line, navigation. */
export function isNoiseLine(normalized: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(normalized)) return true;
  if (normalized.length <= LAST_UPDATED_MAX && LAST_UPDATED_LINE.test(normalized)) return true;
  return NAVIGATION_LINE.test(normalized.replace(/[:.\s]+$/, ''));
}

/**
 * The policy's wording, one space between words: line breaks are layout (a change of markup can split or
 * join lines), so they count as spaces once noise lines are gone.
 */
export function normalizePolicyText(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    const line = normalizeLine(raw);
    if (!isNoiseLine(line)) lines.push(line);
  }
  return lines.join(' ');
}
