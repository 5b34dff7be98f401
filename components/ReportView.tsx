import type { ComponentChildren } from 'preact';
import { META_LIST } from '../analyzer/practice-meta';
import type { PracticeMeta } from '../analyzer/practice-meta';
import type { Report } from '../analyzer/types';
import { focusFor, quotableEvidence } from '../utils/evidence-quality';
import type { ExportPage } from '../utils/popup/export-report';
import { highlightRequests } from '../utils/highlight-requests';
import { t, uiLanguage } from '../utils/i18n';
import type { ActionLink } from '../utils/worker/page-actions';
import { LOW_CONFIDENCE } from '../utils/settings-schema';
import { bottomLine, coreAnswers, practiceTitle } from '../utils/verdict-answers';
import { wrongVerdictMarkdown } from '../utils/popup/wrong-verdict-report';
import { AnswerSummary } from './AnswerSummary';
import type { PolicyChange } from '../utils/history/history-model';
import { ChangeBanner } from './ChangeBanner';
import { ExportBar } from './ExportBar';
import { HighlightLegend } from './HighlightLegend';
import { RefreshIcon } from './icons';
import { MorePractices } from './MorePractices';
import { PageActions } from './PageActions';
import { PageTrackers } from './PageTrackers';
import { PracticeBadge, type BadgeOptions } from './PracticeBadge';
import { MAIN_BADGES, practiceViews } from './practice-view';

type Props = {
  report: Report;
  page: ExportPage;
  fromCache: boolean;
  /** From the runtime: something to know about this result (e.g. a huge page was cut). */
  notice?: string;
  /** From the runtime: how many evidence sentences are highlighted on the page. */
  highlighted?: number;
  /** From the runtime: trackers the page itself loads, by name (undefined: not known). */
  pageTrackers?: string[];
  /** From the runtime: the page's opt-out and privacy-settings links. */
  actionLinks?: ActionLink[];
  /** From the runtime: how the policy compares with the last time it was read (absent while memory is off). */
  change?: PolicyChange;
  options: BadgeOptions;
  /** The practices to show, in order: every practice's, unless a test passes others. */
  practices?: readonly PracticeMeta[];
  onShowEvidence: (start: number) => Promise<boolean>;
  /** Removes the highlights from the page. */
  onClearHighlights?: () => Promise<void>;
  /** The extension's version, for a wrong-verdict report. */
  version?: string;
  onReanalyze: () => void;
  download: (fileName: string, text: string, mime: string) => void;
  copy: (text: string) => Promise<void>;
  /** The report is of a policy fetched from this URL (the site's linked policy), not of the page: set on the root. */
  sourceUrl?: string;
  /** Shown first inside the report (where a linked report came from). */
  children?: ComponentChildren;
};

/**
 * The analysis. First screen: the bottom line and the four core answers. Below: each core answer with
 * its evidence, what to do about it, what the page loads, the highlight legend, more practices, exports.
 */
export function ReportView(props: Props) {
  const {
    report,
    page,
    fromCache,
    notice,
    highlighted,
    change,
    pageTrackers,
    actionLinks = [],
    options,
    practices = META_LIST,
    onShowEvidence,
    onClearHighlights,
    version,
    onReanalyze,
    download,
    copy,
    sourceUrl,
    children,
  } = props;
  const previous = new Map(change && change.state !== 'first-visit' ? change.verdicts.map((c) => [c.practice, c.before]) : []);
  const views = practiceViews(report, practices).map((v) => ({ ...v, previousVerdict: previous.get(v.practice.id) }));
  const main = views.slice(0, MAIN_BADGES);
  const more = views.slice(MAIN_BADGES);
  const answers = coreAnswers(report, practices);
  const answerOf = (id: string) => answers.find((a) => a.id === id);
  const unsure = new Set(main.filter((v) => v.lowConfidence).map((v) => v.practice.id));
  const requests = highlighted ? highlightRequests(report, { minConfidence: options.showLowConfidence ? 0 : LOW_CONFIDENCE }) : [];
  const tracking = report.practices.tracking;

  return (
    <>
      <div class="report" data-source-url={sourceUrl}>
        {/* A stable place at the top for banners (the linked policy's source, policy changes) and runtime notices. */}
        <div class="report-banners">
          {children}
          {change && <ChangeBanner change={change} url={page.url} />}
          {!report.isPolicy && (
            <p class="notice" role="note">
              {t('report_not_policy_notice')}
            </p>
          )}
          {notice && (
            <p class="notice" role="note">
              {notice}
            </p>
          )}
        </div>
        {answers.length > 0 && <AnswerSummary answers={answers} bottomLine={bottomLine(answers)} unsure={unsure} />}
        {uiLanguage() !== 'en' && <p class="language-note">{t('report_english_only')}</p>}
        {main.map((view) => {
          const answer = answerOf(view.practice.id);
          const details =
            view.practice.id === 'tracking'
              ? (tracking?.trackers ?? [])
              : answer && view.practice.id !== 'selling'
                ? [answer.answer.replace(/\D+/g, ' ').trim()].filter(Boolean)
                : [];
          // The analyzer counts days; the popup says the period as the policy does ("up to 12 months").
          const summary =
            answer?.id === 'retention' && answer.verdict === 'period' ? t('summary_retention_period', answer.answer) : undefined;
          // "Wrong?" copies a Markdown report with this verdict and its first quote, for the user to send (nothing is sent).
          const reportWrong = () =>
            copy(
              wrongVerdictMarkdown({
                version: version ?? '',
                url: page.url ?? report.url ?? '',
                practice: practiceTitle(view.practice),
                verdict: answer?.answer ?? view.label,
                expected: '',
                sentence: quotableEvidence(view.finding.evidence)[0]?.text ?? '',
              }),
            );
          return (
            <PracticeBadge
              key={view.practice.id}
              view={view}
              answer={answer?.answer}
              summary={summary}
              focus={focusFor(view.practice.id, details)}
              onShowEvidence={onShowEvidence}
              options={options}
              onReportWrong={reportWrong}
            />
          );
        })}
        <PageActions report={report} links={actionLinks} />
        {pageTrackers && <PageTrackers loaded={pageTrackers} named={tracking?.trackers ?? []} />}
        {onClearHighlights && <HighlightLegend requests={requests} onClear={onClearHighlights} />}
        <MorePractices views={more} onShowEvidence={onShowEvidence} missingEvidenceMessage={options.missingEvidenceMessage} />
        <p class="footnote">
          {fromCache
            ? t('report_words_read_earlier', report.wordCount.toLocaleString(uiLanguage()))
            : t('report_words_read', report.wordCount.toLocaleString(uiLanguage()))}
          {highlighted ? `, ${highlighted === 1 ? t('report_highlighted_one') : t('report_highlighted', highlighted)}` : ''}.{' '}
          {t('report_nuance')}{' '}
          <button type="button" class="link-button" onClick={onReanalyze}>
            <RefreshIcon />
            {t('report_analyze_again')}
          </button>
        </p>
      </div>
      <ExportBar report={report} page={page} download={download} copy={copy} />
    </>
  );
}
