import { useState } from 'preact/hooks';
import type { Evidence } from '../analyzer/types';
import { excerpt, quotableEvidence } from '../utils/evidence-quality';
import { t } from '../utils/i18n';
import { LocateIcon } from './icons';

type Props = {
  evidence: Evidence[];
  /** Scrolls the page to the sentence; resolves false when the page no longer has it. */
  onShow: (start: number) => Promise<boolean>;
  /** What to say when the page has no highlight for the sentence. */
  missingMessage?: string;
  /** Initial state only: give the list a new `key` to apply a changed setting. */
  expanded?: boolean;
  /** The words to keep in view when a long quote is cut (the decisive clause). */
  focus?: RegExp | null;
};

/** One quote, cut around its decisive words when long (the full sentence one click away), and its "Show on page". */
function Quote({ evidence, focus, onShow }: { evidence: Evidence; focus: RegExp | null; onShow: () => void }) {
  const [full, setFull] = useState(false);
  const cut = excerpt(evidence.text, focus);
  return (
    <div class="evidence-item">
      <span class="evidence-text" data-quote>
        {full ? evidence.text.replace(/\s+/g, ' ').trim() : cut.text}
      </span>
      <span class="evidence-actions">
        <button type="button" class="evidence-action" data-evidence-start={String(evidence.start)} onClick={onShow}>
          <LocateIcon />
          {t('evidence_show_on_page')}
        </button>
        {cut.cut && (
          <button type="button" class="evidence-action" aria-expanded={full} onClick={() => setFull(!full)}>
            {full ? t('evidence_show_less') : t('evidence_full_text')}
          </button>
        )}
      </span>
    </div>
  );
}

/**
 * The sentences a verdict rests on, decisive first (the analyzer's order); headings, contents lines
 * and fragments are left out. Page text is only ever a text child.
 */
export function EvidenceList({ evidence, onShow, missingMessage, expanded = false, focus = null }: Props) {
  const [open, setOpen] = useState(expanded);
  const [missing, setMissing] = useState<number | null>(null);
  const quotable = quotableEvidence(evidence);
  if (quotable.length === 0) return null;
  const shown = open ? quotable : quotable.slice(0, 1);
  const hidden = quotable.length - shown.length;

  const show = async (start: number) => {
    setMissing(null);
    const found = await onShow(start).catch(() => false);
    if (!found) setMissing(start);
  };

  return (
    <div class="evidence">
      <ul class="evidence-list">
        {shown.map((e) => (
          <li key={e.start}>
            <Quote evidence={e} focus={focus} onShow={() => void show(e.start)} />
            {missing === e.start && (
              <p class="evidence-missing" role="status">
                {missingMessage ?? t('evidence_missing')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {quotable.length > 1 && (
        <button type="button" class="link-button evidence-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('evidence_show_less') : hidden === 1 ? t('evidence_show_more_one') : t('evidence_show_more', hidden)}
        </button>
      )}
    </div>
  );
}
