/** A language code as words for messages ("de" → "German"); the analyzer decides the language (`report.language`). */
export function languageName(lang: string): string {
  if (lang === 'und') return 'a language PolicyLens cannot read yet';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
