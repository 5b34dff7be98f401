import { anyOf, concept, opt, seq, stems, words } from './build';
import { scanAll } from './scan';
import { caseSensitive, listGap, tight, within, wordGap } from './strict';

/** "Social Media access controls" are a feature of a platform, not a safeguard. */
const NOT_MEDIA = '(?<!Media )';
/** "users who have limited access" describe an account, not a safeguard. */
const NOT_HAVE = '(?<!ha(?:ve|s|d) )';
const STAFF = words('staff', 'employees', 'personnel');
const AUTHORIZED = words('authorized', 'authorised');

/**
 * Access to data kept to those who need it: "access controls", "we restrict access to personal information to
 * employees", "access is limited to", "need-to-know", "only authorized staff have access".
 */
export const ACCESS_CONTROLS = concept(
  'ACCESS_CONTROLS',
  anyOf(
    NOT_MEDIA + words('access control', 'access controls'),
    NOT_HAVE +
      seq(
        stems('restrict', 'limit'),
        wordGap(2),
        words('access'),
        wordGap(3),
        words('to'),
        wordGap(3),
        words('information', 'data', 'records', 'systems', 'database', 'databases', 'employees', 'staff', 'personnel'),
      ),
    seq(words('access'), wordGap(4), opt(words('is', 'are')), words('restricted', 'limited'), words('to')),
    // "on a need-to-know basis", "staff with a need to know": not "anything we need to know to groom your dog".
    words('need to know') + `(?=\\s*${words('basis')}|-)`,
    seq(words('a', 'the', 'legitimate', 'business'), words('need to know')),
    seq(
      anyOf(words('providing', 'giving', 'granting'), stems('allow', 'grant')),
      wordGap(1),
      words('access'),
      wordGap(3),
      words('to'),
      wordGap(3),
      STAFF,
    ),
    seq(AUTHORIZED, STAFF, words('only')),
    // Physical access control: "paper forms are stored in locked cabinets".
    seq(words('locked', 'secure', 'secured'), words('cabinet', 'cabinets', 'filing cabinets', 'room', 'rooms', 'offices', 'storage')),
    seq(
      words('only'),
      wordGap(2),
      opt(AUTHORIZED),
      STAFF,
      opt(words('members')),
      wordGap(4),
      words('have', 'with', 'who'),
      wordGap(1),
      words('access'),
    ),
    // "Only staff who need it to do their job can see your records."
    seq(words('only'), opt(AUTHORIZED), STAFF, wordGap(8), words('can', 'may'), words('see', 'access', 'view', 'open')),
  ),
);

/**
 * Attacking one's own systems to find holes: "penetration testing", "vulnerability scans", "a bug bounty programme".
 * Security by its nature, whatever the sentence says around it.
 */
export const SECURITY_TESTING = concept(
  'SECURITY_TESTING',
  anyOf(
    stems('penetration test', 'pen test'),
    seq(words('vulnerability'), anyOf(stems('scan', 'test'), words('assessment', 'assessments'))),
    seq(words('bug'), words('bounty', 'bounties')),
  ),
);

/** Checking the security: "regular security audits", "penetration testing", "vulnerability scans", "security reviews". */
export const SECURITY_AUDITS = concept(
  'SECURITY_AUDITS',
  anyOf(
    SECURITY_TESTING.source,
    seq(
      words('security', 'regular', 'periodic', 'independent', 'third-party', 'internal', 'external', 'annual'),
      wordGap(1),
      words('audit', 'audits'),
    ),
    seq(words('audit', 'audits', 'audited'), words('our', 'its', 'the'), words('security', 'systems', 'practices', 'controls')),
    seq(words('security'), words('review', 'reviews', 'assessment', 'assessments', 'testing')),
    // "An outside firm tests our defenses once a year."
    seq(
      words('test', 'tests', 'tested', 'testing', 'probe', 'probes'),
      words('our', 'its', 'the'),
      words('defenses', 'defences', 'security'),
    ),
  ),
);

/** Staff bound to care: "employees are trained", "security and privacy training each year", "confidentiality agreements". */
export const STAFF_TRAINING = concept(
  'STAFF_TRAINING',
  anyOf(
    within(
      words('employees', 'staff', 'personnel'),
      anyOf(
        words('trained', 'training'),
        seq(words('confidentiality'), opt(seq(words('and'), '\\w+')), words('agreements', 'obligations')),
      ),
      80,
    ),
    seq(
      words('privacy', 'security', 'data protection', 'cybersecurity'),
      opt(words('and privacy', 'and security', 'and data protection', 'awareness')),
      words('training'),
    ),
    // "entered into our database by trained staff only".
    seq(words('trained'), words('staff', 'employees', 'personnel', 'volunteers', 'team members')),
    // The verb: "We train staff and volunteers on this policy every year", "we train all employees".
    seq(
      words('train', 'trains'),
      opt(words('our', 'all', 'every')),
      words('staff', 'employees', 'personnel', 'volunteers', 'team', 'team members'),
    ),
    // "signs a confidentiality agreement" (a person signs); partners "under confidentiality agreements" are a contract.
    seq(
      words('sign', 'signs', 'signed', 'signing'),
      opt(words('a', 'an')),
      words('confidentiality agreement', 'confidentiality agreements', 'non-disclosure agreement', 'non-disclosure agreements'),
    ),
  ),
);

/** A second factor to sign in: "two-factor authentication", "multi-factor", "MFA", "a hardware security key". */
export const MULTI_FACTOR = concept(
  'MULTI_FACTOR',
  anyOf(
    words('two factor', '2 factor', 'multi factor', 'multifactor', 'two step', '2 step', 'multi step', 'MFA', '2FA'),
    words('hardware security key', 'hardware security keys', 'hardware key', 'hardware keys', 'hardware token', 'hardware tokens'),
  ),
);

/** Passwords stored as hashes: "passwords are salted and hashed with bcrypt", "a salted hash of your password". */
export const PASSWORD_HASHING = concept(
  'PASSWORD_HASHING',
  anyOf(
    within(words('password', 'passwords', 'credentials'), words('hashed', 'salted', 'hash', 'hashing', 'bcrypt', 'scrypt', 'argon2'), 60),
    within(words('hashed', 'salted', 'hash', 'hashing'), words('password', 'passwords', 'credentials'), 40),
  ),
);

/** A named cipher, which is encryption in itself: "AES-256", "256-bit encryption keys". */
export const NAMED_CIPHER = concept('NAMED_CIPHER', words('AES', 'AES 128', 'AES 256', '256 bit', '128 bit', 'RSA 2048'));

/** Encryption: "encrypted", "cryptographic", or a named cipher ("AES-256"). */
export const ENCRYPTION = concept('ENCRYPTION', anyOf(stems('encrypt', 'cryptograph'), NAMED_CIPHER.source));

/** Watching for attacks: "intrusion detection", "we monitor our systems for attacks". */
export const INTRUSION_DETECTION = concept(
  'INTRUSION_DETECTION',
  anyOf(
    words('intrusion detection', 'intrusion prevention'),
    seq(
      stems('monitor'),
      wordGap(3),
      words('for', 'against'),
      wordGap(3),
      anyOf(stems('attack', 'intrusion', 'vulnerabilit', 'suspicious'), seq(words('unauthorized', 'unauthorised'), stems('attempts'))),
    ),
    // "the Board's network is monitored to identify unauthorized attempts", "monitored to detect intrusions".
    seq(
      stems('monitor'),
      words('to'),
      words('identify', 'detect', 'spot', 'find', 'prevent', 'block', 'catch'),
      wordGap(1),
      anyOf(
        stems('attack', 'intrusion', 'suspicious', 'breach'),
        seq(words('unauthorized', 'unauthorised'), wordGap(1), stems('attempt', 'access', 'activit')),
      ),
    ),
  ),
);

const SAFEGUARD_KIND = words(
  'physical',
  'electronic',
  'administrative',
  'technical',
  'procedural',
  'managerial',
  'organizational',
  'organisational',
  // PIPEDA's "physical, organizational and technological safeguards".
  'technological',
  'operational',
);
const INFORMATION = words('information', 'data');

/**
 * A promise of security in general terms: "reasonable security measures", "administrative, technical and physical
 * safeguards", "we protect your personal information", "secure servers".
 */
export const SECURITY_PROMISE = concept(
  'SECURITY_PROMISE',
  anyOf(
    tight(
      words('reasonable', 'appropriate', 'adequate', 'industry standard', 'commercially reasonable', 'standard', 'various', 'suitable'),
      listGap(4),
      anyOf(
        words('measures', 'steps', 'precautions', 'safeguards', 'procedures', 'efforts', 'security', 'practices', 'controls', 'methods'),
        stems('technolog'),
      ),
    ),
    tight(
      `${SAFEGUARD_KIND}(?:,?\\s+(?:(?:and|or)\\s+)?${SAFEGUARD_KIND})+`,
      words('safeguards', 'measures', 'controls', 'procedures', 'security'),
    ),
    tight(words('protect', 'safeguard', 'secure'), wordGap(2), opt(words('personal')), INFORMATION),
    tight(words('security'), words('measures', 'safeguards', 'procedures', 'policies', 'precautions')),
    within(tight(words('to', 'we'), wordGap(2), words('protect', 'safeguard', 'secure')), INFORMATION, 80),
    tight(words('prevent'), wordGap(3), words('unauthorized access', 'unauthorised access')),
    tight(words('secure'), anyOf(words('server', 'servers', 'environment', 'network', 'networks', 'location'), stems('facilit'))),
    tight(
      words('keep', 'keeps', 'keeping'),
      opt(words('your', 'the', 'all')),
      opt(words('personal')),
      INFORMATION,
      words('safe', 'secure'),
    ),
    // "We take reasonable care to keep all of this safe and private."
    tight(words('take', 'takes', 'taking'), opt(words('all')), words('reasonable', 'due', 'great', 'every'), words('care')),
  ),
);

/** Data kept safe, said without a security word: "to keep your information safe", "we keep it secure". */
export const KEPT_SAFE = concept(
  'KEPT_SAFE',
  tight(
    words('keep', 'keeps', 'keeping'),
    anyOf(
      seq(opt(words('your', 'the', 'all')), opt(words('personal')), INFORMATION),
      // "keep all of this safe and private": the data named before.
      words('it', 'them', 'this', 'all of this', 'all of it', 'everything'),
    ),
    words('safe', 'secure', 'safe and secure', 'safe and private'),
  ),
);

/** The usual disclaimer: "no method of transmission is 100% secure", "we cannot guarantee the security". */
export const NO_PERFECT_SECURITY = concept(
  'NO_PERFECT_SECURITY',
  anyOf(
    within(
      tight(
        words('no'),
        words('method', 'system', 'data transmission', 'transmission', 'security measure', 'security measures', 'website'),
      ),
      anyOf('\\b100 ?%', words('completely', 'fully', 'entirely', 'perfectly', 'totally', 'absolutely', 'guaranteed')),
      100,
    ),
    within(tight(words('cannot'), words('guarantee', 'ensure', 'warrant', 'promise')), stems('secur'), 60),
    // "Nothing on the internet is completely safe."
    within(
      words('nothing'),
      seq(anyOf('\\b100 ?%', words('completely', 'fully', 'entirely', 'perfectly', 'totally', 'absolutely')), words('safe', 'secure')),
      60,
    ),
  ),
);

/** Security in general terms, for scanning (`.all`): a promise (SECURITY_PROMISE) or the disclaimer (NO_PERFECT_SECURITY). */
export const GENERIC_SECURITY = scanAll(SECURITY_PROMISE, NO_PERFECT_SECURITY);

/** A promise to tell users of a breach: "in the event of a data breach, we will notify you". */
export const BREACH_NOTICE = concept(
  'BREACH_NOTICE',
  anyOf(
    within(stems('breach'), stems('notif'), 120),
    tight(
      stems('notif'),
      wordGap(6),
      opt(words('of', 'about')),
      opt(words('a', 'any', 'the')),
      opt(words('data', 'security')),
      stems('breach'),
    ),
    // "We will tell you without undue delay if a breach affects your data."
    within(words('tell you', 'inform you', 'let you know', 'alert you', 'contact you', 'email you', 'e-mail you'), stems('breach'), 60),
    within(
      anyOf(tight(words('unauthorized', 'unauthorised'), words('access', 'acquisition', 'disclosure')), words('security incident')),
      words('notify', 'notification', 'inform you', 'tell you'),
      100,
    ),
  ),
);

/** Advice to the user ("keep your password secret") and warnings about e-mail are not the site's measures. */
export const USER_SECURITY_ADVICE = concept(
  'USER_SECURITY_ADVICE',
  anyOf(
    seq(words('you'), words('should', 'must', 'are responsible')),
    seq(words('please'), words('do not', 'keep', 'be careful')),
    seq(
      words('email', 'e-mail', 'emails', 'e-mails', 'internet', 'internets', 'transmission', 'transmissions'),
      words('is', 'are'),
      words('not', 'never'),
      wordGap(1),
      words('secure', 'encrypted'),
    ),
  ),
);

/** Every security cue starts with one of these stems: a cheap pre-test. */
export const SECURITY_TOPIC = concept(
  'SECURITY_TOPIC',
  stems(
    'secur',
    'protect',
    'safeguard',
    'encrypt',
    'cryptograph',
    'SSL',
    'TLS',
    'HTTPS',
    'firewall',
    'need to know',
    'access',
    'audit',
    'penetration',
    'vulnerab',
    'hash',
    'salted',
    'factor',
    'ISO',
    'SOC',
    'PCI',
    'intrusion',
    'breach',
    'unauthorized',
    'unauthorised',
    'confidential',
    'safe',
    'only staff',
    'only employees',
    'only personnel',
    'only authori',
    'bug bount',
    'pen test',
    'defen',
    'AES',
    '256-bit',
    'MFA',
    '2FA',
    'hardware key',
    'hardware security',
    'train',
    'nothing',
    'monitor',
    'locked',
    'suspicious',
    'HITRUST',
    'in transit',
  ),
);

/**
 * Security sold as the site's product, not a measure protecting the reader's data: "resold SSL certificates", "we
 * sell TLS certificates". Read out of a sentence before its measures.
 */
export const SECURITY_PRODUCT = concept(
  'SECURITY_PRODUCT',
  seq(
    words('sell', 'sells', 'selling', 'resell', 'resells', 'reselling', 'resold', 'offer', 'offers'),
    wordGap(6),
    words('SSL', 'TLS', 'SSL/TLS'),
    words('certificate', 'certificates'),
  ),
);

/**
 * Encrypted connections by name: "SSL", "TLS", "HTTPS", "secure sockets layer", "transport layer security". Case-sensitive
 * (the acronyms), so the spelled names match only in lower case, as the judge's pattern always has.
 */
export const SECURE_CONNECTION = caseSensitive(
  'SECURE_CONNECTION',
  String.raw`\b(?:SSL|TLS|HTTPS|secure sockets? layer|transport layer security)\b`,
);

/** A firewall: "firewalls", "a firewall". */
export const FIREWALLS = concept('FIREWALLS', String.raw`\bfirewalls?\b`);

/** Hashed or salted secrets: "passwords are hashed", "salted hashes", "hashing". */
export const HASHED = concept('HASHED', String.raw`\bhash(?:ed|ing)?\b|\bsalted\b`);

/** A named security certification (case-sensitive names): "ISO 27001", "ISO/IEC 27001", "SOC 2", "PCI DSS compliant", "HITRUST". */
export const SECURITY_CERTIFICATION = caseSensitive(
  'SECURITY_CERTIFICATION',
  String.raw`\b(?:ISO(?:\/IEC)? ?27001|SOC ?2|PCI(?:[- ]DSS)?(?: compliant| certified)?|HITRUST)\b`,
);

/**
 * Words that put a sentence in a security context: "secure", "protect", "safeguards", "unauthorized", "confidential",
 * "transmission", "in transit", "at rest", "defenses". Audits or training count as a measure only in such a context.
 */
export const SECURITY_CONTEXT = concept(
  'SECURITY_CONTEXT',
  String.raw`\bsecur\w*|\bprotect\w*|\bsafeguard\w*|\bunauthori[sz]ed\b|\bconfidential\w*|\btransmi\w*|\bin transit\b|\bat rest\b|\bdefen[cs]es\b`,
);

/** A heading about security ("Security", "How we secure your data"): it gives its sentences a security context. */
export const SECURITY_HEADING = concept('SECURITY_HEADING', String.raw`\bsecur`);

/** A breach, by any form of the word: "a data breach", "breaches", "breached". A cheap test before BREACH_NOTICE. */
export const BREACH_WORD = concept('BREACH_WORD', String.raw`breach`);
