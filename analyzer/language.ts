/** The commonest English function words: any English prose is full of them, other languages are not. */
const ENGLISH = new Set('the of and to a in is that for it as with be by on are this or we you your our not from at may will have an can if any such which us these information'.split(' '));
/** Words that are also function words in French, Spanish, Italian, Portuguese, Dutch or German ("a", "in", "is", "die"...) don't count. */
const AMBIGUOUS = new Set(['a', 'in', 'is', 'as', 'on', 'an', 'us', 'or', 'be', 'die', 'de', 'la', 'en', 'et', 'el', 'o', 'e']);

export type LanguageGuess = { language: 'en' | 'other'; englishRatio: number };

/**
 * Is the text English? Cheap: the share of English function words among the first few thousand
 * words. English prose scores ~0.25–0.45; other languages, even Latin-script ones, below ~0.08.
 */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 40_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= 40 && latin / letters < 0.5) return { language: 'other', englishRatio: 0 }; // mostly another script
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return { language: 'en', englishRatio: 1 }; // too short to tell: give it the benefit of the doubt
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w) && !AMBIGUOUS.has(w)) hits++;
  const englishRatio = Math.round((hits / words.length) * 1000) / 1000;
  return { language: englishRatio >= 0.1 ? 'en' : 'other', englishRatio };
}
