import { PRACTICE_META } from '../practice-meta';
import { frameOf, leadClause, previousOf } from '../frame';
import { firstRun } from '../first-run';
import { hasException, isNegated } from '../negation';
import {
  ABROAD,
  JOINT_USE,
  DISCLOSURE_REQUEST_HEADING,
  AD_PARTNERS_COLLECT,
  AD_PLATFORM_FOR_ADS,
  ADVERTISERS,
  PROVIDERS_ENGAGED,
  GIVES_A_PRODUCT,
  AFFILIATES,
  BUSINESS_CHANGES_HANDS,
  every,
  has,
  LEGAL_DEMAND,
  LIST_ITEM,
  MARKETING_PURPOSE,
  NAMED_RECIPIENTS,
  OWN_PURPOSE_RECIPIENTS,
  OTHER_COMPANIES,
  PARTNERS,
  RECIPIENT_FIRST_VERB,
  RECIPIENT_ROLE,
  SITE_AS_SUBJECT,
  RECIPIENTS_OWN_MARKETING,
  SERVICE_PROVIDERS,
  SHARE_VERB,
  RECIPIENTS_AHEAD,
  ROLE_ITEM,
  SHARE_VERB_FORMAL,
  MARKETING_HINT,
  PROVIDER_HINT,
  RECIPIENT_HINT,
  ONLY_FOR_US,
  ONLY_ON_CONSENT_OR_LAW,
  PEOPLES_DATA,
  PROVIDER_NOUN,
  RECIPIENT_LIMITS,
  RECIPIENTS_HEADING,
  RECIPIENTS_INCLUDE,
  RECIPIENT_TITLE,
  SHARED_DATA,
  SHARING_RIGHT_NOTICE,
  SHARING_WORDS,
  THIRD_PARTY_HINT,
  UNIDENTIFIED_DATA,
  USER_GIVES_BEFORE,
  SALE_VERB_OPENS,
  TO_USER_DEVICE,
  NEGATION_HINT,
  DATA_WORD,
  LEADS_INTO_LIST,
  anyConcept,
  firstMatch,
} from '../lexicon/index';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice, type PracticeContext } from '../practice';
import type { Sentence, SharingVerdict } from '../types';
import { union, type Cue } from './cues';

type SharingHit = Hit<SharingVerdict> & { recipients: string[] };

/** Recipients who use the data for their own marketing: the practice that harms the user most. */
const ADVERTISING: Cue[] = [
  ['advertisers', ADVERTISERS.all],
  ['third parties for their marketing', RECIPIENTS_OWN_MARKETING.all],
  ['ad platforms', AD_PLATFORM_FOR_ADS.all],
];
const PROVIDERS: Cue[] = [
  ['service providers', SERVICE_PROVIDERS.all],
  ['authorities (as required by law)', LEGAL_DEMAND.all],
];
const THIRD_PARTIES: Cue[] = [
  ['affiliates', AFFILIATES.all],
  ['partners', PARTNERS.all],
  ['third parties', OTHER_COMPANIES.all],
  ['third parties', NAMED_RECIPIENTS.all],
  ['third parties', OWN_PURPOSE_RECIPIENTS.all],
];

/** How far a list's lead sentence is demoted below the same statement made outright. */
const LIST_LEAD_DEMOTION = 0.15;

/** Keywords each cue list needs (PROVIDER_HINT, MARKETING_HINT and this one): the lists are costly, the keywords are not. */
const THIRD_WORD = THIRD_PARTY_HINT.re;
const GATE = new Map<Cue[], RegExp>([
  [PROVIDERS, PROVIDER_HINT.re],
  [THIRD_PARTIES, THIRD_WORD],
  [ADVERTISING, MARKETING_HINT.re],
]);

/** Every recipient cue in the text comes under a negation. */
function recipientsDenied(text: string): boolean {
  const cues: Cue[] = [...THIRD_PARTIES, ...ADVERTISING, ['marketing', MARKETING_PURPOSE.all]];
  const at = cues.flatMap(([, re]) => [...text.matchAll(re)].map((m) => m.index!));
  return at.length > 0 && at.every((i) => isNegated(text, i));
}

function found(text: string, cues: Cue[]): string[] {
  const gate = GATE.get(cues);
  if (gate && !gate.test(text)) return [];
  // The cue lists are built when the module loads, before `firstRun` knows an analysis has begun: one compile each.
  // A global pattern's test moves its lastIndex: put it back, or a later matchAll on it starts mid-text.
  return cues
    .filter(([, re]) => {
      firstRun(re);
      re.lastIndex = 0;
      const hit = re.test(text);
      re.lastIndex = 0;
      return hit;
    })
    .map(([l]) => l);
}

/**
 * "Advertising partners set cookies on our site to show you our ads": ad companies the site lets collect there (not
 * denied: "we do not let ad networks place cookies on our pages").
 */
function adPartnersCollect(sentence: Sentence): SharingHit | null {
  const m = firstMatch(AD_PARTNERS_COLLECT, sentence.text);
  if (!m) return null;
  // The negator may come before the companies or after them: "ad networks do not place pixels on our pages".
  if (isNegated(sentence.text, m.index! + m[0].length, m[0].length + 80)) return null;
  return {
    verdict: 'advertising',
    sentence,
    strength: BAND.hedged,
    reason: 'Lets advertising companies collect personal information on its site.',
    claim: 'ad-partners-collect',
    recipients: ['advertisers'],
  };
}

/** A verb of giving data in a text: the sentence before, or the lead its list item is read with. */
const givesData = (text: string) => has(SHARE_VERB, text) || has(SHARE_VERB_FORMAL, text);

/** Other companies get the data, said without a verb of giving (the rules below say how). */
function othersHit(sentence: Sentence, recipient: string): SharingHit {
  return {
    verdict: 'third-parties',
    sentence,
    strength: BAND.hedged,
    reason: 'Shares personal information with other companies.',
    claim: 'third-parties',
    recipients: [recipient],
  };
}

/**
 * "These bodies process the information as responsible parties in their own right", just after a disclosure: the
 * recipients just named keep the data for their own ends (not linked sites, which nobody gave anything).
 */
function ownPurposeAfterDisclosure(sentence: Sentence, ctx: PracticeContext): SharingHit | null {
  if (!has(OWN_PURPOSE_RECIPIENTS, sentence.text)) return null;
  // The recipients may be an item of the disclosure's list: "5.2 We disclose it to: / 5.2.1 the golf union. These bodies…".
  const prev = previousOf(sentence, ctx.sentences);
  const before = prev && previousOf(prev, ctx.sentences);
  const gave = (s: Sentence | null) => s !== null && (givesData(s.text) || (s.lead !== undefined && givesData(leadClause(s.lead))));
  return gave(prev) || gave(before) ? othersHit(sentence, 'third parties') : null;
}

/** "The Company jointly uses personal data as follows:": APPI's joint users get the data for their own part. */
function jointUse(sentence: Sentence): SharingHit | null {
  const m = firstMatch(JOINT_USE, sentence.text);
  return !m || isNegated(sentence.text, m.index!) ? null : othersHit(sentence, 'joint users');
}

export const sharing: Practice<'sharing'> = {
  ...PRACTICE_META.sharing,
  // A title line ("With third parties & integrations") names recipients with no verb of giving.
  candidate: anyConcept(
    SHARING_WORDS,
    RECIPIENT_TITLE,
    AD_PARTNERS_COLLECT,
    ONLY_FOR_US,
    PROVIDERS_ENGAGED,
    OWN_PURPOSE_RECIPIENTS,
    JOINT_USE,
  ),
  triggers: [
    SHARE_VERB,
    SHARE_VERB_FORMAL,
    RECIPIENT_FIRST_VERB,
    RECIPIENTS_INCLUDE,
    RECIPIENT_TITLE,
    PROVIDERS_ENGAGED,
    AD_PARTNERS_COLLECT,
    ONLY_FOR_US,
    OWN_PURPOSE_RECIPIENTS,
    JOINT_USE,
  ],
  judge(sentence, ctx) {
    const text = sentence.text;
    if (sentence.isHeading) return [];
    // A right described ("the right to confirm whether we share your data and see a list of every third party") or a
    // definition states nothing this site does.
    const kind = frameOf(sentence).kind;
    if (kind === 'right' || kind === 'definition') return [];
    const adsCollect = adPartnersCollect(sentence);
    if (adsCollect) return [adsCollect];
    const joint = jointUse(sentence);
    if (joint) return [joint];
    // "Who gets your information?" then "- Payment processors Apple, Google and Stripe": the item names a recipient.
    const recipientsHeading = has(RECIPIENTS_HEADING, sentence.heading) && !has(DISCLOSURE_REQUEST_HEADING, sentence.heading);
    const listsRecipients = has(RECIPIENTS_INCLUDE, text);
    // A list item under a recipients heading names a recipient, with or without a verb or the word "data"; so does
    // "With advertisers." opening a paragraph.
    const recipientItem = (has(LIST_ITEM, text) && recipientsHeading) || listsRecipients || has(RECIPIENT_TITLE, text);
    // "Our newsletter is sent by a mailing service that acts on our instructions": a bound provider names no data.
    if (!recipientItem && !has(SHARED_DATA, text) && !has(ONLY_FOR_US, text) && !has(PROVIDERS_ENGAGED, text)) return [];
    // Cheap exit: no recipient named and nothing denied.
    const anyRecipient = has(RECIPIENT_HINT, text);
    if (!anyRecipient && !NEGATION_HINT.re.test(text)) return [];
    if (has(BUSINESS_CHANGES_HANDS, text) || has(SHARING_RIGHT_NOTICE, text) || TO_USER_DEVICE.re.test(text)) return [];
    // A verb counts when data or a recipient follows it ("unless we give prior notice" shares nothing).
    const verbs = [...every(SHARE_VERB, text), ...every(SHARE_VERB_FORMAL, text), ...every(RECIPIENT_FIRST_VERB, text)]
      .sort((a, b) => a.index! - b.index!)
      .filter((m) => {
        const after = text.slice(m.index!, m.index! + 140);
        return (
          !USER_GIVES_BEFORE.re.test(text.slice(Math.max(0, m.index! - 40), m.index!)) &&
          // "provides cloud software for HR records to employers" gives a product, not data.
          !has(GIVES_A_PRODUCT, after) &&
          // "We may receive information from partners" is collection, not sharing; a recipient-first verb needs its recipient before it: "Zoom may obtain information from partners" collects.
          !(
            has(RECIPIENT_FIRST_VERB, m[0]) &&
            (has(SITE_AS_SUBJECT, text.slice(Math.max(0, m.index! - 40), m.index!)) || !has(RECIPIENT_HINT, text.slice(0, m.index!)))
          ) &&
          (has(SHARED_DATA, after) || (anyRecipient && has(RECIPIENT_HINT, after)))
        );
      });
    // "These providers may only use your data to do work for us": a provider holds the data, for the site only.
    // "We use third-party service providers, such as Stripe, to process payments": the providers the site names.
    // "They can only use your information to do their job for us", under "Who else sees your information".
    const ownPurpose = verbs.length ? null : ownPurposeAfterDisclosure(sentence, ctx);
    if (ownPurpose) return [ownPurpose];
    const boundProvider =
      !verbs.length && ((has(ONLY_FOR_US, text) && (has(PROVIDER_NOUN, text) || recipientsHeading)) || has(PROVIDERS_ENGAGED, text));
    if (!verbs.length && !recipientItem && !boundProvider && !(recipientsHeading && DATA_WORD.re.test(text))) return [];
    const at = verbs[0]?.index ?? 0;
    // "Insurance brokers may receive your claim details": the recipient is named before the verb.
    const recipientFirst = verbs.length > 0 && has(RECIPIENT_FIRST_VERB, verbs[0]![0]);
    const after = verbs.length && !recipientFirst ? text.slice(at) : text;
    // Recipients named in a providers phrase ("third parties that work on our behalf") are providers.
    // "Outside companies receive data only where they work for us": the recipients a verb names, bound to the site.
    const bound = boundProvider || (verbs.length > 0 && has(ONLY_FOR_US, text) && !found(text, ADVERTISING).length);
    const providers = bound ? ['service providers'] : found(after, PROVIDERS);
    let rest = after;
    for (const [, re] of PROVIDERS) rest = rest.replace(re, ' ');
    // "We work with a few other companies to run the shop": the companies engaged are the providers.
    if (boundProvider) rest = rest.replace(PROVIDERS_ENGAGED.all, ' ');
    // Recipients a sentence binds to work only for the site ("outside organisations ... only act on our instructions")
    // are its providers, whatever else they are called.
    const others = bound ? [] : found(rest, THIRD_PARTIES);
    // A role named before the verb, or in a list of recipients: "Insurance brokers may receive …", "Recipients may
    // include your GP, the pharmacy you nominate and the technology providers who host our systems".
    if (!others.length && (recipientFirst || listsRecipients) && has(RECIPIENT_ROLE, recipientFirst ? text.slice(0, at) : text))
      others.push('third parties');
    // An item naming a role, under a recipients heading or read through its lead ("Personal data may be communicated to
    // the following recipients: other airlines operating flights under codeshare").
    const leadText = sentence.lead ? leadClause(sentence.lead) : '';
    const read = leadText && text.startsWith(leadText);
    const own = read ? text.slice(leadText.length) : text;
    if (!others.length && (recipientItem || (read && has(RECIPIENTS_AHEAD, leadText))) && has(ROLE_ITEM, own)) others.push('third parties');
    // "Recipients may include your GP, the pharmacy you nominate…": recipients named, none of them a provider.
    if (!providers.length && !others.length && listsRecipients) others.push('third parties');
    const restricted = has(RECIPIENT_LIMITS, text);
    const advertising = restricted ? [] : found(rest, ADVERTISING);
    if (!restricted && others.length && !advertising.length && found(rest, [['marketing', MARKETING_PURPOSE.all]]).length)
      advertising.push('third parties for their marketing');
    const allNegated = verbs.length > 0 && verbs.every((m) => isNegated(text, m.index!));
    if (allNegated && verbs.every((m) => SALE_VERB_OPENS.re.test(m[0]))) return [];
    // No verb of giving (a line under "Who we give your details to"): the recipients themselves may be denied, "We
    // don't swap guest lists with other accommodation providers, … and we don't use your information for advertising".
    // "We only disclose personal information where you have authorised it or where the law requires": no one named,
    // consent and the law the only ways out: a denial with exceptions.
    const onlyOnConsent =
      verbs.length > 0 && !providers.length && !advertising.length && !others.length && has(ONLY_ON_CONSENT_OR_LAW, text);
    const negated = allNegated || (!verbs.length && recipientsDenied(text)) || onlyOnConsent;
    if (!providers.length && !advertising.length && !others.length) {
      // "We do not share personal information" needs no recipient to be a denial.
      if (!negated || !has(PEOPLES_DATA, text)) return [];
    }
    // "We do not send your information overseas" denies a transfer abroad, not sharing with anyone.
    if (negated && !providers.length && !advertising.length && !others.length && has(ABROAD, text)) return [];
    if (negated) {
      const exception = onlyOnConsent || hasException(text, at);
      // "We do not disclose it to anyone for the purpose of direct marketing" denies one purpose, not all sharing.
      const scoped = advertising.length > 0 || has(MARKETING_PURPOSE, text);
      const reason = scoped
        ? 'Denies sharing personal information with others for their marketing.'
        : exception
          ? 'Denies sharing personal information, with exceptions.'
          : 'Explicitly denies sharing personal information.';
      const claim = scoped ? 'no-marketing' : exception ? 'exceptions' : 'no-sharing';
      const hit: SharingHit = {
        verdict: 'no-sharing',
        sentence,
        strength: exception ? BAND.edge : scoped ? BAND.hedged : BAND.firm,
        reason,
        claim,
        recipients: [],
      };
      // "We do not share it, except with service providers" allows exactly that.
      if (exception && providers.length) {
        return [
          hit,
          {
            verdict: 'service-providers-only',
            sentence,
            strength: BAND.hedged,
            reason: 'Shares only with service providers or as required by law.',
            claim: 'service-providers-only',
            recipients: providers,
          },
        ];
      }
      return [hit];
    }
    if (has(UNIDENTIFIED_DATA, text)) return [];
    const weak = LEADS_INTO_LIST.re.test(text) ? LIST_LEAD_DEMOTION : 0;
    if (advertising.length) {
      return [
        {
          verdict: 'advertising',
          sentence,
          strength: BAND.firm - weak,
          reason: 'Shares personal information with others for advertising or marketing.',
          claim: 'advertising',
          recipients: union([advertising, others]),
        },
      ];
    }
    if (others.length) {
      return [
        {
          verdict: 'third-parties',
          sentence,
          strength: (verbs.length || listsRecipients ? BAND.hedged : BAND.weak) - weak,
          reason: 'Shares personal information with other companies.',
          claim: 'third-parties',
          recipients: others,
        },
      ];
    }
    return [
      {
        verdict: 'service-providers-only',
        sentence,
        strength: verbs.length ? BAND.hedged : BAND.weak,
        reason: 'Shares personal information with service providers or as required by law.',
        claim: 'service-providers-only',
        recipients: providers,
      },
    ];
  },
  combine(hits) {
    const all = hits as SharingHit[];
    const ads = strongest(all, 'advertising');
    const others = strongest(all, 'third-parties');
    const providers = strongest(all, 'service-providers-only');
    const denials = strongest(all, 'no-sharing');
    const recipients = union(all.filter((h) => h.verdict !== 'no-sharing').map((h) => h.recipients));
    const strongDenial = denials.some((h) => h.strength >= BAND.direct);
    if (ads.length) {
      return {
        verdict: 'advertising',
        confidence: confidenceOf(ads),
        summary: 'The policy says personal information may be shared with other companies for their advertising or marketing.',
        evidence: toEvidence(ads),
        recipients,
      };
    }
    const firmOthers = others.filter((h) => h.strength >= BAND.edge || !strongDenial);
    if (firmOthers.length) {
      const summary = `The policy says personal information may be shared with ${firmOthers.some((h) => h.recipients.includes('third parties')) ? 'third parties' : 'affiliates or partners'}, beyond service providers.`;
      return { verdict: 'third-parties', confidence: confidenceOf(firmOthers), summary, evidence: toEvidence(firmOthers), recipients };
    }
    if (providers.length) {
      return {
        verdict: 'service-providers-only',
        confidence: confidenceOf(providers),
        summary: 'The policy says personal information is shared only with service providers or when the law requires it.',
        evidence: toEvidence([...providers, ...denials]),
        recipients,
      };
    }
    if (denials.length) {
      return {
        verdict: 'no-sharing',
        confidence: confidenceOf(denials),
        summary: 'The policy says it does not share personal information with other companies.',
        evidence: toEvidence(denials),
        recipients: [],
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say whether it shares personal information with others.',
      evidence: [],
      recipients: [],
    };
  },
};
