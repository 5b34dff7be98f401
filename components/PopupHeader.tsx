import { GearIcon, LogoMark, ShieldIcon } from './icons';
import { t } from '../utils/i18n';

type Props = { title: string | null; host: string | null; onOpenOptions?: () => void };

/** Product mark, the page being read, and the promise that nothing leaves the device. */
export function PopupHeader({ title, host, onOpenOptions }: Props) {
  return (
    <header class="popup-header">
      <div class="brand-row">
        <LogoMark />
        <h1 class="brand-name">PolicyLens</h1>
        <span class="on-device" title={t('header_on_device_hint')}>
          <ShieldIcon />
          {t('header_on_device')}
        </span>
        {onOpenOptions && (
          <button type="button" class="icon-button" aria-label={t('header_settings')} onClick={onOpenOptions}>
            <GearIcon />
          </button>
        )}
      </div>
      {(title || host) && (
        <div class="page-info">
          <p class="page-title" title={title ?? undefined}>
            {title || t('header_untitled')}
          </p>
          {host && <p class="page-host">{host}</p>}
        </div>
      )}
    </header>
  );
}
