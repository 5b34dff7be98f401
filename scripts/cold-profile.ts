/**
 * `npx tsx scripts/cold-profile.ts [--stages] [FILE]`: where the first `analyze()` in a fresh process spends its time,
 * per regular expression (or, with `--stages`, per step of `analyze()`; FILE defaults to the median corpus policy). V8 compiles a pattern on its first execution, and that compile is what a cold service worker pays on the
 * first click (a CPU profile shows it as self time of the calling judge). Every RegExp path (`test`, `match`,
 * `replace`, `split`...) goes through `RegExp.prototype.exec`, so timing each pattern's first `exec` attributes the cost.
 * Not a test: it prints figures. Run it on a quiet machine, or read the CPU-time column.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

type Entry = {
  source: string;
  flags: string;
  site: string;
  subject: number;
  firstMs: number;
  firstCpuMs: number;
  calls: number;
  laterMs: number;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = new Map<string, Entry>();
const originalExec = RegExp.prototype.exec;
const byStage = process.argv.includes('--stages');
const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
let depth = 0;

function callSite(): string {
  const stack = new Error().stack?.split('\n') ?? [];
  const frame = stack.find((l) => l.includes('/analyzer/') && !l.includes('cold-profile')) ?? stack[3] ?? '';
  const m = /\(?((?:file:\/\/)?\/[^)]+):(\d+):\d+\)?$/.exec(frame);
  return m ? `${relative(root, m[1]!.replace('file://', ''))}:${m[2]}` : '?';
}

const timedExec = function (this: RegExp, s: string) {
  if (depth > 0) return originalExec.call(this, s);
  depth++;
  try {
    // V8 caches a compiled pattern by source and flags, so a second instance of the same pattern costs no compile.
    const key = `${this.flags}/${this.source}`;
    const e = entries.get(key);
    if (!e) {
      const site = callSite();
      const c = process.cpuUsage();
      const t = performance.now();
      const r = originalExec.call(this, s);
      const firstMs = performance.now() - t;
      const cpu = process.cpuUsage(c);
      entries.set(key, {
        source: this.source,
        flags: this.flags,
        site,
        subject: String(s).length,
        firstMs,
        firstCpuMs: (cpu.user + cpu.system) / 1000,
        calls: 1,
        laterMs: 0,
      });
      return r;
    }
    const t = performance.now();
    const r = originalExec.call(this, s);
    e.laterMs += performance.now() - t;
    e.calls++;
    return r;
  } finally {
    depth--;
  }
} as typeof RegExp.prototype.exec;
// Timing every exec would inflate the per-stage figures, so the wrapper goes in only for the per-pattern report.
if (!byStage) RegExp.prototype.exec = timedExec;

function medianPolicy(): { name: string; text: string } {
  if (fileArg) return { name: fileArg, text: readFileSync(fileArg, 'utf8') };
  const corpus = join(root, '../shared/corpus');
  const dir = existsSync(corpus) ? corpus : join(root, 'tests/fixtures/policies');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  return files.sort((a, b) => a.text.length - b.text.length)[Math.floor(files.length / 2)]!;
}

// `| head` closing the pipe early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

const { name, text } = medianPolicy();
const { analyze } = await import('../analyzer/index');
const { analyzeStages, stageLine } = await import('./analyze-stages');
if (byStage) {
  const ms = analyzeStages(text);
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  console.log(
    `First analyze() of ${relative(root, name)} (${text.length} chars) by stage, ${total.toFixed(1)} ms in all: ${stageLine(ms, 0.5)}`,
  );
} else report();

function report() {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  analyze(text);
  const total = performance.now() - t0;
  const cpu0 = process.cpuUsage(c0);
  const t1 = performance.now();
  analyze(text);
  const second = performance.now() - t1;

  const list = [...entries.values()].sort((a, b) => b.firstCpuMs - a.firstCpuMs);
  const sum = (f: (e: Entry) => number) => list.reduce((a, e) => a + f(e), 0);
  const bySite = new Map<string, number>();
  for (const e of list) {
    const file = e.site.replace(/:\d+$/, '');
    bySite.set(file, (bySite.get(file) ?? 0) + e.firstCpuMs);
  }
  console.log(
    `First analyze() of ${relative(root, name)} (${text.length} chars) in a fresh process: ${total.toFixed(1)} ms wall, ${((cpu0.user + cpu0.system) / 1000).toFixed(1)} ms CPU; the next one: ${second.toFixed(1)} ms (timing wrapper included).`,
  );
  console.log(
    `${list.length} patterns ran; their first executions took ${sum((e) => e.firstCpuMs).toFixed(1)} ms CPU, every later execution together ${sum((e) => e.laterMs).toFixed(1)} ms.\n`,
  );
  console.log('First-execution CPU ms by file of the calling code:');
  for (const [file, ms] of [...bySite].sort((a, b) => b[1] - a[1])) console.log(`  ${ms.toFixed(1).padStart(7)}  ${file}`);
  const top = Number(process.env.TOP ?? 25);
  const short = list.filter((e) => e.subject < 1000);
  console.log(
    `\n${short.length} patterns first ran on a subject under 1,000 characters (bytecode first, machine code at the next run): ${short.reduce((a, e) => a + e.firstCpuMs, 0).toFixed(1)} ms CPU.`,
  );
  console.log(
    `\nThe ${top} costliest patterns (first exec CPU ms, wall ms, calls, pattern length, flags, subject length, where first run, start of the source):`,
  );
  for (const e of list.slice(0, top)) {
    console.log(
      `  ${e.firstCpuMs.toFixed(2).padStart(6)}  ${e.firstMs.toFixed(2).padStart(6)}  ${String(e.calls).padStart(5)}  ${String(e.source.length).padStart(5)}  ${e.flags.padEnd(3)}  ${String(e.subject).padStart(6)}  ${e.site.padEnd(34)}  ${e.source.slice(0, 70)}`,
    );
  }
}
