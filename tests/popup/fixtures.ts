import { vi } from 'vitest';
import { analyze } from '../../analyzer/index';
import type { Report } from '../../analyzer/types';
import type { AnalysisResult, PageInfo } from '../../utils/tab-analysis';
import type { PopupApi } from '../../utils/popup/popup-api';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

/** A short policy written for these tests: every headline practice gets evidence. */
export const POLICY_TEXT = [
  'Privacy Policy',
  'This privacy policy explains how Acme Widgets collects, uses and shares your personal information.',
  'Cookies',
  'We use cookies. Our advertising partners, including Google Analytics, place cookies to track visitors across sites.',
  'Analytics providers also set their own cookies to measure how our pages are used.',
  'Selling',
  'We do not sell your personal information to anyone.',
  'Retention',
  'We keep account data for 90 days after you close your account.',
  'Children',
  'Our service is not directed to children under 13 and we do not knowingly collect their personal information.',
  'Contact us at privacy@acme.example with any questions about this privacy policy and your personal data.',
].join('\n');

export const PAGE: PageInfo = { tabId: 7, url: 'https://www.acme.example/legal/privacy', title: 'Privacy Policy – Acme Widgets' };

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return { ...analyze(POLICY_TEXT, { url: PAGE.url, title: PAGE.title }), ...overrides };
}

export function reportResult(
  report: Report = sampleReport(),
  extra: Partial<Extract<AnalysisResult, { kind: 'report' }>> = {},
): AnalysisResult {
  return { kind: 'report', report, page: PAGE, policyLink: null, fromCache: false, ...extra };
}

/** A fake browser for the popup: every call is a spy; `analyzeTab` answers with `result`. */
export function fakeApi(result: AnalysisResult | (() => Promise<AnalysisResult>)) {
  const api = {
    getActiveTab: vi.fn(async () => ({ id: PAGE.tabId, url: PAGE.url, title: PAGE.title })),
    analyzeTab: vi.fn(async (_tabId: number, _force: boolean) => (typeof result === 'function' ? result() : result)),
    scrollToEvidence: vi.fn(async (_tabId: number, _start: number) => true),
    clearHighlights: vi.fn(async (_tabId: number) => undefined),
    openUrl: vi.fn(async (_tabId: number, _url: string) => undefined),
    getSettings: vi.fn(async () => DEFAULT_SETTINGS),
    openOptions: vi.fn(),
    download: vi.fn((_name: string, _text: string, _mime: string) => undefined),
    copy: vi.fn(async (_text: string) => undefined),
  } satisfies PopupApi;
  return api;
}

export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
