import { analyze, toMarkdown, type Report } from '../../analyzer/index';
import { loadInput } from '../load-input';

export type Format = 'json' | 'jsonl' | 'markdown';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'markdown'];

/** How an input ended, for the summary: analyzed as a policy, analyzed but not a policy, or failed. */
export type Outcome = 'policy' | 'not-policy' | 'failed';

/** One input's entry, already rendered in the output format: workers serialize, so the main thread only writes. */
export type JobResult = { outcome: Outcome; out: string };

type Failure = { source: string; error: string };

/** `JSON.stringify(array, null, 2)` renders each element indented by two spaces; JSON strings hold no raw newline. */
const indentJson = (value: unknown) => '  ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');

export function render(entry: Report | Failure, format: Format): string {
  if (format === 'jsonl') return JSON.stringify(entry) + '\n';
  if (format === 'json') return indentJson(entry);
  return 'error' in entry ? `# ${entry.source}\n\nError: ${entry.error}\n` : toMarkdown(entry);
}

/** Loads and analyzes one input; any failure becomes that input's error entry, never an exception. */
export async function runJob(input: string, format: Format): Promise<JobResult> {
  let entry: Report | Failure;
  try {
    const loaded = await loadInput(input);
    if (!loaded.text.trim()) throw new Error(`${input} has no readable text`);
    entry = analyze(loaded.text, { source: input, url: loaded.url, title: loaded.title });
  } catch (err) {
    entry = { source: input, error: err instanceof Error ? err.message : String(err) };
  }
  const outcome: Outcome = 'error' in entry ? 'failed' : entry.isPolicy ? 'policy' : 'not-policy';
  return { outcome, out: render(entry, format) };
}
