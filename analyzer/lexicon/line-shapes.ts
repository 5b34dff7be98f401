import { concept } from './build';

/*
 * The shape of a whole line, not its words: a question or a table-of-contents item states nothing. Several practices
 * ask these before judging; they are defined here once.
 */

/** A line that ends in a question mark: "How do we respond to Do Not Track?", "Will this policy change?". */
export const ENDS_IN_QUESTION = concept('ENDS_IN_QUESTION', String.raw`\?\s*$`, '');

/** A line that opens with "how", as a contents item does: "How we respond to Do Not Track", "1. How we use data". */
export const HOW_LINE = concept('HOW_LINE', String.raw`^\W*how\b`);

/** A numbered or bare contents item on how something is done: "3. How we protect your information", "How to contact us". */
export const HOW_CONTENTS_ITEM = concept('HOW_CONTENTS_ITEM', String.raw`^\W*(?:\d+\W*)?how (?:we|to|you|do|does)\b`);
