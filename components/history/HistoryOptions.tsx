import { useState } from 'preact/hooks';

/** Options page: where the remembered policies are, and one click to forget them all. */
export function HistoryOptions({ clear }: { clear?: () => Promise<void> }) {
  const [status, setStatus] = useState('');
  return (
    <section class="history-options" aria-labelledby="history-options-title">
      <h2 id="history-options-title" class="section-title">
        Remembered policies
      </h2>
      <p class="option-hint">
        <a href="/policy-history.html" target="_blank" rel="noopener">
          Open history
        </a>{' '}
        to search the policies you have read, compare versions, export them, or watch one for changes.
      </p>
      {clear && (
        <button
          type="button"
          class="button button-quiet"
          onClick={() =>
            void clear().then(
              () => setStatus('History cleared: every remembered policy is gone.'),
              () => setStatus('Could not clear the history.'),
            )
          }
        >
          Clear history
        </button>
      )}
      <p class="options-status" role="status">
        {status}
      </p>
    </section>
  );
}
