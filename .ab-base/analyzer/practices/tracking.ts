import { isNegated } from '../negation';
import { confidenceOf, strongest, toEvidence, type Practice } from '../practice';
import { findTrackers, TRACKER_HINT } from '../trackers';

const TECH = /\b(?:cookies?|web ?beacons?|pixels?(?: tags?)?|clear gifs?|spotlight tags?|tracking (?:technolog(?:y|ies)|pixels?|tags?|codes?)|tags|local storage|flash (?:cookies|objects)|local shared objects|LSOs?|SDKs?|device fingerprint\w*|tracking)\b/gi;
const THIRD = /\b(?:third[- ]part(?:y|ies)|(?:advertis(?:ers|ing)|marketing) (?:\w+ )?(?:networks?|partners?|companies|servers?|providers?|vendors?)|advertisers|ad (?:networks?|servers?|serving companies|partners?|vendors?)|network advertisers|analytics (?:providers?|services?|companies|partners?|vendors?|tools?)|(?:other|outside|unaffiliated) (?:companies|parties|entities)|our (?:\d+ |trusted |selected |advertising |marketing )?(?:partners|vendors|service providers|advertisers)|social (?:media )?(?:plug-?ins|networks?|widgets?|buttons?|sharing)|sponsors?)\b/i;
/** Cookies a reader's own browser or other sites set are not this site's tracking. */
/** Cookies on this site that belong to someone else, or that follow a visitor across sites. */
const OTHERS_COOKIES = /\bcookies? (?:that are |which are )?not (?:related to|set by|placed by|controlled by|owned by)\b|\bcookies? (?:set|placed|served) by (?:other|another)\b|\b(?:recogni[sz]e|track|follow) you across (?:different|other|third[- ]party|multiple) (?:web)?sites\b|\b(?:set|place|use) their own cookies\b/i;
/** CalOPPA's wording for third-party tracking: activity "over time and across" other sites, no cookie word needed. */
const CROSS_SITE = /\b(?:online )?activit(?:y|ies) over time and across (?:different |other |third[- ]party |multiple |non-?affiliated )?(?:web ?sites|apps|applications|online services|services)\b/i;
/** Third parties serving ads on the site, or an opt-out from interest-based ads: tracking implied, not stated. */
const AD_SERVING = /\b(?:display|serve|deliver|show)s? (?:\w+ )?(?:ads|advertising|advertisements)\b|\b(?:interest-based|targeted|personali[sz]ed|behaviou?ral) (?:advertising|ads)\b|\baboutads\.info\b|\bnetworkadvertising\.org\b|\byouronlinechoices\b/i;
const ELSEWHERE = /\b(?:linked (?:web)?sites?|websites? (?:that|which) (?:you|we) link|sites? linked|other (?:web)?sites? (?:you visit|may)|not (?:responsible|control)|do not (?:have|exercise) (?:access|control)|has no (?:access|control))\b/i;
const PURPOSE = /\b(?:advertis\w*|ads?|analytics?|analy[sz]e|measure\w*|interests?|interest-based|targeted|retarget\w*|remarket\w*|profiles?|track\w*|across (?:\w+ )?(?:web)?sites|audiences?|statistics|social)\b/i;
const KIND_BEFORE = /\b(?:analytics?|advertising|marketing|targeting|third[- ]party|performance|social media|persistent|tracking|flash|functional)\s+(?:or\s+\w+\s+)?$/i;
const NO_COOKIES = /\b(?:sets?|uses?|places?|employs?|there are) no cookies\b|\bno cookies (?:are|will be) (?:used|set|placed)\b|\b(?:does|do|will) not (?:use|set|place) (?:any )?cookies\b/i;
const SELF_HOSTED = /\bself-?hosted\b|\bhosted on our (?:own )?servers?\b|\bon-?premises?\b|\bno data (?:leaves|is sent outside)\b/i;
const WE_USE = /\b(?:we|us|our (?:web)?site|our services?|this (?:web)?site|the (?:web)?site|the services?|our servers?)\b/i;
const DISABLE_ONLY = /\b(?:browser|settings?|preferences?|disable|reject|refuse|block|delete|remove|turn off|set your)\b/i;

export const tracking: Practice<'tracking'> = {
  id: 'tracking',
  title: 'Tracking cookies',
  question: 'Who tracks you on this site?',
  verdicts: {
    'third-party': { label: 'Third-party tracking', tone: 'bad' },
    'first-party': { label: 'Own cookies only', tone: 'caution' },
    none: { label: 'No cookies', tone: 'good' },
    'not-mentioned': { label: 'Not mentioned', tone: 'neutral' },
  },
  candidate: new RegExp(`\\b(?:cookie|beacon|pixel|gif|tracking|tracker|analytics|advertis|tags?\\b|local storage|flash|sdk|fingerprint|over time and across)|${TRACKER_HINT.source}`, 'i'),
  judge(sentence) {
    const text = sentence.text;
    const trackers = findTrackers(text);
    // A self-hosted tool (Matomo on the site's own server) is the site's own analytics.
    if (trackers.length && SELF_HOSTED.test(text)) {
      return [{ verdict: 'first-party', sentence, strength: 0.75, reason: `Uses ${trackers.join(', ')} hosted on its own servers.` }];
    }
    if (trackers.length) {
      return [{ verdict: 'third-party', sentence, strength: 0.95, reason: `Names third-party tracking: ${trackers.join(', ')}.`, trackers }];
    }
    const techs = [...text.matchAll(TECH)];
    if (!techs.length) {
      if (CROSS_SITE.test(text) && THIRD.test(text) && !isNegated(text, text.search(CROSS_SITE))) {
        return [{ verdict: 'third-party', sentence, strength: 0.85, reason: 'Third parties collect information about your activity across sites.' }];
      }
      if (AD_SERVING.test(text) && (THIRD.test(text) || /\bopt[- ]out\b/i.test(text)) && !/\b(?:not|never)\b/i.test(text)) {
        return [{ verdict: 'third-party', sentence, strength: 0.5, reason: 'Third-party or interest-based advertising implies tracking, though no cookie is named.' }];
      }
      return [];
    }
    const first = techs[0]!;
    const negated = isNegated(text, first.index!);
    // "The app sets no cookies" denies all of them, even if third parties are named in the same breath.
    if (NO_COOKIES.test(text) && !/\b(?:but|however|except|although|though)\b/i.test(text)) {
      return [{ verdict: 'none', sentence, strength: 0.7, reason: 'Says the site does not use cookies or tracking.' }];
    }
    if (OTHERS_COOKIES.test(text)) {
      return [{ verdict: 'third-party', sentence, strength: 0.75, reason: 'Cookies from other companies, or tracking across sites, are described.' }];
    }
    if (THIRD.test(text) && !ELSEWHERE.test(text)) {
      if (negated) return [{ verdict: 'first-party', sentence, strength: 0.5, reason: 'Limits third-party tracking.' }];
      // "Third parties may use cookies" alone is indirect; saying what for (ads, analytics, across sites) is explicit.
      const purpose = PURPOSE.test(text);
      return [{ verdict: 'third-party', sentence, strength: purpose ? 0.85 : 0.55, reason: purpose ? 'Third parties use cookies or similar tracking on the site for advertising or analytics.' : 'Mentions third parties using cookies or similar technology, without saying what for.' }];
    }
    if (ELSEWHERE.test(text)) return [];
    // "We do not use advertising cookies" denies one kind only; the site may still use others.
    if (negated && KIND_BEFORE.test(text.slice(0, first.index!))) return [];
    if (negated && WE_USE.test(text) && /\b(?:use|uses|place|set|employ|collect)\b/i.test(text) && !/\bwithout\b/i.test(text)) {
      return [{ verdict: 'none', sentence, strength: 0.7, reason: 'Says the site does not use cookies or tracking.' }];
    }
    if (negated) return [];
    if (/\bcookies?\b|\bbeacons?\b|\bpixels?\b|\btracking technolog|\blocal storage\b|\bsimilar technologies\b/i.test(text) && (WE_USE.test(text) || /\bcookies? (?:are|is) (?:used|placed|set)\b/i.test(text))) {
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
      return { verdict: 'third-party', confidence: confidenceOf(third), summary: `Third parties such as advertisers or analytics services track visitors with cookies or similar technology.${named}`, evidence: toEvidence(third), trackers };
    }
    if (first.length) {
      return { verdict: 'first-party', confidence: confidenceOf(first), summary: 'The site uses its own cookies or similar technology; no third-party tracking is stated.', evidence: toEvidence(first), trackers };
    }
    if (none.length) {
      return { verdict: 'none', confidence: confidenceOf(none), summary: 'The policy says the site does not use cookies or tracking.', evidence: toEvidence(none), trackers };
    }
    return { verdict: 'not-mentioned', confidence: 0.5, summary: 'The policy does not mention cookies or tracking.', evidence: [], trackers };
  },
};
