import { defineCases } from '../practice';
import type { TransfersVerdict } from '../types';

export default defineCases<TransfersVerdict>([
  {
    text: 'Your personal information is stored on servers in the U.S. and may be accessed by our staff there.',
    verdict: 'transferred',
    note: '"U.S." with its dots, then a space (UNITED_STATES)',
  },
  {
    text: 'When we transfer personal data out of the EEA, we rely on the Standard Contractual Clauses approved by the European Commission.',
    verdict: 'safeguards',
  },
  { text: 'We participate in the EU-U.S. Data Privacy Framework.', verdict: 'safeguards', claim: 'names-safeguards' },
  { text: 'Some countries we transfer data to have an adequacy decision from the European Commission.', verdict: 'safeguards' },
  { text: 'Our group relies on Binding Corporate Rules for transfers between its companies.', verdict: 'safeguards' },
  {
    text: 'If you are located outside the United States, your information will be transferred to and processed in the United States.',
    verdict: 'transferred',
    claim: 'transferred',
  },
  { text: 'Your data may be stored on servers in other countries whose laws may differ from yours.', verdict: 'transferred' },
  {
    text: 'We do not transfer your personal data outside the European Union.',
    verdict: 'not-mentioned',
    note: 'a denial is not a transfer',
  },
  {
    text: 'Our app is a member of the kidSAFE Safe Harbor program for children’s privacy.',
    verdict: 'not-mentioned',
    note: 'COPPA safe harbor, not a transfer mechanism',
  },
  { text: 'We may transfer your information to a buyer if our company is sold.', verdict: 'not-mentioned', note: 'no other country' },
  { text: 'Our offices are in the United States.', verdict: 'not-mentioned' },
  // Issue 10, blind probes: mechanisms and destinations in other words.
  {
    text: 'Where Personal Data is transferred to a country not the subject of adequacy regulations, the Company shall ensure that the transfer is subject to the International Data Transfer Agreement issued by the Information Commissioner.',
    verdict: 'safeguards',
    note: "the UK's IDTA is the UK's standard clauses (the adequacy named is denied)",
  },
  {
    text: 'Our vendors outside Switzerland have signed the Swiss-approved data transfer contracts.',
    verdict: 'safeguards',
  },
  {
    text: 'Before we send data overseas, we take reasonable steps to make sure the recipient handles it consistently with the Australian Privacy Principles.',
    verdict: 'safeguards',
    note: 'APP 8: the recipient bound to the same principles (EQUIVALENT_PROTECTION)',
  },
  {
    text: 'We comply with the Australian Privacy Principles in everything we do.',
    verdict: 'not-mentioned',
    note: 'the principles with no transfer',
  },
  {
    text: 'Our main database is in Sydney, but our backups are stored in the United States (Oregon).',
    verdict: 'transferred',
    note: 'stored in a named country',
  },
  {
    text: 'For Canadian schools, this means student data is held in the United States, where it may be accessible to authorities under US law.',
    verdict: 'transferred',
  },
  {
    text: 'Customer support is provided by our team in the Philippines, who can see your order history.',
    verdict: 'transferred',
    note: 'staff abroad who see the data (STAFF_ABROAD)',
  },
  { text: 'Your information may be processed in any country where we or our sub-processors operate.', verdict: 'transferred' },
  { text: 'We use data centres located in Ireland and Singapore.', verdict: 'transferred' },
  { text: 'Bank transfers from abroad may take five business days.', verdict: 'not-mentioned', note: 'money, not data (MONEY_TRANSFER)' },
  { text: 'Our company is headquartered in Germany.', verdict: 'not-mentioned' },
  {
    text: 'All data is hosted in Germany and is not transferred to third countries.',
    verdict: 'not-mentioned',
    note: 'a denied transfer, with no exception, is no transfer',
  },
  {
    text: 'We do not transfer your data outside the UK, except to our parent company in the United States.',
    verdict: 'transferred',
    note: 'a denial with an exception still transfers',
  },
  {
    text: 'We may transfer your information across borders to our affiliates.',
    verdict: 'transferred',
    note: '"across borders" is abroad',
  },
  {
    text: 'Data may be sent to our parent company in Japan, which the EU considers to provide adequate protection.',
    verdict: 'safeguards',
    note: 'an adequacy finding in other words',
  },
  {
    text: 'Our servers are in Canada; by using the service you consent to your data being stored there.',
    verdict: 'transferred',
    note: 'a named country where data rests (weaker: no transfer for a reader there)',
  },
  {
    text: 'We take steps to provide adequate protection for your data against loss.',
    verdict: 'not-mentioned',
    note: 'adequate protection in the security sense is no adequacy decision',
  },
  {
    text: 'We may transfer your personal data to countries outside Singapore, including Malaysia, Indonesia, Vietnam and Australia, where our related corporations operate.',
    verdict: 'transferred',
    note: '"countries outside" a country not in the vocabulary',
  },
  {
    text: 'We may transfer your data to Malaysia and Australia.',
    verdict: 'transferred',
    note: 'a destination from the list of countries',
  },
  {
    text: 'Some of our engineering contractors work from Canada, so your information may be accessed from those countries.',
    verdict: 'transferred',
    note: 'data reached from abroad',
  },
  {
    text: 'Everything is stored on Amazon Web Services servers in Sydney, Australia.',
    verdict: 'transferred',
    note: 'a city, then its country',
  },
  {
    text: 'We comply with the UK GDPR. Our booking software and e-mail are hosted on servers located in the UK.',
    verdict: 'not-mentioned',
    note: 'data resting in the home country (its law named) has not left it',
  },
  {
    text: 'We comply with the DPDP Act. Our primary data centres are located in India. Some of our processors may store or access personal data outside India.',
    verdict: 'transferred',
    first: 'outside India',
    note: 'the home-country sentence is dropped, the move abroad is the evidence',
  },
  {
    text: 'We comply with the UK GDPR. Our servers are located in India.',
    verdict: 'transferred',
    note: 'resting in another country than the home one is a transfer',
  },
  {
    text: 'Canadian users: PIPEDA applies. Australian users: the Privacy Act 1988 applies. Our servers are located in Canada.',
    verdict: 'transferred',
    note: 'two home laws named: no single home, so the place stands as a transfer',
  },
  {
    text: 'We comply with the UK GDPR. If you use our service from abroad, your data is transferred to the UK.',
    verdict: 'transferred',
    note: 'a move from abroad into the home country is still a transfer',
  },
  {
    text: 'Our main database lives in Sydney, Australia. Some of the providers above are based in the United States, so copies of some information end up there too.',
    verdict: 'transferred',
    note: "the site's providers based abroad hold its data there",
  },
  {
    text: 'For most domains you can add our free Privacy Shield service, which replaces your contact details in the public directory with those of our proxy service.',
    verdict: 'not-mentioned',
    note: "a registrar's product named Privacy Shield is no transfer safeguard",
  },
  {
    text: 'None of our processors transfers personal data to a country outside the European Union or the European Economic Area.',
    verdict: 'not-mentioned',
    note: '"None of" as the subject denies the transfer',
  },
  {
    text: 'We store and process all personal data in Germany. None of our processors transfers personal data to a country outside the European Union.',
    verdict: 'not-mentioned',
    note: 'data said to stay in the EU, resting in an EU country, has not left',
  },
  {
    text: 'We store and process all personal data in Germany. Our support provider may access it from the United States.',
    verdict: 'transferred',
    note: 'no word that it stays in the EU: Germany stands as a place named',
  },
  {
    text: 'Privacy Shield is not available for .au domain names under the registry rules.',
    verdict: 'not-mentioned',
    note: "a product named Privacy Shield, with none of the programme's words",
  },
  {
    text: 'We participate in the Privacy Shield.',
    verdict: 'safeguards',
    note: 'the programme by its frame word',
  },
  {
    text: 'We are based in the United States. Our affiliate in Pune, India, and vendors in the Philippines process data and may access personal information.',
    verdict: 'transferred',
    note: 'an affiliate and vendors abroad, a city before the country',
  },
  {
    text: 'A transfer of personal data to third countries outside the European Union or the European Economic Area does not take place.',
    verdict: 'not-mentioned',
    note: 'a transfer denied after the noun ("does not take place")',
  },
  {
    text: 'The controller under the GDPR and the Federal Data Protection Act (BDSG) is Hoerwerk GmbH, Berlin. All personal data are stored exclusively in data centres in Germany or, for our payment provider, in the European Union.',
    verdict: 'not-mentioned',
    note: "a member state's data stays home anywhere in the EU",
  },
  {
    text: 'The controller under the GDPR and the Federal Data Protection Act (BDSG) is Hoerwerk GmbH, Berlin. Support tickets are stored with our provider in the United States.',
    verdict: 'transferred',
    note: 'must still catch: a German site storing data in the US',
  },
]);
