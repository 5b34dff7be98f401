import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConceptCases } from '../analyzer/lexicon/cases';
import * as lexicon from '../analyzer/lexicon/index';
import { compile, ignoresCase, type Concept } from '../analyzer/lexicon/build';
import { spellCases } from '../analyzer/spelled-cases';
import { requiredKeys } from '../analyzer/required-words';
import { splitIntoSentences } from '../analyzer/sentences';

const concepts = Object.values(lexicon).filter((v): v is Concept => typeof v === 'object' && v !== null && 're' in v && 'name' in v);
const tables = import.meta.glob<{ default: ConceptCases }>('../analyzer/lexicon/*.cases.ts', { eager: true });
const phrases = Object.values(tables).flatMap((m) => Object.values(m.default).flatMap((t) => [...t.must, ...t.reject]));
const fixtures = 'tests/fixtures/policies';
const sentences = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 6)
  .flatMap((f) => splitIntoSentences(readFileSync(`${fixtures}/${f}`, 'utf8')).map((s) => s.text));
/** Case is what the spelling is about: every phrase as written, in capitals, in small letters and in title case. */
const texts = [
  ...phrases,
  ...sentences,
  ...phrases.map((p) => p.toUpperCase()),
  ...phrases.map((p) => p.toLowerCase()),
  ...phrases.map((p) => p.replace(/\b\w/g, (c) => c.toUpperCase())),
];
/** Every match, as offset and text: the same list from two patterns means they matched alike. */
const matches = (re: RegExp, text: string) => {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') re.lastIndex++;
  }
  return out.join('|');
};

describe('spellCases: a case-insensitive pattern without the i flag', () => {
  it('spells ASCII letters in both cases, in classes too, and leaves escapes, names and quantifiers', () => {
    expect(spellCases(String.raw`\bsell\b`)).toBe(String.raw`\b[sS][eE][lL][lL]\b`);
    expect(spellCases(String.raw`[a-h0-9][\s-]+\w{2,3}`)).toBe(String.raw`[ABCDEFGHa-h0-9][\s-]+\w{2,3}`);
    expect(spellCases(String.raw`[^a-z]`)).toBe(String.raw`[^ABCDEFGHIJKLMNOPQRSTUVWXYZa-z]`);
    expect(spellCases(String.raw`[-x]`)).toBe(String.raw`[-Xx]`);
    expect(spellCases(String.raw`(?<year>\d{4}) ’s \u2019`)).toBe(String.raw`(?<year>\d{4}) ’[sS] \u2019`);
    expect(spellCases('(?<!Media )x')).toBe('(?<![Mm][eE][dD][iI][aA] )[xX]');
  });

  it('gives a spelled source back unchanged', () => {
    for (const c of concepts.filter((c) => c.flags.includes('i'))) {
      const once = spellCases(c.source);
      if (once !== null) expect(spellCases(once), c.name).toBe(once);
    }
  });

  it('says null where the spelling could differ from the i flag', () => {
    expect(spellCases('café')).toBeNull(); // "é" also matches "É"
    expect(spellCases(String.raw`(a)\1`)).toBeNull(); // a back-reference compares without case
    expect(spellCases(String.raw`\x41`)).toBeNull(); // "A", named by its code
    expect(spellCases(String.raw`[\u00c0-\u00ff]`)).toBeNull();
    expect(spellCases(String.raw`\p{L}`)).toBeNull();
  });

  it('matches what the i flag matches, for every concept on every phrase of the tables in four cases', () => {
    for (const c of concepts.filter((c) => c.flags.includes('i'))) {
      const original = new RegExp(c.source, `${c.flags}g`);
      const spelled = new RegExp(c.re.source, `${c.re.flags}g`);
      const differ = texts.filter((text) => matches(spelled, text) !== matches(original, text));
      expect(differ, c.name).toEqual([]);
    }
  }, 300_000);

  it('keeps each concept case-insensitive, and its gate keys the same', () => {
    for (const c of concepts.filter((c) => c.flags.includes('i'))) {
      expect(ignoresCase(c.re), c.name).toBe(true);
      const keys = (k: ReadonlySet<string> | null) => (k ? [...k].sort() : null);
      expect(keys(requiredKeys(c.re.source, c.re.flags)), c.name).toEqual(keys(requiredKeys(c.source, c.flags)));
    }
  });

  it('leaves a case-sensitive concept as written, with no spelled concept built into it', () => {
    expect(compile('\\bDNA\\b', '').source).toBe('\\bDNA\\b');
    // A spelled source inside a case-sensitive one would ignore case there: build from a concept's `source` instead.
    const spelled = concepts.filter((c) => c.flags.includes('i') && c.re.source !== c.source).map((c) => c.re.source);
    for (const c of concepts.filter((c) => !c.flags.includes('i'))) {
      expect(c.re.source, c.name).toBe(c.source);
      expect(
        spelled.filter((s) => c.source.includes(s)),
        c.name,
      ).toEqual([]);
    }
  });
});
