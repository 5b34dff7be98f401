import { PRACTICE_META } from '../practice-meta';
import { actorAt, bodyStart, frameOf } from '../frame';
import {
  DATA_PRODUCT,
  has,
  indexOf,
  HEDGED_VERB,
  PAID_FOR_DATA,
  PAID_WHEN_SHARING,
  PAID_BY_OTHERS_FOR_DATA,
  PAID_PER_LEAD,
  MINOR_SALE_RULE,
  NOT_FOR_SALE,
  SELF_DECLARED_BROKER,
  MONEY_FOR_DATA,
  OPT_OUT_OF_SALE as OPT_OUT_NEAR_SALE,
  NOT_A_DATA_SALE,
  RENTED_HOSTING,
  SALE_AS_EVENT,
  CONDITION_THEN_WE,
  CORPORATE_SALE,
  DATA_LICENSED_OUT,
  every,
  PRODUCT_SALE,
  WARES_SOLD,
  SALE_DENIED_IN_CLAUSE,
  SALE_IN_LIST,
  SALE_TOPIC,
  SALE_VERB,
  SELLS_PRODUCT,
  SOLD_DATA,
  USER_DUTY as USER_AS_SUBJECT,
  DATA_SAID_NO_ONES,
  DOES_NOT_IDENTIFY_YOU,
  DO_NOT_SELL_LINK,
  CCPA_SHARING,
  DISCLOSE_FOR_MONEY_VERB,
  CLASSED_AS_SALE,
  TERMS_OF_USE_DUTY,
  AMBIGUOUS_SALE_VERB,
  WE_DO_NOT_SELL,
  MONEY_WORD,
  LICENSE_WORD,
  PERSONAL_DATA_NAMED,
  EXCHANGE_WORD,
  EXCHANGED_LIST,
  PASSIVE_BEFORE,
  ARTICLE_BEFORE,
  OPENS_WITH_EXCEPT,
} from '../lexicon/index';
import { hasException, isNegated } from '../negation';
import { BAND, confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { SellingVerdict, Sentence } from '../types';

/** What is sold must be data about people, not products or the company. */
const DATA_OBJECT = SOLD_DATA.re;
/** Disclosure for money is a sale whatever the verb: "make your contact details available ... for a fee", "exchange it for money". */
const FOR_MONEY = MONEY_FOR_DATA.re;
const OPT_OUT_OF_SALE = OPT_OUT_NEAR_SALE.re;
/** The user, not the site, is the one who must not sell (terms-of-use duties). */
const USER_DUTY = { test: (t: string) => TERMS_OF_USE_DUTY.re.test(t) || has(USER_AS_SUBJECT, t) };

/** Is the statement denied where its key word (`word`, inside the match) stands? */
function negatedAtWord(text: string, match: RegExpExecArray, word: RegExp): boolean {
  return isNegated(text, match.index + match[0].search(word));
}

/** A statement about being paid for data: a sale (claim `paid`), or a denial of one (`not-paid`) when negated. */
function paidOrDenied(sentence: Sentence, denied: boolean, denial: string, sale: string): Hit<SellingVerdict> {
  return denied
    ? { verdict: 'does-not-sell', sentence, strength: BAND.firm, reason: denial, claim: 'not-paid' }
    : { verdict: 'sells', sentence, strength: BAND.firm, reason: sale, claim: 'paid' };
}

export const selling: Practice<'selling'> = {
  ...PRACTICE_META.selling,
  // One word group: sale verbs, CPRA "sharing" (cross-context), money, and classing a disclosure as a "sharing".
  candidate: SALE_TOPIC.re,
  triggers: [
    SALE_VERB,
    SELF_DECLARED_BROKER,
    MONEY_FOR_DATA,
    PAID_FOR_DATA,
    PAID_WHEN_SHARING,
    PAID_BY_OTHERS_FOR_DATA,
    PAID_PER_LEAD,
    DATA_LICENSED_OUT,
    NOT_FOR_SALE,
    OPT_OUT_NEAR_SALE,
  ],
  judge(sentence) {
    const text = sentence.text;
    if (DO_NOT_SELL_LINK.re.test(text) && !WE_DO_NOT_SELL.re.test(text)) {
      // Indirect: the link's name implies selling or sharing, nothing states it.
      return [
        {
          verdict: 'sells',
          sentence,
          strength: BAND.inferred,
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
              strength: BAND.hint,
              reason: 'Describes opting out of the sale of personal information.',
              claim: 'opt-out',
            },
          ]
        : [];
    }
    // "We are a data broker registered in California": selling data is the business itself.
    if (has(SELF_DECLARED_BROKER, text) && !isNegated(text, indexOf(SELF_DECLARED_BROKER, text))) {
      return [{ verdict: 'sells', sentence, strength: BAND.direct, reason: 'Says the company is a data broker.', claim: 'data-broker' }];
    }
    if (has(NOT_FOR_SALE, text)) {
      return [
        {
          verdict: 'does-not-sell',
          sentence,
          strength: BAND.explicit,
          reason: 'Says personal information is not for sale.',
          claim: 'does-not-sell',
        },
      ];
    }
    const compensated =
      PAID_FOR_DATA.re.exec(text) ??
      PAID_BY_OTHERS_FOR_DATA.re.exec(text) ??
      PAID_WHEN_SHARING.re.exec(text) ??
      PAID_PER_LEAD.re.exec(text);
    if (compensated) {
      return [
        paidOrDenied(
          sentence,
          negatedAtWord(text, compensated, MONEY_WORD.re),
          'Denies being paid for personal information.',
          'Is paid for personal information, which is a sale.',
        ),
      ];
    }
    const licensed = DATA_LICENSED_OUT.re.exec(text);
    if (licensed && !USER_DUTY.test(text)) {
      return [
        paidOrDenied(
          sentence,
          negatedAtWord(text, licensed, LICENSE_WORD.re),
          'Denies licensing personal information to other businesses.',
          'Licenses personal information to other businesses, which is a sale.',
        ),
      ];
    }
    const paid = FOR_MONEY.exec(text);
    if (
      paid &&
      DISCLOSE_FOR_MONEY_VERB.re.test(text) &&
      DATA_OBJECT.test(text) &&
      !USER_DUTY.test(text) &&
      !DATA_SAID_NO_ONES.re.test(text)
    ) {
      const denied = isNegated(text, text.search(DISCLOSE_FOR_MONEY_VERB.re)) || isNegated(text, paid.index);
      return [
        paidOrDenied(
          sentence,
          denied,
          'Denies giving personal information to others for money.',
          'Gives personal information to others for money, which is a sale.',
        ),
      ];
    }
    const classed = CLASSED_AS_SALE.re.exec(text);
    if (classed && !isNegated(text, classed.index) && !USER_DUTY.test(text)) {
      return [
        {
          verdict: 'sells',
          sentence,
          strength: BAND.direct,
          reason: 'Says some of its disclosures count as a “sale” or “sharing” under privacy law.',
          claim: 'classed',
        },
      ];
    }
    const share = CCPA_SHARING.re.exec(text);
    if (share && !USER_DUTY.test(text)) {
      if (isNegated(text, share.index)) {
        return [
          {
            verdict: 'does-not-sell',
            sentence,
            strength: BAND.explicit,
            reason: 'Denies “sharing” personal information for cross-context behavioral advertising.',
            claim: 'no-ad-sharing',
          },
        ];
      }
      return [
        {
          verdict: 'sells',
          sentence,
          strength: BAND.qualified,
          reason: 'Shares personal information for cross-context behavioral advertising, which the CCPA treats like a sale.',
          claim: 'ad-sharing',
        },
      ];
    }
    if (USER_DUTY.test(text) || kind === 'heading') return [];
    const hits: Hit<SellingVerdict>[] = [];
    // A run-in title ("Sharing or Sale of Personal Information: We do not sell...") names the topic only.
    const body = bodyStart(text);
    const clean = (' '.repeat(body) + text.slice(body))
      .replace(NOT_A_DATA_SALE.all, ' ')
      .replace(RENTED_HOSTING.all, ' ')
      .replace(SALE_AS_EVENT.all, ' ');
    let denied = false;
    let affirmed = false;
    let exception = false;
    let weSell = false;
    let outright = false;
    // "Unless you have used your right to opt out, we sell ...": the opt-out is the condition, not the clause's topic.
    const condition = CONDITION_THEN_WE.re.exec(clean);
    const clauseStart = condition ? condition.index + condition[0].lastIndexOf(',') + 1 : 0;
    for (const m of every(SALE_VERB, clean)) {
      const at = m.index!;
      const around = clean.slice(Math.max(0, at - 60), at + 120);
      if (!DATA_OBJECT.test(around) && !DATA_OBJECT.test(sentence.heading)) continue;
      if (has(CORPORATE_SALE, clean)) {
        // "we do not sell your data, except in a merger" is still a denial; "assets may be sold" is not about data.
        if (!isNegated(clean, at)) continue;
      }
      // "We sell products" is commerce; "consumer data products we sell" sells data.
      if ((has(PRODUCT_SALE, around) || has(WARES_SOLD, around)) && !PERSONAL_DATA_NAMED.re.test(around) && !has(DATA_PRODUCT, around))
        continue;
      // "We sell ad space to advertisers, who do not receive your personal information": the object is a product.
      if (has(SELLS_PRODUCT, clean.slice(at))) continue;
      if (EXCHANGE_WORD.re.test(m[0]) && !EXCHANGED_LIST.re.test(around)) continue;
      // "When you rent out one of our theatres": the user is the one renting or selling. Not in the passive: "your
      // data may be sold" names whose data is sold, not who sells it.
      if (actorAt(clean, at) === 'user' && !OPT_OUT_OF_SALE.test(around) && !PASSIVE_BEFORE.re.test(clean.slice(Math.max(0, at - 12), at)))
        continue;
      // Rent, lease, trade, swap have other senses ("rent equipment"): their object must be data, close by.
      // "A rented rack at a data centre" is an adjective; "your information may be rented to" names its data before.
      const before = clean.slice(Math.max(0, at - 60), at);
      if (
        AMBIGUOUS_SALE_VERB.re.test(m[0]) &&
        (ARTICLE_BEFORE.re.test(before) ||
          !(
            DATA_OBJECT.test(clean.slice(at, at + m[0].length + 40)) ||
            (PASSIVE_BEFORE.re.test(before) && DATA_OBJECT.test(before)) ||
            has(SALE_IN_LIST, clean.slice(Math.max(0, at - 20), at + 30))
          ))
      )
        continue;
      if (actorAt(clean, at) === 'we') {
        weSell = true;
        // "We sell" says it outright; "we may sell" a possibility (the tooltip words them apart).
        outright ||= !has(HEDGED_VERB, clean.slice(Math.max(0, at - 40), at));
      }
      const optOutAround = at >= clauseStart ? clean.slice(Math.max(clauseStart, at - 60), at + 120) : around;
      if (OPT_OUT_OF_SALE.test(optOutAround) && !isNegated(clean, at)) {
        affirmed = true;
        hits.push({
          verdict: 'sells',
          sentence,
          strength: BAND.hint,
          reason: 'Describes opting out of the sale of personal information.',
          claim: 'opt-out',
        });
        break;
      }
      if (isNegated(clean, at) || SALE_DENIED_IN_CLAUSE.re.test(clean.slice(at))) {
        denied = true;
        exception ||= hasException(clean, at) || OPENS_WITH_EXCEPT.re.test(clean);
      } else if (!DATA_SAID_NO_ONES.re.test(clean) && !DOES_NOT_IDENTIFY_YOU.re.test(clean)) {
        affirmed = true;
      }
    }
    if (affirmed && !hits.length) {
      // "We sell ..." says it outright; a passive or a list ("may be used, disclosed, sold") a shade less.
      hits.push({
        verdict: 'sells',
        sentence,
        strength: weSell ? BAND.explicit : BAND.firm,
        reason: 'States that personal information may be sold, rented or traded.',
        claim: outright ? 'we-sell' : 'sells',
      });
    }
    if (denied) {
      // A denial about children's data only is narrower than one about everyone's.
      const narrow = has(MINOR_SALE_RULE, text);
      hits.push({
        verdict: 'does-not-sell',
        sentence,
        strength: exception || narrow ? BAND.hedged : BAND.explicit,
        reason: exception ? 'Denies selling personal information, with exceptions.' : 'Explicitly denies selling personal information.',
        claim: exception ? 'exceptions' : narrow ? 'minors' : 'does-not-sell',
      });
    }
    return hits;
  },
  combine(hits) {
    const sells = strongest(hits, 'sells');
    const denies = strongest(hits, 'does-not-sell');
    const strongSell = sells.filter((h) => h.strength >= BAND.weak);
    if (strongSell.length || (sells.length && !denies.length)) {
      const summary = denies.length
        ? 'The policy says some personal information may be sold, rented or traded, although it denies selling other data.'
        : 'The policy says personal information may be sold, rented or traded.';
      const evidence = toEvidence([...sells, ...denies.slice(0, 1)]);
      return { verdict: 'sells', confidence: confidenceOf(sells), summary, evidence };
    }
    if (denies.length) {
      const withExceptions = denies.some((h) => h.strength < BAND.explicit);
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
