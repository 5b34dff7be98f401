import { t } from '../utils/i18n';
import { listWords } from '../utils/verdict-answers';

type Props = { loaded: string[]; named: string[] };

/**
 * What the page itself loads beside what the policy claims: "The policy names Google Analytics;
 * this page also loads Hotjar". From the page's resource entries, read on the device.
 */
export function PageTrackers({ loaded, named }: Props) {
  const unnamed = loaded.filter((name) => !named.includes(name));
  return (
    <section class="page-trackers" aria-labelledby="trackers-title">
      <h2 class="section-title" id="trackers-title">
        {t('trackers_title')}
      </h2>
      <div class="panel">
        {loaded.length ? <p>{t('trackers_loaded_intro')}</p> : <p data-trackers-none>{t('trackers_none_loaded')}</p>}
        {loaded.length > 0 && (
          <ul class="tracker-list">
            {loaded.map((name) => (
              <li
                key={name}
                class={`chip ${named.includes(name) ? 'tone-neutral' : 'tone-caution'}`}
                data-tracker={name}
                data-named={String(named.includes(name))}
              >
                {name}
              </li>
            ))}
          </ul>
        )}
        {named.length > 0 && <p class="panel-note">{t('trackers_policy_names', listWords(named))}</p>}
        {loaded.length > 0 && unnamed.length > 0 && (
          <p class="panel-note" data-trackers-unnamed>
            {t('trackers_unnamed', listWords(unnamed))}
          </p>
        )}
      </div>
    </section>
  );
}
