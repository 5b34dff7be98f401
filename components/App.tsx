import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { hostOf } from '../utils/popup/page-host';
import { pageIdentity } from '../utils/page-identity';
import { showsReport } from '../utils/report-gate';
import type { AnalysisResult } from '../utils/tab-analysis';
import type { ActiveTab, PopupApi } from '../utils/popup/popup-api';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import { ErrorState } from './ErrorState';
import { LinkedPolicyHeader } from './LinkedPolicyHeader';
import { LinkedPolicyNote } from './LinkedPolicyNote';
import { LINKED_TEXT } from '../utils/linked-policy-text';
import { LoadingState } from './LoadingState';
import { NotPolicyState } from './NotPolicyState';
import { PopupHeader } from './PopupHeader';
import { RenderGuard } from './RenderGuard';
import { UnsupportedState } from './UnsupportedState';
import { t, uiLanguage } from '../utils/i18n';
import { traceMark } from '../utils/perf-trace';

type View = { status: 'loading' } | { status: 'done'; result: AnalysisResult; forced: boolean };

type ReportViewComponent = (typeof import('./ReportView'))['ReportView'];
let reportViewModule: Promise<ReportViewComponent> | null = null;
/**
 * The report view pulls in every practice's metadata and answer views: load it beside the
 * analysis instead of before the first paint, so the loading state shows at once.
 */
function loadReportView(): Promise<ReportViewComponent> {
  reportViewModule ??= import('./ReportView').then((m) => m.ReportView);
  return reportViewModule;
}

function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err ?? '');
  return text ? t('error_could_not_analyze', text) : t('error_could_not_analyze_plain');
}

/** The worker's answer, or an error state if it failed or sent something else. */
async function answerOf(ask: () => Promise<AnalysisResult | null>): Promise<AnalysisResult> {
  try {
    const result = await ask();
    if (!result || typeof result !== 'object' || !('kind' in result)) throw new Error('no answer from the extension');
    return result;
  } catch (err) {
    return { kind: 'error', message: messageOf(err), page: null };
  }
}

/** A short spoken line per finished state; the states themselves carry the details. */
function announcementOf(view: View): string {
  if (view.status === 'loading') return '';
  const { result, forced } = view;
  if (result.kind === 'error') return t('announce_failed');
  if (result.kind === 'unsupported') return t('announce_unsupported');
  return showsReport(result.report, forced) ? t('announce_ready') : t('announce_not_policy');
}

/** The popup: asks the background to analyze the active tab and shows the result in one of its states. */
export function App({ api }: { api: PopupApi }) {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [view, setView] = useState<View>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ReportView, setReportView] = useState<ReportViewComponent | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  // Only the latest request may set the view (a retry can overtake a slow first answer).
  const request = useRef(0);

  const run = useCallback(
    async (target: ActiveTab, force: boolean, refresh = false) => {
      const id = ++request.current;
      performance.mark('policylens:request');
      setView({ status: 'loading' });
      let result = await answerOf(() => (refresh ? api.analyzeTab(target.id, force, true) : api.analyzeTab(target.id, force)));
      if (id !== request.current) return;
      traceMark('popup:answer-taken');
      setView({ status: 'done', result, forced: force });
      if (result.kind !== 'report' || !result.pending) return;
      // The verdicts are on screen; the highlights' count and the comparison with the last read follow. Asked after
      // this render (a task later): the worker highlights the page once asked, so it does not compete with it.
      const { pending: _pending, ...verdicts } = result;
      await new Promise((resolve) => setTimeout(resolve, 0));
      const finished = api.finishAnalysis ? await answerOf(() => api.finishAnalysis!(target.id, force, refresh)) : null;
      result = finished && !(finished.kind === 'error' && finished.page === null) ? finished : verdicts;
      if (id === request.current) setView({ status: 'done', result, forced: force });
    },
    [api],
  );

  // A layout effect, not useEffect: Preact runs effects after the next animation frame, which in a popup still
  // opening came ~100 ms late; the floor popup asks its worker as its script runs, so do we.
  useLayoutEffect(() => {
    traceMark('popup:mounted');
    loadReportView().then(
      (component) => setReportView(() => component),
      (err) => setLoadFailure(messageOf(err)),
    );
    api.getSettings().then(setSettings, () => undefined);
    api.getActiveTab().then(
      (active) => {
        if (!active) {
          setView({ status: 'done', result: { kind: 'error', message: t('error_no_tab'), page: null }, forced: false });
          return;
        }
        setTab(active);
        void run(active, false);
      },
      (err) => setView({ status: 'done', result: { kind: 'error', message: messageOf(err), page: null }, forced: false }),
    );
  }, [api, run]);

  useLayoutEffect(() => {
    if (view.status === 'done' && (view.result.kind !== 'report' || ReportView)) traceMark('popup:committed');
  }, [view, ReportView]);
  useLayoutEffect(() => {
    if (ReportView) traceMark('popup:report-view-loaded');
  }, [ReportView]);

  // `npm run bench` reads this: request → result on screen, as the user waits for it.
  useEffect(() => {
    if (view.status !== 'done' || (view.result.kind === 'report' && !ReportView)) return;
    traceMark('popup:rendered');
    try {
      // From the request that left first: the early one (entrypoints/popup/early.ts) when the popup sent it.
      const early = performance.getEntriesByName('policylens:early-request', 'mark').length > 0;
      performance.measure('policylens:badges', early ? 'policylens:early-request' : 'policylens:request');
    } catch {
      // no request mark (the tab lookup failed): nothing to measure
    }
  }, [view, ReportView]);

  const result = view.status === 'done' ? view.result : null;
  const page = result?.page ?? null;
  const { title, url } = pageIdentity(page, result?.kind === 'report' ? result.report : null, tab);

  const body = () => {
    if (view.status === 'loading' || !result) return <LoadingState />;
    if (result.kind === 'unsupported') return <UnsupportedState reason={result.reason} message={result.message} />;
    if (result.kind === 'error') return <ErrorState message={result.message} onRetry={tab ? () => void run(tab, view.forced) : null} />;
    if (!tab) return <ErrorState message={t('error_no_tab')} onRetry={null} />;
    if (!showsReport(result.report, view.forced)) {
      return (
        <NotPolicyState
          policyLink={result.policyLink}
          onOpenLink={(href) => void api.openUrl(tab.id, href)}
          onAnalyzeAnyway={() => void run(tab, true)}
        >
          <LinkedPolicyNote
            attempts={result.linkAttempts}
            hostAccess={result.hostAccess}
            onAllow={api.requestHostAccess}
            onGranted={() => void run(tab, false)}
          />
        </NotPolicyState>
      );
    }
    if (!ReportView) return loadFailure ? <ErrorState message={loadFailure} onRetry={null} /> : <LoadingState />;
    const linked = result.linked;
    return (
      <ReportView
        report={result.report}
        page={linked ? { title: result.report.title ?? title, url: linked.url } : { title, url }}
        sourceUrl={linked?.url}
        fromCache={result.fromCache}
        notice={result.notice}
        highlighted={result.highlighted}
        pageTrackers={result.pageTrackers}
        actionLinks={result.actionLinks}
        onClearHighlights={() => api.clearHighlights(tab.id)}
        version={api.version}
        change={result.change}
        options={{
          showLowConfidence: settings.showLowConfidence,
          expandEvidence: settings.expandEvidence,
          // Jumping to a sentence goes through its highlight on the page.
          missingEvidenceMessage: linked
            ? LINKED_TEXT.evidenceElsewhere
            : settings.highlightEvidence
              ? undefined
              : t('evidence_missing_off'),
        }}
        // A linked policy's sentences are not on this page: nothing to scroll to here.
        onShowEvidence={linked ? async () => false : (start) => api.scrollToEvidence(tab.id, start)}
        // A linked policy is read again from its link, not replaced by a forced reading of this page.
        onReanalyze={() => void run(tab, !linked, !!linked)}
        download={api.download}
        copy={api.copy}
      >
        {linked && <LinkedPolicyHeader source={linked} onOpen={(to) => void (api.openLinkedPolicy ?? api.openUrl)(tab.id, to)} />}
      </ReportView>
    );
  };

  return (
    <div
      class="popup"
      lang={uiLanguage()}
      // Tests and the bench: everything is on screen, the highlights' count and the comparison included.
      data-settled={view.status === 'done' && !(view.result.kind === 'report' && (view.result.pending || !ReportView)) ? '' : undefined}
      data-policy-change={
        result?.kind === 'report' && ReportView && showsReport(result.report, view.status === 'done' && view.forced)
          ? result.change?.state
          : undefined
      }
    >
      {/* A persistent live region: screen readers hear when the result replaces the loading state. */}
      <p class="visually-hidden" role="status">
        {announcementOf(view)}
      </p>
      <PopupHeader title={title} host={hostOf(url)} onOpenOptions={api.openOptions} />
      <main class="popup-body">
        <RenderGuard onRetry={tab ? () => void run(tab, true) : null}>{body()}</RenderGuard>
      </main>
    </div>
  );
}
