import { render } from 'preact';
import { HistoryPage } from '../../components/history/HistoryPage';
import { createBrowserHistoryApi } from '../../utils/history/history-api';
import { t, uiLanguage } from '../../utils/i18n';
import '../popup/style.css';
import '../options/style.css';
import './style.css';

// The page's language and title follow the UI language, as its words do.
document.documentElement.lang = uiLanguage();
document.title = t('history_page_title');
render(<HistoryPage api={createBrowserHistoryApi()} />, document.getElementById('app')!);
