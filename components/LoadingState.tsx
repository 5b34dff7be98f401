import { MAIN_BADGES } from './main-badges';
import { t } from '../utils/i18n';

/** Shown the instant the popup opens: a spinner line and skeleton badges in the final layout. */
export function LoadingState() {
  return (
    <section class="state-loading" aria-busy="true">
      <p class="loading-line" role="status">
        <span class="spinner" aria-hidden="true" />
        {t('loading')}
      </p>
      {Array.from({ length: MAIN_BADGES }, (_, i) => (
        <div key={i} class="badge skeleton" aria-hidden="true">
          <span class="skeleton-circle" />
          <span class="skeleton-lines">
            <span class="skeleton-line wide" />
            <span class="skeleton-line" />
            <span class="skeleton-line faint" />
          </span>
        </div>
      ))}
    </section>
  );
}
