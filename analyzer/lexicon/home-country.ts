import { anyOf, concept, opt, words, type Concept } from './build';
import { caseSensitive, tight } from './strict';

/*
 * Where the policy's company is at home, read from the national privacy law or regulator it answers to. Data kept in
 * that country has not left it: a UK removals firm "hosted on servers located in the UK" transfers nothing.
 */

/** The UK's data protection law and regulator: "the UK GDPR", "Data Protection Act 2018", "the ICO". */
export const UK_PRIVACY_LAW = concept(
  'UK_PRIVACY_LAW',
  words('UK GDPR', 'Data Protection Act 2018', "Information Commissioner's Office", 'Information Commissioner’s Office'),
);

/** India's: "the DPDP Act", "Digital Personal Data Protection Act, 2023", "the Data Protection Board of India". */
export const INDIA_PRIVACY_LAW = concept(
  'INDIA_PRIVACY_LAW',
  words('DPDP', 'DPDPA', 'Digital Personal Data Protection Act', 'Data Protection Board of India'),
);

/** Japan's: "the APPI", "the Act on the Protection of Personal Information". */
export const JAPAN_PRIVACY_LAW = concept('JAPAN_PRIVACY_LAW', words('APPI', 'Act on the Protection of Personal Information'));

/** Canada's: "PIPEDA", "the Privacy Commissioner of Canada", Quebec's "Law 25". */
export const CANADA_PRIVACY_LAW = concept(
  'CANADA_PRIVACY_LAW',
  words('PIPEDA', 'Personal Information Protection and Electronic Documents Act', 'Privacy Commissioner of Canada', 'Law 25'),
);

/** Australia's: "the Privacy Act 1988", "the Australian Privacy Principles", "the OAIC". */
export const AUSTRALIA_PRIVACY_LAW = concept(
  'AUSTRALIA_PRIVACY_LAW',
  anyOf(
    tight(words('Privacy Act'), words('1988')),
    words('Australian Privacy Principles', 'OAIC', 'Office of the Australian Information Commissioner'),
  ),
);

/** Brazil's: "the LGPD", "Lei Geral de Proteção de Dados", "the ANPD". */
export const BRAZIL_PRIVACY_LAW = concept('BRAZIL_PRIVACY_LAW', words('LGPD', 'Lei Geral de Proteção de Dados', 'ANPD'));

/** South Africa's: "POPIA", "the Protection of Personal Information Act". */
export const SOUTH_AFRICA_PRIVACY_LAW = concept(
  'SOUTH_AFRICA_PRIVACY_LAW',
  words('POPIA', 'POPI Act', 'Protection of Personal Information Act'),
);

/** Singapore's regulator: "the PDPC", "Personal Data Protection Act 2012" (Malaysia's and Thailand's PDPA share the short name). */
export const SINGAPORE_PRIVACY_LAW = concept(
  'SINGAPORE_PRIVACY_LAW',
  anyOf(words('PDPC', 'Personal Data Protection Commission'), tight(words('Personal Data Protection Act'), words('2012'))),
);

/** New Zealand's: "the Privacy Act 2020". */
export const NEW_ZEALAND_PRIVACY_LAW = concept('NEW_ZEALAND_PRIVACY_LAW', tight(words('Privacy Act'), words('2020')));

/** Germany's federal law: "BDSG", "Bundesdatenschutzgesetz", "the Federal Data Protection Act". */
export const GERMANY_PRIVACY_LAW = caseSensitive(
  'GERMANY_PRIVACY_LAW',
  anyOf(words('BDSG', 'Bundesdatenschutzgesetz'), words('Federal Data Protection Act')),
);

/** Each country, as the transfer practice names it, with the law that makes it a policy's home. */
export const HOME_LAWS: readonly (readonly [country: string, law: Concept])[] = [
  ['United Kingdom', UK_PRIVACY_LAW],
  ['India', INDIA_PRIVACY_LAW],
  ['Japan', JAPAN_PRIVACY_LAW],
  ['Canada', CANADA_PRIVACY_LAW],
  ['Australia', AUSTRALIA_PRIVACY_LAW],
  ['Brazil', BRAZIL_PRIVACY_LAW],
  ['South Africa', SOUTH_AFRICA_PRIVACY_LAW],
  ['Singapore', SINGAPORE_PRIVACY_LAW],
  ['New Zealand', NEW_ZEALAND_PRIVACY_LAW],
  ['Germany', GERMANY_PRIVACY_LAW],
];

/** Data said to stay in the EU: "within the EEA", "none ... outside the European Union" (read with its negation). */
export const EU_BOUNDARY = concept(
  'EU_BOUNDARY',
  tight(
    words('within', 'inside', 'outside'),
    opt(words('of')),
    opt(words('the')),
    words('EU', 'EEA', 'European Union', 'European Economic Area'),
  ),
);

/** The EU places the transfer practice names: where data kept in the EU may rest without leaving it. */
export const EU_PLACES: readonly string[] = [
  'European Union',
  'European Economic Area',
  'Germany',
  'Ireland',
  'Netherlands',
  'France',
  'Spain',
  'Poland',
  'Romania',
];
