import type { ConceptCases } from './cases';

export default {
  ACCESS_CONTROLS: {
    must: [
      'Paper forms are stored in locked cabinets',
      'We restrict access to personal information to employees who need it',
      'Access to your data is limited to authorized staff',
      'only authorized employees have access',
      'Only staff who need it to do their job can see your records',
      'on a need-to-know basis',
      'employees with a need to know',
      'staff on a need to know basis',
    ],
    reject: [
      'anything we need to know to groom your dog safely',
      'Users who have limited access to the internet',
      'You can access your account at any time',
      'Only staff can approve refunds, and you may see the status online',
    ],
  },
  SECURITY_AUDITS: {
    must: [
      'An outside firm tests our defenses once a year',
      'We conduct regular security audits',
      'Our systems undergo penetration testing',
      'periodic vulnerability scans',
      'We run a bug bounty programme',
    ],
    reject: ['Our auditors review the financial statements', 'Tax audits are handled by our accountants'],
  },
  INTRUSION_DETECTION: {
    must: [
      'We use intrusion detection systems',
      'We monitor our network for suspicious activity',
      "the Board's network is monitored to identify unauthorized attempts to upload or change information",
      'our systems are monitored to detect unauthorised access',
    ],
    reject: [
      'We monitor the performance of our website',
      'Intrusion of privacy is a serious matter',
      'we monitor usage to identify popular pages',
    ],
  },
  SECURITY_PROMISE: {
    must: [
      'We take reasonable care to keep all of this safe',
      'physical, organizational and technological safeguards',
      'We use reasonable measures to protect it',
      'administrative, technical and physical safeguards',
      'We take steps to protect your personal information',
      'stored on secure servers',
      'We follow industry-standard practices to keep your information safe',
    ],
    reject: ['We protect the environment', 'The standard terms apply', 'Our offices are secure'],
  },
  NO_PERFECT_SECURITY: {
    must: ['No method of transmission over the internet is 100% secure', 'we cannot guarantee the security of your data'],
    reject: ['No method of payment is accepted other than cards', 'We cannot guarantee delivery dates'],
  },
  BREACH_NOTICE: {
    must: [
      'In case of a data breach we will notify you',
      'We will notify affected users of any security breach',
      'We will tell you without undue delay if a breach affects your data',
    ],
    reject: [
      'We take measures to prevent a breach',
      'We will notify you of changes to this policy',
      'We will tell you about our new products',
      'a breach of these terms lets us contact you',
    ],
  },
  SECURITY_TESTING: {
    must: ['regular penetration tests', 'a bug bounty program', 'vulnerability assessments by an outside firm'],
    reject: ['tests of new features', 'a bounty of coupons', 'the vulnerability of children online'],
  },
  KEPT_SAFE: {
    must: [
      'We take reasonable care to keep all of this safe and private',
      'to keep your information safe',
      'We keep your personal data secure',
    ],
    reject: ['keep your password safe', 'keep the receipt safe'],
  },
  USER_SECURITY_ADVICE: {
    must: ['You should keep your password secret', 'Please do not share your login', 'E-mail is not always secure'],
    reject: ['We encrypt your data in transit', 'Our servers are protected by firewalls'],
  },
  SECURITY_TOPIC: {
    must: ['We encrypt data', 'Our systems are secure', 'a data breach'],
    reject: ['We send a newsletter each month.', 'Your order ships in two days.'],
  },
  STAFF_TRAINING: {
    must: [
      'entered into our database by trained staff only',
      'Everyone on our team completes privacy and security training each year',
      'signs a confidentiality agreement',
      'our employees are trained in data protection',
      'We train staff and volunteers on this policy every year',
    ],
    reject: [
      'Our sales training program helps new hires',
      'we train our models on public data',
      'confidentiality of your messages',
      'trusted partners who work with us under confidentiality agreements',
    ],
  },
  MULTI_FACTOR: {
    must: ['they need two-factor authentication', 'requires a hardware security key', 'MFA is enforced for staff'],
    reject: ['a key factor in our decision', 'the hardware we sell'],
  },
  PASSWORD_HASHING: {
    must: ['Passwords are salted and hashed with bcrypt', 'a password (stored only as a salted hash)'],
    reject: ['We share hashed e-mail addresses with partners', 'Choose a strong password'],
  },
  NAMED_CIPHER: {
    must: ['We scramble sensitive fields using AES-256', '256-bit keys'],
    reject: ['AESOP fables', 'a 256 page report'],
  },
  ENCRYPTION: {
    must: ['data is encrypted at rest', 'cryptographic keys', 'using AES-256'],
    reject: ['we describe our practices', 'a 256 page report'],
  },
  SECURE_CONNECTION: {
    must: ['data is sent over HTTPS', 'we use SSL encryption', 'transport layer security (TLS)', 'secure socket layer technology'],
    reject: ['a secure layer of protection', 'the https-only mode of your browser'],
  },
  FIREWALLS: {
    must: ['our servers sit behind firewalls', 'a firewall'],
    reject: ['a fire safety plan', 'firewalled'],
  },
  HASHED: {
    must: ['passwords are hashed', 'salted hashes', 'we use hashing'],
    reject: ['we match hashes of your e-mail address', 'a hashtag'],
  },
  SECURITY_CERTIFICATION: {
    must: ['certified to ISO 27001', 'ISO/IEC 27001', 'our SOC 2 report', 'PCI DSS compliant', 'HITRUST'],
    reject: ['ISO 9001 quality management', 'iso 27001', 'SOC 1'],
  },
  SECURITY_CONTEXT: {
    must: ['to protect your data', 'against unauthorized access', 'data in transit', 'kept confidential'],
    reject: ['We use cookies to remember you', 'hash-encrypted e-mail lists for matching'],
  },
  SECURITY_HEADING: {
    must: ['Security', 'How we secure your data', 'Data Security'],
    reject: ['Your choices', 'Safety tips'],
  },
  BREACH_WORD: {
    must: ['in the event of a data breach', 'a breached system', 'Breaches'],
    reject: ['a security incident', 'unauthorized access'],
  },
  SECURITY_PRODUCT: {
    must: ['We also provide DNS hosting, e-mail forwarding and resold SSL certificates', 'we sell TLS certificates'],
    reject: ['Our site uses an SSL certificate', 'pages are protected by TLS certificates we renew yearly'],
  },
} satisfies ConceptCases;
