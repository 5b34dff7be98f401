import { describe, expect, it } from 'vitest';
import { pageIdentity } from '../utils/page-identity';
import { showsReport } from '../utils/report-gate';

describe('pageIdentity: one rule for naming a page', () => {
  it('takes each of title and URL from the first source that has it, in the order given', () => {
    const page = { title: 'Privacy at Acme', url: null };
    const report = { title: 'Acme policy', url: 'https://acme.test/privacy' };
    const tab = { title: 'Tab title', url: 'https://acme.test/' };
    expect(pageIdentity(page, report, tab)).toEqual({ title: 'Privacy at Acme', url: 'https://acme.test/privacy' });
    expect(pageIdentity(report, page)).toEqual({ title: 'Acme policy', url: 'https://acme.test/privacy' });
  });
  it('skips empty strings and missing sources, and says null when no source knows', () => {
    expect(pageIdentity(null, { title: '', url: '' }, { title: 'Tab' })).toEqual({ title: 'Tab', url: null });
    expect(pageIdentity(undefined)).toEqual({ title: null, url: null });
  });
});

describe('showsReport: a policy, or a page the user chose to analyze anyway', () => {
  it('shows a policy whether or not it was forced', () => {
    expect(showsReport({ isPolicy: true }, false)).toBe(true);
    expect(showsReport({ isPolicy: true }, true)).toBe(true);
  });
  it('shows a non-policy only when forced', () => {
    expect(showsReport({ isPolicy: false }, false)).toBe(false);
    expect(showsReport({ isPolicy: false }, true)).toBe(true);
  });
});
