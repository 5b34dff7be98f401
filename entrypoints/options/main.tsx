import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PRACTICE_LIST } from '../../analyzer/registry';
import { copyText } from '../../utils/save-file';
import { OptionsPage } from '../../components/OptionsPage';
import { loadSettings, saveSettings } from '../../utils/settings';
import '../popup/style.css';
import './style.css';

render(
  <OptionsPage store={{ load: loadSettings, save: saveSettings }} version={browser.runtime.getManifest().version} practices={PRACTICE_LIST} copy={copyText} />,
  document.getElementById('app')!,
);
