import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './settings-schema';

export * from './settings-schema';

/**
 * Stored-shape versions, run by WXT once per stored value (its version sits under `settings$`).
 * v1 (and values saved before versioning, which WXT reads as v1) could be partial or malformed;
 * v2 is always complete. A later shape change adds `3: (v2) => ...` and bumps SETTINGS_VERSION.
 */
export const SETTINGS_VERSION = 2;
export const SETTINGS_MIGRATIONS = {
  2: (v1: unknown): Settings => withDefaults(v1 && typeof v1 === 'object' && !Array.isArray(v1) ? (v1 as Partial<Settings>) : null),
};

/** The options page writes it; the popup and the runtime read it (`await settingsItem.getValue()`, or `loadSettings()`). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Stored settings with defaults filled in for fields an older version did not save. */
export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(withDefaults(settings));
}
