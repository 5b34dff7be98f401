import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './settings-schema';

export * from './settings-schema';

/** The options page writes it; the popup and the runtime read it (`await settingsItem.getValue()`, or `loadSettings()`). */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Stored settings with defaults filled in for fields an older version did not save. */
export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(withDefaults(settings));
}
