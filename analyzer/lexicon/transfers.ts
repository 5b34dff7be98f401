import { anyOf, concept, near, opt, stems, words } from './build';
import { caseSensitive, tight, wordGap } from './strict';
import { notFollowedBy } from './phrase-parts';

/** The EU's contract terms for transfers: "Standard Contractual Clauses", "model clauses", "SCCs". */
export const STANDARD_CLAUSES = concept(
  'STANDARD_CLAUSES',
  anyOf(
    tight(words('standard'), opt(words('data protection')), words('contract', 'contractual'), words('clauses')),
    tight(words('model'), opt(words('contract', 'contractual')), words('clauses')),
    words('SCC', 'SCCs'),
    tight(words('EU approved'), wordGap(1), words('contract', 'contracts', 'clauses')),
    // The UK's and Switzerland's versions: "International Data Transfer Agreement", "Swiss-approved data transfer contracts".
    words('International Data Transfer Agreement', 'International Data Transfer Addendum', 'IDTA', 'UK Addendum'),
    tight(
      words('Swiss approved', 'UK approved', 'Commission approved', 'approved'),
      opt(words('data')),
      words('transfer'),
      words('contract', 'contracts', 'clauses', 'agreement', 'agreements'),
    ),
  ),
);

/**
 * The recipient abroad bound to protect data as at home, with no EU mechanism named: "handles it consistently with the
 * Australian Privacy Principles", "a comparable level of protection". An appropriate safeguard.
 */
export const EQUIVALENT_PROTECTION = concept(
  'EQUIVALENT_PROTECTION',
  anyOf(
    tight(
      words('comparable', 'same', 'equivalent', 'similar', 'substantially similar', 'equal'),
      opt(words('level of', 'degree of')),
      words('protection'),
    ),
    tight(words('consistently with', 'consistent with', 'in accordance with'), opt(words('the')), words('Australian Privacy Principles')),
  ),
);

/** Money moving, not data: "bank transfers", "wire transfer", "transfer funds". */
export const MONEY_TRANSFER = concept(
  'MONEY_TRANSFER',
  anyOf(
    tight(words('bank', 'wire', 'money', 'balance', 'funds', 'fund', 'credit'), stems('transfer')),
    tight(stems('transfer'), opt(words('the', 'your')), words('money', 'funds', 'payment', 'payments', 'balance')),
  ),
);

/** A country found to protect data well enough: "an adequacy decision", "deemed to provide adequate protection". */
export const ADEQUACY = concept(
  'ADEQUACY',
  anyOf(
    tight(words('adequacy'), words('decision', 'decisions', 'finding', 'findings', 'regulation', 'regulations')),
    tight(
      words('deemed', 'recognized', 'recognised', 'found', 'considered', 'considers', 'regarded', 'regards'),
      wordGap(4),
      opt(words('to provide', 'as providing')),
      opt(words('an')),
      words('adequate'),
      opt(words('level of')),
      opt(words('data')),
      words('protection'),
    ),
    // "countries that ensure an adequate level of data protection": the country, not a security measure, is adequate.
    tight(
      words('country', 'countries', 'jurisdiction', 'jurisdictions'),
      wordGap(3),
      opt(words('an')),
      words('adequate'),
      opt(words('level of')),
      opt(words('data')),
      words('protection'),
    ),
  ),
);

/** Countries a policy names by their plain name only (the case-sensitive name as a whole word is the whole rule). */
export const PLAIN_COUNTRY_NAMES = [
  'Canada',
  'India',
  'Ireland',
  'Germany',
  'Israel',
  'Singapore',
  'Australia',
  'Japan',
  'China',
  'Philippines',
  'Malaysia',
  'Indonesia',
  'Vietnam',
  'Thailand',
  // Where support, engineering and hosting often sit.
  'Mexico',
  'Brazil',
  'Costa Rica',
  'Colombia',
  'Argentina',
  'Poland',
  'Romania',
  'Ukraine',
  'Netherlands',
  'France',
  'Spain',
  'South Africa',
  'Pakistan',
  'Sri Lanka',
  'South Korea',
  'Taiwan',
  'Hong Kong',
  'New Zealand',
] as const;

/**
 * Data leaving the user's country: "outside your country", "outside the EEA", "in other countries", "cross-border",
 * "international transfers", "abroad", "where we operate".
 */
export const ABROAD = concept(
  'ABROAD',
  anyOf(
    tight(
      words('outside'),
      opt(words('of')),
      words('your', 'the', 'its', 'their'),
      opt(words('home')),
      stems('country', 'state', 'province', 'jurisdiction', 'region'),
    ),
    tight(
      words('outside'),
      opt(words('of')),
      opt(words('the')),
      stems('United States', 'U.S.', 'USA', 'US', 'EEA', 'EU', 'European', 'UK', 'United Kingdom', 'Switzerland'),
    ),
    // "outside India", "outside of Singapore".
    tight(words('outside'), opt(words('of')), words(...PLAIN_COUNTRY_NAMES)),
    tight(words('other', 'foreign', 'different', 'third', 'multiple'), stems('countries', 'country', 'jurisdiction')),
    // "to countries outside Singapore", "jurisdictions beyond the EEA".
    tight(words('countries', 'jurisdictions', 'territories'), words('outside', 'beyond')),
    tight(words('another', 'any'), stems('country', 'jurisdiction')),
    tight(words('country', 'countries'), stems('other than')),
    stems('cross-border'),
    tight(words('international', 'internationally'), stems('transfer', 'data')),
    // "so your information may be accessed from those countries" (named in the sentence before).
    tight(words('accessed', 'viewed', 'transferred', 'sent'), words('from', 'to'), words('those', 'these'), stems('countries')),
    tight(words('transferred', 'processed', 'stored'), stems('internationally')),
    words('abroad', 'overseas'),
    // "transfer your information across borders", "across national borders".
    tight(words('across', 'beyond'), opt(words('national', 'international', 'state')), words('border', 'borders')),
    tight(words('in'), words('and', 'or'), words('outside')),
    tight(words('where'), words('we', 'our', 'they', 'it'), wordGap(3), stems('operate', 'facilities', 'located')),
  ),
);

/** A country by its plain name, with its capital; "New Mexico" is a state. */
const PLAIN_COUNTRY = String.raw`(?<!New )(?:${PLAIN_COUNTRY_NAMES.join('|')})`;

/** One of PLAIN_COUNTRY_NAMES named in a text, as a whole word: the places a transfer sentence lists. */
export const PLAIN_COUNTRY_NAME = caseSensitive('PLAIN_COUNTRY_NAME', String.raw`\b${PLAIN_COUNTRY}\b`);

/** A destination, case-sensitive: the US and UK in their short forms, or a country by its plain name. */
const COUNTRY = String.raw`(?:United States|U\.S\.A?\.?|USA|US|United Kingdom|UK|${PLAIN_COUNTRY})(?!\w)`;

/** A named destination, case-sensitive ("in the US", not "in us"): "to the United States", "in India". */
export const TO_COUNTRY = caseSensitive(
  'TO_COUNTRY',
  // "servers in Sydney, Australia": a city may come first.
  tight(words('to', 'in', 'into'), opt(words('the')), opt('[A-Z][a-z]+(?: [A-Z][a-z]+)?,'), COUNTRY),
);

/**
 * Staff abroad who reach the data, or the data reached from there: "our team in the Philippines", "support agents
 * based in India", "your information may be accessed from Canada".
 */
export const STAFF_ABROAD = caseSensitive(
  'STAFF_ABROAD',
  anyOf(
    // "our affiliate in Pune, India", "vendors in the Philippines": a city may come first.
    tight(
      words(
        ...['team', 'teams', 'staff', 'employees', 'contractors', 'agents', 'engineers', 'affiliates', 'offices', 'subsidiaries'],
        ...['affiliate', 'subsidiary', 'vendors', 'processors', 'subprocessors'],
      ),
      opt(words('located', 'based')),
      words('in'),
      opt(words('the')),
      opt('[A-Z][a-z]+,'),
      COUNTRY,
    ),
    // "Some of the providers above are based in the United States": the site's providers, holding its data there.
    tight(
      words('providers', 'processors', 'vendors', 'suppliers', 'subprocessors', 'sub-processors'),
      opt(words('above', 'listed above')),
      words('are', 'is'),
      words('located', 'based'),
      words('in'),
      opt(words('the')),
      COUNTRY,
    ),
    tight(words('accessed', 'viewed'), words('from'), opt(words('the')), COUNTRY),
  ),
);

/** Every transfer cue starts with one of these stems: a cheap pre-test. */
export const TRANSFER_TOPIC = concept(
  'TRANSFER_TOPIC',
  anyOf(
    stems(
      'transfer',
      'outside',
      'countr',
      'abroad',
      'cross-border',
      'international',
      'overseas',
      'jurisdiction',
      'safe harbor',
      'safe harbour',
    ),
    stems('privacy shield', 'privacy framework', 'contractual clauses', 'model clauses', 'adequa', 'binding corporate', 'safeguards'),
    stems('United States', 'U.S.', 'USA', 'EEA', 'European'),
    stems(...PLAIN_COUNTRY_NAMES),
    stems('Switzerland', 'United Kingdom', 'border'),
    // Where data sits or who is where ("held in the US", "where our providers are located", "if you reside in the
    // EU"), safeguards by their short names, and protection said to match ("a comparable level of protection").
    stems(
      'locat',
      'hosted',
      'held in',
      'kept in',
      'stored in',
      'based in',
      'resid',
      'BCR',
      'DPF',
      'model contract',
      'comparable',
      'equivalent',
    ),
    words('EU', 'UK', 'similar protection'),
  ),
);

/** "Safe Harbor" with a space, as before (not "safe-harbor-complaints" in an address). */
const HARBOR = tight(words('safe'), words('harbor', 'harbour'));

/** The old EU/Swiss–US Safe Harbor, not COPPA's "safe harbor" programmes: "EU-U.S. Safe Harbor", "Safe Harbor Principles". */
export const SAFE_HARBOR = concept(
  'SAFE_HARBOR',
  anyOf(
    near(`\\b${anyOf('EU', 'E\\.U\\.', 'U\\.S\\.', 'US', 'Swiss', 'European')}`, HARBOR, 30),
    tight(HARBOR, opt(words('privacy')), words('principles', 'framework', 'program', 'programme', 'certification')),
  ),
);

/** Data moving or resting somewhere: "transferred", "sent", "processed", "stored", "hosted", "located", "reside". */
export const MOVES_DATA = concept(
  'MOVES_DATA',
  anyOf(
    stems('transfer', 'transmit', 'process', 'host', 'maintain'),
    words('move', 'moved', 'moving', 'send', 'sent', 'store', 'stored', 'stores', 'storing', 'storage'),
    words('held', 'kept', 'keep', 'located', 'based', 'accessed', 'reside', 'housed', 'see', 'view', 'access'),
  ),
);

/**
 * A move named as a noun and denied after it: "A transfer to third countries outside the European Union does not take
 * place", "transfers abroad are not carried out". The negation stands after the move, where isNegated does not look.
 */
export const MOVE_DENIED_AFTER = concept(
  'MOVE_DENIED_AFTER',
  near(
    stems('transfer'),
    words(
      ...['does not take place', 'do not take place', 'will not take place', 'does not occur', 'do not occur'],
      ...['will not occur', 'is not carried out', 'are not carried out', 'does not happen', 'is excluded', 'are excluded'],
    ),
    120,
  ),
);

/** The EU–US Data Privacy Framework (2023), by name or acronym: "certified under the Data Privacy Framework", "the DPF". */
export const DATA_PRIVACY_FRAMEWORK = concept('DATA_PRIVACY_FRAMEWORK', String.raw`\bdata privacy framework\b|\bDPF\b`);

/**
 * What makes "Privacy Shield" the EU/Swiss–US programme rather than a product of that name: its frame words
 * ("Framework", "Principles", "self-certified", "participates", "EU-U.S."), read with the name.
 */
export const SHIELD_PROGRAMME = concept(
  'SHIELD_PROGRAMME',
  anyOf(
    stems('framework', 'principle', 'certif', 'self-certif', 'participat', 'compl', 'adher', 'invalidat', 'Schrems'),
    words('EU', 'Swiss', 'U.S.', 'US', 'Department of Commerce'),
  ),
);

/** The EU/Swiss–US Privacy Shield (2016–2020), by name. */
export const PRIVACY_SHIELD = concept(
  'PRIVACY_SHIELD',
  // Not a registrar's product of the same name: "our free Privacy Shield service" hides a domain's contacts.
  words('privacy shield') + notFollowedBy(String.raw`\s+(?:service|add-on|product|option|feature|plan)\b`),
);

/**
 * A group's own approved transfer rules: "Binding Corporate Rules", "our BCRs". Case-sensitive so "BCR" is the acronym
 * and the name has its capitals or none ("binding corporate rules").
 */
export const BINDING_CORPORATE_RULES = caseSensitive('BINDING_CORPORATE_RULES', String.raw`\b[Bb]inding [Cc]orporate [Rr]ules\b|\bBCRs?\b`);

/** GDPR's general term for a transfer mechanism: "appropriate safeguards", "suitable contractual safeguards". */
export const APPROPRIATE_SAFEGUARDS = concept(
  'APPROPRIATE_SAFEGUARDS',
  String.raw`\b(?:appropriate|adequate|suitable) (?:\w+ )?safeguards\b`,
);

/** A word every safeguard cue contains: a cheap pre-test before the costlier safeguard concepts. */
export const SAFEGUARD_WORD = concept(
  'SAFEGUARD_WORD',
  String.raw`harbou?r|shield|framework|DPF|contract|clauses|SCC|adequa|binding corporate|BCR|safeguards|EU[- ]approved|transfer a|IDTA|protection|principles`,
);

/** The word "transfer" and its forms ("transferred", "transfers"): a safeguard of that sentence is about a transfer. */
export const TRANSFER_WORD = concept('TRANSFER_WORD', String.raw`\btransfer`);

/**
 * The United States as a place: "the United States", "U.S.", "USA", "US" (capitals: not "us"). Its agencies
 * ("U.S. Department of Commerce", "US Federal Trade Commission") are not a destination.
 */
export const UNITED_STATES = caseSensitive(
  'UNITED_STATES',
  // `(?!\w)`, not `\b`: after "U.S." a space follows a dot, which `\b` would reject.
  String.raw`\b(?:United States(?: of America)?|U\.S\.A?\.?(?! Department| Federal)|USA|US)(?!\w)(?! Department)`,
);

/** The European Economic Area: "the European Economic Area", "EEA". */
export const EEA = caseSensitive('EEA', String.raw`\b(?:European Economic Area|EEA)\b`);

/** The European Union as a place: "the EU", "European Union"; not the name of "EU-US Privacy Shield" or "EU-U.S. Data Privacy Framework". */
export const EUROPEAN_UNION = caseSensitive(
  'EUROPEAN_UNION',
  String.raw`\b(?:European Union|EU)\b(?![- ](?:U\.S\.|US) (?:Privacy|Safe|Data))`,
);

/** The United Kingdom: "the UK", "U.K.", "Great Britain". */
export const UNITED_KINGDOM = caseSensitive('UNITED_KINGDOM', String.raw`\b(?:United Kingdom|UK|U\.K\.|Great Britain)\b`);

/** Switzerland as a place: "Switzerland", "Swiss"; not the name of "Swiss-US Privacy Shield". */
export const SWITZERLAND = caseSensitive('SWITZERLAND', String.raw`\b(?:Switzerland|Swiss)\b(?![- ](?:U\.S\.|US) (?:Privacy|Safe|Data))`);

/** US agencies named in Privacy Shield sentences: "the U.S. Department of Commerce", "the Federal Trade Commission". Not a destination. */
export const US_AGENCY = caseSensitive('US_AGENCY', String.raw`\bU\.S\. Department of Commerce\b|\bFederal Trade Commission\b`);

/** With a named country, a word of movement or residence makes it a transfer: "transferred to the US", "located in India". */
export const MOVES_THERE = concept('MOVES_THERE', String.raw`\b(?:transfer|outside|reside|located|live|visit\w* from)`);

/**
 * Data resting in a named country: "backups are stored in the United States", "held in the US". Weaker than a move out
 * of the reader's country: for a reader there it is no transfer.
 */
export const RESTS_THERE = concept('RESTS_THERE', String.raw`\b(?:stor|held|host|kept|housed|processed)`);

/** Data named as such, "information" or "data": a money transfer sentence without it moves no personal data. */
export const DATA_WORD = concept('DATA_WORD', words('information', 'data'));

/**
 * Children's privacy (COPPA's "safe harbor" programmes are no transfer safeguard): "children", "COPPA", "kids". Twins
 * differ: word starts ("childhood"), no minors (CHILD_NAMED) and no ages (CHILD_OR_UNDER_AGE); CHILD_CONTEXT reads many more age phrases.
 */
export const CHILDREN_TOPIC = concept('CHILDREN_TOPIC', String.raw`\bchild|\bCOPPA\b|\bkid`);

/**
 * An exception to a denied transfer: "we do not transfer data abroad except to our US parent" is a transfer after all.
 * Wider than negation's EXCEPTION in "save for", "apart from"; narrower in "but may" and "without your consent".
 */
export const TRANSFER_EXCEPTION = concept('TRANSFER_EXCEPTION', String.raw`\b(?:except|unless|other than|save for|apart from)\b`);
