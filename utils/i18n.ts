/**
 * UI strings: `t(key, ...subs)` reads the browser's `i18n.getMessage` (the `_locales/` that
 * `@wxt-dev/i18n` builds from `locales/*.json`), so the popup follows the browser's language.
 * Outside an extension (unit tests, the screenshot preview) it reads the table registered with
 * `registerFallbackMessages` (English), or one forced with `setMessageTable`. Adding a string = one key in `locales/en.json` (and its translations).
 */
import type en from '../locales/en.json';

export type MessageKey = keyof typeof en;
type Table = Record<string, string>;

/**
 * Outside an extension there is no `browser.i18n`: tests and the preview register the English table here.
 * The extension never bundles it (the popup's first paint stays small); the browser reads `_locales/`.
 */
let fallback: Table = {};
let forced: Table | null = null;

export function registerFallbackMessages(table: Table): void {
  fallback = table;
}

/** Read this table (over the English one) instead of `browser.i18n`, to preview or test a language; null: back to normal. */
export function setMessageTable(table: Table | null): void {
  forced = table ? { ...fallback, ...table } : null;
}

type I18nApi = { getMessage(key: string, subs?: string[]): string; getUILanguage?(): string };
function browserI18n(): I18nApi | null {
  const g = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/** `$1`, `$2`… are replaced by `subs`, as `browser.i18n` does. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (all, n: string) => subs[Number(n) - 1] ?? all);
}

/** The message for `key`; `''` when no table has it (see `tOr`). */
export function t(key: MessageKey | (string & {}), ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  if (!forced) {
    try {
      const message = browserI18n()?.getMessage(key, strings);
      if (message) return message;
    } catch {
      // an extension context that was torn down: fall back to the table
    }
  }
  const message = (forced ?? fallback)[key];
  return message === undefined ? '' : substitute(message, strings);
}

/** The message for a key made at run time (a practice or verdict id), or `otherwise` when there is none. */
export function tOr(key: string, otherwise: string, ...subs: Array<string | number>): string {
  return t(key, ...subs) || otherwise;
}

/** The UI language, for number formatting and `lang` attributes: "en", "de", "fr". */
export function uiLanguage(): string {
  if (forced) return forced.ui_language ?? 'en';
  const api = browserI18n();
  return (api ? t('ui_language') : '') || 'en';
}
