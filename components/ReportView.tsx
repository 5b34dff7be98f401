import type { ComponentChildren } from 'preact';
import { META_LIST, type PracticeMeta } from '../analyzer/practice-meta';
import type { Report, Tone } from '../analyzer/types';
import type { ExportPage } from '../utils/export-report';
import type { PolicyChange } from '../utils/history/history-model';
import { ChangeBanner } from './ChangeBanner';
import { ExportBar } from './ExportBar';
import { RefreshIcon, ToneIcon } from './icons';
import { MorePractices } from './MorePractices';
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
  /** From the runtime: how the policy compares with the last time it was read (absent while memory is off). */
  change?: PolicyChange;
  options: BadgeOptions;
  /** The practices to show, in order: the registry's, unless a test passes others. */
  practices?: readonly PracticeMeta[];
  onShowEvidence: (start: number) => Promise<boolean>;
  onReanalyze: () => void;
  download: (fileName: string, text: string, mime: string) => void;
  copy: (text: string) => Promise<void>;
  /** The report is of a policy fetched from this URL (the site's linked policy), not of the page: set on the root. */
  sourceUrl?: string;
  /** Shown first inside the report (where a linked report came from). */
  children?: ComponentChildren;
};

const TALLY: { tone: Tone; one: string; many: string }[] = [
  { tone: 'bad', one: 'concern', many: 'concerns' },
  { tone: 'caution', one: 'to check', many: 'to check' },
  { tone: 'good', one: 'good sign', many: 'good signs' },
];

/** The analysis: a tally of concerns and good signs, a badge per headline practice, further practices compactly, exports. */
export function ReportView({ report, page, fromCache, notice, highlighted, change, options, practices = META_LIST, onShowEvidence, onReanalyze, download, copy, sourceUrl, children }: Props) {
  const previous = new Map(change && change.state !== 'first-visit' ? change.verdicts.map((c) => [c.practice, c.before]) : []);
  const views = practiceViews(report, practices).map((v) => ({ ...v, previousVerdict: previous.get(v.practice.id) }));
  const main = views.slice(0, MAIN_BADGES);
  const more = views.slice(MAIN_BADGES);
  const tally = TALLY.map((t) => ({ ...t, count: views.filter((v) => v.tone === t.tone).length })).filter((t) => t.count > 0);

  return (
    <>
      <div class="report" data-source-url={sourceUrl}>
        {children}
        {change && <ChangeBanner change={change} url={page.url} />}
        {!report.isPolicy && (
          <p class="notice" role="note">
            This page may not be a privacy policy, so these verdicts may not apply.
          </p>
        )}
        {notice && (
          <p class="notice" role="note">
            {notice}
          </p>
        )}
        {tally.length > 0 && (
          <ul class="tally" aria-label="At a glance">
            {tally.map((t) => (
              <li key={t.tone} class={`chip tone-${t.tone}`}>
                <ToneIcon tone={t.tone} size={14} />
                {t.count} {t.count === 1 ? t.one : t.many}
              </li>
            ))}
          </ul>
        )}
        {main.map((view) => (
          <PracticeBadge key={view.practice.id} view={view} onShowEvidence={onShowEvidence} options={options} />
        ))}
        <MorePractices views={more} onShowEvidence={onShowEvidence} missingEvidenceMessage={options.missingEvidenceMessage} />
        <p class="footnote">
          {report.wordCount.toLocaleString('en')} words read{fromCache ? ' earlier' : ''}
          {highlighted ? `, ${highlighted} ${highlighted === 1 ? 'sentence' : 'sentences'} highlighted on the page` : ''}. Automated reading can miss nuance: check the quoted sentences.{' '}
          <button type="button" class="link-button" onClick={onReanalyze}>
            <RefreshIcon />
            Analyze again
          </button>
        </p>
      </div>
      <ExportBar report={report} page={page} download={download} copy={copy} />
    </>
  );
}
