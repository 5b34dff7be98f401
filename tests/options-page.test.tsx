// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type SettingsStore } from '../components/OptionsPage';
import { DEFAULT_SETTINGS, SETTING_FIELDS, withDefaults, type Settings } from '../utils/settings-schema';

afterEach(cleanup);

function memoryStore(initial: Settings): SettingsStore & { saved: Settings[] } {
  const saved: Settings[] = [];
  return { saved, load: vi.fn(async () => initial), save: vi.fn(async (s: Settings) => void saved.push(s)) };
}

describe('options page', () => {
  it('shows one labelled switch per setting, checked as stored', async () => {
    const store = memoryStore({ ...DEFAULT_SETTINGS, toolbarBadge: false });
    render(<OptionsPage store={store} />);
    for (const field of SETTING_FIELDS) {
      const box = (await screen.findByLabelText(field.label)) as HTMLInputElement;
      expect(box.checked, field.key).toBe(field.key === 'toolbarBadge' ? false : DEFAULT_SETTINGS[field.key]);
    }
  });

  it('saves the whole settings object when a switch changes', async () => {
    const store = memoryStore(DEFAULT_SETTINGS);
    render(<OptionsPage store={store} />);
    const box = (await screen.findByLabelText('Highlight evidence on the page')) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0]).toEqual({ ...DEFAULT_SETTINGS, highlightEvidence: false });
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('says so when saving fails', async () => {
    const store = memoryStore(DEFAULT_SETTINGS);
    store.save = vi.fn(async () => Promise.reject(new Error('quota')));
    render(<OptionsPage store={store} />);
    fireEvent.click(await screen.findByLabelText('Show all evidence sentences'));
    expect(await screen.findByText('Could not save the setting.')).toBeTruthy();
  });
});

describe('withDefaults', () => {
  it('fills fields an older stored value lacks and ignores values of the wrong type', () => {
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ toolbarBadge: false, expandEvidence: 'yes' as never })).toEqual({ ...DEFAULT_SETTINGS, toolbarBadge: false });
  });
});
