// Imported first by main.tsx: module evaluation follows import order, so the request leaves before the view's modules run.
import { sendEarly } from '../../utils/popup/early-request';
import { createBrowserPopupApi } from '../../utils/popup/popup-api';

export const api = createBrowserPopupApi();
export const early = sendEarly(api);
