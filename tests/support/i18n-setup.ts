// Unit tests run without `browser.i18n`: the UI reads the English table, as the extension's default locale.
import en from '../../locales/en.json';
import { registerFallbackMessages } from '../../utils/i18n';

registerFallbackMessages(en);
