import { ErrorIcon, RefreshIcon } from './icons';

/** The analysis failed: the message and a way to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry: (() => void) | null }) {
  return (
    <section class="state state-error" aria-labelledby="state-title">
      <ErrorIcon />
      <h2 id="state-title">Something went wrong</h2>
      <p class="state-text" role="alert">
        {message}
      </p>
      {onRetry && (
        <button type="button" class="button button-primary" onClick={onRetry}>
          <RefreshIcon />
          Try again
        </button>
      )}
    </section>
  );
}
