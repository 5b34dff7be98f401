import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { ErrorState } from './ErrorState';
import { t } from '../utils/i18n';

/** Never a blank popup: a result that fails to render (say, an unexpected report shape) becomes the error state. */
export function RenderGuard({ children, onRetry }: { children: ComponentChildren; onRetry: (() => void) | null }) {
  const [error, reset] = useErrorBoundary();
  if (error) {
    const retry = onRetry;
    return (
      <ErrorState
        message={t('error_could_not_show', error instanceof Error ? error.message : String(error))}
        onRetry={
          retry
            ? () => {
                reset();
                retry();
              }
            : null
        }
      />
    );
  }
  return <>{children}</>;
}
