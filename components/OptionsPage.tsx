import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, SETTING_FIELDS, type Settings } from '../utils/settings-schema';
import { HistoryOptions } from './history/HistoryOptions';
import { LogoMark, ShieldIcon } from './icons';

export type SettingsStore = { load(): Promise<Settings>; save(settings: Settings): Promise<void>; clearHistory?: () => Promise<void> };

/** The options page: a few switches, saved as soon as they change. */
export function OptionsPage({ store }: { store: SettingsStore }) {
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
      setStatus('Saved.');
    } catch {
      setStatus('Could not save the setting.');
    }
  };

  return (
    <main class="options">
      <header class="options-header">
        <LogoMark size={32} />
        <div>
          <h1>PolicyLens settings</h1>
          <p class="options-sub">
            <ShieldIcon /> Everything runs on your device. These settings stay in this browser.
          </p>
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
              <label for={`setting-${field.key}`}>{field.label}</label>
              <p class="option-hint" id={`hint-${field.key}`}>
                {field.hint}
              </p>
            </div>
          ))}
        </form>
      ) : (
        <p role="status">Loading settings…</p>
      )}
      <p class="options-status" role="status">
        {status}
      </p>
      <HistoryOptions clear={store.clearHistory} />
    </main>
  );
}
