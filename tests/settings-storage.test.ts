import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as SettingsModule from '../utils/settings';

let settings: typeof SettingsModule;

beforeAll(async () => {
  // WXT storage reads the extension API when the module loads: give it the in-memory fake first.
  vi.stubGlobal('chrome', fakeBrowser);
  settings = await import('../utils/settings');
});

describe('settings in WXT storage', () => {
  it('reads the defaults before anything is saved, then what was saved, under local:settings', async () => {
    expect(await settings.loadSettings()).toEqual(settings.DEFAULT_SETTINGS);
    await settings.saveSettings({ ...settings.DEFAULT_SETTINGS, highlightEvidence: false });
    expect(await settings.loadSettings()).toEqual({ ...settings.DEFAULT_SETTINGS, highlightEvidence: false });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toMatchObject({ highlightEvidence: false });
  });

  it('completes a value stored by an older version with the new fields', async () => {
    await fakeBrowser.storage.local.set({ settings: { toolbarBadge: false } });
    expect(await settings.loadSettings()).toEqual({ ...settings.DEFAULT_SETTINGS, toolbarBadge: false });
  });
});
