/** The fuzz properties, one list for `npm test` (a fixed-seed sample) and `npm run fuzz` (random seeds, 10,000+ cases). */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { htmlPage, mutate, policyText } from './arbitraries';
import { checkAnalyzer, checkExtraction, checkPageExtraction } from './properties';

const sample = readFileSync(new URL('../../samples/sample-policy.html', import.meta.url), 'utf8');

export type FuzzProperty = {
  id: string;
  name: string;
  property: fc.IProperty<[string]>;
  /** Cases in the `npm test` sample; `npm run fuzz` runs its own count for every property. */
  sampleRuns: number;
};

export const FUZZ_PROPERTIES: FuzzProperty[] = [
  { id: 'analyzer', name: 'analyzer on random policy-like text', property: fc.property(policyText, checkAnalyzer), sampleRuns: 300 },
  { id: 'cli-html', name: 'CLI extraction + analyzer on random HTML', property: fc.property(htmlPage, checkExtraction), sampleRuns: 150 },
  {
    id: 'cli-mutated',
    name: 'CLI extraction + analyzer on mutated policy page',
    property: fc.property(mutate(sample), checkExtraction),
    sampleRuns: 100,
  },
  {
    id: 'page-html',
    name: 'page extraction + analyzer on random HTML',
    property: fc.property(htmlPage, checkPageExtraction),
    sampleRuns: 60,
  },
  {
    id: 'page-mutated',
    name: 'page extraction + analyzer on mutated policy page',
    property: fc.property(mutate(sample), checkPageExtraction),
    sampleRuns: 40,
  },
];

/** The seed of the `npm test` sample. Fixed, so a test run fails only when the code changed; new seeds are the
 * long run's job, and what it finds is kept in `regressions.ts`. */
export const SAMPLE_SEED = 20261201;
