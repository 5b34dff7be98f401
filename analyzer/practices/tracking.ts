import { PRACTICE_META } from '../practice-meta';
import { isNegated } from '../negation';
import { frameOf } from '../frame';
import {
  LETS_OTHERS_TRACK,
  USES_THIRD_PARTY_TRACKERS,
  LEARN_MORE,
  ONLINE_ACTIVITY,
  OTHERS_COLLECT,
  OWN_COOKIES_OF_OTHERS,
  SOCIAL_WIDGETS,
  THIRD_PARTY,
  TOOL_IN_USE,
} from '../lexicon/index';
import { confidenceOf, strongest, toEvidence, type Practice } from '../practice';
import { findTrackers, TRACKER_HINT } from '../trackers';

const TECH =
  /\b(?:cookies?|(?:digital |online )?trackers?|web ?beacons?|pixels?(?: tags?)?|clear gifs?|spotlight tags?|tracking (?:technolog(?:y|ies)|pixels?|tags?|codes?)|tags|local storage|flash (?:cookies|objects)|local shared objects|LSOs?|SDKs?|device fingerprint\w*|tracking)\b/gi;
const THIRD_OLD =
  /\b(?:third[- ]part(?:y|ies)|(?:advertis(?:ers|ing)|marketing) (?:\w+ )?(?:networks?|partners?|companies|servers?|providers?|vendors?)|advertisers|ad (?:networks?|servers?|serving companies|partners?|vendors?)|network advertisers|analytics (?:providers?|services?|companies|partners?|vendors?|tools?)|(?:other|outside|unaffiliated) (?:companies|parties|entities)|our (?:\d+ |trusted |selected |advertising |marketing )?(?:partners|vendors|service providers|advertisers)|social (?:media )?(?:plug-?ins|networks?|widgets?|buttons?|sharing)|sponsors?)\b/i;
/** Someone other than the site: the shared concept plus tracking's own kinds (ad servers, social plugins). */
const THIRD = { test: (t: string) => THIRD_OLD.test(t) || THIRD_PARTY.re.test(t) };
/** Cookies on this site that belong to someone else, or that follow a visitor across sites. */
const OTHERS_COOKIES =
  /\bcookies? (?:that are |which are )?not (?:related to|set by|placed by|controlled by|owned by)\b|\bcookies? (?:set|placed|served) by (?:other|another)\b|\b(?:recogni[sz]e|track|follow) you across (?:different|other|third[- ]party|multiple) (?:web)?sites\b|\b(?:set|place|use) their own cookies\b/i;
/** CalOPPA's wording for third-party tracking: activity "over time and across" other sites, no cookie word needed. */
const CROSS_SITE =
  /\b(?:online )?activit(?:y|ies) over time and across (?:different |other |third[- ]party |multiple |non-?affiliated )?(?:web ?sites|apps|applications|online services|services)\b/i;
/** Third parties serving ads on the site, or an opt-out from interest-based ads: tracking implied, not stated. */
const AD_SERVING =
  /\b(?:display|serve|deliver|show)s? (?:\w+ )?(?:ads|advertising|advertisements)\b|\b(?:interest-based|targeted|personali[sz]ed|behaviou?ral) (?:advertising|ads)\b|\baboutads\.info\b|\bnetworkadvertising\.org\b|\byouronlinechoices\b/i;
const ELSEWHERE =
  /\b(?:linked (?:web)?sites?|websites? (?:that|which) (?:you|we) link|sites? linked|other (?:web)?sites? (?:you visit|may)|not (?:responsible|control)|do not (?:have|exercise) (?:access|control)|has no (?:access|control))\b/i;
const PURPOSE =
  /\b(?:advertis\w*|ads?|analytics?|analy[sz]e|measure\w*|interests?|interest-based|targeted|retarget\w*|remarket\w*|profiles?|track\w*|across (?:\w+ )?(?:web)?sites|audiences?|statistics|social)\b/i;
const KIND_BEFORE =
  /\b(?:analytics?|advertising|marketing|targeting|third[- ]party|performance|social media|persistent|tracking|flash|functional)\s+(?:or\s+\w+\s+)?$/i;
const NO_COOKIES =
  /\b(?:sets?|uses?|places?|employs?|there are) no cookies\b|\bno cookies (?:are|will be) (?:used|set|placed)\b|\b(?:does|do|will) not (?:use|set|place) (?:any )?cookies\b/i;
const SELF_HOSTED = /\bself-?hosted\b|\bhosted on our (?:own )?servers?\b|\bon-?premises?\b|\bno data (?:leaves|is sent outside)\b/i;
const WE_USE = /\b(?:we|us|our (?:web)?site|our services?|this (?:web)?site|the (?:web)?site|the services?|our servers?)\b/i;
const DISABLE_ONLY = /\b(?:browser|settings?|preferences?|disable|reject|refuse|block|delete|remove|turn off|set your)\b/i;

/** Cheap pre-tests: the words the longer concepts below cannot match without. */
const WIDGET_WORD = /widget|plug-?in|button/i;
const LETTING = /\b(?:allows?|permits?|enables?|lets?)\b/i;
const THIRD_PARTY_WORD = /third[- ]part/i;
const COLLECT_VERB = /\b(?:collects?|receives?|gathers?|obtains?|access|use)\b/i;

export const tracking: Practice<'tracking'> = {
  ...PRACTICE_META.tracking,
  candidate: new RegExp(
    `\\b(?:cookie|beacon|pixel|gif|tracking|tracker|analytics|advertis|tags?\\b|local storage|flash|sdk|fingerprint|over time and across|widget|plug-?in|button|third[- ]part|partner|advertiser|vendor)|${TRACKER_HINT.source}`,
    'i',
  ),
  judge(sentence) {
    const text = sentence.text;
    const trackers = findTrackers(text);
    // A self-hosted tool (Matomo on the site's own server) is the site's own analytics.
    if (trackers.length && SELF_HOSTED.test(text)) {
      return [
        {
          verdict: 'first-party',
          sentence,
          strength: 0.75,
          reason: `Uses ${trackers.join(', ')} hosted on its own servers.`,
          claim: 'self-hosted',
          names: trackers,
        },
      ];
    }
    if (trackers.length) {
      // A named tool put to use is stated outright; a bare name in a list or a "learn more" pointer only mentions it.
      const inUse = TOOL_IN_USE.re.test(text) && !LEARN_MORE.re.test(text) && frameOf(sentence).kind === 'statement';
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: inUse ? 0.9 : 0.65,
          reason: `Names third-party tracking: ${trackers.join(', ')}.`,
          trackers,
        },
      ];
    }
    if (
      WIDGET_WORD.test(text) &&
      SOCIAL_WIDGETS.re.test(text) &&
      /\b(?:we|our|this (?:web)?site)\b/i.test(text) &&
      !isNegated(text, text.search(SOCIAL_WIDGETS.re))
    ) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: 0.75,
          reason: 'Embeds third-party social media widgets, which let those networks track visitors.',
          claim: 'widgets',
        },
      ];
    }
    const techs = [...text.matchAll(TECH)];
    const collect = COLLECT_VERB.test(text) ? OTHERS_COLLECT.re.exec(text) : null;
    // "We allow certain third parties to collect information about you" on the site: tracking, stated outright.
    if (
      collect &&
      ONLINE_ACTIVITY.re.test(text) &&
      frameOf(sentence).kind === 'statement' &&
      !isNegated(text, collect.index + collect[0].length - 1) &&
      !ELSEWHERE.test(text)
    ) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: 0.9,
          reason: 'Third parties collect information about your activity on the site.',
          claim: 'others-collect',
        },
      ];
    }
    if (!techs.length) {
      if (CROSS_SITE.test(text) && THIRD.test(text) && !isNegated(text, text.search(CROSS_SITE))) {
        return [
          {
            verdict: 'third-party',
            sentence,
            strength: 0.85,
            reason: 'Third parties collect information about your activity across sites.',
            claim: 'across-sites',
          },
        ];
      }
      if (AD_SERVING.test(text) && (THIRD.test(text) || /\bopt[- ]out\b/i.test(text)) && !/\b(?:not|never)\b/i.test(text)) {
        return [
          {
            verdict: 'third-party',
            sentence,
            strength: 0.5,
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
    if (NO_COOKIES.test(text) && !/\b(?:but|however|except|although|though)\b/i.test(text)) {
      return [{ verdict: 'none', sentence, strength: 0.7, reason: 'Says the site does not use cookies or tracking.' }];
    }
    // "We allow some third parties to set cookies", "D&B uses third-party cookies": the site says so outright.
    const lets =
      (LETTING.test(text) ? LETS_OTHERS_TRACK.re.exec(text) : null) ??
      (THIRD_PARTY_WORD.test(text) ? USES_THIRD_PARTY_TRACKERS.re.exec(text) : null);
    if (lets && !isNegated(text, lets.index) && !ELSEWHERE.test(text)) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: 0.92,
          reason: 'The site lets third parties set cookies or similar trackers.',
          claim: 'lets-others',
        },
      ];
    }
    if (OTHERS_COOKIES.test(text) || OWN_COOKIES_OF_OTHERS.re.test(text)) {
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: 0.75,
          reason: 'Cookies from other companies, or tracking across sites, are described.',
          claim: 'others-cookies',
        },
      ];
    }
    if (THIRD.test(text) && !ELSEWHERE.test(text)) {
      if (negated) return [{ verdict: 'first-party', sentence, strength: 0.5, reason: 'Limits third-party tracking.', claim: 'limits' }];
      // "Third parties may use cookies" alone is indirect; saying what for (ads, analytics, across sites) is explicit.
      const purpose = PURPOSE.test(text);
      // "These advertising companies may place cookies": the third party itself sets the tracker, stated outright.
      const theyTrack = frameOf(sentence).actor === 'third-party' && /\b(?:place|set|drop|deploy|collect)s?\b/i.test(text);
      return [
        {
          verdict: 'third-party',
          sentence,
          strength: theyTrack ? 0.9 : purpose ? 0.85 : 0.55,
          reason: purpose
            ? 'Third parties use cookies or similar tracking on the site for advertising or analytics.'
            : 'Mentions third parties using cookies or similar technology, without saying what for.',
          claim: purpose ? 'purpose' : 'unspecified',
        },
      ];
    }
    if (ELSEWHERE.test(text)) return [];
    // "We do not use advertising cookies" denies one kind only; the site may still use others.
    if (negated && KIND_BEFORE.test(text.slice(0, first.index!))) return [];
    if (negated && WE_USE.test(text) && /\b(?:use|uses|place|set|employ|collect)\b/i.test(text) && !/\bwithout\b/i.test(text)) {
      return [{ verdict: 'none', sentence, strength: 0.7, reason: 'Says the site does not use cookies or tracking.' }];
    }
    if (negated) return [];
    if (
      /\bcookies?\b|\bbeacons?\b|\bpixels?\b|\btracking technolog|\blocal storage\b|\bsimilar technologies\b/i.test(text) &&
      (WE_USE.test(text) || /\bcookies? (?:are|is) (?:used|placed|set)\b/i.test(text))
    ) {
      const strength = DISABLE_ONLY.test(text) && !/\b(?:we|our site) (?:use|uses|may use|place|set)\b/i.test(text) ? 0.5 : 0.75;
      return [{ verdict: 'first-party', sentence, strength, reason: 'The site uses its own cookies or similar technology.' }];
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
    if (first.length) {
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
