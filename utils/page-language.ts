/** A cheap language check: function words of a few languages counted over the start of the text. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'our', 'is', 'are', 'in', 'for', 'with', 'that', 'this', 'or', 'by', 'may', 'not', 'on'],
  de: ['der', 'die', 'das', 'und', 'sie', 'wir', 'ihre', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'auf', 'für', 'werden', 'eine', 'oder', 'dem', 'des'],
  fr: ['le', 'la', 'les', 'et', 'de', 'des', 'vous', 'nous', 'vos', 'est', 'pour', 'dans', 'une', 'ou', 'sur', 'par', 'qui', 'pas', 'données', 'au'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'para', 'con', 'su', 'sus', 'por', 'una', 'datos', 'nosotros', 'usted', 'es', 'se', 'del'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'gli', 'dei', 'delle', 'con', 'sono', 'una', 'non', 'dati', 'nostro', 'vostri', 'della', 'al', 'alla', 'si'],
  nl: ['de', 'het', 'en', 'van', 'een', 'wij', 'uw', 'je', 'is', 'niet', 'met', 'voor', 'op', 'te', 'zijn', 'worden', 'gegevens', 'dat', 'die', 'aan'],
  pt: ['o', 'os', 'as', 'e', 'de', 'que', 'para', 'com', 'seus', 'não', 'uma', 'dados', 'nós', 'você', 'por', 'do', 'da', 'dos', 'em', 'ao'],
};
const SETS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

/** The most likely language of `text` ("en", "de"...), or null when there are too few words to tell. */
export function guessLanguage(text: string): string | null {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  let best: { lang: string; hits: number } | null = null;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    if (!best || hits > best.hits) best = { lang, hits };
  }
  // Running prose is ~25–40% function words; below 10% it is a list, code or another language.
  return best && best.hits / words.length >= 0.1 ? best.lang : null;
}

/**
 * Whether the page can be analyzed: the text itself decides when it is clear (declared languages
 * are often wrong); otherwise the page's declaration; unknown counts as English.
 */
export function pageLanguage(declared: string | null, text: string): { lang: string; supported: boolean } {
  const lang = guessLanguage(text) ?? declared ?? 'en';
  return { lang, supported: lang === 'en' };
}

export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
