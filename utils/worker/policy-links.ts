/**
 * Finding a site's privacy policy link on any page (home page, product page, sign-up form): every
 * link the page offers (`page-links.ts`) is scored on its words, its rel, its path and where it
 * sits; the best few are kept so the worker can try the next one when the first leads nowhere.
 */
import { tOr } from '../i18n';
import type { PolicyLink } from '../tab-analysis';
import { collectPageLinks, MAX_LINK_TEXT, MAX_PAGE_LINKS, type PageLink } from '../page-links';

/** A scored candidate, best first in `findPolicyLinks`' answer. */
export type PolicyLinkCandidate = PolicyLink & { score: number };

/** How many candidates are kept: the worker tries them in order and stops at the first policy. */
export const MAX_CANDIDATES = 3;
/** Below this a link is not offered: "Privacy" alone in a footer scores 4, a bare /privacy path 3. */
export const MIN_SCORE = 3;

/**
 * Words naming privacy or data protection, in the languages sites use for their footer links.
 * Latin-script words match at a word start (so compounds such as "Datenschutzerklärung" and
 * "integritetspolicy" count); CJK, Korean and the like have no spaces and match anywhere.
 */
const PRIVACY_WORDS = [
  'privacy',
  'data protection',
  'personal data',
  'datenschutz',
  'privatsphäre',
  'confidentialit',
  'vie privée',
  'données personnelles',
  'privacidad',
  'protección de datos',
  'datos personales',
  'privacidade',
  'proteção de dados',
  'dados pessoais',
  'riservatezza',
  'protezione dei dati',
  'dati personali',
  'gegevensbescherming',
  'persoonsgegevens',
  'integritet',
  'dataskydd',
  'personuppgift',
  'privatliv',
  'persondata',
  'personvern',
  'tietosuoja',
  'yksityisyy',
  'prywatnoś',
  'ochrona danych',
  'danych osobowych',
  'ochrana osobních',
  'osobních údajů',
  'soukrom',
  'gizlilik',
  'kişisel veri',
  'конфиденциальн',
  'персональных данных',
  'adatvédelm',
  'απορρήτου',
  'προσωπικών δεδομένων',
  'פרטיות',
  'الخصوصية',
];
const PRIVACY_WORDS_ANYWHERE = ['プライバシー', '個人情報', '隐私', '隱私', '个人信息', '個人資料', '개인정보', '프라이버시'];

/** Words that make a privacy link a policy document rather than a topic ("Privacy" + "Policy"). */
const POLICY_WORDS = [
  'policy',
  'notice',
  'statement',
  'erklärung',
  'hinweis',
  'richtlinie',
  'politique',
  'avis',
  'déclaration',
  'charte',
  'política',
  'aviso',
  'declaración',
  'informativa',
  'beleid',
  'verklaring',
  'polityka',
  'zásady',
  'politika',
  'политика',
  'уведомление',
  'szabályzat',
  'tájékoztató',
  'πολιτική',
  'מדיניות',
  'سياسة',
  'ポリシー',
  '方針',
  '政策',
  '声明',
  '聲明',
  '방침',
];

/**
 * Links that control privacy rather than describe it: consent tools, cookie banners' buttons,
 * CCPA opt-outs, account settings. Never offered as the policy, however privacy-ish they read.
 */
const CONTROL_WORDS = [
  'settings',
  'preferences',
  'choices',
  'manage',
  'opt out',
  'opt-out',
  'do not sell',
  'don’t sell',
  "don't sell",
  'do not share',
  'consent',
  'dashboard',
  'controls',
  'request',
  'einstellungen',
  'verwalten',
  'einwilligung',
  'widerruf',
  'paramètres',
  'préférences',
  'gérer',
  'consentement',
  'configuración',
  'preferencias',
  'gestionar',
  'consentimiento',
  'configurações',
  'preferências',
  'gerenciar',
  'impostazioni',
  'preferenze',
  'gestisci',
  'consenso',
  'instellingen',
  'voorkeuren',
  'toestemming',
  'inställningar',
  'indstillinger',
  'innstillinger',
  'asetukset',
  'ustawienia',
  'nastavení',
  'ayarlar',
  'настройки',
  'beállítás',
];
const CONTROL_WORDS_ANYWHERE = ['設定', '设置', '設置', '설정', '管理', 'إعدادات'];

/**
 * Words of a narrower notice than the site's policy: children's, a state's or a country's notice,
 * a change log, an FAQ, a certification seal. Still candidates, after the plain "Privacy Policy".
 */
const NARROWER_WORDS = [
  'children',
  'child',
  'kids',
  'coppa',
  'california',
  'ccpa',
  'canadian',
  'canada',
  'changes',
  'translation',
  'faq',
  'highlights',
  'impact',
  'assessment',
  'archive',
  'previous',
  'prior',
  'certification',
  'certified',
  'truste',
  'shield',
  'blog',
  'tips',
  'kinder',
  'enfants',
  'niños',
];

/** Cookie-only documents ("Cookie Policy") are not privacy policies: without a privacy word they are skipped. */
const COOKIE_WORDS = ['cookie', 'galleta', 'témoin', 'クッキー'];

/** Path words of policy URLs: /privacy, /privacy-policy, /legal/privacy, /datenschutz, /politique-de-confidentialite… */
const PRIVACY_PATH_WORDS = [
  'privacy',
  'datenschutz',
  'data-protection',
  'dataprotection',
  'confidentialit',
  'privacidad',
  'privacidade',
  'privacybeleid',
  'integritet',
  'gizlilik',
  'personvern',
  'tietosuoja',
];
/** Path words of consent and settings pages, which a privacy word in the path does not redeem. */
const CONTROL_PATH_WORDS = ['settings', 'preferences', 'consent', 'opt-out', 'optout', 'do-not-sell', 'choices', 'dashboard'];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word list as one matcher: at a word start for spaced scripts, anywhere for the others. */
function wordMatcher(atWordStart: string[], anywhere: string[] = []): RegExp {
  const parts: string[] = [];
  if (atWordStart.length) parts.push(`(?:^|[^\\p{L}\\p{N}])(?:${atWordStart.map(escape).join('|')})`);
  if (anywhere.length) parts.push(`(?:${anywhere.map(escape).join('|')})`);
  return new RegExp(parts.join('|'), 'iu');
}

export const NAMES_PRIVACY = wordMatcher(PRIVACY_WORDS, PRIVACY_WORDS_ANYWHERE);
/** Policy words also end compounds ("Datenschutzerklärung", "integritetspolicy"): matched anywhere. */
export const NAMES_POLICY = wordMatcher([], POLICY_WORDS);
export const NAMES_CONTROL = wordMatcher(CONTROL_WORDS, CONTROL_WORDS_ANYWHERE);
export const NAMES_NARROWER = wordMatcher(NARROWER_WORDS);
/** Link text that is a bare URL ("https://www.google.com/policies/privacy"): usually a third party's, cited in prose. */
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
const NAMES_COOKIE = wordMatcher([], COOKIE_WORDS);
const PRIVACY_PATH = wordMatcher([], PRIVACY_PATH_WORDS);
const CONTROL_PATH = wordMatcher([], CONTROL_PATH_WORDS);

/**
 * A rough site key: the host's last two labels ("shop.example" for www.shop.example), the whole host
 * for an IP address. Without the public-suffix list "co.uk" hosts all share one key: then no penalty.
 */
function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname;
    return /^[\d.]+$|:/.test(host) ? host : host.split('.').slice(-2).join('.');
  } catch {
    return '';
  }
}

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname + url.search).toLowerCase();
  } catch {
    return (url.pathname + url.search).toLowerCase();
  }
}

/**
 * The score of one link, or null when it is no candidate. `text` is what the link says, `url` its
 * absolute URL; `rel` whether it carries rel="privacy-policy" (the HTML standard's own marker).
 */
export function scoreLink(
  text: string,
  url: URL,
  where: { rel: boolean; footer: boolean; header: boolean; banner: boolean; otherSite?: boolean },
): number | null {
  if (!/^https?:$/.test(url.protocol) || text.length > MAX_LINK_TEXT) return null;
  const path = decodedPath(url);
  if (NAMES_CONTROL.test(text) || CONTROL_PATH.test(path)) return null;
  const privacy = NAMES_PRIVACY.test(text);
  if (!privacy && NAMES_COOKIE.test(text)) return null;
  let score = 0;
  if (where.rel) score += 6;
  if (privacy) score += NAMES_POLICY.test(text) ? 4 : 3;
  if (PRIVACY_PATH.test(path)) score += 2;
  if (score === 0) return null;
  if (where.footer) score += 1;
  else if (where.header) score += 0.5;
  if (where.banner) score -= 1;
  if (NAMES_NARROWER.test(text)) score -= 2;
  if (URL_TEXT.test(text)) score -= 1;
  // Another site's policy (an ad network's, a platform's) is less likely the site's own; a shared legal domain still wins alone.
  if (where.otherSite) score -= 2;
  return score >= MIN_SCORE ? score : null;
}

/**
 * The page's likeliest privacy policy links, best first (at most `MAX_CANDIDATES`, one per URL).
 * `links` come from the page (`collectPageLinks`, in the content script); scoring happens here, in
 * the worker, so the word lists stay out of the content script. Malformed entries are skipped.
 */
export function rankPolicyLinks(links: readonly PageLink[], pageUrl: string): PolicyLinkCandidate[] {
  const pageSite = siteOf(pageUrl);
  const byUrl = new Map<string, PolicyLinkCandidate & { order: number }>();
  links.slice(0, MAX_PAGE_LINKS).forEach((link, order) => {
    if (!link || typeof link.text !== 'string' || typeof link.href !== 'string') return;
    let url: URL;
    try {
      url = new URL(link.href);
    } catch {
      return;
    }
    const { text, href } = link;
    const where = { rel: link.rel === true, footer: link.footer === true, header: link.header === true, banner: link.banner === true };
    const score = scoreLink(text, url, { ...where, otherSite: siteOf(url.href) !== pageSite });
    if (score === null) return;
    const known = byUrl.get(href);
    if (!known) byUrl.set(href, { text, href, score, order });
    else if (score > known.score || (!known.text && text)) {
      // One URL, several links (a <link rel> in the head and a footer anchor): the best score, a text to show.
      byUrl.set(href, { text: text || known.text, href, score: Math.max(score, known.score), order: known.order });
    }
  });
  return (
    [...byUrl.values()]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, MAX_CANDIDATES)
      // A link without words (a <link rel="privacy-policy"> in the head) is named in the UI's language.
      .map(({ text, href, score }) => ({ text: text || tOr('policy_link_default', 'Privacy policy'), href, score }))
  );
}

/** Both halves at once, on a document (tests, the CLI). */
export function findPolicyLinks(doc: Document, pageUrl: string): PolicyLinkCandidate[] {
  return rankPolicyLinks(collectPageLinks(doc, pageUrl), pageUrl);
}
