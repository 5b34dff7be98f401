/** The settings' shape and defaults (no browser API, so components and tests import them). The popup and the runtime read them; `SETTING_FIELDS` says who honours what. */
export type Settings = {
  /** Runtime: mark evidence sentences on the page (with tooltips). */
  highlightEvidence: boolean;
  /** Runtime: show the number of concerns on the toolbar icon. */
  toolbarBadge: boolean;
  /** Popup (and runtime highlights): show findings whose confidence is below `LOW_CONFIDENCE` in full. */
  showLowConfidence: boolean;
  /** Popup: list every evidence sentence instead of the first one. */
  expandEvidence: boolean;
  /** Runtime: remember each analysis (history page, "changed since you last read it"). */
  rememberPolicies: boolean;
};

export const DEFAULT_SETTINGS: Settings = {
  highlightEvidence: true,
  toolbarBadge: true,
  showLowConfidence: true,
  expandEvidence: false,
  rememberPolicies: true,
};

/** Below this a finding is shown with a "low confidence" hint. */
export const LOW_CONFIDENCE = 0.6;

/** Stored settings with defaults filled in, so a value saved by an older version never lacks a field. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (typeof stored?.[key] === 'boolean') out[key] = stored[key];
  }
  return out;
}

/** What the options page lists, in order. */
export const SETTING_FIELDS: { key: keyof Settings; label: string; hint: string }[] = [
  {
    key: 'highlightEvidence',
    label: 'Highlight evidence on the page',
    hint: 'Marks each evidence sentence in the policy, with a tooltip saying why it counts.',
  },
  {
    key: 'toolbarBadge',
    label: 'Show a badge on the toolbar icon',
    hint: 'Shows how many concerns the policy raises, without opening PolicyLens.',
  },
  {
    key: 'showLowConfidence',
    label: 'Show low-confidence findings',
    hint: 'When off, findings PolicyLens is unsure about stay folded until you open them, and are not highlighted.',
  },
  { key: 'expandEvidence', label: 'Show all evidence sentences', hint: 'Lists every supporting sentence instead of only the first one.' },
  {
    key: 'rememberPolicies',
    label: 'Remember the policies I read',
    hint: 'Keeps each analysis in this browser (address, title, date, a fingerprint of the text, the verdicts and their sentences) to show what changed next time. Nothing is sent anywhere.',
  },
];
