/** Function words of a few languages: running prose is ~25–40 % function words of its own language. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'you',
    'your',
    'we',
    'our',
    'is',
    'are',
    'in',
    'for',
    'with',
    'that',
    'this',
    'or',
    'by',
    'may',
    'not',
    'on',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'sie',
    'wir',
    'ihre',
    'ist',
    'nicht',
    'mit',
    'von',
    'zu',
    'den',
    'auf',
    'für',
    'werden',
    'eine',
    'oder',
    'dem',
    'des',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'de',
    'des',
    'vous',
    'nous',
    'vos',
    'est',
    'pour',
    'dans',
    'une',
    'ou',
    'sur',
    'par',
    'qui',
    'pas',
    'données',
    'au',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'de',
    'que',
    'en',
    'para',
    'con',
    'su',
    'sus',
    'por',
    'una',
    'datos',
    'nosotros',
    'usted',
    'es',
    'se',
    'del',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'gli',
    'dei',
    'delle',
    'con',
    'sono',
    'una',
    'non',
    'dati',
    'nostro',
    'vostri',
    'della',
    'al',
    'alla',
    'si',
  ],
  nl: [
    'de',
    'het',
    'en',
    'van',
    'een',
    'wij',
    'uw',
    'je',
    'is',
    'niet',
    'met',
    'voor',
    'op',
    'te',
    'zijn',
    'worden',
    'gegevens',
    'dat',
    'die',
    'aan',
  ],
  pt: [
    'o',
    'os',
    'as',
    'e',
    'de',
    'que',
    'para',
    'com',
    'seus',
    'não',
    'uma',
    'dados',
    'nós',
    'você',
    'por',
    'do',
    'da',
    'dos',
    'em',
    'ao',
  ],
};
const SETS = Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

/** Scripts that name their language well enough for a message; other non-Latin scripts are "und". */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
];

/**
 * The most likely language of `text` ("en", "de", "ja"; "und" for an unknown non-Latin script), or null
 * when there is too little prose to tell. Cheap: a script check, then function words counted over the first 3,000 characters (~500 words: plenty to tell).
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 3_000);
  // Non-Latin letters first: on English text this pass matches nothing, so it allocates nothing.
  const nonLatin = sample.match(/[\p{L}--\p{Script=Latin}]/gv)?.length ?? 0;
  const letters = nonLatin >= 20 ? (sample.match(/\p{L}/gu)?.length ?? 0) : 0;
  if (letters >= 40 && nonLatin / letters > 0.5) {
    // Mostly another script: even a short text is clearly not English.
    return SCRIPTS.find(([re]) => re.test(sample))?.[1] ?? 'und';
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  let best: { lang: string; hits: number } | null = null;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    if (!best || hits > best.hits) best = { lang, hits };
  }
  // Below 10 % function words it is a list, a table or code: too little prose to tell.
  return best && best.hits / words.length >= 0.1 ? best.lang : null;
}
