import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { htmlPage, mutate, policyText } from './fuzz/arbitraries';
import { checkAnalyzer, checkExtraction } from './fuzz/properties';

// A sample of the full run (`npm run fuzz`, 10,000+ cases) so every `npm test` fuzzes a little.
const sample = readFileSync(new URL('../samples/sample-policy.html', import.meta.url), 'utf8');

describe('fuzz (sample)', () => {
  it('analyze never throws and keeps evidence offsets exact on random policy-like text', () => {
    fc.assert(fc.property(policyText, (text) => checkAnalyzer(text)), { numRuns: 300 });
  });
  it('extraction + analysis never throw on random malformed HTML', () => {
    fc.assert(fc.property(htmlPage, (html) => checkExtraction(html)), { numRuns: 150 });
  });
  it('extraction + analysis never throw on mutations of a real policy page', () => {
    fc.assert(fc.property(mutate(sample), (html) => checkExtraction(html)), { numRuns: 100 });
  });
  it('finds verdicts with exact offsets through RTL marks, zero-width and non-breaking spaces, ligatures and emoji', () => {
    const text = '\u200f😀 Privacy\u00a0Policy\n\ufeffWe\u00a0do not sell your personal information.\u200b Children under\u00a0thirteen (13) may not use the ﬁle service.';
    const { practices } = analyze(text);
    expect(practices.selling.verdict).toBe('does-not-sell');
    expect(practices.age).toMatchObject({ verdict: 'minimum-age', value: 13 });
    for (const e of [...practices.selling.evidence, ...practices.age.evidence]) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(() => checkAnalyzer(text)).not.toThrow();
  });
});
