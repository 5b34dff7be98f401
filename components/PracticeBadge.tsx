import { useState } from 'preact/hooks';
import { EvidenceList } from './EvidenceList';
import { ToneIcon } from './icons';
import type { PracticeView } from './practice-view';

export type BadgeOptions = { showLowConfidence: boolean; expandEvidence: boolean; missingEvidenceMessage?: string };

type Props = { view: PracticeView; onShowEvidence: (start: number) => Promise<boolean>; options: BadgeOptions };

/** One practice: the question, the verdict in words and colour, the summary and the evidence. */
export function PracticeBadge({ view, onShowEvidence, options }: Props) {
  const { practice, finding, label, tone, lowConfidence } = view;
  const [revealed, setRevealed] = useState(false);
  const folded = lowConfidence && !options.showLowConfidence && !revealed;
  const headingId = `badge-${practice.id}`;

  return (
    <article class={`badge tone-${tone}`} data-practice={practice.id} data-verdict={finding.verdict} data-previous-verdict={view.previousVerdict} aria-labelledby={headingId}>
      <h2 class="badge-question" id={headingId}>
        {practice.question}
      </h2>
      <p class="badge-verdict">
        <span class="verdict-icon">
          <ToneIcon tone={tone} size={18} />
        </span>
        <span class="verdict-label">{label}</span>
        {lowConfidence && (
          <span class="low-confidence" title={`Confidence ${Math.round(finding.confidence * 100)} %`}>
            Low confidence
          </span>
        )}
      </p>
      {folded ? (
        <p class="badge-folded">
          PolicyLens is unsure about this one.{' '}
          <button type="button" class="link-button" onClick={() => setRevealed(true)}>
            Show it anyway
          </button>
        </p>
      ) : (
        <>
          <p class="badge-summary">{finding.summary}</p>
          <EvidenceList key={String(options.expandEvidence)} evidence={finding.evidence} onShow={onShowEvidence} missingMessage={options.missingEvidenceMessage} expanded={options.expandEvidence} />
        </>
      )}
    </article>
  );
}
