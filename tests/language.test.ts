import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index';
import { guessLanguage } from '../analyzer/language';

const english =
  'We collect the information you give us when you create an account, and we use it to provide the service. We do not sell your personal information to anyone. You can ask us to delete your data at any time by writing to us, and we will answer within thirty days of your request.';
const german =
  'Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Wir behandeln Ihre personenbezogenen Daten vertraulich und entsprechend der gesetzlichen Datenschutzvorschriften sowie dieser Datenschutzerklärung. Die Nutzung unserer Website ist in der Regel ohne Angabe personenbezogener Daten möglich. Wir verkaufen Ihre Daten nicht, und Kinder unter 16 Jahren dürfen den Dienst nicht nutzen.';
const french =
  "Nous accordons une grande importance à la protection de vos données personnelles. Cette politique de confidentialité explique comment nous collectons, utilisons et partageons vos informations lorsque vous utilisez notre site. Nous ne vendons pas vos données. Vous pouvez exercer vos droits d'accès et de suppression en nous contactant par e-mail à tout moment.";

describe('guessLanguage', () => {
  it('recognises English prose', () => expect(guessLanguage(english)).toBe('en'));
  it('names German and French policies', () => {
    expect(guessLanguage(german)).toBe('de');
    expect(guessLanguage(french)).toBe('fr');
  });
  it('recognises text in another script, even short', () => {
    expect(
      guessLanguage('当社はお客様の個人情報を第三者に販売しません。お客様の情報を大切に扱います。当社はお客様の個人情報を保護します。'),
    ).toBe('ja');
    expect(guessLanguage('Мы не продаём ваши персональные данные третьим лицам и храним их не дольше одного года.')).toBe('und');
  });
  it('does not guess from too little Latin text', () => expect(guessLanguage('Privacy Policy')).toBeNull());
});

describe('analyze on a text that is not English', () => {
  it('gives no verdicts and says why, instead of inventing findings', () => {
    const report = analyze(german);
    expect(report.language).toBe('de');
    for (const finding of Object.values(report.practices)) {
      expect(finding.verdict).toBe('not-mentioned');
      expect(finding.evidence).toEqual([]);
      expect(finding.summary).toMatch(/not in English/);
    }
  });
  it('reports English text as English and analyzes it', () => {
    const report = analyze(english);
    expect(report.language).toBe('en');
    expect(report.practices.selling.verdict).toBe('does-not-sell');
  });
});

describe('a policy that is mostly a table', () => {
  it('is not mistaken for another language', () => {
    const table = Array.from({ length: 30 }, (_, i) => `_ga${i}\tGoogle\tAnalytics\t2 years`).join('\n');
    expect(guessLanguage(table)).toBeNull();
    expect(analyze(`Cookie Policy\n${table}`).practices.tracking.verdict).toBe('third-party');
  });
});
