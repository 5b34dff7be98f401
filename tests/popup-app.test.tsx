// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRACTICE_LIST } from '../analyzer/registry';
import { App } from '../components/App';
import { MAIN_BADGES } from '../components/practice-view';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';
import { fakeApi, HOSTILE_IMG, HOSTILE_SCRIPT, PAGE, reportResult, sampleReport } from './popup/fixtures';

afterEach(cleanup);

/** A promise the test settles by hand, to look at the popup while the analysis is still running. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('popup states', () => {
  it('shows the loading state at once, before the analysis answers', async () => {
    const pending = deferred<ReturnType<typeof reportResult>>();
    const api = fakeApi(() => pending.promise);
    render(<App api={api} />);
    expect(screen.getByText(/Reading the policy/)).toBeTruthy();
    await waitFor(() => expect(api.analyzeTab).toHaveBeenCalledWith(PAGE.tabId, false));
    expect(document.querySelector('[data-practice]')).toBeNull();
    pending.resolve(reportResult());
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(screen.queryByText(/Reading the policy/)).toBeNull();
  });

  it('asks for the analysis before the first paint, not after an animation frame (a popup still opening gets its frame late)', async () => {
    const api = fakeApi(() => new Promise(() => {}));
    // Rendered without act(): only what the render itself schedules has run, no frame and no timer.
    const host = document.createElement('div');
    document.body.append(host);
    preactRender(<App api={api} />, host);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(api.getActiveTab).toHaveBeenCalled();
    expect(api.analyzeTab).toHaveBeenCalledWith(PAGE.tabId, false);
    preactRender(null, host);
    host.remove();
  });

  it('renders a badge with data-practice and data-verdict for every registered practice, headline ones first', async () => {
    const report = sampleReport();
    render(<App api={fakeApi(reportResult(report))} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    const findings = report.practices as unknown as Record<string, { verdict: string }>;
    for (const practice of PRACTICE_LIST) {
      const el = document.querySelector(`[data-practice="${practice.id}"]`);
      expect(el, practice.id).not.toBeNull();
      expect(el!.getAttribute('data-verdict')).toBe(findings[practice.id]!.verdict);
    }
    expect(screen.getByText('Analysis ready.').getAttribute('role')).toBe('status');
    const headline = [...document.querySelectorAll('article.badge')].map((el) => el.getAttribute('data-practice'));
    expect(headline).toEqual(PRACTICE_LIST.slice(0, MAIN_BADGES).map((p) => p.id));
    const selling = document.querySelector('[data-practice="selling"]') as HTMLElement;
    expect(within(selling).getByText('Do they sell your data?')).toBeTruthy();
    expect(within(selling).getByText('Does not sell your data')).toBeTruthy();
    expect(within(selling).getByText(/does not sell personal information/)).toBeTruthy();
  });

  it('shows the page title and host in the header', async () => {
    render(<App api={fakeApi(reportResult())} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(screen.getByText(PAGE.title)).toBeTruthy();
    expect(screen.getByText('www.acme.example')).toBeTruthy();
    expect(screen.getByText(/nothing sent/)).toBeTruthy();
  });

  it('scrolls the page to an evidence sentence when it is clicked', async () => {
    const report = sampleReport();
    const api = fakeApi(reportResult(report));
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    const evidence = report.practices.selling.evidence[0]!;
    const button = document.querySelector(`[data-practice="selling"] [data-evidence-start="${evidence.start}"]`) as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    await waitFor(() => expect(api.scrollToEvidence).toHaveBeenCalledWith(PAGE.tabId, evidence.start));
  });

  it('says so when an evidence sentence is no longer on the page', async () => {
    const report = sampleReport();
    const api = fakeApi(reportResult(report));
    api.scrollToEvidence.mockResolvedValue(false);
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    fireEvent.click(document.querySelector('[data-evidence-start]')!);
    expect(await screen.findByText(/could not be found on the page/)).toBeTruthy();
  });

  it('explains that jumping to evidence needs highlights when they are turned off', async () => {
    const api = fakeApi(reportResult());
    api.scrollToEvidence.mockResolvedValue(false);
    api.getSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, highlightEvidence: false });
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    await waitFor(() => expect(api.getSettings).toHaveBeenCalled());
    fireEvent.click(document.querySelector('[data-evidence-start]')!);
    expect(await screen.findByText(/needs “Highlight evidence on the page”/)).toBeTruthy();
  });

  it('shows the runtime’s notice and how many sentences are highlighted', async () => {
    render(
      <App
        api={fakeApi(
          reportResult(sampleReport(), {
            notice: 'This page is very long: only its first 2 MB were read.',
            highlighted: 5,
            fromCache: true,
          }),
        )}
      />,
    );
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(screen.getByText('This page is very long: only its first 2 MB were read.')).toBeTruthy();
    expect(document.querySelector('.footnote')!.textContent).toMatch(/words read earlier, 5 sentences highlighted on the page/);
  });

  it('shows the verdicts as soon as they come, then the highlights’ count when the worker has drawn them', async () => {
    const finished = deferred<ReturnType<typeof reportResult>>();
    const api = { ...fakeApi(reportResult(sampleReport(), { pending: true })), finishAnalysis: vi.fn(() => finished.promise) };
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    // Verdicts on screen, the rest still coming: not settled, no count yet.
    expect(document.querySelector('.popup')!.hasAttribute('data-settled')).toBe(false);
    expect(document.querySelector('.footnote')!.textContent).not.toMatch(/highlighted/);
    // Asked once the verdicts are rendered (the worker highlights the page then), not before.
    await waitFor(() => expect(api.finishAnalysis).toHaveBeenCalledWith(PAGE.tabId, false, false));
    finished.resolve(reportResult(sampleReport(), { highlighted: 4 }));
    await waitFor(() => expect(document.querySelector('.popup[data-settled]')).not.toBeNull());
    expect(document.querySelector('.footnote')!.textContent).toMatch(/4 sentences highlighted on the page/);
  });

  it('replaces early verdicts by the error when the page changed while they were shown, and keeps them if the worker lost the run', async () => {
    const changed = { kind: 'error' as const, message: 'The page changed while PolicyLens was reading it.', page: reportResult().page };
    const api = { ...fakeApi(reportResult(sampleReport(), { pending: true })), finishAnalysis: vi.fn(async () => changed) };
    render(<App api={api} />);
    await screen.findByText(/The page changed while PolicyLens was reading it/, {}, { timeout: 15_000 });
    expect(document.querySelector('[data-practice]')).toBeNull();
    cleanup();
    const lost = { ...fakeApi(reportResult(sampleReport(), { pending: true })), finishAnalysis: vi.fn(async () => null) };
    render(<App api={lost} />);
    await waitFor(() => expect(document.querySelector('.popup[data-settled] [data-practice]')).not.toBeNull(), { timeout: 15_000 });
  });

  it('folds several evidence sentences behind "show more"', async () => {
    const report = sampleReport();
    const tracking = report.practices.tracking;
    tracking.evidence = [tracking.evidence[0]!, { text: 'A second sentence about cookies.', start: 9000, end: 9032 }];
    render(<App api={fakeApi(reportResult(report))} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    const badge = document.querySelector('[data-practice="tracking"]') as HTMLElement;
    expect(badge.querySelectorAll('[data-evidence-start]')).toHaveLength(1);
    fireEvent.click(within(badge).getByRole('button', { name: /Show 1 more sentence/ }));
    expect(badge.querySelectorAll('[data-evidence-start]')).toHaveLength(2);
  });

  it('marks a finding below 0.6 confidence as low confidence, and not one above', async () => {
    const report = sampleReport();
    report.practices.selling.confidence = 0.45;
    report.practices.age.confidence = 0.9;
    render(<App api={fakeApi(reportResult(report))} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(within(document.querySelector('[data-practice="selling"]') as HTMLElement).queryByText('Low confidence')).toBeTruthy();
    expect(within(document.querySelector('[data-practice="age"]') as HTMLElement).queryByText('Low confidence')).toBeNull();
  });

  it('folds low-confidence findings when the setting says so, until asked', async () => {
    const report = sampleReport();
    report.practices.selling.confidence = 0.45;
    const api = fakeApi(reportResult(report));
    api.getSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, showLowConfidence: false });
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    const badge = document.querySelector('[data-practice="selling"]') as HTMLElement;
    await waitFor(() => expect(within(badge).queryByText(/unsure/)).toBeTruthy());
    expect(badge.querySelector('[data-evidence-start]')).toBeNull();
    expect(badge.getAttribute('data-verdict')).toBe('does-not-sell');
    fireEvent.click(within(badge).getByRole('button', { name: 'Show it anyway' }));
    expect(badge.querySelector('[data-evidence-start]')).not.toBeNull();
  });

  it('says plainly when the page is not a policy, names its policy link, opens it, and analyzes anyway with force', async () => {
    const api = fakeApi(
      reportResult(sampleReport({ isPolicy: false }), { policyLink: { text: 'Privacy Notice', href: 'https://acme.example/privacy' } }),
    );
    render(<App api={api} />);
    expect(await screen.findByText(/doesn’t look like a privacy policy/)).toBeTruthy();
    expect(screen.getByText('This page does not look like a privacy policy.').getAttribute('role')).toBe('status');
    expect(document.querySelector('[data-practice]')).toBeNull();
    expect(screen.getByText('Privacy Notice')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Open the privacy policy/ }));
    expect(api.openUrl).toHaveBeenCalledWith(PAGE.tabId, 'https://acme.example/privacy');
    fireEvent.click(screen.getByRole('button', { name: 'Analyze anyway' }));
    await waitFor(() => expect(api.analyzeTab).toHaveBeenLastCalledWith(PAGE.tabId, true));
    // Forced: the verdicts show, with a warning that the page may not be a policy.
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(screen.getByText(/may not be a privacy policy/)).toBeTruthy();
  });

  it('never offers to open a javascript: policy link from the page', async () => {
    const api = fakeApi(reportResult(sampleReport({ isPolicy: false }), { policyLink: { text: 'Privacy', href: 'javascript:alert(1)' } }));
    render(<App api={api} />);
    await screen.findByText(/doesn’t look like a privacy policy/);
    expect(screen.queryByRole('button', { name: /Open the privacy policy/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Analyze anyway' })).toBeTruthy();
  });

  it('shows the unsupported message', async () => {
    render(
      <App api={fakeApi({ kind: 'unsupported', reason: 'pdf', message: 'This is a PDF file; PolicyLens reads web pages.', page: null })} />,
    );
    expect(await screen.findByText('This is a PDF file; PolicyLens reads web pages.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /PDF/ })).toBeTruthy();
  });

  it('shows an error with a retry that analyzes again', async () => {
    const api = fakeApi({ kind: 'error', message: 'The page did not answer.', page: null });
    render(<App api={api} />);
    expect(await screen.findByText('The page did not answer.')).toBeTruthy();
    api.analyzeTab.mockResolvedValueOnce(reportResult());
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(api.analyzeTab).toHaveBeenCalledTimes(2);
  });

  it('turns a rejected message into the error state instead of a blank popup', async () => {
    const api = fakeApi(() => Promise.reject(new Error('Could not establish connection')));
    render(<App api={api} />);
    expect(await screen.findByText(/Could not establish connection/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows the error state, not a blank popup, when a result cannot be rendered', async () => {
    const broken = { ...sampleReport(), practices: undefined } as never;
    const api = fakeApi(reportResult(broken));
    render(<App api={api} />);
    expect(await screen.findByText(/could not show this result/)).toBeTruthy();
    api.analyzeTab.mockResolvedValueOnce(reportResult());
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
  });

  it('shows an error when there is no active tab', async () => {
    const api = fakeApi(reportResult());
    api.getActiveTab.mockResolvedValue(null as never);
    render(<App api={api} />);
    expect(await screen.findByText(/no open tab/)).toBeTruthy();
    expect(api.analyzeTab).not.toHaveBeenCalled();
  });
});

describe('popup with hostile page text', () => {
  it('renders markup in the title and evidence as inert text', async () => {
    const report = sampleReport({ title: HOSTILE_SCRIPT });
    const evidence = report.practices.selling.evidence[0]!;
    evidence.text = `We do not sell ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`;
    const api = fakeApi(reportResult(report, { page: { ...PAGE, title: `${HOSTILE_IMG} Policy` }, notice: HOSTILE_SCRIPT }));
    const { container } = render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(HOSTILE_IMG);
    expect(container.textContent).toContain(`We do not sell ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`);
  });

  it('renders markup in the policy link text as inert text', async () => {
    const link = { text: `${HOSTILE_IMG}Privacy`, href: 'https://acme.example/privacy' };
    const { container } = render(<App api={fakeApi(reportResult(sampleReport({ isPolicy: false }), { policyLink: link }))} />);
    await screen.findByText(/doesn’t look like a privacy policy/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.policy-link-text')!.textContent).toBe(link.text);
  });
});

describe('popup exports', () => {
  it('downloads Markdown and JSON with dated, host-based names and copies Markdown with a confirmation', async () => {
    const api = fakeApi(reportResult());
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    const [[mdName, md, mdType], [jsonName, json, jsonType]] = api.download.mock.calls;
    expect(mdName).toMatch(/^policylens-acme\.example-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
    expect(mdType).toContain('text/markdown');
    expect(md).toContain('We do not sell your personal information to anyone.');
    expect(jsonName).toMatch(/^policylens-acme\.example-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(jsonType).toContain('application/json');
    expect(JSON.parse(json).page.url).toBe(PAGE.url);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(api.copy.mock.calls[0]![0]).toBe(md.replace(/on \S+Z\./, api.copy.mock.calls[0]![0].match(/on \S+Z\./)![0]));
  });

  it('says so when the clipboard refuses', async () => {
    const api = fakeApi(reportResult());
    api.copy.mockRejectedValue(new Error('denied'));
    render(<App api={api} />);
    await screen.findAllByRole('article', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByText(/Could not copy/, { selector: 'p' })).toBeTruthy();
  });
});
