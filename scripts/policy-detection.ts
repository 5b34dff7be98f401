import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analyzer/index';
import { loadInput } from '../cli/load-input';
import { runCommand } from '../cli/output';

/** How well `isPolicy` separates privacy policies from other pages. */
export type DetectionResult = {
  policies: number;
  nonPolicies: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  errors: { file: string; expected: 'policy' | 'non-policy'; score: number }[];
  skipped: string[];
};

const PAGE = /\.(?:txt|html?)$/i;

function pagesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => PAGE.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs the analyzer over every page of the folders; folders that do not exist are listed in `skipped`. */
export async function measureDetection(policyDirs: string[], nonPolicyDirs: string[]): Promise<DetectionResult> {
  const result: DetectionResult = {
    policies: 0,
    nonPolicies: 0,
    truePositives: 0,
    falsePositives: 0,
    precision: 0,
    recall: 0,
    errors: [],
    skipped: [],
  };
  const groups: [string[], 'policy' | 'non-policy'][] = [
    [policyDirs, 'policy'],
    [nonPolicyDirs, 'non-policy'],
  ];
  for (const [dirs, expected] of groups) {
    for (const dir of dirs) {
      if (!existsSync(dir)) {
        result.skipped.push(resolve(dir));
        continue;
      }
      for (const file of pagesIn(dir)) {
        const loaded = await loadInput(file);
        const report = analyze(loaded.text, { source: file, title: loaded.title });
        if (expected === 'policy') {
          result.policies++;
          if (report.isPolicy) result.truePositives++;
        } else {
          result.nonPolicies++;
          if (report.isPolicy) result.falsePositives++;
        }
        if (report.isPolicy !== (expected === 'policy')) result.errors.push({ file, expected, score: report.policyScore });
      }
    }
  }
  const flagged = result.truePositives + result.falsePositives;
  result.precision = flagged ? result.truePositives / flagged : 0;
  result.recall = result.policies ? result.truePositives / result.policies : 0;
  return result;
}

const USAGE =
  'Usage: npm run eval:detect -- [--policies DIR]... [--non-policies DIR]... [--json]\n' +
  'Defaults: policies in tests/fixtures/policies, ../shared/corpus and ../shared/corpus/html; non-policies in tests/fixtures/non-policies.';

function dirsAfter(argv: string[], flag: string): string[] {
  return argv.flatMap((a, i) => (a === flag && argv[i + 1] ? [argv[i + 1]!] : []));
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const root = new URL('..', import.meta.url).pathname;
  const policyDirs = dirsAfter(argv, '--policies');
  const nonPolicyDirs = dirsAfter(argv, '--non-policies');
  const policies = policyDirs.length
    ? policyDirs
    : ['tests/fixtures/policies', '../shared/corpus', '../shared/corpus/html'].map((d) => join(root, d));
  const nonPolicies = nonPolicyDirs.length ? nonPolicyDirs : [join(root, 'tests/fixtures/non-policies')];
  const r = await measureDetection(policies, nonPolicies);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
    return 0;
  }
  for (const s of r.skipped) console.log(`skipped ${s}: folder absent (the shared corpus lives in ../shared/corpus beside the project)`);
  console.log(`isPolicy on ${r.policies} policies and ${r.nonPolicies} other pages`);
  console.log(`precision ${(100 * r.precision).toFixed(1)} %   recall ${(100 * r.recall).toFixed(1)} %`);
  console.log(`false positives ${r.falsePositives}, false negatives ${r.policies - r.truePositives}`);
  for (const e of r.errors) console.log(`  expected ${e.expected.padEnd(10)} score ${e.score.toFixed(2)}  ${e.file}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(() => main(process.argv.slice(2)));
