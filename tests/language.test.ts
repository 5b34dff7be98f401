import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../analyzer/language';

const english = 'We collect the information you give us when you create an account, and we use it to provide the service. We do not sell your personal information to anyone. You can ask us to delete your data at any time by writing to us.';
const german = 'Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Wir behandeln Ihre personenbezogenen Daten vertraulich und entsprechend der gesetzlichen Datenschutzvorschriften sowie dieser Datenschutzerklärung. Die Nutzung unserer Website ist in der Regel ohne Angabe personenbezogener Daten möglich.';
const french = "Nous accordons une grande importance à la protection de vos données personnelles. Cette politique de confidentialité explique comment nous collectons, utilisons et partageons vos informations lorsque vous utilisez notre site. Nous ne vendons pas vos données.";

describe('guessLanguage', () => {
  it('recognises English prose', () => expect(guessLanguage(english).language).toBe('en'));
  it('recognises German and French policies as not English', () => {
    expect(guessLanguage(german).language).toBe('other');
    expect(guessLanguage(french).language).toBe('other');
  });
  it('recognises text in another script, even short', () => {
    expect(guessLanguage('当社はお客様の個人情報を第三者に販売しません。お客様の情報を大切に扱います。当社はお客様の個人情報を保護します。').language).toBe('other');
    expect(guessLanguage('Мы не продаём ваши персональные данные третьим лицам и храним их не дольше года.').language).toBe('other');
  });
  it('gives very short Latin text the benefit of the doubt', () => expect(guessLanguage('Privacy Policy').language).toBe('en'));
});
