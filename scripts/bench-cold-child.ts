/**
 * One fresh process for `npm run bench`: times the first `analyze()` of FILE (import excluded), then the next ones,
 * and prints them as JSON (`--cli`: with the CLI's regexp compilation setting). The floor is one pass of a word regex over the same text, also the first in this process.
 */
import { readFileSync } from 'node:fs';

// `--cli`: as the CLI runs the analyzer (patterns compiled straight to machine code, cli/regexp-compile.ts).
if (process.argv.includes('--cli')) await import('../cli/regexp-compile');

const text = readFileSync(process.argv[2]!, 'utf8');
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

let t = performance.now();
const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const floorMs = performance.now() - t;

t = performance.now();
const { analyze } = await import('../analyzer/index');
const importMs = performance.now() - t;

const c = process.cpuUsage();
t = performance.now();
analyze(text);
const firstMs = performance.now() - t;
const firstCpuMs = cpuMs(process.cpuUsage(c));

const later: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  analyze(text);
  later.push(performance.now() - t);
}
later.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ words, floorMs, importMs, firstMs, firstCpuMs, secondMs: later[0], warmMs: later[2] }) + '\n');
