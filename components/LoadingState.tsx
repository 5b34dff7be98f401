import { MAIN_BADGES } from './main-badges';
import { t } from '../utils/i18n';

/** Shown the instant the popup opens: a spinner line and a skeleton of the answers block, in the final layout. */
export function LoadingState() {
  return (
    <section class="state-loading" aria-busy="true">
      <p class="loading-line" role="status">
        <span class="spinner" aria-hidden="true" />
        {t('loading')}
      </p>
      {/* The shape of the answers block that replaces it, so nothing jumps when the result arrives. */}
      <div class="answers skeleton-answers" aria-hidden="true">
        <span class="skeleton-line wide skeleton-bottom-line" />
        {Array.from({ length: MAIN_BADGES }, (_, i) => (
          <div key={i} class="skeleton-answer">
            <span class="skeleton-circle small" />
            <span class="skeleton-line" />
            <span class="skeleton-line faint" />
          </div>
        ))}
      </div>
    </section>
  );
}
