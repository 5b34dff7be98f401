import { describe, expect, it } from 'vitest';
import { normalizePolicyUrl, siteOf, TRACKING_PARAM } from '../../utils/history/policy-url';

describe('normalizePolicyUrl', () => {
  it('drops the fragment and tracking parameters; lower-cases the host; sorts the rest; keeps the path as visited', () => {
    expect(normalizePolicyUrl('https://WWW.Example.com/legal/privacy/?utm_source=mail&b=2&a=1&fbclid=xyz#section-3')).toBe(
      'https://www.example.com/legal/privacy/?a=1&b=2',
    );
    expect(normalizePolicyUrl('https://example.com/privacy#cookies')).toBe(normalizePolicyUrl('https://example.com/privacy?gclid=1'));
    // Fetched at this address when watched: a server may answer only one of the two.
    expect(normalizePolicyUrl('https://example.com/privacy/')).not.toBe(normalizePolicyUrl('https://example.com/privacy'));
  });

  it('keeps parameters that choose the page', () => {
    expect(normalizePolicyUrl('https://example.com/legal?doc=privacy&lang=en')).toBe('https://example.com/legal?doc=privacy&lang=en');
    expect(normalizePolicyUrl('https://example.com/legal?doc=privacy')).not.toBe(normalizePolicyUrl('https://example.com/legal?doc=terms'));
  });

  it('drops credentials and default ports, keeps the scheme and other ports', () => {
    expect(normalizePolicyUrl('https://user:pw@example.com:443/privacy')).toBe('https://example.com/privacy');
    expect(normalizePolicyUrl('http://127.0.0.1:8080/privacy.html')).toBe('http://127.0.0.1:8080/privacy.html');
  });

  it('refuses what is not a web page', () => {
    for (const bad of ['chrome://settings', 'file:///tmp/p.html', 'javascript:alert(1)', 'not a url', ''])
      expect(normalizePolicyUrl(bad)).toBeNull();
  });

  it('TRACKING_PARAM names click and campaign ids, not page choices', () => {
    for (const p of ['utm_source', 'utm_campaign', 'gclid', 'fbclid', 'msclkid', 'mc_eid', '_hsenc'])
      expect(TRACKING_PARAM.test(p)).toBe(true);
    for (const p of ['id', 'page', 'lang', 'doc', 'version', 'utm']) expect(TRACKING_PARAM.test(p)).toBe(false);
  });

  it('siteOf: the host without www.', () => {
    expect(siteOf('https://www.example.co.uk/privacy')).toBe('example.co.uk');
    expect(siteOf('nonsense')).toBe('');
  });
});
