import { render } from 'preact';
import { browser } from 'wxt/browser';
import { META_LIST } from '../../analyzer/practice-meta';
import { copyText } from '../../utils/popup/save-file';
import { OptionsPage } from '../../components/OptionsPage';
import { clearHistory } from '../../utils/history/history-store';
import { t, uiLanguage } from '../../utils/i18n';
import { loadSettings, saveSettings } from '../../utils/settings';
import '../popup/style.css';
import './style.css';

// The page's language and title follow the UI language, as its words do.
document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(
  <OptionsPage
    store={{ load: loadSettings, save: saveSettings, clearHistory }}
    version={browser.runtime.getManifest().version}
    practices={META_LIST}
    copy={copyText}
  />,
  document.getElementById('app')!,
);
