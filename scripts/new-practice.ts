/**
 * `npm run new-practice -- NAME [--root DIR]`: scaffolds a practice in the current structure, like refined-github's
 * build/new-feature.sh. It writes analyzer/practices/NAME.ts and NAME.cases.ts and adds NAME to the contract
 * (analyzer/types.ts), the metadata (analyzer/practice-meta.ts), the registry, the README's verdict table and every
 * locale; then tests/practice-registry.test.ts and the case tables hold it to that shape. `--root`: another copy.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand } from '../cli/output';

const USAGE = 'Usage: npm run new-practice -- NAME [--root DIR]   (NAME: lower-case letters, e.g. profiling)';

/** One edit of an existing file: put `text` right before the first match of `before` after `after`. */
function insertBefore(file: string, after: RegExp, before: string, text: string): void {
  const source = readFileSync(file, 'utf8');
  const start = source.search(after);
  const at = start < 0 ? -1 : source.indexOf(before, start);
  if (at < 0) throw new Error(`${file}: cannot find where to add the practice (${after} … ${JSON.stringify(before)})`);
  writeFileSync(file, source.slice(0, at) + text + source.slice(at));
}

/** After the last line matching `line`. */
function insertAfterLast(file: string, line: RegExp, text: string): void {
  const source = readFileSync(file, 'utf8');
  const matches = [...source.matchAll(new RegExp(line.source, 'gm'))];
  const last = matches.at(-1);
  if (!last) throw new Error(`${file}: no line matching ${line}`);
  const end = source.indexOf('\n', last.index!) + 1;
  writeFileSync(file, source.slice(0, end) + text + source.slice(end));
}

export function scaffoldPractice(root: string, name: string): string[] {
  if (!/^[a-z]{2,30}$/.test(name)) throw new Error(USAGE);
  const title = name[0]!.toUpperCase() + name.slice(1);
  const verdictType = `${title}Verdict`;
  const practiceFile = join(root, 'analyzer/practices', `${name}.ts`);
  if (existsSync(practiceFile)) throw new Error(`${practiceFile} already exists`);

  writeFileSync(
    practiceFile,
    `import { PRACTICE_META } from '../practice-meta';
import { concept, has, words } from '../lexicon/index';
import { confidenceOf, strongest, toEvidence, type Practice } from '../practice';

/** TODO: the sentences that say it: move to analyzer/lexicon/ with a case table (phrases it must and must not match). */
const SAYS_IT = concept('SAYS_IT', words('${name}'));

export const ${name}: Practice<'${name}'> = {
  ...PRACTICE_META.${name},
  candidate: SAYS_IT.re,
  triggers: [SAYS_IT],
  judge(sentence) {
    if (!has(SAYS_IT, sentence.text)) return [];
    return [{ verdict: 'mentioned', sentence, strength: 0.8, reason: 'TODO: why this sentence counts, in words.' }];
  },
  combine(hits) {
    const found = strongest(hits, 'mentioned');
    if (!found.length) return { verdict: 'not-mentioned', confidence: 0.5, summary: 'The policy does not say.', evidence: [] };
    return { verdict: 'mentioned', confidence: confidenceOf(found), summary: 'TODO: the finding in one sentence.', evidence: toEvidence(found) };
  },
};
`,
  );
  writeFileSync(
    join(root, 'analyzer/practices', `${name}.cases.ts`),
    `import { defineCases } from '../practice';
import type { ${verdictType} } from '../types';

/** TODO: sentences it must flag, and near misses it must not. */
export default defineCases<${verdictType}>([
  { text: 'This policy explains our ${name} practices.', verdict: 'mentioned' },
  { text: 'We use cookies to remember your preferences.', verdict: 'not-mentioned' },
]);
`,
  );

  insertAfterLast(
    join(root, 'analyzer/types.ts'),
    /^export type \w+Verdict = .*;$/,
    `export type ${verdictType} = 'mentioned' | 'not-mentioned';\n`,
  );
  insertBefore(join(root, 'analyzer/types.ts'), /^export type Practices = \{$/m, '\n};', `\n  ${name}: Finding<${verdictType}>;`);
  insertBefore(
    join(root, 'analyzer/practice-meta.ts'),
    /^export const PRACTICE_META\b/m,
    '\n};\n',
    `
  ${name}: {
    id: '${name}',
    group: 'more',
    title: '${title}',
    question: 'TODO: the question its badge answers?',
    verdicts: {
      mentioned: { label: 'TODO: mentioned', tone: 'neutral' },
      'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
    },
  },`,
  );
  insertAfterLast(
    join(root, 'analyzer/registry.ts'),
    /^import \{ \w+ \} from '\.\/practices\/\w+';$/,
    `import { ${name} } from './practices/${name}';\n`,
  );
  insertBefore(join(root, 'analyzer/registry.ts'), /^export const PRACTICES\b/m, '\n};', `\n  ${name},`);
  insertBefore(
    join(root, 'README.md'),
    /^\| practice \| verdicts \|$/m,
    '\n\n',
    `\n| ${name} | \`mentioned\` (TODO: what counts) · \`not-mentioned\` |`,
  );

  // Every locale gets the keys (English until translated): the popup and the tests expect each key in each locale.
  const locales = join(root, 'locales');
  for (const file of readdirSync(locales).filter((f) => f.endsWith('.json'))) {
    const table = JSON.parse(readFileSync(join(locales, file), 'utf8')) as Record<string, string>;
    Object.assign(table, {
      [`practice_${name}_title`]: title,
      [`practice_${name}_question`]: 'TODO: the question its badge answers?',
      [`verdict_${name}_mentioned`]: 'TODO: mentioned',
      [`verdict_${name}_not_mentioned`]: 'Not mentioned',
    });
    writeFileSync(join(locales, file), JSON.stringify(table, null, 2) + '\n');
  }
  return [
    `analyzer/practices/${name}.ts`,
    `analyzer/practices/${name}.cases.ts`,
    'analyzer/types.ts',
    'analyzer/practice-meta.ts',
    'analyzer/registry.ts',
    'README.md',
    'locales/*.json',
  ];
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const rootAt = args.indexOf('--root');
  const root = resolve(rootAt >= 0 ? (args.splice(rootAt, 2)[1] ?? '.') : '.');
  const name = args[0];
  if (!name) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const changed = scaffoldPractice(root, name);
  process.stdout.write(
    `Scaffolded practice "${name}":\n${changed.map((f) => `  ${f}`).join('\n')}\nNext: its rules and cases (TODOs), its README row, then translate its locale keys.\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(() => main(process.argv.slice(2)));
