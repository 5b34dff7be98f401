import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[]) => spawnSync(tsx, ['scripts/practice-stats.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('stats CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-stats-'));
  writeFileSync(join(dir, 'a.txt'), 'We do not respond to Do Not Track signals. Write to privacy@a.example with questions.');
  writeFileSync(join(dir, 'b.txt'), 'We honor Do Not Track signals.');
  writeFileSync(join(dir, 'c.txt'), 'We bake bread.');
  writeFileSync(join(dir, 'notes.md'), 'We honor Do Not Track signals.');

  it('counts each verdict of each practice over the .txt and .html files of a folder', () => {
    const res = run([dir, '--json']);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.files).toBe(3);
    expect(out.counts.dnt).toEqual({ 'not-honoured': 1, honoured: 1, 'not-mentioned': 1 });
    expect(out.counts.contact).toEqual({ provided: 1, 'not-mentioned': 2 });
  });

  it('shows the evidence of one practice and verdict for checking by hand', () => {
    const res = run([dir, '--show', 'dnt:honoured']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^dnt\s+honoured: 1, not-honoured: 1, not-mentioned: 1$/m);
    expect(res.stdout).toContain('b.txt: honoured');
    expect(res.stdout).toContain('“We honor Do Not Track signals.”');
    expect(res.stdout).not.toContain('a.txt: not-honoured');
  });

  it('explains itself when the folder is missing', () => {
    const res = run([join(dir, 'nope')]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('is not a folder');
  });
});
