import { ErrorIcon, RefreshIcon } from './icons';
import { t } from '../utils/i18n';

/** The analysis failed: the message and a way to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry: (() => void) | null }) {
  return (
    <section class="state state-error" aria-labelledby="state-title">
      <ErrorIcon />
      <h2 id="state-title">{t('error_title')}</h2>
      <p class="state-text" role="alert">
        {message}
      </p>
      {onRetry && (
        <button type="button" class="button button-primary" onClick={onRetry}>
          <RefreshIcon />
          {t('error_retry')}
        </button>
      )}
    </section>
  );
}
