import { UnsupportedIcon } from './icons';
import { t } from '../utils/i18n';

const titleOf = (reason: string) => t(`unsupported_${reason.replace(/-/g, '_')}`) || t('unsupported_forbidden');

/** Pages PolicyLens cannot analyze (browser pages, PDFs, other languages): the reason in plain words. */
export function UnsupportedState({ reason, message }: { reason: string; message: string }) {
  return (
    <section class="state state-unsupported" aria-labelledby="state-title" data-reason={reason}>
      <UnsupportedIcon />
      <h2 id="state-title">{titleOf(reason)}</h2>
      <p class="state-text">{message}</p>
    </section>
  );
}
