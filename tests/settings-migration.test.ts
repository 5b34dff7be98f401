import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';

// WXT migrates when the item is defined (module load): each case stores first, then loads a fresh module.
async function loadWith(stored: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(stored);
  vi.resetModules();
  const settings = await import('../utils/settings');
  await settings.settingsItem.migrate();
  return settings;
}

beforeEach(() => {
  vi.stubGlobal('chrome', fakeBrowser);
  fakeBrowser.reset();
});
afterAll(() => vi.unstubAllGlobals());

describe('stored settings migrate to the current version without loss', () => {
  it('a v1 value keeps every field it had and gains the rest, marked with the new version', async () => {
    const settings = await loadWith({ settings: { highlightEvidence: false, expandEvidence: true }, settings$: { v: 1 } });
    const expected = { ...DEFAULT_SETTINGS, highlightEvidence: false, expandEvidence: true };
    expect(await settings.loadSettings()).toEqual(expected);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(expected);
    expect(raw.settings$).toMatchObject({ v: settings.SETTINGS_VERSION });
  });

  it('an unversioned value (saved before versioning) is read as v1 and migrated', async () => {
    const settings = await loadWith({ settings: { toolbarBadge: false, showLowConfidence: false } });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, toolbarBadge: false, showLowConfidence: false });
    expect(raw.settings$).toMatchObject({ v: settings.SETTINGS_VERSION });
  });

  it('a malformed value becomes the defaults; fields of the wrong type fall back one by one', async () => {
    for (const bad of ['garbage', 42, ['highlightEvidence'], null]) {
      fakeBrowser.reset();
      const settings = await loadWith({ settings: bad, settings$: { v: 1 } });
      expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS);
    }
    fakeBrowser.reset();
    const settings = await loadWith({ settings: { highlightEvidence: 'no', toolbarBadge: false, extra: '<x>' }, settings$: { v: 1 } });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, toolbarBadge: false });
    expect(await settings.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, toolbarBadge: false });
  });

  it('has a migration for every version step up to the current one', async () => {
    const settings = await loadWith({});
    for (let v = 2; v <= settings.SETTINGS_VERSION; v++) expect(typeof settings.SETTINGS_MIGRATIONS[v as 2]).toBe('function');
  });
});
