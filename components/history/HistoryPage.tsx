import { useEffect, useMemo, useState } from 'preact/hooks';
import { META_LIST as PRACTICE_LIST } from '../../analyzer/practice-meta';
import { diffSnapshots } from '../../utils/history/diff';
import { historyCsv, historyFileName, historyJson } from '../../utils/history/export-history';
import { lastSeen, latestVersion, searchHistory, type History, type PolicyRecord } from '../../utils/history/history-model';
import { LogoMark, ShieldIcon } from '../icons';
import { HISTORY_STRINGS as S, practiceTitle, shortDate, verdictLabel, verdictTone } from './strings';
import { EvidenceChanges } from './VerdictChanges';
import { WatchControl, type WatchApi } from './WatchControl';

/** Everything the page needs from the browser, injectable so it is tested without one. */
export type HistoryApi = WatchApi & {
  load(): Promise<History>;
  clear(): Promise<void>;
  download(fileName: string, text: string, mime: string): void;
  /** Calls back when the stored history changes (another tab, a background check); returns the unsubscribe. */
  subscribe?(onChange: () => void): () => void;
};

const CORE = PRACTICE_LIST.slice(0, 4).map((p) => p.id);
const ALL = PRACTICE_LIST.map((p) => p.id as string);

/** The policy the address asks for: `#policy=<url>`. */
function selectedFromHash(): string | null {
  const match = /^#policy=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** Every remembered policy, searchable; one policy's report, timeline and comparison of two versions; exports. */
export function HistoryPage({ api, now = () => new Date() }: { api: HistoryApi; now?: () => Date }) {
  const [history, setHistory] = useState<History | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(selectedFromHash());
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');

  const reload = () => api.load().then(setHistory, () => setHistory({ policies: [] }));
  useEffect(() => {
    void reload();
    const stop = api.subscribe?.(() => void reload());
    const onHash = () => setSelected(selectedFromHash());
    addEventListener('hashchange', onHash);
    return () => {
      stop?.();
      removeEventListener('hashchange', onHash);
    };
  }, [api]);

  const open = (url: string | null) => {
    location.hash = url ? `policy=${encodeURIComponent(url)}` : '';
    setSelected(url);
  };
  const exportAs = (format: 'json' | 'csv') => {
    if (!history) return;
    const date = now();
    if (format === 'json') api.download(historyFileName('json', date), historyJson(history, date), 'application/json');
    else api.download(historyFileName('csv', date), historyCsv(history, ALL), 'text/csv');
    setStatus(S.exported(history.policies.length, format.toUpperCase()));
  };
  const clear = async () => {
    await api.clear();
    setConfirmClear(false);
    open(null);
    await reload();
    setStatus(S.cleared);
  };

  const record = selected ? history?.policies.find((p) => p.url === selected) : undefined;
  return (
    <main class="history">
      <header class="options-header">
        <LogoMark size={32} />
        <div>
          <h1>{S.title}</h1>
          <p class="options-sub">
            <ShieldIcon /> {S.sub}
          </p>
        </div>
      </header>
      {!history ? (
        <p role="status">{S.loading}</p>
      ) : record ? (
        <PolicyDetail record={record} onBack={() => open(null)} api={api} onChanged={() => void reload()} />
      ) : (
        <>
          <div class="history-tools">
            <input
              type="search"
              class="history-search"
              placeholder={S.search}
              aria-label={S.search}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <button type="button" class="button button-quiet" onClick={() => exportAs('json')} disabled={history.policies.length === 0}>
              {S.exportJson}
            </button>
            <button type="button" class="button button-quiet" onClick={() => exportAs('csv')} disabled={history.policies.length === 0}>
              {S.exportCsv}
            </button>
          </div>
          <PolicyList policies={searchHistory(history, query)} total={history.policies.length} onOpen={open} />
          {history.policies.length > 0 &&
            (confirmClear ? (
              <p class="history-clear">
                {S.forget(history.policies.length)}{' '}
                <button type="button" class="button button-danger" onClick={() => void clear()}>
                  {S.clearAll}
                </button>{' '}
                <button type="button" class="button button-quiet" onClick={() => setConfirmClear(false)}>
                  {S.cancel}
                </button>
              </p>
            ) : (
              <p class="history-clear">
                <button type="button" class="button button-quiet" onClick={() => setConfirmClear(true)}>
                  {S.clearAsk}
                </button>
              </p>
            ))}
        </>
      )}
      <p class="options-status" role="status">
        {status}
      </p>
    </main>
  );
}

function VerdictChip({ practice, verdict }: { practice: string; verdict: string }) {
  return (
    <span
      class={`chip tone-${verdictTone(practice, verdict)}`}
      data-history-practice={practice}
      data-history-verdict={verdict}
      title={practiceTitle(practice)}
    >
      {practiceTitle(practice)}: {verdictLabel(practice, verdict)}
    </span>
  );
}

function PolicyList({ policies, total, onOpen }: { policies: PolicyRecord[]; total: number; onOpen: (url: string) => void }) {
  if (total === 0) return <p class="history-empty">{S.empty}</p>;
  if (policies.length === 0) return <p class="history-empty">{S.noMatch}</p>;
  return (
    <ul class="history-list" aria-label={S.listLabel}>
      {policies.map((p) => {
        const latest = latestVersion(p);
        return (
          <li key={p.url} class="history-item" data-policy-url={p.url}>
            <button type="button" class="history-open" onClick={() => onOpen(p.url)}>
              <span class="history-title">{p.title || p.site}</span>
              <span class="history-meta">
                {p.site} · {shortDate(lastSeen(p))} · {S.versions(p.versions.length)}
                {p.watch ? ` · ${S.watchedTag}` : ''}
                {p.versions.some((v) => v.unseen) ? ` · ${S.changedTag}` : ''}
              </span>
            </button>
            <span class="history-badges">
              {CORE.map((id) => latest.practices[id] && <VerdictChip key={id} practice={id} verdict={latest.practices[id]!.verdict} />)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function PolicyDetail({
  record,
  onBack,
  api,
  onChanged,
}: {
  record: PolicyRecord;
  onBack: () => void;
  api: WatchApi;
  onChanged: () => void;
}) {
  const n = record.versions.length;
  const [left, setLeft] = useState(Math.max(0, n - 2));
  const [right, setRight] = useState(n - 1);
  useEffect(() => {
    setLeft(Math.max(0, n - 2));
    setRight(n - 1);
  }, [record.url, n]);
  const latest = latestVersion(record);
  const a = record.versions[Math.min(left, n - 1)]!;
  const b = record.versions[Math.min(right, n - 1)]!;
  const diff = useMemo(() => diffSnapshots(a, b), [a, b]);
  const versionName = (i: number) => `${i + 1}. ${shortDate(record.versions[i]!.seenAt)}`;
  const webUrl = /^https?:\/\//.test(record.url) ? record.url : null;

  return (
    <article class="history-detail" data-policy-url={record.url}>
      <button type="button" class="link-button" onClick={onBack}>
        {S.back}
      </button>
      <h2>{record.title || record.site}</h2>
      <p class="history-meta">
        {webUrl ? (
          <a href={webUrl} target="_blank" rel="noopener noreferrer">
            {webUrl}
          </a>
        ) : (
          record.url
        )}
      </p>
      <WatchControl record={record} api={api} onChanged={onChanged} />

      <section aria-labelledby="report-title">
        <h3 id="report-title">{S.latestReport(shortDate(latest.lastSeenAt))}</h3>
        <ul class="history-report">
          {ALL.filter((id) => latest.practices[id]).map((id) => (
            <li key={id} data-report-practice={id}>
              <VerdictChip practice={id} verdict={latest.practices[id]!.verdict} />
              {latest.practices[id]!.evidence.length > 0 && (
                <ul class="history-evidence">
                  {latest.practices[id]!.evidence.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title">{S.versionsTitle}</h3>
        <ol class="history-timeline">
          {record.versions.map((v, i) => (
            <li key={v.hash + v.seenAt} data-version={i + 1}>
              {shortDate(v.seenAt)}
              {v.lastSeenAt !== v.seenAt ? ` – ${S.lastSeen(shortDate(v.lastSeenAt))}` : ''} · {S.words(v.wordCount)} ·{' '}
              {S.analyzerVersion(v.analyzerVersion)}
              {v.unseen ? ` · ${S.unseen}` : ''}
            </li>
          ))}
        </ol>
      </section>

      {n > 1 && (
        <section aria-labelledby="compare-title" class="history-compare">
          <h3 id="compare-title">{S.compare}</h3>
          <p class="compare-pick">
            <label>
              {S.older}{' '}
              <select aria-label={S.olderVersion} value={String(left)} onChange={(e) => setLeft(Number(e.currentTarget.value))}>
                {record.versions.map((_v, i) => (
                  <option key={i} value={String(i)}>
                    {versionName(i)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {S.newer}{' '}
              <select aria-label={S.newerVersion} value={String(right)} onChange={(e) => setRight(Number(e.currentTarget.value))}>
                {record.versions.map((_v, i) => (
                  <option key={i} value={String(i)}>
                    {versionName(i)}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <p>{diff.textChanged ? S.textDiffers : S.sameText}</p>
          <table class="compare-table">
            <thead>
              <tr>
                <th scope="col">{S.practice}</th>
                <th scope="col">{versionName(left)}</th>
                <th scope="col">{versionName(right)}</th>
              </tr>
            </thead>
            <tbody>
              {ALL.map((id) => {
                const was = a.practices[id]?.verdict ?? 'not-mentioned';
                const now = b.practices[id]?.verdict ?? 'not-mentioned';
                return (
                  <tr
                    key={id}
                    data-compare-practice={id}
                    data-changed={was !== now ? 'true' : undefined}
                    class={was !== now ? 'compare-changed' : undefined}
                  >
                    <th scope="row">{practiceTitle(id)}</th>
                    <td data-side="older">{verdictLabel(id, was)}</td>
                    <td data-side="newer">{verdictLabel(id, now)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {diff.evidence.length > 0 ? <EvidenceChanges changes={diff.evidence} open /> : <p>{S.noEvidenceChange}</p>}
        </section>
      )}
    </article>
  );
}
