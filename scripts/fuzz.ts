/** `npm run fuzz [-- N]`: the full fuzz run (default 10,000 cases per property), with the seed to replay failures. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { htmlPage, mutate, policyText } from '../tests/fuzz/arbitraries';
import { checkAnalyzer, checkExtraction } from '../tests/fuzz/properties';
import { exitWhenDrained } from '../cli/output';

const runs = Number(process.argv[2] ?? 10_000);
const sample = readFileSync(new URL('../samples/sample-policy.html', import.meta.url), 'utf8');
const properties: [string, fc.IProperty<[string]>][] = [
  ['analyzer on random policy-like text', fc.property(policyText, checkAnalyzer)],
  ['extraction + analyzer on random HTML', fc.property(htmlPage, checkExtraction)],
  ['extraction + analyzer on mutated policy page', fc.property(mutate(sample), checkExtraction)],
];
let failed = 0;
let total = 0;
for (const [name, prop] of properties) {
  const t = performance.now();
  const result = fc.check(prop, { numRuns: runs });
  total += result.numRuns;
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(`FAIL ${name} after ${result.numRuns} cases (seed ${result.seed}, path ${result.counterexamplePath}): ${result.errorInstance}\n  counterexample: ${JSON.stringify(result.counterexample).slice(0, 500)}`);
  } else console.log(`ok   ${name}: ${result.numRuns} cases in ${secs} s`);
}
console.log(`${total} cases, ${failed} failing properties`);
await exitWhenDrained(failed ? 1 : 0);
