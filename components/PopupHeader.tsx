import { GearIcon, LogoMark, ShieldIcon } from './icons';

type Props = { title: string | null; host: string | null; onOpenOptions?: () => void };

/** Product mark, the page being read, and the promise that nothing leaves the device. */
export function PopupHeader({ title, host, onOpenOptions }: Props) {
  return (
    <header class="popup-header">
      <div class="brand-row">
        <LogoMark />
        <h1 class="brand-name">PolicyLens</h1>
        <span class="on-device" title="The analysis runs in your browser. PolicyLens makes no network requests.">
          <ShieldIcon />
          On-device · nothing sent
        </span>
        {onOpenOptions && (
          <button type="button" class="icon-button" aria-label="Settings" onClick={onOpenOptions}>
            <GearIcon />
          </button>
        )}
      </div>
      {(title || host) && (
        <div class="page-info">
          <p class="page-title" title={title ?? undefined}>
            {title || 'Untitled page'}
          </p>
          {host && <p class="page-host">{host}</p>}
        </div>
      )}
    </header>
  );
}
