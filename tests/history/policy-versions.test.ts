/**
 * Real change histories: successive versions of six privacy policies recorded by Open Terms Archive
 * (ODC-BY 1.0, "Open Terms Archive contributors"), read from ../shared/policy-versions, never copied here.
 * Each version goes through the extension's own extraction (as the HTML page a site would serve) and analyzer.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/index';
import { extractPolicyText } from '../../utils/extract-policy-text';
import { EMPTY_HISTORY, recordAnalysis, type History } from '../../utils/history/history-model';
import { normalizePolicyText } from '../../utils/history/normalize-text';
import { snapshotOf } from '../../utils/history/snapshot';
import { textHash } from '../../utils/history/text-hash';
import {
  hasPolicyVersions,
  markdownPage,
  MISSING_MESSAGE,
  policyVersions,
  versionMarkdown,
  type PolicyVersion,
} from '../support/policy-versions';

/**
 * Consecutive versions whose only differences are noise, and which noise (checked by reading each diff):
 * anything not listed here must come out as changed.
 */
const NOISE_ONLY: Record<string, string> = {
  'chatgpt/2026-01-21-00ebc7b8.md': 'markup: blank <br> lines in a table cell',
  'chatgpt/2026-07-09-4d340967.md': '"Table of contents" navigation lines removed',
  'chatgpt/2026-07-20-6c47dde5.md': 'whitespace-only lines',
  'chatgpt/2026-07-25-e65db9d4.md': 'a straight apostrophe became a curly one',
  'claude-ai/2025-11-29-c65ff25e.md': 'a link target (session token) changed',
  'claude-ai/2025-12-09-a3396961.md': 'a link target (session token) changed',
  'claude-ai/2025-12-18-c11ce943.md': 'a link target (session token) changed',
  'claude-ai/2025-12-24-9aaf5c25.md': 'a link target (session token) changed',
  'claude-ai/2025-12-30-3068f46b.md': 'a link target (session token) changed',
  'claude-ai/2026-01-06-2c794c0b.md': 'a link target (session token) changed',
  'claude-ai/2026-01-12-19e7c047.md': 'a link target (session token) changed',
  'claude-ai/2026-04-20-adbfb9e3.md': 'the "Effective" date line: January 12, 2026 → 12 January 2026',
  'grok/2025-12-02-d28150ee.md': 'a link target gained a trailing slash',
  'grok/2025-12-11-9931e8ed.md': 'a link target lost its trailing slash',
  'perplexity/2026-06-29-781c8ef8.md': 'a link target changed',
  'perplexity/2026-08-15-e4ae3115.md': 'markup: a quote block became paragraphs, <br> spacing',
};

type Read = { version: PolicyVersion; text: string; hash: string };
/** Extraction of long pages under linkedom takes seconds on a loaded machine. */
const SLOW = 180_000;

async function read(version: PolicyVersion, service: string): Promise<Read> {
  const { document } = parseHTML(markdownPage(versionMarkdown(version), `${service} Privacy Policy`));
  const text = extractPolicyText(document as unknown as Document).text;
  return { version, text, hash: await textHash(normalizePolicyText(text)) };
}
const reportOf = (r: Read) => analyze(r.text, { url: null, title: 'Privacy Policy', source: r.version.file });

describe.skipIf(!hasPolicyVersions)(
  `consecutive versions of six real policies (${hasPolicyVersions ? 'Open Terms Archive' : MISSING_MESSAGE})`,
  () => {
    const services = hasPolicyVersions ? [...policyVersions()] : [];

    it.each(services)(
      '%s: noise-only versions are unchanged, every other version is changed',
      async (service, versions) => {
        const reads: Read[] = [];
        for (const v of versions) reads.push(await read(v, service));
        for (let i = 1; i < reads.length; i++) {
          const noise = NOISE_ONLY[reads[i]!.version.file];
          expect({ file: reads[i]!.version.file, unchanged: reads[i]!.hash === reads[i - 1]!.hash }).toEqual({
            file: reads[i]!.version.file,
            unchanged: Boolean(noise),
          });
        }
      },
      SLOW,
    );

    it('every listed noise-only version exists (the list is not stale)', () => {
      const files = new Set(services.flatMap(([, versions]) => versions.map((v) => v.file)));
      for (const file of Object.keys(NOISE_ONLY)) expect(files.has(file), file).toBe(true);
    });

    it(
      'Perplexity, June → July 2026: remembered, then read again, the selling, retention and changes verdicts changed, with their sentences',
      async () => {
        const versions = policyVersions().get('Perplexity')!;
        const [june, july] = await Promise.all(
          ['perplexity/2026-06-29-781c8ef8.md', 'perplexity/2026-07-03-e720c996.md'].map((f) =>
            read(
              versions.find((v) => v.file === f)!,
              'Perplexity',
            ),
          ),
        );
        const [juneReport, julyReport] = [reportOf(june!), reportOf(july!)];
        const entry = (r: Read, at: string) => ({
          url: 'https://www.perplexity.ai/hub/legal/privacy-policy',
          site: 'perplexity.ai',
          title: 'Privacy Policy',
          snapshot: snapshotOf(r === june ? juneReport : julyReport, r.hash, '0.1.0', at),
        });
        let history: History = EMPTY_HISTORY;
        const first = recordAnalysis(history, entry(june!, '2026-06-30T10:00:00.000Z'));
        expect(first.change).toEqual({ state: 'first-visit' });
        history = first.history;
        const second = recordAnalysis(history, entry(july!, '2026-07-04T10:00:00.000Z'));
        expect(second.change.state).toBe('changed');
        if (second.change.state !== 'changed') return;
        expect(second.change.since).toBe('2026-06-30T10:00:00.000Z');
        expect(second.change.verdicts).toEqual(
          expect.arrayContaining([
            { practice: 'selling', before: 'does-not-sell', after: 'sells' },
            // June's "If you delete your account, we aim to delete your personal information within 30 days" is a
            // deletion lag: kept until you delete it (a 30-day period before 2026-12-02).
            { practice: 'retention', before: 'until-deletion', after: 'vague' },
            { practice: 'changes', before: 'notified', after: 'posted-only' },
          ]),
        );
        const selling = second.change.evidence.find((e) => e.practice === 'selling')!;
        // The added sentences are the new version's evidence for "sells", the removed ones the old version's denial.
        expect(selling.added.every((s) => julyReport.practices.selling.evidence.some((e) => e.text === s))).toBe(true);
        expect(selling.removed.every((s) => juneReport.practices.selling.evidence.some((e) => e.text === s))).toBe(true);
        expect(selling.added.length).toBeGreaterThan(0);
        expect(selling.removed.length).toBeGreaterThan(0);
        expect(second.history.policies[0]!.versions).toHaveLength(2);

        // Read July again: unchanged, compared with July.
        const third = recordAnalysis(second.history, entry(july!, '2026-07-05T10:00:00.000Z'));
        expect(third.change).toMatchObject({
          state: 'unchanged',
          since: '2026-07-04T10:00:00.000Z',
          analyzerImproved: false,
          verdicts: [],
        });
      },
      SLOW,
    );
  },
);
