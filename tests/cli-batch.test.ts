import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Child processes on a loaded 2-core machine: generous timeouts, no timing assertions.
const SLOW = 300_000;
const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ['cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 64 << 20 });
/** Like `run`, without blocking this process: the test's own HTTP server must answer the CLI's fetch. */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(tsx, ['cli/analyze.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '',
    stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
const lines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { source: string; error?: string; isPolicy?: boolean });
const policies = join(root, 'tests/fixtures/policies');
const nonPolicies = join(root, 'tests/fixtures/non-policies');

describe('analyze CLI in batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-batch-'));
  const folder = join(dir, 'set');
  let server: ReturnType<typeof createServer>;
  let url = '';

  beforeAll(async () => {
    // A folder with a subfolder, a Markdown file, and files a folder walk must skip.
    mkdirSync(join(folder, 'b-sub'), { recursive: true });
    copyFileSync(join(policies, 'tinyforum-2009.txt'), join(folder, 'a.txt'));
    copyFileSync(join(policies, 'craftnook-blog.html'), join(folder, 'b-sub/page.htm'));
    copyFileSync(join(policies, 'pawpals-app.txt'), join(folder, 'c.md'));
    copyFileSync(join(nonPolicies, 'about-us-bakery.txt'), join(folder, 'd.TXT'));
    writeFileSync(join(folder, 'notes.json'), '{"not": "an input"}');
    writeFileSync(join(folder, 'image.png'), 'not an input either');
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const page = readFileSync(join(root, 'samples/sample-policy.html'));
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/privacy`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it(
    '--format jsonl with --jobs 2: one line per input in input order, folders walked, an error entry in the middle, a summary on stderr',
    async () => {
      const missing = join(dir, 'missing.txt');
      const res = await runAsync([
        '--format',
        'jsonl',
        '--jobs',
        '2',
        folder,
        missing,
        join(dir, 'empty.txt'),
        url,
        join(policies, 'brightcart-ccpa.txt'),
      ]);
      expect(res.status).toBe(1);
      const out = lines(res.stdout);
      expect(out.map((r) => r.source)).toEqual([
        join(folder, 'a.txt'),
        join(folder, 'b-sub/page.htm'),
        join(folder, 'c.md'),
        join(folder, 'd.TXT'),
        missing,
        join(dir, 'empty.txt'),
        url,
        join(policies, 'brightcart-ccpa.txt'),
      ]);
      expect(out[4]!.error).toContain('no such file');
      expect(out[5]!.error).toContain('no readable text');
      expect(out.filter((r) => r.error)).toHaveLength(2);
      expect(out[3]!.isPolicy).toBe(false);
      expect(out[6]).toMatchObject({ title: 'Privacy Policy | Lumen Notes', url, practices: { selling: { verdict: 'does-not-sell' } } });
      expect(res.stderr).toMatch(/^policylens: 8 inputs in [\d.]+ s \([\d.]+\/s\): 6 analyzed \(1 not a policy\), 2 failed\n$/);
    },
    SLOW,
  );

  it(
    'reads a list of inputs from stdin with -, keeps its order over two threads, and --quiet silences stderr',
    () => {
      const names = [
        'streamly-cpra.txt',
        'pawpals-app.txt',
        'questforge-games.html',
        'ledgerly-gdpr.txt',
        'greenfield-nonprofit.txt',
        'tinyforum-2009.txt',
      ];
      const list = [...names, ...names.slice().reverse()].map((n) => join(policies, n));
      const res = run(['--format=jsonl', '-j', '2', '--quiet', '-'], `${list.join('\n')}\n\n`);
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      expect(lines(res.stdout).map((r) => r.source)).toEqual(list);
    },
    SLOW,
  );

  it(
    '--jobs 2 prints the same JSON array as --jobs 1, and markdown stays one block per input',
    () => {
      const inputs = [folder, join(policies, 'streamly-cpra.txt')];
      const strip = (s: string) => s.replace(/"analyzedAt": "[^"]+"/g, '');
      const one = run(['-j', '1', '-q', ...inputs]);
      const two = run(['-j', '2', '-q', ...inputs]);
      expect(one.status).toBe(0);
      expect(strip(two.stdout)).toBe(strip(one.stdout));
      expect(JSON.parse(one.stdout)).toHaveLength(5);
      const md = run(['--format', 'markdown', '-j', '2', '-q', ...inputs]).stdout;
      expect(md.split('\n---\n\n')).toHaveLength(5);
    },
    SLOW,
  );

  it(
    'a folder with nothing to read is an error entry, not a crash; usage errors exit 2',
    () => {
      const bare = join(dir, 'bare');
      mkdirSync(bare, { recursive: true });
      writeFileSync(join(bare, 'x.json'), '{}');
      const res = run(['--format', 'jsonl', bare]);
      expect(res.status).toBe(1);
      expect(lines(res.stdout)).toEqual([{ source: bare, error: expect.stringContaining('holds no .txt') }]);
      for (const args of [['--jobs', '0', bare], ['--jobs', 'many', bare], ['--format', 'xml', bare], ['--frobnicate', bare], []]) {
        const bad = run(args);
        expect(bad.status, args.join(' ')).toBe(2);
        expect(bad.stderr).toContain('Usage');
      }
    },
    SLOW,
  );

  it(
    'stops quietly when the reader closes the pipe early (like `| head -n 1`)',
    async () => {
      const list = Array.from({ length: 300 }, (_, i) => join(policies, i % 2 ? 'streamly-cpra.txt' : 'brightcart-ccpa.txt')).join('\n');
      const child = spawn(tsx, ['cli/analyze.ts', '--format', 'jsonl', '--jobs', '2', '-'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.end(list);
      const first = await new Promise<string>((resolve) => {
        let buf = '';
        child.stdout.on('data', (d) => {
          buf += d;
          if (buf.includes('\n')) {
            child.stdout.destroy(); // the reader goes away
            resolve(buf.slice(0, buf.indexOf('\n')));
          }
        });
      });
      const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
      expect(JSON.parse(first).source).toContain('brightcart-ccpa.txt');
      expect(signal).toBeNull();
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/EPIPE|Error|at /);
      expect(stderr).toMatch(/stopped: the output was closed/);
    },
    SLOW,
  );
});
