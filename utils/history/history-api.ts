import { browser } from 'wxt/browser';
import type { HistoryApi } from '../../components/history/HistoryPage';
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { downloadText } from '../popup/save-file';
import { clearHistory, historyItem, loadHistory } from './history-store';
import { watchPermissions } from './watch-schedule';

/** The history page's real browser wiring. */
export function createBrowserHistoryApi(): HistoryApi {
  // Seeing the history is seeing the change: the "!" a watched check put on the icon goes.
  void browser.action.setBadgeText({ text: '' }).catch(() => undefined);
  void browser.action.setTitle({ title: '' }).catch(() => undefined);
  return {
    load: loadHistory,
    clear: clearHistory,
    download: (name, text, mime) => downloadText(name, text, mime),
    subscribe: (onChange) => historyItem.watch(() => onChange()),
    async watch(url) {
      const wanted = watchPermissions(url, import.meta.env.FIREFOX);
      if (!wanted) return t('watch_not_web');
      // First call of the click handler: the browser shows its prompt only during a user gesture.
      const granted = await browser.permissions.request(wanted as Parameters<typeof browser.permissions.request>[0]);
      if (!granted) return t('watch_refused');
      const answer = await sendMessage('watchPolicy', { url });
      return answer.ok ? null : (answer.message ?? t('watch_could_not_start'));
    },
    unwatch: (url) => sendMessage('unwatchPolicy', { url }),
  };
}
