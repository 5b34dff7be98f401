import { useState } from 'preact/hooks';
import type { Evidence } from '../analyzer/types';
import { LocateIcon } from './icons';

type Props = {
  evidence: Evidence[];
  /** Scrolls the page to the sentence; resolves false when the page no longer has it. */
  onShow: (start: number) => Promise<boolean>;
  /** What to say when the page has no highlight for the sentence. */
  missingMessage?: string;
  /** Initial state only: give the list a new `key` to apply a changed setting. */
  expanded?: boolean;
};

const MISSING = 'This sentence could not be found on the page; it may have changed. Analyze again to refresh.';

/** The sentences a verdict rests on; each is a button that scrolls the page to it. Page text is only ever a text child. */
export function EvidenceList({ evidence, onShow, missingMessage = MISSING, expanded = false }: Props) {
  const [open, setOpen] = useState(expanded);
  const [missing, setMissing] = useState<number | null>(null);
  if (evidence.length === 0) return null;
  const shown = open ? evidence : evidence.slice(0, 1);
  const hidden = evidence.length - shown.length;

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
            <button type="button" class="evidence-item" data-evidence-start={String(e.start)} onClick={() => void show(e.start)}>
              <span class="evidence-text">{e.text}</span>
              <span class="evidence-action">
                <LocateIcon />
                Show on page
              </span>
            </button>
            {missing === e.start && (
              <p class="evidence-missing" role="status">
                {missingMessage}
              </p>
            )}
          </li>
        ))}
      </ul>
      {evidence.length > 1 && (
        <button type="button" class="link-button evidence-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : `Show ${hidden} more ${hidden === 1 ? 'sentence' : 'sentences'}`}
        </button>
      )}
    </div>
  );
}
