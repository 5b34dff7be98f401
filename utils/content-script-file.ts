/** The content script as built by WXT (registration: 'runtime'), injected only on the user's click (worker or popup). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
