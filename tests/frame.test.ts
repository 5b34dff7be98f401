import { describe, expect, it } from 'vitest';
import { actorAt, frameOf, KIND_HINTS } from '../analyzer/frame';
import tables from '../analyzer/lexicon/frames.cases';
import { splitIntoSentences } from '../analyzer/sentences';

const kindOfText = (text: string) => frameOf(splitIntoSentences(text).at(-1)!).kind;

describe('sentence frames', () => {
  it('never lets a cheap hint hide a phrase its concept must match', () => {
    const concepts: Record<keyof typeof KIND_HINTS, string[]> = {
      definition: tables.DEFINITION.must,
      citation: tables.LEGAL_CITATION.must,
      right: tables.RIGHT_DESCRIPTION.must,
      scope: tables.POLICY_SCOPE.must,
      pointer: ['For information on how Google uses data, please visit', 'learn more about Hotjar', 'by visiting the opt-out page'],
    };
    for (const [kind, phrases] of Object.entries(concepts))
      for (const p of phrases) expect(KIND_HINTS[kind as keyof typeof KIND_HINTS].test(p), `${kind}: ${p}`).toBe(true);
  });

  it.each([
    ['We do not sell your personal information.', 'statement'],
    ['You have the right to know the categories of personal information we have collected, sold or disclosed.', 'right'],
    ['"Sell" means renting or disclosing personal information for value.', 'definition'],
    ['California law requires us to tell you how we respond to Do Not Track signals.', 'citation'],
    ['How long do we keep your data?', 'question'],
    ['Logs | 90 days', 'table-row'],
    ['For example, a 15-year-old may post a photo.', 'example'],
    ['- Notifying you about changes to this Privacy Statement', 'purpose'],
    ['This Privacy Policy describes our practices regarding the collection, use and sale of personal data.', 'scope'],
    ['For more information on how we sell data, see the section below.', 'pointer'],
    ['We sell or share your information as follows:', 'statement'],
    ['Categories of Personal Information We Collect and Retention Periods', 'heading'],
  ])('reads “%s” as %s', (text, kind) => expect(kindOfText(text)).toBe(kind));

  it.each([
    ['you may not sell any content', 'sell', 'user'],
    ['These advertising companies may place cookies', 'place', 'third-party'],
    ['We do not share it, but we sell it', 'sell', 'we'],
    ['A business cannot sell the data of minors', 'sell', 'business'],
  ])('finds the actor of “%s” at “%s”: %s', (text, word, actor) => expect(actorAt(text, text.indexOf(word))).toBe(actor));
});
