// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFileName, MIME, toJsonExport, toMarkdownExport } from '../utils/popup/export-report';
import { downloadText } from '../utils/popup/save-file';
import { PRACTICE_LIST } from '../analyzer/registry';
import { HOSTILE_IMG, HOSTILE_SCRIPT, PAGE, sampleReport } from './popup/fixtures';

// Local noon, 9 March 2026: file names carry the user's local day, in any time zone.
const DATE = new Date(2026, 2, 9, 12, 15);
const page = { title: PAGE.title, url: PAGE.url };

afterEach(() => vi.restoreAllMocks());

describe('export file names', () => {
  it('are policylens-<host>-<yyyy-mm-dd>-<hhmm>.<ext> without www: two exports of a day do not collide', () => {
    expect(exportFileName('https://www.Example.co.uk/privacy?x=1', 'md', DATE)).toBe('policylens-example.co.uk-2026-03-09-1215.md');
    expect(exportFileName('https://shop.example.com:8443/p', 'json', DATE)).toBe('policylens-shop.example.com-2026-03-09-1215.json');
    expect(exportFileName('https://shop.example.com/p', 'json', new Date(2026, 2, 9, 7, 5))).toBe(
      'policylens-shop.example.com-2026-03-09-0705.json',
    );
  });

  it('fall back to "page" when there is no usable host', () => {
    expect(exportFileName(null, 'md', DATE)).toBe('policylens-page-2026-03-09-1215.md');
    expect(exportFileName('file:///home/me/policy.html', 'md', DATE)).toBe('policylens-page-2026-03-09-1215.md');
    expect(exportFileName('not a url', 'json', DATE)).toBe('policylens-page-2026-03-09-1215.json');
  });

  it('keep only safe characters from an internationalised host', () => {
    const name = exportFileName('https://bücher.example/datenschutz', 'md', DATE);
    expect(name).toMatch(/^policylens-[a-z0-9.-]+-2026-03-09-1215\.md$/);
    expect(name).toContain('xn--');
  });
});

describe('Markdown export', () => {
  it('holds the title, URL, analysis and export dates, every verdict and the evidence', () => {
    const report = sampleReport();
    const md = toMarkdownExport(report, page, DATE);
    expect(md).toMatch(/^# PolicyLens summary: Privacy Policy – Acme Widgets\n/);
    expect(md).toContain(`- URL: <${PAGE.url}>`);
    expect(md).toContain(`- Analyzed: ${report.analyzedAt}`);
    expect(md).toContain(`Exported from PolicyLens on ${DATE.toISOString()}`);
    expect(md).toContain('## Selling data: Does not sell');
    expect(md).toContain('> We do not sell your personal information to anyone.');
    expect(md).toContain('> We keep account data for 90 days after you close your account.');
  });

  it('opens with a table row per registered practice, in registry order', () => {
    const md = toMarkdownExport(sampleReport(), page, DATE);
    const rows = md.split('\n').filter((line) => /^\| (?!Practice|---)/.test(line));
    expect(rows.map((r) => r.split(' | ')[0]!.slice(2))).toEqual(PRACTICE_LIST.map((p) => p.title));
    expect(md).toContain('| Selling data | Does not sell | 90 % |');
  });

  it('uses the tab title and URL when the report has none', () => {
    const md = toMarkdownExport(sampleReport({ title: null, url: null, source: 'tab' }), page, DATE);
    expect(md).toContain('# PolicyLens summary: Privacy Policy – Acme Widgets');
    expect(md).toContain(`<${PAGE.url}>`);
  });

  it('keeps markup in page text inert: no raw tag, no live link', () => {
    const report = sampleReport({ title: `${HOSTILE_SCRIPT} Policy`, url: 'javascript:alert(1)' });
    report.practices.selling.evidence[0]!.text = `We do not sell ${HOSTILE_IMG} [click](javascript:alert(1))`;
    const md = toMarkdownExport(report, page, DATE);
    // Every "<" is backslash-escaped, so no renderer sees a tag.
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toContain('](javascript:');
    expect(md).not.toContain('<javascript:');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('leaves plain text readable: no escapes where no markup could form', () => {
    const report = sampleReport();
    report.practices.selling.evidence[0]!.text = 'We keep logs for thirty (30) days, e.g. server & access logs! 1. Done; #1 rule + more.';
    const md = toMarkdownExport(report, page, DATE);
    expect(md).toContain('> We keep logs for thirty (30) days, e.g. server & access logs! 1. Done; #1 rule + more.');
  });

  it('does not break on a URL with a stray percent sign', () => {
    const md = toMarkdownExport(sampleReport({ url: 'https://acme.example/privacy%zz' }), page, DATE);
    expect(md).toContain('acme.example/privacy%zz');
  });
});

describe('JSON export', () => {
  it('is the report plus the page title, URL and export date', () => {
    const report = sampleReport();
    const data = JSON.parse(toJsonExport(report, page, DATE));
    expect(data.exportedAt).toBe(DATE.toISOString());
    expect(data.page).toEqual({ title: PAGE.title, url: PAGE.url });
    expect(data.report).toEqual(report);
    expect(data.report.practices.selling.evidence[0].text).toBe('We do not sell your personal information to anyone.');
  });

  it('round-trips hostile text exactly while writing no raw angle brackets', () => {
    const report = sampleReport({ title: HOSTILE_SCRIPT });
    report.practices.age.evidence[0]!.text = `${HOSTILE_IMG} & more`;
    const json = toJsonExport(report, page, DATE);
    expect(json).not.toMatch(/[<>]/);
    const data = JSON.parse(json);
    expect(data.report.title).toBe(HOSTILE_SCRIPT);
    expect(data.report.practices.age.evidence[0].text).toBe(`${HOSTILE_IMG} & more`);
  });
});

describe('downloadText', () => {
  it('clicks a download link to a Blob URL with the file name, then removes the link', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:policylens/1');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('policylens-acme.example-2026-03-09.md', '# hi', MIME.md);
    const clicked = click.mock.contexts[0] as HTMLAnchorElement | undefined;
    expect(clicked!.download).toBe('policylens-acme.example-2026-03-09.md');
    expect(clicked!.href).toBe('blob:policylens/1');
    expect(clicked!.isConnected).toBe(false);
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toContain('text/markdown');
    expect(await blob.text()).toBe('# hi');
  });
});
