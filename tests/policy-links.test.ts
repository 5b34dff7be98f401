// @vitest-environment happy-dom
/**
 * Link finding and scoring on page footers and headers written for these tests: shops, news sites,
 * SaaS home pages, sign-up forms, cookie banners; in English and a dozen other languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import { setMessageTable } from '../utils/i18n';
import type { PageLink } from '../utils/page-links';
import {
  findPolicyLinks,
  MAX_CANDIDATES,
  MIN_SCORE,
  NAMES_CONTROL,
  NAMES_POLICY,
  NAMES_PRIVACY,
  rankPolicyLinks,
} from '../utils/worker/policy-links';

const SITE = 'https://shop.example';
const HOME = `${SITE}/`;

/** A page on shop.example with `body` inside; relative links resolve against the site. */
function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><base href="${HOME}">${head}</head><body><main><h1>Welcome</h1><p>Our products.</p></main>${body}</body></html>`,
    'text/html',
  );
}

type Case = { name: string; body: string; head?: string; best: string | null; also?: string[]; never?: string[]; url?: string };

const CASES: Case[] = [
  // English shops and services
  {
    name: 'plain footer "Privacy Policy"',
    body: '<footer><a href="/terms">Terms of Service</a> · <a href="/privacy">Privacy Policy</a> · <a href="/contact">Contact</a></footer>',
    best: '/privacy',
  },
  {
    name: 'footer "Privacy" alone',
    body: '<footer><ul><li><a href="/help">Help</a></li><li><a href="/legal/privacy">Privacy</a></li><li><a href="/careers">Careers</a></li></ul></footer>',
    best: '/legal/privacy',
  },
  {
    name: '"Privacy Notice" with an opaque path',
    body: '<footer><a href="/p/10293">Privacy Notice</a><a href="/p/10294">Conditions of Use</a></footer>',
    best: '/p/10293',
  },
  {
    name: '"Privacy Statement"',
    body: '<div class="site-footer"><a href="/en-us/privacystatement">Privacy Statement</a><a href="/en-us/trademarks">Trademarks</a></div>',
    best: '/en-us/privacystatement',
  },
  {
    name: '"Privacy & Cookies" combined',
    body: '<footer><a href="/privacy-and-cookies">Privacy &amp; Cookies</a><a href="/accessibility">Accessibility</a></footer>',
    best: '/privacy-and-cookies',
  },
  {
    name: '"Privacy and Terms" hub',
    body: '<footer><a href="https://policies.shop.example/">Privacy &amp; Terms</a></footer>',
    best: 'https://policies.shop.example/',
  },
  {
    name: 'policy on a legal subdomain',
    body: '<footer><a href="https://legal.shop-group.example/privacy-policy">Privacy Policy</a></footer>',
    best: 'https://legal.shop-group.example/privacy-policy',
  },
  {
    name: '"Your Privacy Choices" opt-out beside the policy',
    body: '<footer><a href="/privacy-choices">Your Privacy Choices</a><a href="/privacy-notice">Privacy Notice</a></footer>',
    best: '/privacy-notice',
    never: ['/privacy-choices'],
  },
  {
    name: 'CCPA "Do Not Sell or Share My Personal Information"',
    body: '<footer><a href="/dnsmpi">Do Not Sell or Share My Personal Information</a><a href="/privacy">Privacy Policy</a></footer>',
    best: '/privacy',
    never: ['/dnsmpi'],
  },
  {
    name: '"Privacy settings" only: no policy',
    body: '<footer><a href="/account/privacy-settings">Privacy settings</a><a href="/about">About</a></footer>',
    best: null,
  },
  {
    name: '"Cookie settings" javascript: link and a policy',
    body: '<footer><a href="javascript:void(0)" onclick="openCmp()">Cookie Settings</a><a href="/privacy">Privacy</a></footer>',
    best: '/privacy',
  },
  {
    name: 'href="#" "Manage preferences" button-link',
    body: '<footer><a href="#" class="ot-sdk-show-settings">Manage privacy preferences</a></footer>',
    best: null,
  },
  {
    name: 'role="button" link in a consent banner',
    body: '<div id="cookie-banner"><p>We use cookies.</p><a href="/privacy" role="button">Privacy policy</a><a href="#" role="button">Accept all</a></div>',
    best: null,
  },
  {
    name: 'consent banner link and footer link to the same policy',
    body: '<div class="cookie-consent"><a href="/privacy">Learn more in our privacy policy</a></div><footer><a href="/privacy">Privacy Policy</a></footer>',
    best: '/privacy',
  },
  {
    name: 'banner link to the policy ranks below the footer policy',
    body: '<div id="onetrust-banner-sdk"><a href="/cookie-and-privacy">Privacy Notice</a></div><footer><a href="/privacy-policy">Privacy Policy</a></footer>',
    best: '/privacy-policy',
    also: ['/cookie-and-privacy'],
  },
  {
    name: '"Cookie Policy" alone is not a privacy policy',
    body: '<footer><a href="/cookie-policy">Cookie Policy</a><a href="/imprint">Imprint</a></footer>',
    best: null,
  },
  {
    name: 'rel="privacy-policy" on an anchor with a generic text',
    body: '<footer><a rel="privacy-policy" href="/legal/doc-7">Legal</a><a href="/legal/doc-8">Terms</a></footer>',
    best: '/legal/doc-7',
  },
  {
    name: 'rel="privacy-policy" in the head',
    head: '<link rel="privacy-policy" href="/legal/data">',
    body: '<footer><a href="/about">About</a></footer>',
    best: '/legal/data',
  },
  {
    name: 'rel in the head and the same URL in the footer keeps the footer text',
    head: '<link rel="privacy-policy" href="/privacy">',
    body: '<footer><a href="/privacy">Privacy Notice</a></footer>',
    best: '/privacy',
  },
  {
    name: 'rel="nofollow privacy-policy" among several rel values',
    body: '<footer><a rel="nofollow privacy-policy" href="/pp">Data</a><a href="/blog/privacy-tips">Five privacy tips</a></footer>',
    best: '/pp',
  },
  {
    name: 'sign-up form: inline link in the consent sentence',
    body: '<form><label><input type="checkbox"> I agree to the <a href="/terms">Terms</a> and the <a href="/privacy">Privacy Policy</a></label><button>Create account</button></form>',
    best: '/privacy',
  },
  {
    name: 'header navigation link',
    body: '<header><nav><a href="/shop">Shop</a><a href="/trust/privacy">Privacy</a></nav></header>',
    best: '/trust/privacy',
  },
  {
    name: 'link back to this page is skipped',
    url: `${SITE}/privacy`,
    body: '<footer><a href="/privacy#top">Privacy Policy</a></footer>',
    best: null,
  },
  {
    name: 'mailto: privacy office is no policy link',
    body: '<footer><a href="mailto:privacy@shop.example">privacy@shop.example</a></footer>',
    best: null,
  },
  {
    name: 'a blog post about privacy in the body does not beat the footer',
    body: '<section><a href="/blog/how-we-think-about-privacy">How we think about privacy</a></section><footer><a href="/privacy-policy">Privacy Policy</a></footer>',
    best: '/privacy-policy',
  },
  {
    name: 'icon link named by aria-label',
    body: '<footer><a href="/privacy" aria-label="Privacy Policy"><svg></svg></a></footer>',
    best: '/privacy',
  },
  { name: 'a privacy-ish path with unrelated text', body: '<footer><a href="/privacy">Learn more</a></footer>', best: '/privacy' },
  {
    name: 'nothing privacy-related at all',
    body: '<footer><a href="/about">About us</a><a href="/jobs">Jobs</a><a href="/press">Press</a></footer>',
    best: null,
  },
  {
    name: 'a long sentence that links to privacy is not a footer link',
    body: `<p><a href="/story">${'Read the whole story of how our founders thought about privacy and trust while building the company from a garage '.repeat(2)}</a></p>`,
    best: null,
  },
  {
    name: 'children’s notice listed first still ranks after the plain policy',
    body: '<footer><a href="/legal/childrens-privacy">Children’s Privacy Policy</a><a href="/legal/privacy">Privacy Policy</a></footer>',
    best: '/legal/privacy',
    also: ['/legal/childrens-privacy'],
  },
  {
    name: '"Your California Privacy Rights" ranks after the notice',
    body: '<footer><a href="/privacy#california">Your California Privacy Rights</a><a href="/privacy-notice">Privacy Notice</a></footer>',
    best: '/privacy-notice',
  },
  {
    name: 'an ad network’s policy on its own site ranks after the site’s own',
    body: '<footer><a href="https://adnetwork.example/privacy-policy">AdNetwork Privacy Policy</a><a href="/privacy">Privacy</a></footer>',
    best: '/privacy',
    also: ['https://adnetwork.example/privacy-policy'],
  },
  {
    name: 'a URL as link text (a third party cited in prose) ranks after the footer link',
    body: '<p>See <a href="https://platform.example/privacy">https://platform.example/privacy</a>.</p><footer><a href="/privacy-notice">Privacy Notice</a></footer>',
    best: '/privacy-notice',
  },
  // Other languages
  {
    name: 'German "Datenschutzerklärung"',
    body: '<footer><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutzerklärung</a><a href="/agb">AGB</a></footer>',
    best: '/datenschutz',
  },
  {
    name: 'German "Datenschutz" beside "Datenschutz-Einstellungen"',
    body: '<footer><a href="#" onclick="cmp()">Datenschutz-Einstellungen</a><a href="/datenschutzhinweise">Datenschutzhinweise</a></footer>',
    best: '/datenschutzhinweise',
  },
  {
    name: 'French "Politique de confidentialité"',
    body: '<footer><a href="/mentions-legales">Mentions légales</a><a href="/politique-de-confidentialite">Politique de confidentialité</a></footer>',
    best: '/politique-de-confidentialite',
  },
  {
    name: 'French "Gérer mes cookies" and "Vie privée"',
    body: '<footer><a href="/cookies/gerer">Gérer mes cookies</a><a href="/vie-privee">Vie privée</a></footer>',
    best: '/vie-privee',
  },
  {
    name: 'Spanish "Política de privacidad"',
    body: '<footer><a href="/aviso-legal">Aviso legal</a><a href="/politica-de-privacidad">Política de privacidad</a><a href="#" id="cfg">Configuración de cookies</a></footer>',
    best: '/politica-de-privacidad',
  },
  {
    name: 'Mexican "Aviso de privacidad"',
    body: '<footer><a href="/aviso-de-privacidad">Aviso de privacidad</a><a href="/terminos">Términos y condiciones</a></footer>',
    best: '/aviso-de-privacidad',
  },
  {
    name: 'Portuguese "Política de Privacidade"',
    body: '<footer><a href="/termos">Termos de uso</a><a href="/privacidade">Política de Privacidade</a></footer>',
    best: '/privacidade',
  },
  {
    name: 'Italian "Informativa sulla privacy"',
    body: '<footer><a href="/note-legali">Note legali</a><a href="/informativa-privacy">Informativa sulla privacy</a><a href="/preferenze">Preferenze cookie</a></footer>',
    best: '/informativa-privacy',
  },
  {
    name: 'Dutch "Privacybeleid" and "Privacyverklaring"',
    body: '<footer><a href="/privacyverklaring">Privacyverklaring</a><a href="/cookie-instellingen">Cookie-instellingen</a></footer>',
    best: '/privacyverklaring',
  },
  {
    name: 'Swedish "Integritetspolicy"',
    body: '<footer><a href="/villkor">Villkor</a><a href="/integritetspolicy">Integritetspolicy</a></footer>',
    best: '/integritetspolicy',
  },
  {
    name: 'Polish "Polityka prywatności"',
    body: '<footer><a href="/regulamin">Regulamin</a><a href="/polityka-prywatnosci">Polityka prywatności</a></footer>',
    best: '/polityka-prywatnosci',
  },
  {
    name: 'Turkish "Gizlilik Politikası"',
    body: '<footer><a href="/kvkk">KVKK Aydınlatma Metni</a><a href="/gizlilik">Gizlilik Politikası</a></footer>',
    best: '/gizlilik',
  },
  {
    name: 'Russian "Политика конфиденциальности"',
    body: '<footer><a href="/oferta">Публичная оферта</a><a href="/privacy">Политика конфиденциальности</a></footer>',
    best: '/privacy',
  },
  {
    name: 'Japanese "プライバシーポリシー" beside "Cookie設定"',
    body: '<footer><a href="/company">会社概要</a><a href="/privacy">プライバシーポリシー</a><a href="#" class="cookie-settings">Cookie設定</a></footer>',
    best: '/privacy',
  },
  {
    name: 'Japanese "個人情報保護方針" with an opaque path',
    body: '<footer><a href="/policy/p1">個人情報保護方針</a><a href="/policy/p2">利用規約</a></footer>',
    best: '/policy/p1',
  },
  {
    name: 'Chinese "隐私政策"',
    body: '<footer><a href="/about">关于我们</a><a href="/legal/yszc">隐私政策</a><a href="/settings">隐私设置</a></footer>',
    best: '/legal/yszc',
    never: ['/settings'],
  },
  {
    name: 'Traditional Chinese "隱私權政策"',
    body: '<footer><a href="/terms">服務條款</a><a href="/zh-tw/p">隱私權政策</a></footer>',
    best: '/zh-tw/p',
  },
  {
    name: 'Korean "개인정보처리방침"',
    body: '<footer><a href="/terms">이용약관</a><a href="/policy/privacy">개인정보처리방침</a></footer>',
    best: '/policy/privacy',
  },
  {
    name: 'Finnish "Tietosuojaseloste"',
    body: '<footer><a href="/tietosuoja">Tietosuojaseloste</a><a href="/evasteasetukset">Evästeasetukset</a></footer>',
    best: '/tietosuoja',
  },
  {
    name: 'Czech "Zásady ochrany osobních údajů"',
    body: '<footer><a href="/obchodni-podminky">Obchodní podmínky</a><a href="/ochrana-udaju">Zásady ochrany osobních údajů</a></footer>',
    best: '/ochrana-udaju',
  },
  {
    name: 'Greek "Πολιτική απορρήτου"',
    body: '<footer><a href="/oroi">Όροι χρήσης</a><a href="/aporrito">Πολιτική απορρήτου</a></footer>',
    best: '/aporrito',
  },
  {
    name: 'Arabic "سياسة الخصوصية"',
    body: '<footer dir="rtl"><a href="/terms">الشروط والأحكام</a><a href="/privacy-ar">سياسة الخصوصية</a></footer>',
    best: '/privacy-ar',
  },
  {
    name: 'Hungarian "Adatvédelmi tájékoztató"',
    body: '<footer><a href="/aszf">ÁSZF</a><a href="/adatkezeles">Adatvédelmi tájékoztató</a></footer>',
    best: '/adatkezeles',
  },
  {
    name: 'bilingual footer keeps both, one per URL',
    body: '<footer><a href="/en/privacy">Privacy Policy</a> | <a href="/fr/confidentialite">Politique de confidentialité</a> | <a href="/en/privacy">Privacy</a></footer>',
    best: '/en/privacy',
    also: ['/fr/confidentialite'],
  },
];

const abs = (href: string) => new URL(href, HOME).href;

describe('findPolicyLinks on written page footers', () => {
  it(`has at least 40 cases`, () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  for (const c of CASES) {
    it(c.name, () => {
      const found = findPolicyLinks(page(c.body, c.head), c.url ?? HOME);
      expect(found.length).toBeLessThanOrEqual(MAX_CANDIDATES);
      expect(new Set(found.map((l) => l.href)).size).toBe(found.length);
      if (c.best === null) {
        expect(found).toEqual([]);
        return;
      }
      expect(found[0]?.href).toBe(abs(c.best));
      expect(found[0]!.text.length).toBeGreaterThan(0);
      for (const href of c.also ?? []) expect(found.map((l) => l.href)).toContain(abs(href));
      for (const href of c.never ?? []) expect(found.map((l) => l.href)).not.toContain(abs(href));
      // Best first.
      for (let i = 1; i < found.length; i++) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
    });
  }

  it('keeps the footer text when the head names the same URL by rel', () => {
    const found = findPolicyLinks(
      page('<footer><a href="/privacy">Privacy Notice</a></footer>', '<link rel="privacy-policy" href="/privacy">'),
      HOME,
    );
    expect(found[0]).toMatchObject({ text: 'Privacy Notice', href: abs('/privacy') });
  });

  it('names a link without words (a rel link in the head) in the UI language', () => {
    const head = '<link rel="privacy-policy" href="/privacy">';
    expect(findPolicyLinks(page('', head), HOME)[0]).toMatchObject({ text: 'Privacy policy', href: abs('/privacy') });
    setMessageTable(de as unknown as Record<string, string>);
    try {
      expect(findPolicyLinks(page('', head), HOME)[0]).toMatchObject({ text: 'Datenschutzerklärung', href: abs('/privacy') });
    } finally {
      setMessageTable(null);
    }
  });

  it('keeps at most three candidates, best first', () => {
    const body = `<footer>${['privacy', 'privacy-notice', 'datenschutz', 'confidentialite', 'privacidad'].map((p) => `<a href="/${p}">Privacy ${p}</a>`).join('')}</footer>`;
    expect(findPolicyLinks(page(body), HOME)).toHaveLength(MAX_CANDIDATES);
  });
});

describe('the words behind the scores', () => {
  it('privacy words: in many languages and inside compounds, not in look-alikes', () => {
    for (const text of [
      'Privacy',
      'Datenschutzerklärung',
      'Confidentialité',
      'Privacidad',
      'Privacybeleid',
      'Integritetspolicy',
      'プライバシー',
      '隐私政策',
      '개인정보처리방침',
      'Data Protection',
    ]) {
      expect(NAMES_PRIVACY.test(text), text).toBe(true);
    }
    for (const text of ['Terms of Use', 'Imprint', 'Private label', 'Prices', 'Cookie Policy'])
      expect(NAMES_PRIVACY.test(text), text).toBe(false);
  });

  it('policy words: document names, also at the end of a compound', () => {
    for (const text of [
      'Privacy Policy',
      'Privacy Notice',
      'Privacy Statement',
      'Datenschutzerklärung',
      'Aviso de privacidad',
      'Informativa',
      'ポリシー',
      '隐私政策',
    ]) {
      expect(NAMES_POLICY.test(text), text).toBe(true);
    }
    for (const text of ['Privacy', 'Datenschutz', 'Privacy Center']) expect(NAMES_POLICY.test(text), text).toBe(false);
  });

  it('control words: settings, choices and opt-outs, not the policy', () => {
    for (const text of [
      'Privacy settings',
      'Cookie Preferences',
      'Manage consent',
      'Your Privacy Choices',
      'Do Not Sell My Info',
      'Datenschutz-Einstellungen',
      'Paramètres des cookies',
      'プライバシー設定',
      '隐私设置',
    ]) {
      expect(NAMES_CONTROL.test(text), text).toBe(true);
    }
    for (const text of ['Privacy Policy', 'Datenschutzerklärung', 'Politique de confidentialité', 'Privacy Notice'])
      expect(NAMES_CONTROL.test(text), text).toBe(false);
  });
});

describe('rankPolicyLinks on any input (fixed-seed property)', () => {
  const word = fc.constantFrom(
    'Privacy',
    'Policy',
    'Datenschutz',
    'settings',
    'Cookie',
    'Terms',
    '隐私',
    'Notice',
    'Manage',
    'About',
    '',
    '<script>',
    'javascript:',
  );
  const link = fc.record({
    text: fc.oneof(
      fc.array(word, { maxLength: 5 }).map((w) => w.join(' ')),
      fc.string({ maxLength: 120 }),
    ),
    href: fc.oneof(
      fc.constantFrom(
        'https://shop.example/privacy',
        'http://shop.example/datenschutz',
        'javascript:alert(1)',
        'data:text/html,x',
        'mailto:a@b.example',
        'not a url',
        'https://shop.example/privacy-settings',
      ),
      fc.webUrl(),
    ),
    rel: fc.boolean(),
    footer: fc.boolean(),
    header: fc.boolean(),
    banner: fc.boolean(),
  });

  it('returns at most three unique http(s) candidates, best first, never a control link', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 40 }), (links) => {
        const ranked = rankPolicyLinks(links, 'https://shop.example/');
        expect(ranked.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        expect(new Set(ranked.map((c) => c.href)).size).toBe(ranked.length);
        for (const c of ranked) {
          expect(new URL(c.href).protocol).toMatch(/^https?:$/);
          expect(NAMES_CONTROL.test(c.text)).toBe(false);
          expect(c.score).toBeGreaterThanOrEqual(MIN_SCORE);
        }
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
      }),
      { numRuns: 300, seed: 1313 },
    );
  });

  it('skips malformed entries instead of throwing (the page is untrusted)', () => {
    const junk = [
      null,
      42,
      { text: 1, href: 'https://x.example/privacy' },
      { text: 'Privacy', href: null },
      { text: 'Privacy Policy', href: 'https://x.example/privacy', footer: true },
    ] as unknown as PageLink[];
    expect(rankPolicyLinks(junk, 'https://x.example/').map((c) => c.href)).toEqual(['https://x.example/privacy']);
  });
});

describe('collectPageLinks on a page with many links', () => {
  it('sends at most MAX_PAGE_LINKS, site-wide links first, so a footer policy link survives a long catalogue', async () => {
    const { collectPageLinks, MAX_PAGE_LINKS } = await import('../utils/page-links');
    const catalogue = Array.from({ length: 1000 }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a></li>`).join('');
    const doc = page(`<ul>${catalogue}</ul><footer><a href="/privacy">Privacy Policy</a></footer>`);
    const links = collectPageLinks(doc, HOME);
    expect(links).toHaveLength(MAX_PAGE_LINKS);
    expect(links[0]).toMatchObject({ href: abs('/privacy'), footer: true });
    expect(rankPolicyLinks(links, HOME)[0]?.href).toBe(abs('/privacy'));
  });
});
