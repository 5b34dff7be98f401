import type { ConceptCases } from './cases';

export default {
  UK_PRIVACY_LAW: {
    must: ['under the UK GDPR', 'the Data Protection Act 2018', "complain to the Information Commissioner's Office"],
    reject: ['the GDPR', 'the Data Protection Act 1998 was repealed', 'our UK office'],
  },
  INDIA_PRIVACY_LAW: {
    must: ['under the DPDP Act', 'the Digital Personal Data Protection Act, 2023', 'the Data Protection Board of India'],
    reject: ['the Information Technology Act', 'our office in India'],
  },
  JAPAN_PRIVACY_LAW: {
    must: ['as defined in the APPI', 'the Act on the Protection of Personal Information'],
    reject: ['our app', 'the Personal Information Protection Act of Korea'],
  },
  CANADA_PRIVACY_LAW: {
    must: ['as PIPEDA requires', 'complain to the Privacy Commissioner of Canada', 'under Quebec’s Law 25'],
    reject: ['the laws of Canada', 'Law 2 of 2025'],
  },
  AUSTRALIA_PRIVACY_LAW: {
    must: ['the Privacy Act 1988 (Cth)', 'the Australian Privacy Principles', 'a complaint to the OAIC'],
    reject: ['the Privacy Act 2020', 'our Australian customers'],
  },
  BRAZIL_PRIVACY_LAW: {
    must: ['under the LGPD', 'a complaint to the ANPD', 'Lei Geral de Proteção de Dados'],
    reject: ['the Brazilian Civil Rights Framework for the Internet'],
  },
  SOUTH_AFRICA_PRIVACY_LAW: {
    must: ['as POPIA requires', 'the Protection of Personal Information Act, 2013'],
    reject: ['the Promotion of Access to Information Act'],
  },
  SINGAPORE_PRIVACY_LAW: {
    must: ['contact the PDPC', 'the Personal Data Protection Act 2012'],
    reject: ['Malaysia’s Personal Data Protection Act 2010', 'the PDPA of Thailand'],
  },
  NEW_ZEALAND_PRIVACY_LAW: {
    must: ['under the Privacy Act 2020'],
    reject: ['the Privacy Act 1988', 'the Privacy Act'],
  },
  GERMANY_PRIVACY_LAW: {
    must: ['§ 26 BDSG', 'the Bundesdatenschutzgesetz', 'the Federal Data Protection Act'],
    reject: ['the federal data protection act of another country, lower-case', 'bdsg-compliant in lower case'],
  },
  EU_BOUNDARY: {
    must: ['processed only within the EEA', 'none of it is transferred outside the European Union', 'inside the EU'],
    reject: ['the EU-U.S. Data Privacy Framework', 'within the United States', 'outside your country'],
  },
} satisfies ConceptCases;
