import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { clearHistory } from '../../utils/history/history-store';
import { loadSettings, saveSettings } from '../../utils/settings';
import '../popup/style.css';
import './style.css';

render(<OptionsPage store={{ load: loadSettings, save: saveSettings, clearHistory }} />, document.getElementById('app')!);
