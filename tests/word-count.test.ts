import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, WORD_DEFINITION } from '../analyzer/word-count';

const byDefinition = (text: string) => text.match(WORD_DEFINITION)?.length ?? 0;
const root = new URL('..', import.meta.url).pathname;

/** A small deterministic generator (mulberry32), so every run draws the same strings. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that test the edges: joiners, digits, accents, other scripts, astral letters and emoji, lone surrogates. */
const PIECES = [
  'a',
  'Z',
  '7',
  "'",
  '’',
  '-',
  ' ',
  '\n',
  '.',
  ',',
  'é',
  'ß',
  'Ж',
  '中',
  'ي',
  '٣',
  '𝐀',
  '𠀋',
  '😀',
  '\u00a0',
  '\u200b',
  '\ud800',
  '_',
  '—',
];

describe('countWords', () => {
  it.each([
    ['', 0],
    ["We don't sell opt-out data.", 5],
    ["-- ' ’ -", 0],
    ['Größe über 18 años', 4],
    ['中文 and 𝐀𝐁 words', 4],
    ['emoji 😀 is no word', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(byDefinition(text)).toBe(words);
  });

  it('agrees with the definition on 2,000 random strings (fixed seed)', () => {
    const next = random(20261201);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
  });

  const dirs = ['tests/fixtures/policies', 'tests/fixtures/non-policies', '../shared/corpus', '../shared/corpus-modern'].map((d) =>
    join(root, d),
  );
  it('agrees with the definition on every policy text we have', () => {
    let files = 0;
    for (const dir of dirs.filter((d) => existsSync(d))) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(countWords(text), file).toBe(byDefinition(text));
        files++;
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});
