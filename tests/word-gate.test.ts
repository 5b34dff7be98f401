import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConceptCases } from '../analyzer/lexicon/cases';
import * as lexicon from '../analyzer/lexicon/index';
import { anyOf, compile, concept, gap, seq, stems, words, type Concept } from '../analyzer/lexicon/build';
import { requiredKeys } from '../analyzer/required-words';
import type { SentenceCase } from '../analyzer/practice';
import { PRACTICE_LIST } from '../analyzer/registry';
import { splitIntoSentences } from '../analyzer/sentences';
import { wordGate } from '../analyzer/word-gate';
import { HOT_CALLS, mayMatch } from '../analyzer/word-index';

const keys = (re: RegExp) => {
  const k = requiredKeys(re.source, re.flags);
  return k ? [...k].sort() : null;
};
/** Does the gate of this one pattern let the text through? */
const passes = (re: RegExp, text: string) => wordGate([re], 0).maskOf(text) === 1;

const lexiconTables = import.meta.glob<{ default: ConceptCases }>('../analyzer/lexicon/*.cases.ts', { eager: true });
const practiceTables = import.meta.glob<{ default: SentenceCase<string>[] }>('../analyzer/practices/*.cases.ts', { eager: true });
const concepts = Object.values(lexicon).filter((v): v is Concept => typeof v === 'object' && v !== null && 're' in v && 'name' in v);
/** Every phrase of the vocabulary's and the practices' tables, and every sentence of the project's own policies. */
const phrases = [
  ...Object.values(lexiconTables).flatMap((m) => Object.values(m.default).flatMap((t) => [...t.must, ...t.reject])),
  ...Object.values(practiceTables).flatMap((m) => m.default.map((c) => c.text)),
];
const fixtures = 'tests/fixtures/policies';
const sentences = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => splitIntoSentences(readFileSync(`${fixtures}/${f}`, 'utf8')).map((s) => s.text));
/** The same texts in capitals and run together: case and word edges are where a gate could go wrong. */
const texts = [...phrases, ...sentences, ...phrases.map((p) => p.toUpperCase()), ...phrases.map((p) => p.replace(/ /g, '  -'))];

describe('required words, read from a pattern', () => {
  it('reads whole words, word starts, characters and digits', () => {
    expect(keys(compile(words('sell', 'rent out')))).toEqual(['w:rent', 'w:sell']);
    expect(keys(compile(stems('retain', 'log')))).toEqual(['p:log', 'p:retain']);
    // Past six characters a whole word is a word start: "overwritten" is keyed "overwr".
    expect(keys(compile(words('overwritten')))).toEqual(['p:overwr']);
    expect(keys(/\btags?\b/i)).toEqual(['w:tag', 'w:tags']);
    // "e-mail" and "email": the optional dash gives two ways to start the word.
    expect(keys(/\b(?:e[\s-]*mail|phone)\b/)).toEqual(['w:e', 'w:email', 'w:phone']);
    expect(keys(/@|\bdpo\b/)).toEqual(['c:@', 'w:dpo']);
    expect(keys(/\d{3}-\d{4}/)).toEqual(['digit']);
    expect(keys(/\b(?:a(?:d ?sense|dmob))/i)).toEqual(['p:admob', 'p:adsens', 'w:ad']);
  });

  it('keys a phrase on its rarest word: a gate on "the" would pass every sentence', () => {
    expect(keys(compile(seq(words('the'), words('company'), gap(2), stems('sold'))))).toEqual(['p:compan']);
    expect(keys(/\b(?:of|in) (?:Canada|Japan)\b/)).toEqual(['p:canada', 'w:japan']);
  });

  it('cannot tell, and says so (a gate on null passes everything), for parts that start mid-word or on any character', () => {
    expect(keys(/party/i)).toBeNull(); // "thirdparty": no word starts at "party"
    expect(keys(/\w+ing\b/)).toBeNull();
    expect(keys(/\bcookie|./)).toBeNull();
    expect(keys(/\bcafé/u)).toBeNull(); // the u flag changes what \w and \b mean: not read
    expect(passes(/party/i, 'a thirdparty site')).toBe(true);
    expect(passes(/party/i, 'nothing here')).toBe(true);
  });

  it('reads escapes, classes, look-arounds and counted repeats as the engine does', () => {
    expect(keys(/\bdon\u2019t\b/)).toEqual(['w:don']);
    expect(keys(/(?<!not )\bshare[sd]?\b/i)).toEqual(['p:shared', 'p:shares', 'w:share']);
    expect(keys(/\b(?:you)\b(?:,?\s+\w+(?:\s+\w+){0,3})?,?\s*\b(?:access)\b/)).toEqual(['p:access']);
    // A look-around consumes nothing: what it asks is not read, the boundary before it still counts.
    expect(keys(/(?<=^\s*)to\b/)).toBeNull();
    expect(keys(/\b(?<!not )to\b/)).toEqual(['w:to']);
    expect(keys(/[“"]share/)).toEqual(['p:share']); // after a quote a word starts
    expect(keys(/[@#]\d/)).toEqual(['c:#', 'c:@']);
    // "[]" is an empty class in JavaScript, "\u{2}" without the u flag is "uu", "\k<n>" refers back to a group.
    // eslint-disable-next-line no-empty-character-class -- the reader must read an empty class as JavaScript does
    expect(keys(/\bcookie|[]]/)).toEqual(['p:cookie']); // the empty class never matches: no key needed
    expect(keys(new RegExp('\\b\\u{2}se\\b'))).toEqual(['p:u']); // a repeat is not spelled out: the word starts with u
    expect(keys(/\b(?<w>we)\b \k<w>/)).toEqual(['w:we']);
  });
});

describe('a word gate', () => {
  it('a synonym added to a concept reaches its gate', () => {
    const before = concept('SALE_TEST', words('sell', 'rent'));
    const after = concept('SALE_TEST', words('sell', 'rent', 'lease'));
    const text = 'We may LEASE your list to partners.';
    expect(passes(before.re, text)).toBe(false);
    expect(passes(after.re, text)).toBe(true);
    expect(after.re.test(text)).toBe(true);
  });

  it('tells whole words from word starts: "tags" passes a gate on the word "tag" only if the pattern takes it', () => {
    expect(passes(/\btag\b/i, 'Tagging photos')).toBe(false);
    expect(passes(/\btag/i, 'Tagging photos')).toBe(true);
    expect(passes(/\btags?\b/i, 'We use TAGS.')).toBe(true);
  });

  it('lets every text through until it has seen enough of them to be worth reading its patterns', () => {
    const gate = wordGate([/\bsell\b/i], 3);
    expect([1, 2, 3, 4].map(() => gate.maskOf('We keep it.'))).toEqual([1, 1, 0, 0]);
  });

  it('sets one bit per pattern, and always the bit of a pattern it cannot read', () => {
    const gate = wordGate([/\bcookies?\b/i, /\bsell\b/i, /party/i], 0);
    expect(gate.maskOf('We sell cookies.')).toBe(0b111);
    expect(gate.maskOf('We sell nothing.')).toBe(0b110);
    expect(gate.maskOf('Nothing at all.')).toBe(0b100);
  });

  it('never keeps out a text a concept matches (every concept, every phrase of the tables and fixtures)', () => {
    let checked = 0;
    for (let from = 0; from < concepts.length; from += 31) {
      const group = concepts.slice(from, from + 31);
      const gate = wordGate(
        group.map((c) => c.re),
        0,
      );
      for (const text of texts) {
        const mask = gate.maskOf(text);
        group.forEach((c, i) => {
          if (c.re.test(text)) {
            checked++;
            expect((mask >> i) & 1, `${c.name} on: ${text}`).toBe(1);
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(2000);
  }, 120_000);

  it('never keeps out a sentence a practice filter passes, and keeps most others out', () => {
    const gate = wordGate(
      PRACTICE_LIST.map((p) => p.candidate),
      0,
    );
    let kept = 0;
    let others = 0;
    for (const text of texts) {
      const mask = gate.maskOf(text);
      PRACTICE_LIST.forEach((p, i) => {
        const bit = (mask >> i) & 1;
        if (p.candidate.test(text)) expect(bit, `${p.id} on: ${text}`).toBe(1);
        else {
          others++;
          kept += 1 - bit;
        }
      });
    }
    // The point of the gate: most sentences a filter rejects never reach it.
    expect(kept / others).toBeGreaterThan(0.5);
  });

  it('reads every practice filter (a filter it cannot read passes every sentence on: slower, not wrong)', () => {
    // If this fails after a new alternative, start it at a word (\b) or a character: "party" alone may be "thirdparty".
    for (const p of PRACTICE_LIST) expect(requiredKeys(p.candidate.source, p.candidate.flags), p.id).not.toBeNull();
    expect(concepts.filter((c) => requiredKeys(c.re.source, c.re.flags)).length / concepts.length).toBeGreaterThan(0.8);
  });
});

describe('anyOf keeps its keys', () => {
  it("a group of sources keeps each source's words", () => {
    expect(keys(compile(anyOf(words('beacon'), stems('pixel'))))).toEqual(['p:beacon', 'p:pixel']); // six letters: a word start
  });
});

describe('mayMatch, one pattern at a time on a text read once', () => {
  it('never says no where the pattern matches (every concept, every phrase of the tables and fixtures)', () => {
    let skipped = 0;
    // Text by text: the text's words are read once for all concepts, as in a judge.
    for (const text of texts)
      for (const c of concepts) {
        const may = mayMatch(c.re, text);
        if (c.re.test(text)) expect(may, `${c.name} on: ${text}`).toBe(true);
        else skipped += may ? 0 : 1;
      }
    // And it says no often: most concepts need words most texts lack.
    expect(skipped).toBeGreaterThan(concepts.length * texts.length * 0.5);
  }, 120_000);

  it('keeps the words of alternating texts apart', () => {
    const sell = /\bsell\b/i;
    const a = 'We never sell data.';
    const b = 'We keep it for a year.';
    // Until a pattern is asked often, it has no gate: a fresh process's first analysis does not pay for reading it.
    for (let i = 1; i < HOT_CALLS; i++) expect(mayMatch(sell, b)).toBe(true);
    for (const text of [a, b, 'x', a, b, a]) expect(mayMatch(sell, text)).toBe(text === a);
  });
});
