/**
 * Every input a fuzzer ever broke the code with, kept as a fixed case (`tests/fuzz.test.ts` runs them all).
 * Add a row whenever `npm run fuzz` prints a failure: the counterexample, which property it broke, and what broke.
 */
export type Regression = { property: 'analyzer' | 'cli-html' | 'page-html'; found: string; input: string };

export const REGRESSIONS: Regression[] = [
  {
    property: 'cli-html',
    found: 'mutated page: an unclosed <html lang="… swallows the document; linkedom has no documentElement and the extractor threw',
    input:
      '<!doctype html><html lang="en><head><title>Privacy Policy</title></head><body><p>We sell your personal information.</p></body></html>',
  },
  {
    property: 'cli-html',
    found: 'the same with nothing after the open quote',
    input: '<html lang="',
  },
  {
    property: 'page-html',
    found: 'the same input through the page path (a browser parse keeps <html> and <body>)',
    input:
      '<!doctype html><html lang="en><head><title>Privacy Policy</title></head><body><p>We sell your personal information.</p></body></html>',
  },
];
