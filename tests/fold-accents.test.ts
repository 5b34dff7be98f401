import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { foldAccents } from '../analyzer/fold-accents';

describe('foldAccents', () => {
  it('reads accented Latin letters as plain letters of the same length', () => {
    for (const [text, want] of [
      ['Adhérent', 'Adherent'],
      ['Québec', 'Quebec'],
      ['Māori', 'Maori'],
      ['Sächsische Straße', 'Sachsische Straxe'],
      ['Ørestads', 'Xrestads'],
      ['Việt Nam', 'Viet Nam'],
    ]) {
      expect(foldAccents(text!)).toBe(want);
      expect(foldAccents(text!)).toHaveLength(text!.length);
    }
  });

  it('leaves plain text, signs and other scripts as they are', () => {
    for (const text of ['We do not sell your data.', '2 × 3 ÷ 4', '東京都の住所', '“quoted” — €5']) expect(foldAccents(text)).toBe(text);
  });
});

describe('accented words in a policy', () => {
  it('does not read a word glued to an accent as an English word ("Adhérent" is no "rent")', () => {
    const report = analyze('The member area "Mon Espace Adhérent" uses only cookies strictly necessary for its operation.');
    expect(report.practices.selling.verdict).toBe('not-mentioned');
  });

  it('quotes evidence as written, accents and all', () => {
    const text = 'Les Crêpes Dorées Inc. is based in Montréal, Québec. We never sell your personal information to anyone.';
    const selling = analyze(text).practices.selling;
    expect(selling.verdict).toBe('does-not-sell');
    const quote = selling.evidence.map((e) => e.text).join(' ');
    expect(quote).toContain('We never sell');
    for (const e of selling.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
    const located = analyze('Société Générale: nous. We rent your data to marketers in Montréal.').practices.selling;
    expect(located.evidence[0]!.text).toContain('Montréal');
  });
});
