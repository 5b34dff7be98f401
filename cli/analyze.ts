import { analyze, toMarkdown, type Report } from '../analyzer/index';
import { errorToMarkdown } from '../analyzer/markdown';
import { loadInput } from './load-input';
import { exitWhenDrained } from './output';

const USAGE = `Usage: npm run --silent analyze -- [--format json|markdown] INPUT...
  INPUT: a .txt file, an .html/.htm file, or an http(s):// URL.
  --format json (default) prints one JSON array, one report per input, in input order.`;

type Failure = { source: string; error: string };

async function main(argv: string[]): Promise<number> {
  let format = 'json';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '-f') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice(9);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else inputs.push(arg);
  }
  if (format !== 'json' && format !== 'markdown') {
    process.stderr.write(`Unknown format "${format}": use json or markdown.\n${USAGE}\n`);
    return 2;
  }
  if (!inputs.length) {
    process.stderr.write(`No input given.\n${USAGE}\n`);
    return 2;
  }
  const results: (Report | Failure)[] = [];
  for (const input of inputs) {
    try {
      const loaded = await loadInput(input);
      if (!loaded.text.trim()) throw new Error(`${input} has no readable text`);
      results.push(analyze(loaded.text, { source: input, url: loaded.url, title: loaded.title }));
    } catch (err) {
      results.push({ source: input, error: (err as Error).message });
    }
  }
  if (format === 'json') {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    const blocks = results.map((r) => ('error' in r ? errorToMarkdown(r.source, r.error) : toMarkdown(r)));
    process.stdout.write(blocks.join('\n---\n\n'));
  }
  return results.some((r) => 'error' in r) ? 1 : 0;
}

main(process.argv.slice(2)).then(exitWhenDrained, (err) => {
  process.stderr.write(`policylens: ${(err as Error).stack ?? err}\n`);
  return exitWhenDrained(1);
});
