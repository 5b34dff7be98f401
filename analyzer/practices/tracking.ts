import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import { frameOf, namesItself, previousOf } from '../frame';
import {
  IT_OPENS,
  SITE_DENIES_TOOL,
  indexOf,
  AD_SERVING,
  ALLOWS_THIRD_PARTY_TRACKERS,
  CROSS_CONTEXT_SHARING,
  CROSS_SITE_ACTIVITY as CROSS_SITE,
  EMBEDDED_CONTENT,
  ENGAGES_AD_NETWORKS,
  every,
  FOREIGN_COOKIES,
  has,
  NO_COOKIES,
  OTHER_SITES,
  TRACKING_OTHERS,
  TRACKING_PURPOSE,
  TRACKING_TECH,
  TRACKING_WORDS,
  LETS_OTHERS_TRACK,
  USES_THIRD_PARTY_TRACKERS,
  LEARN_MORE,
  ONLINE_ACTIVITY,
  OTHERS_COLLECT,
  OWN_COOKIES_OF_OTHERS,
  SITE_VOICE,
  SOCIAL_WIDGETS,
  THIRD_PARTY,
  TOOL_IN_USE,
  COLLECT_VERB,
  CONTRAST,
  COOKIES_AT_WORK,
  COOKIE_CONTROLS,
  COOKIE_KIND_BEFORE,
  ITS_OWN,
  LETTING,
  OWN_TECH,
  SELF_HOSTED,
  THEY_SET,
  TRACKERS_NOT_USED,
  TRACKS_YOU,
  USE_VERB,
  WE_OR_SITE,
  WE_USE_OUTRIGHT,
  OPT_OUT_WORD,
  NOT_OR_NEVER,
  WITHOUT_WORD,
  WIDGET_WORD,
  EMBED_WORD,
  THIRD_PARTY_WORD,
  anyConcept,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { Sentence } from '../types';
import { findTrackers, mentionsOf, trackerAt, TRACKER_HINT } from '../trackers';

/**
 * The tools a policy says it hosts itself, anywhere in its text: "We use analytics cookies from Matomo. Our Matomo
 * installation is hosted on our own servers." makes Matomo the site's own in both sentences. Each "hosted on our own
 * servers" is read with its own sentence. One text at a time (the last one asked).
 */
let hosted: { text: string; tools: Set<string> } = { text: '', tools: new Set() };
function selfHostedTools(text: string): Set<string> {
  if (hosted.text === text) return hosted.tools;
  const tools = new Set<string>();
  // Line by line, so the concept reads a paragraph at most, never the whole text.
  for (const line of text.split('\n')) {
    for (const m of every(SELF_HOSTED, line)) {
      const from = Math.max(line.lastIndexOf('. ', m.index!), m.index! - 300, 0);
      // The tool may follow: "our own instance of Matomo on our servers".
      const end = m.index! + m[0].length;
      const stop = line.indexOf('. ', end);
      const to = Math.min(stop < 0 ? line.length : stop, end + 60);
      for (const tool of findTrackers(line.slice(from, to))) tools.add(tool);
    }
  }
  hosted = { text, tools };
  return tools;
}

/**
 * Trackers that are the policy's own company: a site names a tool it uses a few times (13 at most in 445 labelled
 * policies), but a tracking company's own policy names itself throughout ("Acxiom", 91 times in Acxiom's). Its name
 * there is the site speaking, not a third party. One text at a time (the last one asked).
 */
const OWN_NAME_MENTIONS = 25;
let owners: { text: string; own: Map<string, boolean> } = { text: '', own: new Map() };
/** Counted only for the trackers the judged sentences name, once each. */
function isOwnCompany(text: string, name: string): boolean {
  if (owners.text !== text) owners = { text, own: new Map() };
  let own = owners.own.get(name);
  if (own === undefined) owners.own.set(name, (own = mentionsOf(text, name) >= OWN_NAME_MENTIONS));
  return own;
}

/** Someone other than the site: the shared concept plus tracking's own kinds (ad servers, social plugins). */
const THIRD = { test: (t: string) => has(TRACKING_OTHERS, t) || has(THIRD_PARTY, t) };
/** Where the first third party is named (-1 when none). */
function firstThirdAt(text: string): number {
  const at = [text.search(TRACKING_OTHERS.re), text.search(THIRD_PARTY.re)].filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}
/** Other sites (linked sites, "not responsible"): what happens there is not this site's tracking. */
const ELSEWHERE = OTHER_SITES.re;
/** Words saying what third parties track for: ads, analytics, across sites. */
const PURPOSE = TRACKING_PURPOSE.re;
const WE_USE = SITE_VOICE.re;

/** The site speaks: "we", "our site", the name it gave itself, or "it" for the site just spoken of. */
function siteSpeaks(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  return WE_USE.test(sentence.text) || namesItself(sentence, sentences) || siteAsIt(sentence, sentences);
}

const noTracking = (sentence: Sentence): Hit<'none'> => ({
  verdict: 'none',
  sentence,
  strength: BAND.hedged,
  reason: 'Says the site does not use cookies or tracking.',
  claim: 'none',
});

/** "Our website is a single page. It doesn't use cookies": "it" is the site the sentence before spoke of. */
function siteAsIt(sentence: Sentence, sentences: readonly Sentence[]): boolean {
  if (!has(IT_OPENS, sentence.text)) return false;
  const before = previousOf(sentence, sentences);
  return !!before && WE_USE.test(before.text);
}

export const tracking: Practice<'tracking'> = {
  ...PRACTICE_META.tracking,
  candidate: anyConcept(TRACKING_WORDS, TRACKER_HINT),
  triggers: [
    TRACKING_TECH,
    USES_THIRD_PARTY_TRACKERS,
    ALLOWS_THIRD_PARTY_TRACKERS,
    LETS_OTHERS_TRACK,
    AD_SERVING,
    ENGAGES_AD_NETWORKS,
    CROSS_CONTEXT_SHARING,
    SOCIAL_WIDGETS,
    NO_COOKIES,
    OTHERS_COLLECT,
  ],
  judge(sentence, ctx) {
    const text = sentence.text;
    // "We don't run Google Analytics, Facebook pixels or any other tracking": tools named only to be denied (not "if
    // you do not want Google Analytics to ...", the user's wish).
    const denial = indexOf(SITE_DENIES_TOOL, text);
    const named = findTrackers(text).filter((t) => !isOwnCompany(ctx.text, t));
    const trackers =
      denial < 0
        ? named
        : named.filter((t) => {
            const at = trackerAt(text, t);
            return at < denial || !isNegated(text, at);
          });
    // A self-hosted tool (Matomo on the site's own server) is the site's own analytics.
    if (trackers.length && (has(SELF_HOSTED, text) || trackers.every((t) => selfHostedTools(ctx.text).has(t)))) {
      return [
        {
          verdict: 'first-party',
          sentence,
          strength: BAND.qualified,
          reason: `Uses ${trackers.join(', ')} hosted on its own servers.`,
          claim: 'self-hosted',
          names: trackers,
        },
      ];
    }
    if (trackers.length) {
      // A named tool put to use is stated outright; a bare name in a list or a "learn more" pointer only mentions it.
      const inUse = has(TOOL_IN_USE, text) && !has(LEARN_MORE, text) && frameOf(sentence).kind === 'statement';
      return [
        {
          verdict: 'third-party',
          sentence,
          // A bare name sits just above the lowest direct band: below any stated practice, above indirect hints.
          strength: inUse ? BAND.explicit : BAND.edge + 0.05,
          reason: `Names third-party tracking: ${trackers.join(', ')}.`,
          claim: 'third-party',
          trackers,
        },
      ];
    }
    if (
      WIDGET_WORD.re.test(text) &&
      has(SOCIAL_WIDGETS, text) &&
      has(WE_OR_SITE, text) &&
      !isNegated(text, text.search(SOCIAL_WIDGETS.re))
    ) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: BAND.qualified,
          reason: 'Embeds third-party social media widgets, which let those networks track visitors.',
          claim: 'widgets',
        },
      ];
    }
    const techs = every(TRACKING_TECH, text);
    // "Embedded YouTube videos may set cookies": the embedded service tracks the visitor with its own cookies.
    if (
      EMBED_WORD.re.test(text) &&
      (techs.length || has(TRACKS_YOU, text)) &&
      has(EMBEDDED_CONTENT, text) &&
      !isNegated(text, text.search(EMBEDDED_CONTENT.re)) &&
      !(techs.length && isNegated(text, techs[0]!.index!))
    ) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: BAND.qualified,
          reason: 'Embeds content from other services (videos, maps, posts), which can set their own cookies and track you.',
          claim: 'embedded',
        },
      ];
    }
    const collect = has(COLLECT_VERB, text) ? OTHERS_COLLECT.re.exec(text) : null;
    // "We allow certain third parties to collect information about you" on the site: tracking, stated outright.
    if (
      collect &&
      has(ONLINE_ACTIVITY, text) &&
      frameOf(sentence).kind === 'statement' &&
      !isNegated(text, collect.index + collect[0].length - 1) &&
      !ELSEWHERE.test(text)
    ) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: BAND.explicit,
          reason: 'Third parties collect information about your activity on the site.',
          claim: 'others-collect',
        },
      ];
    }
    if (!techs.length) {
      // "We engage third-party advertising networks to target our messaging": the site brings in trackers itself.
      if (has(ENGAGES_AD_NETWORKS, text)) {
        return [
          {
            verdict: 'third-party',
            sentence,
            strength: BAND.explicit,
            reason: 'The site engages ad networks, which track visitors to target its ads.',
            claim: 'lets-others',
          },
        ];
      }
      // "We share your browsing data with ad partners for cross-context behavioral advertising": tracking across sites
      // by the law's own definition, said in the site's voice (a right to opt out of it describes no practice).
      const sharing = CROSS_CONTEXT_SHARING.re.exec(text);
      if (sharing && has(WE_OR_SITE, text) && frameOf(sentence).kind === 'statement' && !isNegated(text, sharing.index)) {
        return [
          {
            verdict: 'third-party',
            sentence,
            strength: BAND.firm,
            reason: 'Shares data with partners for cross-context behavioral advertising, which tracks you across sites.',
            claim: 'across-sites',
          },
        ];
      }
      if (has(CROSS_SITE, text) && THIRD.test(text) && !isNegated(text, text.search(CROSS_SITE.re))) {
        return [
          {
            verdict: 'third-party',
            sentence,
            strength: BAND.firm,
            reason: 'Third parties collect information about your activity across sites.',
            claim: 'across-sites',
          },
        ];
      }
      if (has(AD_SERVING, text) && (THIRD.test(text) || OPT_OUT_WORD.re.test(text)) && !NOT_OR_NEVER.re.test(text)) {
        return [
          {
            verdict: 'third-party',
            sentence,
            strength: BAND.weak,
            reason: 'Third-party or interest-based advertising implies tracking, though no cookie is named.',
            claim: 'ads-imply',
          },
        ];
      }
      return [];
    }
    const first = techs[0]!;
    const negated = isNegated(text, first.index!);
    // "The app sets no cookies" denies all of them, even if third parties are named in the same breath.
    if (has(NO_COOKIES, text) && !has(CONTRAST, text)) return [noTracking(sentence)];
    // "We allow some third parties to set cookies", "D&B uses third-party cookies": the site says so outright.
    const lets =
      (has(LETTING, text) ? LETS_OTHERS_TRACK.re.exec(text) : null) ??
      (THIRD_PARTY_WORD.re.test(text) ? (USES_THIRD_PARTY_TRACKERS.re.exec(text) ?? ALLOWS_THIRD_PARTY_TRACKERS.re.exec(text)) : null);
    if (lets && !isNegated(text, lets.index) && !ELSEWHERE.test(text)) {
      return [
        {
          verdict: 'third-party',
          sentence,
          // Above the other explicit statements: the site itself says it lets others track.
          strength: BAND.explicit + 0.02,
          reason: 'The site lets third parties set cookies or similar trackers.',
          claim: 'lets-others',
        },
      ];
    }
    if (has(FOREIGN_COOKIES, text) || has(OWN_COOKIES_OF_OTHERS, text)) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: BAND.qualified,
          reason: 'Cookies from other companies, or tracking across sites, are described.',
          claim: 'others-cookies',
        },
      ];
    }
    if (THIRD.test(text) && !ELSEWHERE.test(text)) {
      // "We use only our own cookies; no third-party cookies are set": the denial stands at the third party.
      // "Third-party cookies are not used on this portal": denied in the passive, after the noun (not "…, but
      // analytics cookies from Google are").
      if (negated || isNegated(text, firstThirdAt(text)) || (has(TRACKERS_NOT_USED, text) && !has(CONTRAST, text))) {
        // "It doesn't use cookies, and we don't run Google Analytics or any other tracking": no tracking at all.
        // Not a denial of one kind ("We do not use advertising cookies, tracking pixels or third-party analytics").
        const allKinds = !has(COOKIE_KIND_BEFORE, text.slice(0, first.index!));
        if (negated && allKinds && denial >= 0 && !has(CONTRAST, text) && siteSpeaks(sentence, ctx.sentences))
          return [noTracking(sentence)];
        return [{ verdict: 'first-party', sentence, strength: BAND.weak, reason: 'Limits third-party tracking.', claim: 'limits' }];
      }
      // "Third parties may use cookies" alone is indirect; saying what for (ads, analytics, across sites) is explicit.
      const purpose = PURPOSE.test(text);
      // "These advertising companies may place cookies": the third party itself sets the tracker, stated outright.
      const theyTrack = frameOf(sentence).actor === 'third-party' && has(THEY_SET, text);
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: theyTrack ? BAND.explicit : purpose ? BAND.firm : BAND.inferred,
          reason: purpose
            ? 'Third parties use cookies or similar tracking on the site for advertising or analytics.'
            : 'Mentions third parties using cookies or similar technology, without saying what for.',
          claim: purpose ? 'purpose' : 'unspecified',
        },
      ];
    }
    if (ELSEWHERE.test(text)) return [];
    // "We do not use advertising cookies" denies one kind only; the site may still use others.
    if (negated && has(COOKIE_KIND_BEFORE, text.slice(0, first.index!))) return [];
    // The site may speak by the name it defined for itself: "Acme does not use cookies", "Acme uses cookies".
    const self = siteSpeaks(sentence, ctx.sentences);
    if (negated && self && has(USE_VERB, text) && !WITHOUT_WORD.re.test(text)) return [noTracking(sentence)];
    if (negated) return [];
    // "Owlbook uses a small set of its own cookies": the site, by its name (a partner's own cookies returned above).
    if (has(OWN_TECH, text) && (self || has(COOKIES_AT_WORK, text) || has(ITS_OWN, text))) {
      const strength = has(COOKIE_CONTROLS, text) && !has(WE_USE_OUTRIGHT, text) ? BAND.weak : BAND.qualified;
      return [
        {
          verdict: 'first-party',
          sentence,
          strength,
          reason: 'The site uses its own cookies or similar technology.',
          claim: 'first-party',
        },
      ];
    }
    return [];
  },
  combine(hits) {
    const third = strongest(hits, 'third-party');
    const first = strongest(hits, 'first-party');
    const none = strongest(hits, 'none');
    const trackers = [...new Set(third.flatMap((h) => h.trackers ?? []))];
    if (third.length) {
      const named = trackers.length ? ` Named: ${trackers.join(', ')}.` : '';
      return {
        verdict: 'third-party',
        confidence: confidenceOf(third),
        summary: `Third parties such as advertisers or analytics services track visitors with cookies or similar technology.${named}`,
        evidence: toEvidence(third),
        trackers,
      };
    }
    // "No cookies at all. We do not use Google Analytics": a tool denied limits third parties and adds no own cookies.
    const ownCookies = first.filter((h) => h.claim !== 'limits');
    if (first.length && (ownCookies.length || !none.length)) {
      return {
        verdict: 'first-party',
        confidence: confidenceOf(first),
        summary: 'The site uses its own cookies or similar technology; no third-party tracking is stated.',
        evidence: toEvidence(first),
        trackers,
      };
    }
    if (none.length) {
      return {
        verdict: 'none',
        confidence: confidenceOf(none),
        summary: 'The policy says the site does not use cookies or tracking.',
        evidence: toEvidence(none),
        trackers,
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not mention cookies or tracking.',
      evidence: [],
      trackers,
    };
  },
};
