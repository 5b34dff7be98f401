import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { earlyBrowserApi } from '../utils/popup/early-browser-api';
import { publishEarly, sendEarly } from '../utils/popup/early-request';

// A classic script in the popup's <head>: it runs as the popup's HTML is parsed, before the modules are fetched, so
// the request and the page's reading start then (utils/popup/early-request.ts).
export default defineUnlistedScript(() => publishEarly(sendEarly(earlyBrowserApi())));
