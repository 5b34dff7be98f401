import { render } from 'preact';
import { App } from '../../components/App';
import { createBrowserPopupApi } from '../../utils/popup/popup-api';
import './style.css';

render(<App api={createBrowserPopupApi()} />, document.getElementById('app')!);
