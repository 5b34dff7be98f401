import { PRACTICE_META } from '../practice-meta';
import { confidenceOf, strongest, toEvidence, type Hit, type Practice } from '../practice';
import type { SecurityVerdict } from '../types';
import { affirmed, anyCue, cuesIn, listInWords, union, type Cue } from './cues';

type SecurityHit = Hit<SecurityVerdict> & { measures: string[]; breach: boolean };

/** Concrete measures a reader could check; "reasonable safeguards" is not one of them. */
const MEASURES: Cue[] = [
  ['encryption', /\bencrypt\w*|\bcryptograph\w*/gi],
  ['TLS/SSL', /\b(?:SSL|TLS|HTTPS|secure sockets? layer|transport layer security)\b/g],
  [
    'access controls',
    /(?<!Media )\baccess controls?\b|(?<!ha(?:ve|s|d) )\b(?:restrict|limit)\w* (?:\w+ ){0,2}access (?:\w+ ){0,3}to (?:\w+ ){0,3}(?:information|data|records|systems|databases?|employees|staff|personnel)\b|\baccess (?:\w+ ){0,4}(?:is |are )?(?:restricted|limited) to\b|\bneed[- ]to[- ]know\b|\b(?:providing|giving|granting|allow\w*|grant\w*) (?:\w+ )?access (?:\w+ ){0,3}to (?:\w+ ){0,3}(?:staff|employees|personnel)\b|\bauthori[sz]ed (?:personnel|employees|staff) only\b|\bonly (?:\w+ ){0,2}(?:authori[sz]ed )?(?:employees|personnel|staff)(?: members)? (?:\w+ ){0,4}(?:have|with|who) (?:\w+ )?access\b/gi,
  ],
  ['firewalls', /\bfirewalls?\b/gi],
  // "Uses of this system may be monitored, audited..." is a warning banner, not a measure.
  [
    'audits',
    /\b(?:security|regular|periodic|independent|third-party|internal|external|annual) (?:\w+ )?audits?\b|\baudit(?:s|ed)? (?:our|its|the) (?:security|systems|practices|controls)\b|\bpenetration test\w*|\bvulnerability (?:scan\w*|test\w*|assessments?)|\bsecurity (?:reviews?|assessments?|testing)\b/gi,
  ],
  ['hashed passwords', /\bhash(?:ed|ing)?\b|\bsalted\b/gi],
  ['two-factor authentication', /\b(?:two|2|multi)[- ](?:factor|step)\b/gi],
  ['certification', /\b(?:ISO(?:\/IEC)? ?27001|SOC ?2|PCI(?:[- ]DSS)?(?: compliant| certified)?|HITRUST)\b/g],
  [
    'intrusion detection',
    /\bintrusion (?:detection|prevention)\b|\bmonitor\w* (?:\w+ ){0,3}(?:for|against) (?:\w+ ){0,3}(?:attacks?|intrusions?|vulnerabilit\w+|suspicious|unauthori[sz]ed attempts)/gi,
  ],
  [
    'staff training',
    /\b(?:employees|staff|personnel)\b[^.]{0,80}\b(?:trained|training|confidentiality (?:and \w+ )?(?:agreements|obligations))\b/gi,
  ],
];
const ANY_MEASURE = anyCue(MEASURES);
const GENERIC =
  /\b(?:reasonable|appropriate|adequate|industry[- ]standard|commercially reasonable|standard|various|suitable) (?:\w+[ ,]+){0,4}(?:measures|steps|precautions|safeguards|procedures|efforts|security|practices|controls|technolog\w+|methods)\b|\b(?:physical|electronic|administrative|technical|procedural|managerial|organi[sz]ational)(?:,? (?:and |or )?(?:physical|electronic|administrative|technical|procedural|managerial|organi[sz]ational))+ (?:safeguards|measures|controls|procedures|security)\b|\bno (?:method|system|data transmission|transmission|security measures?|website)\b[^.]{0,100}\b(?:100 ?%|completely|fully|entirely|perfectly|totally|absolutely|guaranteed)|\bcannot (?:guarantee|ensure|warrant|promise)\b[^.]{0,60}\bsecur|\b(?:protect|safeguard|secure) (?:\w+ ){0,2}(?:personal )?(?:information|data)\b|\bsecurity (?:measures|safeguards|procedures|policies|precautions)\b|\b(?:to|we) (?:\w+ ){0,2}(?:protect|safeguard|secure)\b[^.]{0,80}\b(?:information|data)\b|\bprevent (?:\w+ ){0,3}unauthori[sz]ed access\b|\bsecure (?:servers?|environment|facilit\w+|networks?|location)\b/gi;
// Encryption can be a matching technique ("hash-encrypted e-mail lists"), so it needs a security context.
const SELF_EVIDENT = ['TLS/SSL', 'access controls', 'firewalls', 'two-factor authentication', 'certification'];
const SECURITY_CONTEXT =
  /\bsecur\w*|\bprotect\w*|\bsafeguard\w*|\bunauthori[sz]ed\b|\bconfidential\w*|\btransmi\w*|\bin transit\b|\bat rest\b/i;
const BREACH =
  /\b(?:data |security )?breach\w*\b[^.]{0,120}\bnotif\w*|\bnotif\w* (?:\w+ ){0,6}(?:of |about )?(?:a |any |the )?(?:data |security )?breach|\b(?:unauthori[sz]ed (?:access|acquisition|disclosure)|security incident)\b[^.]{0,100}\b(?:notify|notification|inform you|tell you)\b/i;
/** Advice to the user ("keep your password secret") and warnings about e-mail are not the site's measures. */
const USER_ADVICE =
  /\b(?:you (?:should|must|are responsible)|please (?:do not|keep|be careful)|(?:e-?mail|internet|transmission)s? (?:is|are) (?:not|never) (?:\w+ )?(?:secure|encrypted))\b/i;

export const security: Practice<'security'> = {
  ...PRACTICE_META.security,
  candidate:
    /\b(?:secur|protect|safeguard|encrypt|cryptograph|SSL|TLS|HTTPS|firewall|access|audit|penetration|vulnerab|hash|salted|factor|ISO|SOC|PCI|intrusion|breach|unauthori[sz]ed|confidential)/i,
  judge(sentence) {
    const text = sentence.text;
    // Table-of-contents items ("How we protect information;") promise nothing.
    if (sentence.isHeading || (/^\W*(?:\d+\W*)?how (?:we|to|you|do|does)\b/i.test(text) && text.length < 90)) return [];
    const context = SECURITY_CONTEXT.test(text) || /\bsecur/i.test(sentence.heading);
    const measurable = ANY_MEASURE.test(text);
    if (!context && !measurable && !/breach/i.test(text)) return [];
    const breach = BREACH.test(text);
    const measures = !measurable || USER_ADVICE.test(text) ? [] : cuesIn(text, MEASURES);
    // Encryption or restricted access speak for themselves; "audits" or "training" need a security context.
    const selfEvident = measures.some((m) => SELF_EVIDENT.includes(m));
    if (!selfEvident && !breach && !context) return [];
    if (measures.length) {
      return [
        {
          verdict: 'measures-described',
          sentence,
          strength: 0.85,
          reason: `Names concrete security measures: ${listInWords(measures)}.`,
          names: measures,
          measures,
          breach,
        },
      ];
    }
    if (breach || (!USER_ADVICE.test(text) && affirmed(text, GENERIC))) {
      return [
        {
          verdict: 'generic',
          sentence,
          strength: breach ? 0.75 : 0.6,
          reason: breach ? 'Promises to notify users of a data breach.' : 'Promises security in general terms only.',
          ...(breach ? { claim: 'breach' } : {}),
          measures: [],
          breach,
        },
      ];
    }
    return [];
  },
  combine(hits) {
    const all = hits as SecurityHit[];
    const concrete = strongest(all, 'measures-described');
    const generic = strongest(all, 'generic');
    const breachNotification = all.some((h) => h.breach);
    const breachNote = breachNotification ? ' It promises to notify users of a data breach.' : '';
    if (concrete.length) {
      const measures = union(concrete.map((h) => h.measures));
      return {
        verdict: 'measures-described',
        confidence: confidenceOf(concrete),
        summary: `The policy names its security measures: ${listInWords(measures)}.${breachNote}`,
        evidence: toEvidence(concrete),
        measures,
        breachNotification,
      };
    }
    if (generic.length) {
      return {
        verdict: 'generic',
        confidence: confidenceOf(generic),
        summary: `The policy promises security only in general terms (“reasonable measures”).${breachNote}`,
        evidence: toEvidence(generic),
        measures: [],
        breachNotification,
      };
    }
    return {
      verdict: 'not-mentioned',
      confidence: 0.5,
      summary: 'The policy does not say how it protects your data.',
      evidence: [],
      measures: [],
      breachNotification: false,
    };
  },
};
