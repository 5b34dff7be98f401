import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[]) => spawnSync(tsx, ['cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('analyze CLI (JSON contract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-'));
  const txt = join(dir, 'policy.txt');
  writeFileSync(
    txt,
    'Privacy Policy\nWe collect personal information. We do not sell your personal information. Children under 13 may not use the site.',
  );

  it('prints one JSON array with a report per input, in order, and an error entry for unreadable input', () => {
    const res = run(['--format', 'json', txt, join(dir, 'missing.txt'), 'samples/sample-policy.html']);
    expect(res.status).toBe(1);
    const out = JSON.parse(res.stdout);
    expect(out).toHaveLength(3);
    expect(out[0].source).toBe(txt);
    expect(out[0].practices.selling.verdict).toBe('does-not-sell');
    expect(out[0].practices.age).toMatchObject({ verdict: 'minimum-age', value: 13 });
    expect(out[1]).toEqual({ source: join(dir, 'missing.txt'), error: expect.stringContaining('no such file') });
    expect(out[2].title).toBe('Privacy Policy | Lumen Notes');
    expect(out[2].practices.tracking.trackers).toEqual(expect.arrayContaining(['Google Analytics', 'Facebook Pixel']));
    expect(out[2].practices.retention).toMatchObject({ verdict: 'period', days: 365 });
    for (const key of ['source', 'title', 'url', 'isPolicy', 'policyScore', 'wordCount', 'analyzedAt', 'practices'])
      expect(out[2]).toHaveProperty(key);
  });

  it('exits 0 with only the JSON on stdout when every input is readable', () => {
    const res = run([txt]);
    expect(res.status).toBe(0);
    expect(() => JSON.parse(res.stdout)).not.toThrow();
  });

  it('prints a Markdown summary with verdicts and quoted evidence', () => {
    const md = execFileSync(tsx, ['cli/analyze.ts', '--format', 'markdown', 'samples/sample-policy.html'], { cwd: root, encoding: 'utf8' });
    expect(md).toMatch(/^# PolicyLens summary: Privacy Policy \\\| Lumen Notes/);
    expect(md).toContain('## Selling data: Does not sell');
    expect(md).toContain('> We do not sell your personal information.');
  });

  it('rejects an unknown format with a usage message', () => {
    const res = run(['--format', 'xml', txt]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Unknown format');
  });

  it('reports a PDF as unsupported instead of analyzing bytes', () => {
    const pdf = join(dir, 'policy.pdf');
    writeFileSync(pdf, '%PDF-1.7\n...');
    const out = JSON.parse(run([pdf]).stdout);
    expect(out[0].error).toMatch(/PDF/);
  });
});

describe('analyze CLI never loses output through a pipe', () => {
  it('a batch of 240 inputs piped into a slow reader parses whole: one entry per input, in order, with the unreadable one in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylens-batch-'));
    const fixtures = join(root, 'tests/fixtures/policies');
    const bodies = readdirSync(fixtures)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(fixtures, f), 'utf8'));
    const inputs: string[] = [];
    for (let i = 0; i < 240; i++) {
      // Six fixtures per file, so each report carries plenty of evidence and the JSON passes 2 MB.
      const file = join(dir, `policy-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, [0, 1, 2, 3, 4, 5].map((k) => bodies[(i + k) % bodies.length]).join('\n\n'));
      inputs.push(i === 120 ? join(dir, 'missing-in-the-middle.txt') : file);
    }
    // The reader sleeps before reading, so the pipe is full long before the writer is done: output that is
    // not waited for is lost at exit.
    const quoted = inputs.map((p) => `'${p}'`).join(' ');
    const res = spawnSync('bash', ['-c', `'${tsx}' cli/analyze.ts --format json ${quoted} | (sleep 1; cat)`], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(res.stdout.length).toBeGreaterThan(2 * 1024 * 1024);
    const out = JSON.parse(res.stdout) as { source: string; error?: string }[];
    expect(out.map((r) => r.source)).toEqual(inputs);
    expect(out[120]).toEqual({ source: inputs[120], error: expect.stringContaining('no such file') });
    expect(out.filter((r) => r.error)).toHaveLength(1);
  }, 180_000);
});
