import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { checkAnalyzer, checkExtraction, checkPageExtraction } from '../testkit/fuzz/properties';
import { REGRESSIONS } from '../testkit/fuzz/regressions';
import { FUZZ_PROPERTIES, SAMPLE_SEED } from '../testkit/fuzz/suite';

// A fixed-seed sample of the full run (`npm run fuzz`, random seeds, 10,000+ cases per property): the same cases
// every time, so `npm test` cannot fail by chance.
describe('fuzz (fixed-seed sample)', () => {
  for (const { id, name, property, sampleRuns } of FUZZ_PROPERTIES) {
    it(`${name} (${id}, seed ${SAMPLE_SEED})`, () => {
      fc.assert(property, { numRuns: sampleRuns, seed: SAMPLE_SEED });
    }, 120_000);
  }
});

describe('fuzz regressions (every input a fuzzer broke the code with)', () => {
  const check = { analyzer: checkAnalyzer, 'cli-html': checkExtraction, 'page-html': checkPageExtraction };
  it.each(REGRESSIONS.map((r) => [r.found, r] as const))('%s', (_found, r) => {
    expect(() => check[r.property](r.input)).not.toThrow();
  });

  it('an HTML file whose first tag never closes has no readable text (the CLI says so) rather than throwing', () => {
    expect(() => checkExtraction('<html lang="en><body><p>We sell data.</p></body></html>')).not.toThrow();
  });
});

describe('odd Unicode', () => {
  it('finds verdicts with exact offsets through RTL marks, zero-width and non-breaking spaces, ligatures and emoji', () => {
    const text =
      '\u200f😀 Privacy\u00a0Policy\n\ufeffWe\u00a0do not sell your personal information.\u200b Children under\u00a0thirteen (13) may not use the ﬁle service.';
    const { practices } = analyze(text);
    expect(practices.selling.verdict).toBe('does-not-sell');
    expect(practices.age).toMatchObject({ verdict: 'minimum-age', value: 13 });
    for (const e of [...practices.selling.evidence, ...practices.age.evidence]) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(() => checkAnalyzer(text)).not.toThrow();
  });
});
