import { useState } from 'preact/hooks';
import { HISTORY_STRINGS as S } from './strings';

/** Options page: where the remembered policies are, and one click to forget them all. */
export function HistoryOptions({ clear }: { clear?: () => Promise<void> }) {
  const [status, setStatus] = useState('');
  return (
    <section class="history-options" aria-labelledby="history-options-title">
      <h2 id="history-options-title" class="section-title">
        {S.listLabel}
      </h2>
      <p class="option-hint">
        <a href="/policy-history.html" target="_blank" rel="noopener">
          {S.optionsOpen}
        </a>{' '}
        {S.optionsText}
      </p>
      {clear && (
        <button
          type="button"
          class="button button-quiet"
          onClick={() =>
            void clear().then(
              () => setStatus(S.optionsCleared),
              () => setStatus(S.optionsClearFailed),
            )
          }
        >
          {S.optionsClear}
        </button>
      )}
      <p class="options-status" role="status">
        {status}
      </p>
    </section>
  );
}
