/** Browser entry of the popup preview (see popup-preview.ts): the real App over a fake API, one state per URL hash. */
import { render } from 'preact';
import { PRACTICE_LIST } from '../analyzer/registry';
import { App } from '../components/App';
import { OptionsPage } from '../components/OptionsPage';
import '../entrypoints/popup/style.css';
import '../entrypoints/options/style.css';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { registerFallbackMessages, setMessageTable } from '../utils/i18n';
import type { AnalysisResult } from '../utils/tab-analysis';
import type { PopupApi } from '../utils/popup/popup-api';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';

declare global {
  interface Window {
    __PREVIEW__: Record<string, AnalysisResult>;
  }
}

// No browser.i18n in a plain page: English as the extension's default locale.
registerFallbackMessages(en);
const state = location.hash.slice(1) || 'report';
// ?lang=de previews the UI in German (the extension gets it from browser.i18n).
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'de' || lang === 'fr') {
  setMessageTable(lang === 'de' ? de : fr);
  document.documentElement.lang = lang;
}
const result = window.__PREVIEW__[state];
const page = result && result.page;

const api: PopupApi = {
  getActiveTab: async () => ({ id: 1, url: page?.url ?? 'https://example.com/', title: page?.title ?? 'Example' }),
  // "loading" never answers, to show the skeleton.
  analyzeTab: (_tabId, force) =>
    result
      ? Promise.resolve(force && result.kind === 'report' ? { ...result, report: { ...result.report } } : result)
      : new Promise(() => undefined),
  scrollToEvidence: async () => true,
  clearHighlights: async () => undefined,
  openUrl: async () => undefined,
  requestHostAccess: async () => false,
  openLinkedPolicy: async () => undefined,
  getSettings: async () => DEFAULT_SETTINGS,
  openOptions: () => undefined,
  download: () => undefined,
  copy: async () => undefined,
};

const app = document.getElementById('app')!;
if (state === 'options') {
  document.body.classList.add('options-page');
  let saved = { ...DEFAULT_SETTINGS, expandEvidence: true };
  render(
    <OptionsPage
      store={{ load: async () => saved, save: async (s) => void (saved = s) }}
      version="0.1.0"
      practices={PRACTICE_LIST}
      copy={async () => undefined}
    />,
    app,
  );
} else {
  render(<App api={api} />, app);
}
