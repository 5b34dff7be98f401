import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PRACTICE_LIST } from '../../analyzer/registry';
import { copyText } from '../../utils/save-file';
import { OptionsPage } from '../../components/OptionsPage';
import { clearHistory } from '../../utils/history/history-store';
import { loadSettings, saveSettings } from '../../utils/settings';
import '../popup/style.css';
import './style.css';

render(
  <OptionsPage store={{ load: loadSettings, save: saveSettings, clearHistory }} version={browser.runtime.getManifest().version} practices={PRACTICE_LIST} copy={copyText} />,
  document.getElementById('app')!,
);
