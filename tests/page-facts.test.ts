// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TRACKERS } from '../analyzer/trackers';
import { TRACKER_HOSTS, trackerOfHost, trackersOfHosts } from '../analyzer/tracker-hosts';
import { findActionLinks, OPT_OUT_LINK, SETTINGS_LINK } from '../utils/worker/page-actions';
import { collectPageLinks } from '../utils/page-links';
import { thirdPartyHosts } from '../utils/worker/page-resources';

describe('tracker hosts', () => {
  it('name only trackers the analyzer knows', () => {
    const names = new Set(TRACKERS.map(([name]) => name));
    for (const [host, name] of TRACKER_HOSTS) expect(names.has(name), `${host} → ${name}`).toBe(true);
  });

  it('match a host or its subdomains, never a look-alike', () => {
    expect(trackerOfHost('static.hotjar.com')).toBe('Hotjar');
    expect(trackerOfHost('www.google-analytics.com')).toBe('Google Analytics');
    expect(trackerOfHost('notgoogle-analytics.com')).toBeNull();
    expect(trackerOfHost('hotjar.com.evil.example')).toBeNull();
    expect(trackersOfHosts(['cdn.example.net', 'static.hotjar.com', 'script.hotjar.com', 'connect.facebook.net'])).toEqual([
      'Facebook Pixel',
      'Hotjar',
    ]);
  });
});

describe('page resources', () => {
  it('lists the other hosts a page requested, once each, without its own or non-web URLs', () => {
    const entries = [
      'https://shop.example/app.js',
      'https://static.hotjar.com/c/hotjar.js',
      'https://static.hotjar.com/x.js',
      'data:image/png;base64,AA',
      'https://cdn.example.net/a.css',
    ].map((name) => ({ name }));
    expect(thirdPartyHosts(entries, 'https://shop.example/privacy')).toEqual(['static.hotjar.com', 'cdn.example.net']);
  });
});

describe('action links', () => {
  it('recognise opt-out and privacy-settings links, and nothing else', () => {
    for (const text of ['Do Not Sell or Share My Personal Information', 'Your Privacy Choices', 'Opt out of targeted advertising'])
      expect(OPT_OUT_LINK.test(text), text).toBe(true);
    for (const text of ['Opt out', 'Unsubscribe', 'Cookie settings', 'Privacy Policy'])
      expect(OPT_OUT_LINK.test(text) || SETTINGS_LINK.test(text), text).toBe(false);
    for (const text of ['Privacy settings', 'Manage your privacy', 'Ad preferences']) expect(SETTINGS_LINK.test(text), text).toBe(true);
  });

  it('take the first http(s) link of each kind from the page, never a javascript: link', () => {
    document.body.innerHTML = `
      <a href="javascript:alert(1)">Do Not Sell My Info</a>
      <a href="https://shop.example/dns">Do Not Sell or Share My Personal Information</a>
      <a href="https://shop.example/dns2">Your Privacy Choices</a>
      <a href="https://shop.example/account/privacy">Privacy settings</a>`;
    expect(findActionLinks(collectPageLinks(document, 'https://shop.example/privacy'))).toEqual([
      { kind: 'opt-out', text: 'Do Not Sell or Share My Personal Information', href: 'https://shop.example/dns' },
      { kind: 'settings', text: 'Privacy settings', href: 'https://shop.example/account/privacy' },
    ]);
  });
});
