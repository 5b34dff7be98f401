import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConceptCases } from '../analyzer/lexicon/cases';
import * as lexicon from '../analyzer/lexicon/index';
import { anyOf } from '../analyzer/lexicon/build';
import { Scan } from '../analyzer/lexicon/scan';
import { PRACTICE_LIST } from '../analyzer/registry';
import { splitIntoSentences } from '../analyzer/sentences';

// A scan by members and a filter by concepts must answer as the one joined pattern they replace, on every text.
const tables: ConceptCases = Object.assign(
  {},
  ...Object.values(import.meta.glob<{ default: ConceptCases }>('../analyzer/lexicon/*.cases.ts', { eager: true })).map((m) => m.default),
);
const phrases = Object.values(tables).flatMap((t) => [...t.must, ...t.reject]);
const fixtures = 'tests/fixtures/policies';
const sentences = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => splitIntoSentences(readFileSync(`${fixtures}/${f}`, 'utf8')).map((s) => s.text));
const scans = Object.entries(lexicon).filter((e): e is [string, Scan] => e[1] instanceof Scan);

describe('Scan: the members scanned in turn give the union’s matches', () => {
  it('finds the scans', () => expect(scans.length).toBeGreaterThanOrEqual(5));
  for (const [name, scan] of scans) {
    it(name, () => {
      const union = new RegExp(anyOf(...scan.members.map((m) => m.source)), 'gi');
      // The members' own phrases run together in both orders: one member's match inside or across another's.
      const own = scan.members.flatMap((m) => tables[m.name]?.must ?? []);
      const texts = [...phrases, ...sentences, own.join(' '), [...own].reverse().join(', '), own.join('')];
      for (const text of texts) {
        const expected = [...text.matchAll(union)].map((m) => m.index);
        expect([...scan.indexes(text)], text).toEqual(expected);
        expect(scan.test(text), text).toBe(expected.length > 0);
      }
    });
  }
});

describe('anyConcept: a practice filter by its concepts passes what the joined pattern passes', () => {
  for (const practice of PRACTICE_LIST.filter((p) => !(p.candidate instanceof RegExp))) {
    it(practice.id, () => {
      const joined = new RegExp(practice.candidate.source, practice.candidate.flags);
      for (const text of [...phrases, ...sentences]) expect(practice.candidate.test(text), text).toBe(joined.test(text));
    });
  }
});
