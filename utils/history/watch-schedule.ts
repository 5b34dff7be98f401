/**
 * When watched policies are fetched again: once a week, the first check a random 6–8 days after watching
 * starts, so that users' checks do not all reach a site at the same moment.
 */
export const WATCH_ALARM = 'policylens-watch';
export const WEEK_MINUTES = 7 * 24 * 60;

export function watchAlarmSchedule(random: () => number = Math.random): { delayInMinutes: number; periodInMinutes: number } {
  return { delayInMinutes: Math.round(WEEK_MINUTES * (6 / 7 + (2 / 7) * random())), periodInMinutes: WEEK_MINUTES };
}

/** The host permission that lets the worker fetch one policy: its origin only. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Chrome: asked for at the "Watch" click; Firefox cannot make `alarms` optional, so it has it from install. */
export const OPTIONAL_WATCH_PERMISSIONS = { chrome: ['alarms', 'offscreen'], firefox: [] as string[] };

/** What the browser is asked for at the "Watch" click: the policy's origin, plus on Chrome the alarms and offscreen document it takes. */
export function watchPermissions(url: string, firefox: boolean): { origins: string[]; permissions: string[] } | null {
  const origin = originPattern(url);
  return origin ? { origins: [origin], permissions: OPTIONAL_WATCH_PERMISSIONS[firefox ? 'firefox' : 'chrome'] } : null;
}
