import { defineCases } from '../practice';
import type { SecurityVerdict } from '../types';

export default defineCases<SecurityVerdict>([
  { text: 'We protect your data with TLS in transit and AES-256 encryption at rest.', verdict: 'measures-described' },
  { text: 'Access to personal information is restricted to employees who need it to do their jobs.', verdict: 'measures-described' },
  { text: 'Our systems undergo regular security audits and penetration testing by an independent firm.', verdict: 'measures-described' },
  { text: 'Passwords are hashed and our network is protected by firewalls.', verdict: 'measures-described', claim: 'names-measures' },
  { text: 'We use reasonable security measures to protect your personal information.', verdict: 'generic', claim: 'generic' },
  {
    text: 'No method of transmission over the Internet is 100% secure, so we cannot guarantee the security of your data.',
    verdict: 'generic',
  },
  {
    text: 'If a data breach affects your personal information, we will notify you as the law requires.',
    verdict: 'generic',
    claim: 'breach',
    note: 'breach notice without named measures',
  },
  {
    text: 'Uses of this system may be monitored, recorded, audited and disclosed to authorized personnel.',
    verdict: 'not-mentioned',
    note: 'a warning banner, not a measure',
  },
  {
    text: 'You should keep your password secret and use a firewall on your own computer.',
    verdict: 'not-mentioned',
    note: 'advice to the user',
  },
  {
    text: 'Our contractors may have limited access to the information we collect.',
    verdict: 'not-mentioned',
    note: 'what others can see, not a measure',
  },
  { text: 'How we protect information;', verdict: 'not-mentioned', note: 'a table-of-contents item' },
  { text: 'We do not encrypt messages sent through the contact form.', verdict: 'not-mentioned' },
  // Issue 10, blind probes: measures named in other words.
  {
    text: 'Everyone on our team completes privacy and security training each year and signs a confidentiality agreement.',
    verdict: 'measures-described',
    note: 'training without "employees" (STAFF_TRAINING)',
  },
  { text: 'An outside firm tests our defenses once a year.', verdict: 'measures-described', note: 'an outside test of "our defenses"' },
  {
    text: 'Staff access to production data requires a hardware security key and is reviewed every quarter.',
    verdict: 'measures-described',
    note: 'a hardware key is a second factor (MULTI_FACTOR)',
  },
  {
    text: 'Passwords are salted and hashed with bcrypt before they reach our database.',
    verdict: 'measures-described',
    note: 'hashed passwords need no word of security',
  },
  {
    text: 'We scramble sensitive fields using AES-256 and keep the keys in a separate vault.',
    verdict: 'measures-described',
    note: 'a named cipher is encryption',
  },
  { text: 'Our systems are monitored around the clock for signs of intrusion.', verdict: 'measures-described' },
  { text: 'Nothing on the internet is completely safe, but I do my best.', verdict: 'generic', note: 'the disclaimer in plain words' },
  {
    text: 'We share hashed e-mail addresses with advertising partners to match audiences.',
    verdict: 'not-mentioned',
    note: 'hashing for ad matching is no safeguard',
  },
  { text: 'Our sales training program helps new hires learn the product.', verdict: 'not-mentioned' },
  { text: 'Nothing in this policy limits your rights under the law.', verdict: 'not-mentioned' },
  {
    text: 'Only staff who need it to do their job can see your records.',
    verdict: 'measures-described',
    note: 'access limited to staff, said with "can see"',
  },
  {
    text: 'We follow industry-standard practices to keep your information safe.',
    verdict: 'generic',
    note: 'kept safe, without a security word',
  },
  {
    text: 'We run a bug bounty programme and regular penetration tests.',
    verdict: 'measures-described',
    note: "testing one's own defences is security by its nature",
  },
  {
    text: 'We will tell you without undue delay if a breach affects your data.',
    verdict: 'generic',
    note: 'a breach notice said as "tell you"',
  },
  {
    text: 'Please keep your password safe and do not share it.',
    verdict: 'not-mentioned',
    note: "the user's own care is not the site's security",
  },
  {
    text: 'Security\n\nWe train staff and volunteers on this policy every year.',
    verdict: 'measures-described',
    note: 'staff training said with the verb, under a security heading',
  },
  {
    text: 'Keeping it safe\n\nPaper forms are stored in locked cabinets and entered into our database by trained staff only.',
    verdict: 'measures-described',
    note: 'physical access control and trained staff',
  },
  {
    text: 'We use physical, organizational and technological safeguards appropriate to the sensitivity of the information.',
    verdict: 'generic',
    note: 'kinds of safeguard named, no measure',
  },
  {
    text: 'We also provide DNS hosting, e-mail forwarding and resold SSL certificates, and we support a network of resellers.',
    verdict: 'not-mentioned',
    note: 'SSL certificates sold as a product are no measure',
  },
  {
    text: 'We sell SSL certificates, and our own checkout is encrypted with TLS.',
    verdict: 'measures-described',
    note: "the site's own encryption still counts beside the product",
  },
  {
    text: 'We take reasonable care to keep all of this safe and private.',
    verdict: 'generic',
    note: 'care promised, no measure named',
  },
  {
    text: 'Please take reasonable care of your password.',
    verdict: 'not-mentioned',
    note: 'advice to the user is no promise',
  },
  {
    text: "For site security purposes, the Board's network is monitored to identify unauthorized attempts to upload or change information.",
    verdict: 'measures-described',
    note: 'network monitoring for intrusions is a measure',
  },
  {
    text: 'We monitor usage of the site to identify popular pages.',
    verdict: 'not-mentioned',
    note: 'must not: monitoring for statistics protects nothing',
  },
]);
