/**
 * Which elements start a block of text and which hold no readable text, shared by the extractor
 * (extract-policy-text.ts) and the page's text index (text-index.ts), so a sentence read by one is found by the other.
 */

/** Elements that begin a new block: the words on either side of them never run together. */
export const BLOCK_TAGS: readonly string[] = [
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
];

/** Elements whose text is never policy text: code, styles, controls, embedded documents, our own tooltip. */
export const NO_TEXT_TAGS: readonly string[] = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'POLICYLENS-TOOLTIP',
];
