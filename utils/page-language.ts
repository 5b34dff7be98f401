import { guessLanguage } from '../analyzer/language';

/** The analyzer's guess, re-exported for the runtime. */
export { guessLanguage };

/**
 * Whether the page can be analyzed: the text itself decides when it is clear (declared languages
 * are often wrong); otherwise the page's declaration; unknown counts as English.
 */
export function pageLanguage(declared: string | null, text: string): { lang: string; supported: boolean } {
  const lang = guessLanguage(text) ?? declared ?? 'en';
  return { lang, supported: lang === 'en' };
}

export function languageName(lang: string): string {
  if (lang === 'und') return 'a language PolicyLens cannot read yet';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
