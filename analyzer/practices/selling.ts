import { PRACTICE_META } from '../practice-meta';
import { actorAt, bodyStart, frameOf } from '../frame';
import {
  DATA_PRODUCT,
  has,
  HEDGED_VERB,
  PAID_FOR_DATA,
  MINOR_SALE_RULE,
  OPT_OUT_OF_SALE as OPT_OUT_NEAR_SALE,
  NOT_A_DATA_SALE,
  USER_DUTY as USER_AS_SUBJECT,
} from '../lexicon/index';
import { hasException, isNegated } from '../negation';
import { confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { SellingVerdict } from '../types';

const SALE_VERB =
  /\b(?:sell|sells|selling|sold|rent|rents|renting|rented|lease|leases|leasing|leased|swap|swaps|barter|trade|trades|trading|traded|exchange|exchanges|exchanged|monetize|monetizes)\b|\bsale\b/gi;
/** What is sold must be data about people, not products or the company. */
const DATA_OBJECT =
  /\b(?:personal|personally|information|info|data|details|e-?mails?|e-?mail (?:address(?:es)?|list)|cookies|mailing lists?|postal lists?|lists?|addresses|names|contact|profiles?|records|PII)\b/i;
const CORPORATE_SALE =
  /\b(?:merger|merge[sd]?|acquisition|acquired|acquire|bankruptcy|reorgani[sz]ation|insolvency|substantially all|assets|(?:business|company|division|sites?|websites?|services?|unit)(?: or [\w ]{1,30})? (?:is|are|was|were|be|being) (?:sold|acquired|transferred)|sale of (?:all|the|our|a) (?:or (?:a )?)?(?:part|portion|business|company|assets|division|stock)|(?:sell|sells|sold|selling) (?:all|part|some|any|substantially all|a portion)\b(?: or (?:part|substantially all|a portion|some))?(?: of)? (?:our|its|the|their) (?:business|company|assets|stock|shares)|change (?:of|in) control|successor|divestiture|business transfer|sale of the company)\b/i;
const PRODUCT_SALE =
  /\b(?:sell|sold|sale of) (?:products?|goods|merchandise|tickets?|services|items|subscriptions|advertising|ads|ad space)\b|\b(?:products?|goods|merchandise|tickets?|services|items) (?:\w+ ){0,2}(?:sold|sell)\b|\b(?:point of sale|sales tax|for sale|sales? (?:team|representatives?|department|inquir\w+|promotions?))\b/i;
const PRODUCT_OBJECT =
  /^(?:sell|sells|selling|sold)\s+(?:\w+\s+){0,2}?(?:products?|goods|merchandise|tickets?|items|subscriptions?|gift cards?|advertising|ads|ad space|ad inventory|memberships?)\b/i;
/** A denial placed after the verb: "Selling your data is not something we do." */
const POST_DENIAL = /^[^.;]{0,80}?\b(?:is|are) (?:not|never) (?:something|a practice|part of|what)\b/i;
const NOT_PERSONAL =
  /\b(?:aggregate[d]?|de-?identified|anonymi[sz]ed|non-?personal(?:ly)?(?: identifiable)?)\b[^.]*\b(?:information|data)\b/i;
const NOT_PERSONAL_PROVISO = /\b(?:does|do|will) not (?:personally )?identify you\b|\bnon-?personally\b/i;
/** CCPA's link name is in the user's voice: a site that shows it may sell or "share" data. */
const DO_NOT_SELL_LINK = /\bdo not sell (?:or share )?my (?:personal )?(?:information|info|data)\b/i;
/** CPRA "sharing": disclosure for cross-context behavioral advertising, which the law treats like a sale. */
const CCPA_SHARE =
  /\b(?:["“'‘]shar(?:e|es|ed|ing)["”'’]|shar(?:e|es|ed|ing))\b(?=[^.]{0,120}\bcross[- ]context behaviou?ral advertising\b)/i;
/** Disclosure for money is a sale whatever the verb: "make your contact details available ... for a fee". */
const FOR_MONEY =
  /\b(?:for (?:a fee|money|payment|compensation|(?:monetary|valuable|financial) consideration)|in (?:exchange|return) for (?:money|payment|compensation|a fee))\b/i;
const DISCLOSE =
  /\b(?:disclose[sd]?|provide[sd]?|make[sd]? (?:\w+ ){0,4}available|share[sd]?|transfer(?:s|red)?|give[sn]?|license[sd]?)\b/i;
/** "could be considered a 'sale'" or "'sharing'": the policy classes its own disclosures as a sale under the law. */
const CLASSED_AS_SALE =
  /\b(?:considered|deemed|constitutes?|qualif(?:y|ies) as|count as|treated as) (?:an? )?["“'‘]?(?:sale|selling|sold|sharing|shared|share)\b/i;
const OPT_OUT_OF_SALE = OPT_OUT_NEAR_SALE.re;
/** Terms-of-use duties of the user ("you will not ... sell any content") are not the site's data practice. */
const USER_DUTY_OLD =
  /\b(?:reverse engineer|derivative works?|sublicense|redistribute)\b|\byou (?:will|shall|may|must) not\b|\byou agree (?:not )?to\b/i;
/** The user, not the site, is the one who must not sell (terms-of-use duties). */
const USER_DUTY = { test: (t: string) => USER_DUTY_OLD.test(t) || USER_AS_SUBJECT.re.test(t) };
/** Sale verbs with other everyday senses (rent a car, trade in, exchange a product). */
const AMBIGUOUS_SALE =
  /^(?:rent|rents|renting|rented|lease|leases|leasing|leased|swap|swaps|barter|trade|trades|trading|traded|exchange|exchanges|exchanged)$/i;
/** A sale verb in a list with "sell" or "share": "sell, rent or trade". */
const SALE_LIST =
  /\b(?:sell|sold|share|shared|disclose|disclosed)\b[\s,]+(?:or |and |\w+,\s*){0,2}(?:rent|lease|trade|swap|exchange)|(?:rent|lease|trade|swap|exchange)\w*[\s,]+(?:or |and )?(?:sell|sold|share)/i;
const TRADE_NOISE =
  /\btrade (?:secrets?|names?|marks?|shows?|dress|associations?|publications?|commission)\b|\bexchange (?:rates?|commission|act)\b|\b(?:stock|securities) exchange\b/i;

export const selling: Practice<'selling'> = {
  ...PRACTICE_META.selling,
  // One word group: sale verbs, CPRA "sharing" (cross-context), money, and classing a disclosure as a "sharing".
  candidate:
    /\b(?:sell|sells|selling|sold|sale|rent|rents|renting|rented|lease[sd]?|leasing|swap|swaps|barter|trade[sd]?|trading|exchange[sd]?|monetize[sd]?|cross[- ]context|fee|money|payment|compensat\w*|paid|consideration)\b|["“'‘]shar(?:e|ed|ing)\b/i,
  judge(sentence) {
    const text = sentence.text;
    if (DO_NOT_SELL_LINK.test(text) && !/\bwe (?:do|will) not sell\b/i.test(text)) {
      // Indirect: the link's name implies selling or sharing, nothing states it.
      return [
        {
          verdict: 'sells',
          sentence,
          strength: 0.55,
          reason: 'Offers a “Do Not Sell” opt-out, which the law requires of sites that sell or share data.',
          claim: 'opt-out-link',
        },
      ];
    }
    // A definition, a quote of the law or a question states nothing about this site; a rights list only names
    // what the reader may ask about ("the right to know ... sold"), at most an opt-out of sale (weak, below).
    const kind = frameOf(sentence).kind;
    if (kind === 'definition' || kind === 'citation' || kind === 'question' || kind === 'scope') return [];
    if (kind === 'right') {
      return OPT_OUT_OF_SALE.test(text)
        ? [
            {
              verdict: 'sells',
              sentence,
              strength: 0.4,
              reason: 'Describes opting out of the sale of personal information.',
              claim: 'opt-out',
            },
          ]
        : [];
    }
    const compensated = PAID_FOR_DATA.re.exec(text);
    if (compensated) {
      return [
        isNegated(text, compensated.index + compensated[0].search(/compensat|paid|remunerat|payment/i))
          ? { verdict: 'does-not-sell', sentence, strength: 0.85, reason: 'Denies being paid for personal information.', claim: 'not-paid' }
          : { verdict: 'sells', sentence, strength: 0.85, reason: 'Is paid for personal information, which is a sale.', claim: 'paid' },
      ];
    }
    const paid = FOR_MONEY.exec(text);
    if (paid && DISCLOSE.test(text) && DATA_OBJECT.test(text) && !USER_DUTY.test(text) && !NOT_PERSONAL.test(text)) {
      const denied = isNegated(text, text.search(DISCLOSE)) || isNegated(text, paid.index);
      return [
        denied
          ? {
              verdict: 'does-not-sell',
              sentence,
              strength: 0.85,
              reason: 'Denies giving personal information to others for money.',
              claim: 'not-paid',
            }
          : {
              verdict: 'sells',
              sentence,
              strength: 0.85,
              reason: 'Gives personal information to others for money, which is a sale.',
              claim: 'paid',
            },
      ];
    }
    const classed = CLASSED_AS_SALE.exec(text);
    if (classed && !isNegated(text, classed.index) && !USER_DUTY.test(text)) {
      return [
        {
          verdict: 'sells',
          sentence,
          strength: 0.8,
          reason: 'Says some of its disclosures count as a “sale” or “sharing” under privacy law.',
          claim: 'classed',
        },
      ];
    }
    const share = CCPA_SHARE.exec(text);
    if (share && !USER_DUTY.test(text)) {
      if (isNegated(text, share.index)) {
        return [
          {
            verdict: 'does-not-sell',
            sentence,
            strength: 0.9,
            reason: 'Denies “sharing” personal information for cross-context behavioral advertising.',
            claim: 'no-ad-sharing',
          },
        ];
      }
      return [
        {
          verdict: 'sells',
          sentence,
          strength: 0.75,
          reason: 'Shares personal information for cross-context behavioral advertising, which the CCPA treats like a sale.',
          claim: 'ad-sharing',
        },
      ];
    }
    if (USER_DUTY.test(text) || kind === 'heading') return [];
    const hits: Hit<SellingVerdict>[] = [];
    // A run-in title ("Sharing or Sale of Personal Information: We do not sell...") names the topic only.
    const body = bodyStart(text);
    const clean = (' '.repeat(body) + text.slice(body)).replace(TRADE_NOISE, ' ').replace(NOT_A_DATA_SALE.all, ' ');
    let denied = false;
    let affirmed = false;
    let exception = false;
    let weSell = false;
    let outright = false;
    for (const m of clean.matchAll(SALE_VERB)) {
      const at = m.index!;
      const around = clean.slice(Math.max(0, at - 60), at + 120);
      if (!DATA_OBJECT.test(around) && !DATA_OBJECT.test(sentence.heading)) continue;
      if (CORPORATE_SALE.test(clean)) {
        // "we do not sell your data, except in a merger" is still a denial; "assets may be sold" is not about data.
        if (!isNegated(clean, at)) continue;
      }
      // "We sell products" is commerce; "consumer data products we sell" sells data.
      if (PRODUCT_SALE.test(around) && !/\b(?:personal|your) (?:information|data)\b/i.test(around) && !DATA_PRODUCT.re.test(around))
        continue;
      // "We sell ad space to advertisers, who do not receive your personal information": the object is a product.
      if (PRODUCT_OBJECT.test(clean.slice(at))) continue;
      if (/\bexchange/i.test(m[0]) && !/\b(?:lists?|addresses|names)\b/i.test(around)) continue;
      // "When you rent out one of our theatres": the user is the one renting or selling.
      if (actorAt(clean, at) === 'user' && !OPT_OUT_OF_SALE.test(around)) continue;
      // Rent, lease, trade, swap have other senses ("rent equipment"): their object must be data, close by.
      if (
        AMBIGUOUS_SALE.test(m[0]) &&
        !DATA_OBJECT.test(clean.slice(at, at + m[0].length + 40)) &&
        !SALE_LIST.test(clean.slice(Math.max(0, at - 20), at + 30))
      )
        continue;
      if (actorAt(clean, at) === 'we') {
        weSell = true;
        // "We sell" says it outright; "we may sell" a possibility (the tooltip words them apart).
        outright ||= !has(HEDGED_VERB, clean.slice(Math.max(0, at - 40), at));
      }
      if (OPT_OUT_OF_SALE.test(around) && !isNegated(clean, at)) {
        affirmed = true;
        hits.push({
          verdict: 'sells',
          sentence,
          strength: 0.4,
          reason: 'Describes opting out of the sale of personal information.',
          claim: 'opt-out',
        });
        break;
      }
      if (isNegated(clean, at) || POST_DENIAL.test(clean.slice(at))) {
        denied = true;
        exception ||= hasException(clean, at) || /^\s*except\b/i.test(clean);
      } else if (!NOT_PERSONAL.test(clean) && !NOT_PERSONAL_PROVISO.test(clean)) {
        affirmed = true;
      }
    }
    if (affirmed && !hits.length) {
      // "We sell ..." says it outright; a passive or a list ("may be used, disclosed, sold") a shade less.
      hits.push({
        verdict: 'sells',
        sentence,
        strength: weSell ? 0.9 : 0.85,
        reason: 'States that personal information may be sold, rented or traded.',
        ...(outright ? { claim: 'we-sell' } : {}),
      });
    }
    if (denied) {
      // A denial about children's data only is narrower than one about everyone's.
      const narrow = MINOR_SALE_RULE.re.test(text);
      hits.push({
        verdict: 'does-not-sell',
        sentence,
        strength: exception || narrow ? 0.7 : 0.9,
        reason: exception ? 'Denies selling personal information, with exceptions.' : 'Explicitly denies selling personal information.',
        ...(exception ? { claim: 'exceptions' } : narrow ? { claim: 'minors' } : {}),
      });
    }
    return hits;
  },
  combine(hits) {
    const sells = strongest(hits, 'sells');
    const denies = strongest(hits, 'does-not-sell');
    const strongSell = sells.filter((h) => h.strength >= 0.5);
    if (strongSell.length || (sells.length && !denies.length)) {
      const summary = denies.length
        ? 'The policy says some personal information may be sold, rented or traded, although it denies selling other data.'
        : 'The policy says personal information may be sold, rented or traded.';
      const evidence = toEvidence([...sells, ...denies.slice(0, 1)]);
      return { verdict: 'sells', confidence: confidenceOf(sells), summary, evidence };
    }
    if (denies.length) {
      const withExceptions = denies.some((h) => h.strength < 0.9);
      return {
        verdict: 'does-not-sell',
        confidence: confidenceOf(denies),
        summary: withExceptions
          ? 'The policy says it does not sell personal information, with some exceptions it describes.'
          : 'The policy says it does not sell personal information.',
        evidence: toEvidence(denies),
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say whether it sells personal information.',
      evidence: [],
    };
  },
};
