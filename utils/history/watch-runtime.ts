/**
 * The browser side of watching (background): turning it on and off, the weekly alarm, fetching, and extraction
 * in an offscreen document (Chrome's worker has no DOM) or the background page's own DOM (Firefox).
 * `alarms`, `offscreen` and the policy's origin are optional permissions, granted at the user's "Watch" click.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { sendMessage } from '../messages';
import { updatePolicy, watchedPolicies } from './history-store';
import { rememberAnalysis } from './remember';
import { checkWatchedPolicies, type WatchDriver } from './watch-check';
import { OPTIONAL_WATCH_PERMISSIONS, originPattern, WATCH_ALARM, watchAlarmSchedule } from './watch-schedule';

type ChromeOffscreen = {
  hasDocument?(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
};
const offscreenApi = () => (globalThis as unknown as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
const alarmsApi = () => (browser as unknown as { alarms?: typeof browser.alarms }).alarms;

async function extractHtml(html: string, url: string): Promise<{ text: string; title: string | null }> {
  // Firefox's background page has a DOM; the constant keeps Readability out of Chrome's worker bundle.
  if (import.meta.env.FIREFOX && typeof DOMParser !== 'undefined') {
    // A parsed document is inert: no script runs, nothing loads.
    const { extractPolicyText } = await import('../extract-policy-text');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const { text, title } = extractPolicyText(doc);
    return { text, title };
  }
  const offscreen = offscreenApi();
  if (!offscreen) throw new Error('this browser cannot read pages in the background');
  if (!(await offscreen.hasDocument?.().catch(() => false))) {
    await offscreen
      .createDocument({
        url: '/offscreen.html',
        reasons: ['DOM_PARSER'],
        justification: 'Read the text of a privacy policy the user chose to watch',
      })
      .catch((err: unknown) => {
        // Two checks racing: the document already exists, which is fine.
        if (!/single offscreen|already/i.test(String(err))) throw err;
      });
  }
  try {
    return await sendMessage('extractHtml', { html, url });
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}

export function browserWatchDriver(): WatchDriver {
  return {
    watched: watchedPolicies,
    updatePolicy,
    async fetchText(url) {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' });
      return {
        ok: response.ok,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    },
    extract: extractHtml,
    remember: (analysis) => rememberAnalysis(analysis, browser.runtime.getManifest().version, 'watch'),
    now: () => new Date(),
  };
}

/** Runs every watched check; a change puts "!" on the toolbar icon (every tab) until the user reads the policy. */
export async function runWatchChecks(driver: WatchDriver = browserWatchDriver()): Promise<number> {
  const results = await checkWatchedPolicies(driver);
  const changed = results.filter((r) => r.change?.state === 'changed').length;
  if (changed > 0) {
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setBadgeBackgroundColor({ color: '#b0221b' });
    await browser.action.setTitle({
      title: `PolicyLens: ${changed === 1 ? 'a watched policy has' : `${changed} watched policies have`} changed. Open History to see what changed.`,
    });
  }
  return changed;
}

let listening = false;
/** The alarm listener, registered at worker start when `alarms` is granted, and again right after it is. */
export function listenForWatchAlarm(): void {
  const alarms = alarmsApi();
  if (listening || !alarms) return;
  listening = true;
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void runWatchChecks().catch(() => undefined);
  });
}

/** After the page obtained the permissions at the user's click: mark the policy watched and schedule the check. */
export async function startWatching(url: string): Promise<{ ok: boolean; message?: string }> {
  const origin = originPattern(url);
  if (!origin || !(await browser.permissions.contains({ origins: [origin] }))) return { ok: false, message: t('watch_no_access') };
  const alarms = alarmsApi();
  if (!alarms) return { ok: false, message: t('watch_no_alarms') };
  listenForWatchAlarm();
  const since = new Date().toISOString();
  const record = await updatePolicy(url, (r) => ({ ...r, watch: r.watch ?? { since } }));
  if (!record) return { ok: false, message: t('watch_forgotten') };
  if (!(await alarms.get(WATCH_ALARM))) await alarms.create(WATCH_ALARM, watchAlarmSchedule());
  return { ok: true };
}

/** Stops watching one policy; gives back its origin when no other watched policy needs it, and the alarm when none is left. */
export async function stopWatching(url: string): Promise<void> {
  await updatePolicy(url, ({ watch: _watch, ...r }) => r);
  const watched = await watchedPolicies();
  const origin = originPattern(url);
  if (origin && !watched.some((p) => originPattern(p.url) === origin))
    await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  if (watched.length === 0) {
    await alarmsApi()?.clear(WATCH_ALARM);
    const optional = OPTIONAL_WATCH_PERMISSIONS[import.meta.env.FIREFOX ? 'firefox' : 'chrome'];
    if (optional.length) await browser.permissions.remove({ permissions: optional } as { permissions: never[] }).catch(() => false);
  }
}
