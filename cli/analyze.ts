import './regexp-compile';
import { FORMATS, type Format } from './batch/job';
import { defaultJobs, runBatch } from './batch/run';
import { runCommand } from './output';

const USAGE = `Usage: npm run --silent analyze -- [--format json|jsonl|markdown] [--jobs N] [--quiet] INPUT...
  INPUT: a .txt/.md file, an .html/.htm file, a folder (its .txt, .html, .htm and .md files, recursively),
         an http(s):// URL, or - to read a list of such inputs from stdin, one a line.
  --format json (default) prints one JSON array, one report per input, in input order;
           jsonl prints one report per line as each input finishes (still in input order);
           markdown prints a readable summary per input.
  --jobs N  analyzer threads (default: ${defaultJobs()}, the number of cores).
  --quiet   no progress line and no summary on stderr.
An input that cannot be read gets { "source", "error" } in its place and the exit code is 1.`;

type Parsed = { format: Format; jobs: number; quiet: boolean; inputs: string[] } | { exit: number; message: string };

function parse(argv: string[]): Parsed {
  let format = 'json';
  let jobs = String(defaultJobs());
  let quiet = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    } else if (arg === '--format' || arg === '-f') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice(9);
    else if (arg === '--jobs' || arg === '-j') jobs = argv[++i] ?? '';
    else if (arg.startsWith('--jobs=')) jobs = arg.slice(7);
    else if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--help' || arg === '-h') return { exit: 0, message: USAGE };
    else if (arg.startsWith('-') && arg !== '-') return { exit: 2, message: `Unknown option "${arg}".\n${USAGE}` };
    else inputs.push(arg);
  }
  if (!FORMATS.includes(format as Format))
    return { exit: 2, message: `Unknown format "${format}": use json, jsonl or markdown.\n${USAGE}` };
  const n = Number(jobs);
  if (!/^\d+$/.test(jobs) || n < 1 || n > 256)
    return { exit: 2, message: `--jobs takes a whole number from 1 to 256, not "${jobs}".\n${USAGE}` };
  if (!inputs.length) return { exit: 2, message: `No input given.\n${USAGE}` };
  return { format: format as Format, jobs: n, quiet, inputs };
}

async function main(argv: string[]): Promise<number> {
  const parsed = parse(argv);
  if ('exit' in parsed) {
    (parsed.exit === 0 ? process.stdout : process.stderr).write(parsed.message + '\n');
    return parsed.exit;
  }
  return runBatch(parsed);
}

runCommand(() => main(process.argv.slice(2)));
