import type { EvidenceChange, VerdictChange } from '../../utils/history/diff';
import { HISTORY_STRINGS, practiceTitle, verdictLabel, verdictTone } from './strings';

/** "Selling: Does not sell → Sells data", one line per practice whose verdict changed. */
export function VerdictChangeList({ changes }: { changes: VerdictChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul class="verdict-changes">
      {changes.map((c) => (
        <li key={c.practice} data-change-practice={c.practice} data-before={c.before} data-after={c.after}>
          <span class="change-practice">{practiceTitle(c.practice)}:</span>{' '}
          <span class={`chip tone-${verdictTone(c.practice, c.before)}`}>{verdictLabel(c.practice, c.before)}</span>
          <span aria-label={HISTORY_STRINGS.became}> → </span>
          <span class={`chip tone-${verdictTone(c.practice, c.after)}`}>{verdictLabel(c.practice, c.after)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Evidence sentences added and removed, per practice, each practice folded. */
export function EvidenceChanges({ changes, open = false }: { changes: EvidenceChange[]; open?: boolean }) {
  if (changes.length === 0) return null;
  return (
    <div class="evidence-changes">
      {changes.map((c) => (
        <details key={c.practice} open={open} data-evidence-practice={c.practice}>
          <summary>
            {practiceTitle(c.practice)}: {c.added.length > 0 && `+${c.added.length}`} {c.removed.length > 0 && `−${c.removed.length}`}
          </summary>
          {c.added.length > 0 && (
            <ul class="evidence-added" aria-label={HISTORY_STRINGS.added}>
              {c.added.map((s) => (
                <li key={s}>
                  <ins>{s}</ins>
                </li>
              ))}
            </ul>
          )}
          {c.removed.length > 0 && (
            <ul class="evidence-removed" aria-label={HISTORY_STRINGS.removed}>
              {c.removed.map((s) => (
                <li key={s}>
                  <del>{s}</del>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
