/**
 * A user-origin stylesheet for the highlights (`scripting.insertCSS` with origin USER): user `!important`
 * rules beat every rule of the page, `!important` or not, so page CSS cannot add text to a highlight
 * (`::before`/`::after`), hide it behind an image, filter or blend it, or hide the tooltip's host.
 */
import { TOOLTIP_TAG } from '../evidence-tooltip';
import { PRACTICE_ATTR } from '../highlight-dom';

const MARK = `mark[${PRACTICE_ATTR}]`;

export const PINNED_CSS = `
${MARK}::before, ${MARK}::after { content: none !important; display: none !important; }
${MARK} { background-image: none !important; filter: none !important; backdrop-filter: none !important; mix-blend-mode: normal !important;
  text-shadow: none !important; transform: none !important; clip-path: none !important; mask: none !important; zoom: 1 !important;
  font-size: inherit !important; letter-spacing: inherit !important; -webkit-text-fill-color: currentcolor !important; opacity: 1 !important; }
${TOOLTIP_TAG} { display: block !important; opacity: 1 !important; visibility: visible !important; filter: none !important; transform: none !important; }
${TOOLTIP_TAG}::before, ${TOOLTIP_TAG}::after { content: none !important; display: none !important; }
`;
