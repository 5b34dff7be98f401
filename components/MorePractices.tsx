import { findingSummary } from '../utils/finding-summary';
import { t } from '../utils/i18n';
import { practiceTitle } from '../utils/verdict-answers';
import { focusFor } from '../utils/evidence-quality';
import { EvidenceList } from './EvidenceList';
import { ToneIcon } from './icons';
import type { PracticeView } from './practice-view';

type Props = { views: PracticeView[]; onShowEvidence: (start: number) => Promise<boolean>; missingEvidenceMessage?: string };

/** Practices beyond the headline four, one compact row each with its verdict, summary and evidence on demand. */
export function MorePractices({ views, onShowEvidence, missingEvidenceMessage }: Props) {
  if (views.length === 0) return null;
  return (
    <section class="more" aria-labelledby="more-title">
      <h2 class="section-title" id="more-title">
        {t('more_title')}
      </h2>
      <ul class="more-list">
        {views.map(({ practice, finding, label, tone, lowConfidence, previousVerdict }) => (
          <li
            key={practice.id}
            class={`more-item tone-${tone}`}
            data-practice={practice.id}
            data-verdict={finding.verdict}
            data-previous-verdict={previousVerdict}
          >
            <details>
              <summary>
                <span class="more-title">{practiceTitle(practice)}</span>
                <span class="chip">
                  <ToneIcon tone={tone} size={14} />
                  {label}
                </span>
              </summary>
              <div class="more-body">
                <p class="badge-summary">
                  {findingSummary(practice.id, finding)}
                  {lowConfidence && <span class="low-confidence">{t('badge_low_confidence')}</span>}
                </p>
                <EvidenceList
                  evidence={finding.evidence}
                  onShow={onShowEvidence}
                  missingMessage={missingEvidenceMessage}
                  focus={focusFor(practice.id)}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
