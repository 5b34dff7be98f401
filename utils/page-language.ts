import { t, uiLanguage } from './i18n';

/** A language code as words for messages, in the UI language ("de" → "German", "Deutsch"); the analyzer decides the language (`report.language`). */
export function languageName(lang: string): string {
  if (lang === 'und') return t('worker_language_unknown');
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
