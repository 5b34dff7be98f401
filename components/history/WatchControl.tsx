import { useState } from 'preact/hooks';
import type { PolicyRecord } from '../../utils/history/history-model';
import { HISTORY_STRINGS as S, shortDate } from './strings';

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
        setMessage(S.watchStopped(host));
      } else {
        const refused = await api.watch!(record.url);
        setMessage(refused ?? S.watchStarted);
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
      <h3 id="watch-title">{S.watchTitle}</h3>
      <p class="option-hint">
        {record.watch
          ? S.watchSince(shortDate(record.watch.since), record.watch.lastCheckedAt ? shortDate(record.watch.lastCheckedAt) : undefined)
          : S.watchOff(record.url, host)}
        {record.watch?.lastError ? ` ${S.watchLastFailed(record.watch.lastError)}` : ''}
      </p>
      <button type="button" class="button button-quiet" disabled={busy} onClick={() => void toggle()}>
        {record.watch ? S.watchStop : S.watchStart}
      </button>
      <p class="options-status" role="status">
        {message}
      </p>
    </section>
  );
}
