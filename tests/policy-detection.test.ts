import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDetection } from '../scripts/policy-detection';
import { analyze, countWords } from '../analyzer/index';
import { policyScore, SCORED_CHARS } from '../analyzer/policy-score';
import { loadInput } from '../cli/load-input';

const root = new URL('..', import.meta.url).pathname;
const policies = join(root, 'tests/fixtures/policies');
const nonPolicies = join(root, 'tests/fixtures/non-policies');
const corpus = join(root, '../shared/corpus');

describe('isPolicy', () => {
  it('separates our policy fixtures from 25+ other pages with precision and recall of at least 95 %', async () => {
    const r = await measureDetection([policies], [nonPolicies]);
    expect(r.nonPolicies).toBeGreaterThanOrEqual(25);
    expect(r.policies).toBeGreaterThanOrEqual(8);
    expect(r.errors).toEqual([]);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('says a terms-of-service page and a cookie-only notice are not privacy policies', async () => {
    for (const name of ['terms-of-service-app.txt', 'terms-of-use-shop.txt', 'cookie-notice-only.txt', 'cookie-banner-only.txt']) {
      const { text, title } = await loadInput(join(nonPolicies, name));
      expect(analyze(text, { title }).isPolicy, name).toBe(false);
    }
  });

  it('says a page titled "Terms and Conditions" that holds a "Privacy Policy" section is a policy', () => {
    const body = [
      'Terms and Conditions',
      'Orders are shipped within five days. Prices include tax.',
      'Privacy Policy',
      'We collect your name, email address and shipping address when you order. We use this information to fulfil orders.',
      'We do not sell or share your personal information with third parties. We use cookies to keep your cart.',
      'You can ask us to access, correct or delete your personal data. We protect your information with encryption.',
    ].join('\n');
    expect(analyze(body).isPolicy).toBe(true);
  });

  it('scores only the first SCORED_CHARS characters: a policy stays one after 2 MB of capitalised words, and text past the bound is not read', () => {
    const policy = [
      'Privacy Policy',
      'We collect your name and e-mail address when you register. We use cookies to remember your settings.',
      'We do not sell your personal information. We share it with service providers who host our website.',
      'You can ask us to access or delete your personal data. We protect your information with encryption.',
    ].join('\n');
    const filler = 'Acme Privacy Data Company Inc. The Website Service Policy Notice '.repeat(Math.ceil(2_000_000 / 65));
    const withFiller = `${policy}\n${filler}`;
    expect(policyScore(withFiller, countWords(withFiller), null)).toBe(policyScore(policy, countWords(policy), null));
    // The same policy after the bound: only the filler is scored.
    const late = `${filler.slice(0, SCORED_CHARS)}\n${policy}`;
    expect(policyScore(late, countWords(late), null)).toBe(policyScore(filler.slice(0, SCORED_CHARS), countWords(late), null));
  });

  it.skipIf(!existsSync(corpus))(
    'recognises the shared corpus policies (text and pages) as policies',
    async () => {
      const r = await measureDetection([corpus, join(corpus, 'html')], [nonPolicies]);
      expect(r.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.precision).toBeGreaterThanOrEqual(0.95);
    },
    120_000,
  );
});

if (!existsSync(corpus)) console.warn(`isPolicy corpus check skipped: ${corpus} is absent (it lives beside the project, never inside it).`);
