import { anyOf, concept, gap, near, opt, seq, stems, words } from './build';
import { plainWords } from './plain-words';

/** What a sharing sentence gives away: information, details, e-mail addresses, names, lists, or "share it". */
export const SHARED_DATA = concept(
  'SHARED_DATA',
  anyOf(
    words(
      'information',
      'info',
      'data',
      'details',
      'email address',
      'email addresses',
      'e-mail address',
      'e-mail addresses',
      'name',
      'names',
      'addresses',
      'profile',
      'profiles',
      'list',
      'lists',
      'PII',
    ),
    // One plain space: "provide, such as" names no object.
    `${words('share', 'shares', 'disclose', 'discloses', 'provide', 'provides', 'transfer', 'transfers', 'pass', 'passes')} ${words(
      'it',
      'them',
      'this',
      'these',
      'such',
    )}`,
  ),
);

/** Data that identifies no one: aggregated, de-identified, anonymous, "does not personally identify you". */
export const UNIDENTIFIED_DATA = concept(
  'UNIDENTIFIED_DATA',
  anyOf(
    words(
      'aggregate',
      'aggregates',
      'aggregated',
      'de-identified',
      'deidentified',
      'anonymized',
      'anonymised',
      'anonymous',
      'non-personal',
      'nonpersonal',
      'non-personally',
      'nonpersonally',
    ),
    seq(words('does', 'do', 'will'), words('not'), opt(words('personally')), words('identify')),
    seq(words('not'), opt(words('be')), words('traceable')),
  ),
);

/**
 * A legal notice about sharing, not a practice: California's "Shine the Light" law, "residents may request a list
 * of the third parties ... disclosed", "California residents have the right to".
 */
export const SHARING_RIGHT_NOTICE = concept(
  'SHARING_RIGHT_NOTICE',
  anyOf(
    words('shine the light', 'Civil Code'),
    `${stems('request', 'obtain', 'receive', 'ask')} ${plainWords(8)}${words(
      'a list',
      'information',
      'a notice',
      'a description',
      'details',
    )} ${plainWords(6)}${words('third parties', 'disclosed', 'shared', 'disclosure', 'disclosures')}`,
    near(words('California law', 'California residents'), words('request', 'right', 'entitled'), 120),
  ),
);

/** Limits on what recipients may do: "prohibited from using it", "they may not use it for their own marketing". */
export const RECIPIENT_LIMITS = concept(
  'RECIPIENT_LIMITS',
  anyOf(
    `${anyOf(
      stems('restrict', 'prohibit', 'forbid'),
      seq(words('not'), words('permitted', 'allowed', 'authorized', 'authorised')),
      words('barred'),
    )} ${plainWords(3)}${words('from', 'to')}`,
    `${anyOf(words('they', 'which', 'who'), `${words('these')} \\w+`)} ${plainWords(1)}${words('may', 'can', 'will', 'shall')} ${words('not')}`,
  ),
);

/** The business itself changes hands: merger, acquisition, bankruptcy, a sale of all or part of the company. */
export const BUSINESS_CHANGES_HANDS = concept(
  'BUSINESS_CHANGES_HANDS',
  anyOf(
    words('merger', 'acquisition', 'acquired', 'bankruptcy', 'reorganization', 'reorganisation', 'substantially all', 'successor'),
    seq(
      words('sale of'),
      words('all', 'the', 'our', 'a'),
      opt(words('or', 'or a')),
      words('part', 'portion', 'business', 'company', 'assets'),
    ),
  ),
);

/**
 * Part of a word every recipient of shared data is named with (party, affiliate, vendor, law, court, company...),
 * matched anywhere in a word ("counterparty", "lawful" too): a cheap test before the costly recipient concepts.
 */
export const RECIPIENT_HINT = concept(
  'RECIPIENT_HINT',
  anyOf(
    'party',
    'parties',
    'partner',
    'affiliat',
    'subsidiar',
    'sponsor',
    'advertis',
    'market',
    'broker',
    'vendor',
    'provider',
    'contractor',
    'processor',
    'supplier',
    'agent',
    'behalf',
    'acting for',
    'law',
    'court',
    'subpoena',
    'legal',
    'government',
    'judicial',
    'compan',
    'organization',
    'organisation',
    'business',
    'entit',
    'cobrand',
    'co-brand',
    'joint',
    'parent',
    'family',
    'firm',
    'individual',
  ),
);

/** The word starts a service provider or a legal demand may be named with: a cheap test before PROVIDER cues. */
export const PROVIDER_HINT = concept(
  'PROVIDER_HINT',
  stems(
    'service',
    'vendor',
    'contractor',
    'sub-processor',
    'subprocessor',
    'processor',
    'supplier',
    'agent',
    'behalf',
    'acting for',
    'requir',
    'compelled',
    'permitted',
    'law',
    'subpoena',
    'court',
    'legal',
    'government',
    'compl',
    'conform',
    'open record',
    'public record',
  ),
);

/** The word starts a recipient's own marketing may be named with: a cheap test before the advertising cues. */
export const MARKETING_HINT = concept(
  'MARKETING_HINT',
  stems(
    'advertis',
    'ad network',
    'ad partner',
    'data broker',
    'marketer',
    'marketing',
    'list broker',
    'their own',
    'its own',
    'so they',
    'so these',
    'so that they',
    'so that these',
    'who',
    'that',
    'which',
    'to market',
    'to advertise',
    'to promote',
  ),
);

/** The words a sentence about sharing cannot do without: share, disclose, provide, transfer, make available, sell... */
export const SHARING_WORDS = concept(
  'SHARING_WORDS',
  anyOf(
    words(
      'share',
      'shares',
      'shared',
      'sharing',
      'provide',
      'provides',
      'provided',
      'providing',
      'give',
      'gives',
      'given',
      'giving',
      'rent',
      'rents',
      'rented',
    ),
    stems('disclos', 'transfer', 'availab', 'releas', 'furnish', 'sell', 'sold'),
    seq(words('pass', 'passes', 'passed'), gap(1), words('on', 'along')),
  ),
);
