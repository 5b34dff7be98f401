import type { ConceptCases } from './cases';

export default {
  STANDARD_CLAUSES: {
    must: [
      'we rely on the Standard Contractual Clauses',
      'model contract clauses approved by the Commission',
      'EU-approved transfer contracts',
      'the International Data Transfer Agreement issued by the Information Commissioner',
      'the Swiss-approved data transfer contracts',
    ],
    reject: ['our standard terms and conditions', 'clauses of this agreement', 'an approved transfer of your subscription'],
  },
  ADEQUACY: {
    must: [
      'countries subject to an adequacy decision',
      'deemed by the Commission to provide an adequate level of data protection',
      'our parent company in Japan, which the EU considers to provide adequate protection',
      'only to countries that ensure an adequate level of data protection',
    ],
    reject: [
      'adequate lighting in our stores',
      'we found the answer',
      'we take steps to provide adequate protection for your data',
      'adequate protection against unauthorised access',
    ],
  },
  ABROAD: {
    must: [
      'We may transfer your personal data to countries outside Singapore',
      'so your information may be accessed from those countries',
      'processed outside your country of residence',
      'transferred to other countries',
      'stored in a cross-border data centre',
      'where our service providers are located',
      'we may transfer your information across borders',
      'data sent across national borders',
    ],
    reject: ['stored on servers in your country', 'We operate a support line', 'a border around the page'],
  },
  PLAIN_COUNTRY_NAME: {
    must: ['servers in Malaysia', 'support staff in Costa Rica and the Philippines'],
    reject: ['our office in New Mexico', 'spain-based', 'Indiana'],
  },
  TO_COUNTRY: {
    must: [
      'stored on Amazon Web Services servers in Sydney, Australia',
      'transferred to the United States',
      'transferred to Malaysia',
      'servers located in India',
      'stored in the UK',
      'stored in the U.S. and Canada',
      'We transfer data to the U.S.',
    ],
    reject: ['send it to us', 'in us we trust'],
  },
  TRANSFER_TOPIC: {
    must: ['We transfer data', 'outside the EEA', 'the Privacy Shield', 'Our servers are in Canada', 'stored in Germany'],
    reject: ['We use cookies.', 'Your password is secret.'],
  },
  SAFE_HARBOR: {
    must: ['We comply with the EU-U.S. Safe Harbor framework', 'the Safe Harbor Privacy Principles'],
    reject: ['an approved COPPA safe harbor', 'a safe harbour for boats'],
  },
  MOVES_DATA: {
    must: ['data is transferred to our servers', 'stored in Ireland', 'information is hosted by our provider'],
    reject: ['We collect your name', 'You may delete your account'],
  },
  EQUIVALENT_PROTECTION: {
    must: [
      'the recipient handles it consistently with the Australian Privacy Principles',
      'a comparable level of protection',
      'substantially similar protection',
    ],
    reject: ['We comply with the Australian Privacy Principles', 'protection of your data'],
  },
  MONEY_TRANSFER: {
    must: ['Bank transfers from abroad may take five days', 'transfer funds between accounts', 'a wire transfer'],
    reject: ['data transfers to the US', 'the transfer of your personal information'],
  },
  STAFF_ABROAD: {
    must: [
      'Our affiliate in Pune, India',
      'vendors in the Philippines program surveys',
      'our team in the Philippines',
      'support agents based in India',
      'your information may be accessed from Canada',
      'Some of the providers above are based in the United States',
    ],
    reject: ['vendors in the market', 'our team in the office', 'offices in the region', 'our providers are based on open standards'],
  },
  DATA_PRIVACY_FRAMEWORK: {
    must: ['we participate in the EU-U.S. Data Privacy Framework', 'our DPF certification covers HR data'],
    reject: ['our data protection framework', 'a privacy framework for our staff'],
  },
  SHIELD_PROGRAMME: {
    must: ['the EU-U.S. Privacy Shield', 'certified under the Privacy Shield Framework', 'we participate in Privacy Shield'],
    reject: ['Privacy Shield is not available for .au domain names', 'add Privacy Shield to your domain at checkout'],
  },
  PRIVACY_SHIELD: {
    must: ['We comply with the EU-U.S. Privacy Shield', 'certified under the privacy shield framework'],
    reject: ['a privacy screen shields your display', 'the Shield of privacy law', 'add our free Privacy Shield service to your domain'],
  },
  BINDING_CORPORATE_RULES: {
    must: [
      'transfers within our group rely on our Binding Corporate Rules',
      'our BCRs were approved by the CNIL',
      'binding corporate rules',
    ],
    reject: ['our corporate rules are binding on staff', 'BINDING CORPORATE RULES'],
  },
  APPROPRIATE_SAFEGUARDS: {
    must: ['we put appropriate safeguards in place', 'subject to suitable contractual safeguards', 'adequate safeguards'],
    reject: ['appropriate technical measures', 'safeguards appropriate to the risk'],
  },
  SAFEGUARD_WORD: {
    must: ['the Privacy Shield', 'EU-approved contracts', 'an adequacy decision', 'data protection laws'],
    reject: ['We use cookies to remember you.', 'We transfer data to our servers.'],
  },
  TRANSFER_WORD: {
    must: ['data we transfer abroad', 'such transfers are protected', 'transferred to the US'],
    reject: ['we share your data', 'a data transmission'],
  },
  UNITED_STATES: {
    must: [
      'servers in the United States',
      'stored in the U.S.A. and Canada',
      'hosted in the USA',
      'transferred to the US',
      'stored on servers in the U.S. Also',
      'outside of the U.S.',
    ],
    reject: ['the U.S. Department of Commerce', 'send it to us', 'the US Department of Commerce'],
  },
  EEA: {
    must: ['outside the European Economic Area', 'residents of the EEA'],
    reject: ['the eea', 'the European area'],
  },
  EUROPEAN_UNION: {
    must: ['data stored in the EU', 'citizens of the European Union'],
    reject: ['the EU-U.S. Privacy Shield', 'the EU-US Data Privacy Framework', 'the eu'],
  },
  UNITED_KINGDOM: {
    must: ['our offices in the UK', 'residents of the United Kingdom', 'Great Britain and Ireland'],
    reject: ['the uk', 'UKraine'],
  },
  SWITZERLAND: {
    must: ['users in Switzerland', 'the Swiss data protection act'],
    reject: ['the Swiss-US Privacy Shield', 'swiss cheese'],
  },
  US_AGENCY: {
    must: ['investigated by the Federal Trade Commission', 'registered with the U.S. Department of Commerce'],
    reject: ['the federal trade commission', 'the Department of Education'],
  },
  MOVES_THERE: {
    must: ['transferred to the US', 'our servers located in India', 'visitors from Canada', 'if you reside in the EU'],
    reject: ['stored in the United States', 'our offices in Ireland'],
  },
  RESTS_THERE: {
    must: ['backups are stored in the United States', 'data held in the US', 'hosted in Germany', 'processed in Ireland'],
    reject: ['transferred to the US', 'we collect your name'],
  },
  DATA_WORD: {
    must: ['your personal information', 'usage data'],
    reject: ['a database of offers', 'we informed you'],
  },
  CHILDREN_TOPIC: {
    must: ['a COPPA safe harbor', 'our children’s privacy program', 'kids’ accounts'],
    reject: ['the EU-U.S. Safe Harbor', 'adults only'],
  },
  TRANSFER_EXCEPTION: {
    must: ['we do not transfer data abroad except to our US parent', 'unless the recipient is bound by contract', 'save for backups'],
    reject: ['we do not transfer data abroad', 'without your consent'],
  },
  MOVE_DENIED_AFTER: {
    must: [
      'A transfer to third countries outside the European Union or the European Economic Area does not take place.',
      'transfers abroad are not carried out',
    ],
    reject: ['A transfer to the United States takes place under the SCCs.', 'transfers are carried out under contract'],
  },
} satisfies ConceptCases;
