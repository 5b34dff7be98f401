import { render } from 'preact';
import { HistoryPage } from '../../components/history/HistoryPage';
import { createBrowserHistoryApi } from '../../utils/history/history-api';
import '../popup/style.css';
import '../options/style.css';
import './style.css';

render(<HistoryPage api={createBrowserHistoryApi()} />, document.getElementById('app')!);
