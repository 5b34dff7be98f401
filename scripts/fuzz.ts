/**
 * `npm run fuzz [-- RUNS] [--seed N] [--only ID] [--path P]`: the long fuzz run, 10,000 cases per property by default,
 * each property with a fresh random seed (printed, so any run can be replayed exactly). A failure prints its seed,
 * path and counterexample, and the command that replays it; keep the counterexample in testkit/fuzz/regressions.ts.
 */
import fc from 'fast-check';
import { exitWhenDrained } from '../cli/output';
import { FUZZ_PROPERTIES } from '../testkit/fuzz/suite';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const runs = Number(positional[0] ?? 10_000);
const fixedSeed = option('--seed');
const only = option('--only');
const path = option('--path');
if (!Number.isInteger(runs) || runs < 1 || (fixedSeed !== undefined && !Number.isInteger(Number(fixedSeed)))) {
  console.error('Usage: npm run fuzz -- [RUNS] [--seed N] [--only ID] [--path P]');
  await exitWhenDrained(2);
}
const chosen = FUZZ_PROPERTIES.filter((p) => !only || p.id === only);
if (!chosen.length) {
  console.error(`No property "${only}". Properties: ${FUZZ_PROPERTIES.map((p) => p.id).join(', ')}`);
  await exitWhenDrained(2);
}

let failed = 0;
let total = 0;
for (const { id, name, property } of chosen) {
  const seed = fixedSeed !== undefined ? Number(fixedSeed) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const t = performance.now();
  const result = fc.check(property, { numRuns: runs, seed, ...(path ? { path } : {}) });
  total += result.numRuns;
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(
      `FAIL ${name} after ${result.numRuns} cases (seed ${result.seed}, path ${result.counterexamplePath}): ${result.errorInstance}`,
    );
    console.log(`  counterexample: ${JSON.stringify(result.counterexample).slice(0, 2000)}`);
    console.log(`  replay: npm run fuzz -- ${runs} --only ${id} --seed ${result.seed} --path ${result.counterexamplePath}`);
    console.log('  then keep the counterexample as a row of testkit/fuzz/regressions.ts');
  } else console.log(`ok   ${name}: ${result.numRuns} cases in ${secs} s (seed ${seed})`);
}
console.log(`${total} cases, ${failed} failing properties`);
await exitWhenDrained(failed ? 1 : 0);
