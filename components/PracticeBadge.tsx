import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { practiceQuestion } from '../utils/verdict-answers';
import { EvidenceList } from './EvidenceList';
import { ToneIcon } from './icons';
import type { PracticeView } from './practice-view';
import { findingSummary } from '../utils/finding-summary';

export type BadgeOptions = { showLowConfidence: boolean; expandEvidence: boolean; missingEvidenceMessage?: string };

type Props = {
  view: PracticeView;
  onShowEvidence: (start: number) => Promise<boolean>;
  options: BadgeOptions;
  /** The answer in plain words ("90 days", "13+"); the verdict's label when not given. */
  answer?: string;
  /** Words to keep in view in a long quote. */
  focus?: RegExp | null;
  /** The summary in the popup's words, when it has its own (a period in years, not days). */
  summary?: string;
  /** Copies a wrong-verdict report (Markdown) for this practice; absent: no link. */
  onReportWrong?: () => Promise<void>;
};

/** One practice in detail: the question, the answer in words and colour, the summary and the evidence. */
export function PracticeBadge({ view, onShowEvidence, options, answer, focus = null, summary, onReportWrong }: Props) {
  const { practice, finding, label, tone, lowConfidence } = view;
  const [revealed, setRevealed] = useState(false);
  const [reported, setReported] = useState(false);
  const folded = lowConfidence && !options.showLowConfidence && !revealed;
  const headingId = `badge-title-${practice.id}`;

  return (
    <article
      class={`badge tone-${tone}`}
      id={`badge-${practice.id}`}
      data-practice={practice.id}
      data-verdict={finding.verdict}
      data-previous-verdict={view.previousVerdict}
      aria-labelledby={headingId}
    >
      <h2 class="badge-question" id={headingId}>
        {practiceQuestion(practice)}
      </h2>
      <p class="badge-verdict">
        <span class="verdict-icon">
          <ToneIcon tone={tone} size={18} />
        </span>
        <span class="verdict-label">{answer ?? label}</span>
        {lowConfidence && (
          <span class="low-confidence" title={t('summary_low_confidence_hint', Math.round(finding.confidence * 100))}>
            {t('badge_low_confidence')}
          </span>
        )}
      </p>
      {folded ? (
        <p class="badge-folded">
          {t('badge_unsure')}{' '}
          <button type="button" class="link-button" onClick={() => setRevealed(true)}>
            {t('badge_show_anyway')}
          </button>
        </p>
      ) : (
        <>
          <p class="badge-summary">{summary ?? findingSummary(view.practice.id, finding)}</p>
          <EvidenceList
            key={String(options.expandEvidence)}
            evidence={finding.evidence}
            onShow={onShowEvidence}
            missingMessage={options.missingEvidenceMessage}
            expanded={options.expandEvidence}
            focus={focus}
          />
          {onReportWrong && (
            <p class="badge-report">
              <button
                type="button"
                class="link-button"
                data-report-wrong
                onClick={() =>
                  void onReportWrong().then(
                    () => setReported(true),
                    () => undefined,
                  )
                }
              >
                {t('badge_report_wrong')}
              </button>
              <span role="status">{reported ? ` ${t('badge_report_copied')}` : ''}</span>
            </p>
          )}
        </>
      )}
    </article>
  );
}
