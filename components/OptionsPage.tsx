import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, SETTING_FIELDS, type Settings } from '../utils/settings-schema';
import type { PracticeMeta } from '../analyzer/practice-meta';
import { t, tOr } from '../utils/i18n';
import { HistoryOptions } from './history/HistoryOptions';
import { LogoMark, ShieldIcon } from './icons';
import { WrongVerdictForm } from './WrongVerdictForm';

export type SettingsStore = { load(): Promise<Settings>; save(settings: Settings): Promise<void>; clearHistory?: () => Promise<void> };

type Props = {
  store: SettingsStore;
  /** The extension's version (manifest), shown and put in a wrong-verdict report. */
  version?: string;
  /** The practices a wrong-verdict report can be about (every practice's). */
  practices?: readonly PracticeMeta[];
  copy?: (text: string) => Promise<void>;
};

/** The options page: a few switches, saved as soon as they change; the version; "report a wrong verdict". */
export function OptionsPage({ store, version = '', practices = [], copy }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    store.load().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, [store]);

  const change = async (key: keyof Settings, value: boolean) => {
    if (!settings) return;
    const next = { ...settings, [key]: value };
    setSettings(next);
    try {
      await store.save(next);
      setStatus(t('options_saved'));
    } catch {
      setStatus(t('options_save_failed'));
    }
  };

  return (
    <main class="options">
      <header class="options-header">
        <LogoMark size={32} />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="options-sub">
            <ShieldIcon /> {t('options_sub')}
          </p>
          {version && <p class="options-version">{t('options_version', version)}</p>}
        </div>
      </header>
      {settings ? (
        <form class="options-list" onSubmit={(e) => e.preventDefault()}>
          {SETTING_FIELDS.map((field) => (
            <div class="option" key={field.key}>
              <input
                type="checkbox"
                role="switch"
                id={`setting-${field.key}`}
                aria-describedby={`hint-${field.key}`}
                checked={settings[field.key]}
                onChange={(e) => void change(field.key, e.currentTarget.checked)}
              />
              <label for={`setting-${field.key}`}>{tOr(`setting_${field.key}`, field.label)}</label>
              <p class="option-hint" id={`hint-${field.key}`}>
                {tOr(`setting_${field.key}_hint`, field.hint)}
              </p>
            </div>
          ))}
        </form>
      ) : (
        <p role="status">{t('options_loading')}</p>
      )}
      <p class="options-status" role="status">
        {status}
      </p>
      <HistoryOptions clear={store.clearHistory} />
      {copy && practices.length > 0 && <WrongVerdictForm version={version} practices={practices} copy={copy} />}
    </main>
  );
}
