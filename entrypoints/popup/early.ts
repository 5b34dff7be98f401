// Imported first by main.tsx: the request the head script sent (entrypoints/popup-early.ts), or, without it, one sent
// now, before the view's modules are evaluated.
import { sendEarly, takeEarly } from '../../utils/popup/early-request';
import { createBrowserPopupApi } from '../../utils/popup/popup-api';

export const api = createBrowserPopupApi();
export const early = takeEarly() ?? sendEarly(api);
