import { describe, expect, it } from 'vitest';
import { findTrackers, TRACKER_HINT, TRACKERS } from '../analyzer/trackers';
import { tracking } from '../analyzer/practices/tracking';

// Ordinary words that tracker names are made of: none of these is a tracker.
const NEUTRAL = [
  'Each market segment showed a heap of interest, and the amplitude of the signal grew.',
  'Our branch in Leeds will adjust opening hours; press the intercom at the gate by the moat.',
  'There was an undertone of worry, as if someone had poured rocket fuel on a crazy egg hunt.',
  'The trade desk at the bank watched index exchange rates while a new relic went on display.',
  'Jakob Nielsen wrote about clarity and target audiences; we post news on Facebook and X.',
  'Braze the copper pipe, optimize the tag, snap a photo with a pixel phone and search on Bing or Yahoo.',
  'Unity and harmony matter to the team; the garden analytics of bees is a pending project.',
].join(' ');

describe('tracker list', () => {
  it('holds at least 40 services', () => {
    expect(TRACKERS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TRACKERS.map(([name]) => name)).size).toBe(TRACKERS.length);
  });
  for (const [name, pattern] of TRACKERS) {
    it(`${name}: its pattern matches its own name`, () => {
      expect(pattern.test(name)).toBe(true);
      expect(findTrackers(`This site uses ${name} on some pages.`)).toContain(name);
    });
  }
  it('fires on no tracker in a neutral paragraph made of look-alike words', () => {
    expect(findTrackers(NEUTRAL)).toEqual([]);
  });
  it('reads "Adjust" and "Branch" as SDKs only as list items beside another tracker', () => {
    expect(findTrackers('We use AppsFlyer, Adjust and Branch to measure app installs.')).toEqual([
      'AppsFlyer',
      'Adjust SDK',
      'Branch Metrics',
    ]);
    expect(findTrackers('Adjust, Kochava and Firebase Analytics help us attribute installs.')).toContain('Adjust SDK');
    expect(findTrackers('Our Branch offices use Google Analytics.')).toEqual(['Google Analytics']);
    expect(findTrackers('Adjust your settings to block Google Analytics, or Branch managers can help.')).toEqual(['Google Analytics']);
    expect(findTrackers('Visit a Branch, or Adjust your plan online.')).toEqual([]);
  });
  it('recognises trackers by the cookies they set, across table cells', () => {
    expect(findTrackers('_ga\tGoogle\tAnalytics\t2 years')).toEqual(['Google Analytics']);
    expect(findTrackers('_fbp | Meta | Advertising | 3 months')).toEqual(['Facebook Pixel']);
    expect(findTrackers('_hjSessionUser | 1 year; cto_bundle | 13 months')).toEqual(['Hotjar', 'Criteo']);
    expect(findTrackers('Google\n  Analytics')).toEqual(['Google Analytics']);
  });
  it('lets the cheap hint and the candidate filter see every tracker name and cookie', () => {
    const cookies = [
      '_ga',
      '_gid',
      '_gat',
      '__utma',
      '_gcl_au',
      '_fbp',
      '_fbc',
      '_pin_unauth',
      '_ttp',
      '_uetsid',
      '_clck',
      '_hjid',
      'cto_bundle',
      '__hstc',
      'hubspotutk',
      '_mkto_trk',
    ];
    for (const c of cookies) expect(findTrackers(`${c} | 1 year`), c).not.toEqual([]);
    for (const probe of [...TRACKERS.map(([name]) => name), ...cookies]) {
      expect(TRACKER_HINT.test(probe), probe).toBe(true);
      expect(tracking.candidate.test(`We work with ${probe}.`), probe).toBe(true);
    }
  });
});
