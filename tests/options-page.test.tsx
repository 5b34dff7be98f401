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

describe('options page: version and "report a wrong verdict"', () => {
  it('shows the version and copies a Markdown report with the practice, verdicts and sentence, text kept inert', async () => {
    const { PRACTICE_LIST } = await import('../analyzer/registry');
    const copy = vi.fn(async (_text: string) => undefined);
    render(<OptionsPage store={memoryStore(DEFAULT_SETTINGS)} version="9.8.7" practices={PRACTICE_LIST} copy={copy} />);
    expect(await screen.findByText('Version 9.8.7')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Practice'), { target: { value: 'retention' } });
    fireEvent.input(screen.getByLabelText('What PolicyLens said'), { target: { value: 'Fixed period' } });
    fireEvent.input(screen.getByLabelText('What it should say'), { target: { value: 'Kept indefinitely' } });
    fireEvent.input(screen.getByLabelText('The sentence (paste it from the page)'), {
      target: { value: 'We keep logs <b>forever</b> (see [x](javascript:alert(1))).' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    const md = copy.mock.calls[0]![0];
    expect(md).toContain('- PolicyLens version: 9.8.7');
    expect(md).toContain('- Practice: Data retention');
    expect(md).toContain('- PolicyLens said: Fixed period');
    expect(md).toContain('- It should say: Kept indefinitely');
    expect(md).toContain('> We keep logs \\<b\\>forever\\</b\\>');
    expect(md).not.toContain('](javascript:');
    expect(await screen.findByText(/Copied\. Paste it/)).toBeTruthy();
  });

  it('keeps each setting label at least as large as its hint (options stylesheet)', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('entrypoints/options/style.css', 'utf8');
    const size = (selector: string) => Number(new RegExp(`${selector.replace('.', '\\.')} \\{[^}]*font-size: ([\\d.]+)px`).exec(css)?.[1]);
    expect(size('.option label')).toBeGreaterThanOrEqual(size('.option-hint'));
  });
});
