import { describe, expect, it } from 'vitest';
import type { ConceptCases } from '../analyzer/lexicon/cases';
import * as lexicon from '../analyzer/lexicon/index';
import type { Concept } from '../analyzer/lexicon/build';

// Every concept's table, found by name: analyzer/lexicon/<file>.cases.ts.
const modules = import.meta.glob<{ default: ConceptCases }>('../analyzer/lexicon/*.cases.ts', { eager: true });
const tables: ConceptCases = Object.assign({}, ...Object.values(modules).map((m) => m.default));
const concepts = Object.values(lexicon).filter((v): v is Concept => typeof v === 'object' && v !== null && 're' in v && 'name' in v);

describe('lexicon', () => {
  it('gives every concept a table with phrases it must match and must reject', () => {
    expect(concepts.length).toBeGreaterThan(10);
    for (const c of concepts) {
      expect(tables[c.name], `${c.name} has no table`).toBeDefined();
      expect(tables[c.name]!.must.length, c.name).toBeGreaterThan(0);
      expect(tables[c.name]!.reject.length, c.name).toBeGreaterThan(0);
    }
  });

  it('keeps every compiled pattern readable in parts: no source over 1,600 characters', () => {
    // Sources are built from short parts; the built expression may be longer than any literal a person writes.
    for (const c of concepts) expect(c.re.source.length, c.name).toBeLessThan(1600);
  });

  for (const c of concepts) {
    const table = tables[c.name];
    if (!table) continue;
    describe(c.name, () => {
      for (const phrase of table.must) it(`matches “${phrase}”`, () => expect(c.re.test(phrase)).toBe(true));
      for (const phrase of table.reject) it(`rejects “${phrase}”`, () => expect(c.re.test(phrase)).toBe(false));
    });
  }
});
