import { useState } from 'preact/hooks';
import type { PolicyRecord } from '../../utils/history/history-model';
import { shortDate } from './strings';

/** Opt-in watching, from the history page. Absent methods: watching is not offered (tests, unsupported browsers). */
export type WatchApi = {
  /** Asks the browser for this policy's origin (a prompt, at this click), then starts the weekly check; a message when refused or failed. */
  watch?(url: string): Promise<string | null>;
  unwatch?(url: string): Promise<void>;
};

export function WatchControl({ record, api, onChanged }: { record: PolicyRecord; api: WatchApi; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  if (!api.watch || !api.unwatch) return null;
  const host = record.site || record.url;

  const toggle = async () => {
    setBusy(true);
    try {
      if (record.watch) {
        await api.unwatch!(record.url);
        setMessage(`Stopped watching. PolicyLens no longer has access to ${host}.`);
      } else {
        const refused = await api.watch!(record.url);
        setMessage(refused ?? `Watching. PolicyLens will fetch this page about once a week.`);
      }
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  return (
    <section class="watch" aria-labelledby="watch-title" data-watching={record.watch ? 'true' : 'false'}>
      <h3 id="watch-title">Watch for changes</h3>
      <p class="option-hint">
        {record.watch
          ? `Watched since ${shortDate(record.watch.since)}${record.watch.lastCheckedAt ? `, last checked ${shortDate(record.watch.lastCheckedAt)}` : ''}.`
          : `Off. When on, PolicyLens fetches only this page's address (${record.url}) about once a week, without your cookies, reads it on your device and puts a “!” on its icon if the policy changed. It asks your browser for access to ${host} when you turn it on, and gives it back when you turn it off.`}
        {record.watch?.lastError ? ` Last check failed: ${record.watch.lastError}.` : ''}
      </p>
      <button type="button" class="button button-quiet" disabled={busy} onClick={() => void toggle()}>
        {record.watch ? 'Stop watching' : 'Watch this policy'}
      </button>
      <p class="options-status" role="status">
        {message}
      </p>
    </section>
  );
}
