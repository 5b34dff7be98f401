/** The history feature's words, in one place (popup banner, history page, options page); the words are in `locales/*.json`. */
import { PRACTICE_META as PRACTICES } from '../../analyzer/practice-meta';
import { t, tOr, uiLanguage } from '../../utils/i18n';
import { keyPart } from '../../utils/verdict-answers';

const practiceTable = PRACTICES as unknown as Record<
  string,
  { title: string; verdicts: Record<string, { label: string; tone: string }> } | undefined
>;

export function practiceTitle(id: string): string {
  return tOr(`practice_${keyPart(id)}_title`, practiceTable[id]?.title ?? id);
}

export function verdictLabel(practice: string, verdict: string): string {
  return tOr(`verdict_${keyPart(practice)}_${keyPart(verdict)}`, practiceTable[practice]?.verdicts[verdict]?.label ?? verdict);
}

export function verdictTone(practice: string, verdict: string): string {
  return practiceTable[practice]?.verdicts[verdict]?.tone ?? 'neutral';
}

/** "Mar 4, 2026" ("4. März 2026"): the day is what the user remembers reading it. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "1 version" / "3 versions": a count with its one and many messages. */
const counted = (n: number, one: Parameters<typeof t>[0], many: Parameters<typeof t>[0], ...more: string[]) =>
  n === 1 ? t(one, ...more) : t(many, n, ...more);

export const HISTORY_STRINGS = {
  get firstVisit() {
    return t('history_first_visit');
  },
  unchangedSince: (date: string) => t('history_unchanged_since', date),
  changedSince: (date: string) => t('history_changed_since', date),
  get wordingOnly() {
    return t('history_wording_only');
  },
  get analyzerImproved() {
    return t('history_analyzer_improved');
  },
  get verdictChanges() {
    return t('history_verdict_changes');
  },
  get added() {
    return t('history_added');
  },
  get removed() {
    return t('history_removed');
  },
  get became() {
    return t('history_became');
  },
  get openHistory() {
    return t('history_open');
  },
  get compare() {
    return t('history_compare');
  },
  // The history page.
  get title() {
    return t('history_title');
  },
  get sub() {
    return t('history_sub');
  },
  get loading() {
    return t('history_loading');
  },
  get search() {
    return t('history_search');
  },
  get exportJson() {
    return t('history_export_json');
  },
  get exportCsv() {
    return t('history_export_csv');
  },
  exported: (n: number, format: string) => counted(n, 'history_exported_one', 'history_exported', format),
  get cleared() {
    return t('history_cleared');
  },
  forget: (n: number) => counted(n, 'history_forget_one', 'history_forget'),
  get clearAll() {
    return t('history_clear_all');
  },
  get cancel() {
    return t('history_cancel');
  },
  get clearAsk() {
    return t('history_clear_ask');
  },
  get empty() {
    return t('history_empty');
  },
  get noMatch() {
    return t('history_no_match');
  },
  get listLabel() {
    return t('history_list_label');
  },
  versions: (n: number) => counted(n, 'history_versions_one', 'history_versions_many'),
  get watchedTag() {
    return t('history_tag_watched');
  },
  get changedTag() {
    return t('history_tag_changed');
  },
  get back() {
    return t('history_back');
  },
  latestReport: (date: string) => t('history_latest_report', date),
  get versionsTitle() {
    return t('history_versions_title');
  },
  lastSeen: (date: string) => t('history_last_seen', date),
  words: (n: number) => t('history_words', n.toLocaleString(uiLanguage())),
  analyzerVersion: (v: string | number) => t('history_analyzer_version', v),
  get unseen() {
    return t('history_unseen');
  },
  get older() {
    return t('history_older');
  },
  get olderVersion() {
    return t('history_older_version');
  },
  get newer() {
    return t('history_newer');
  },
  get newerVersion() {
    return t('history_newer_version');
  },
  get textDiffers() {
    return t('history_text_differs');
  },
  get sameText() {
    return t('history_same_text');
  },
  get practice() {
    return t('history_practice');
  },
  get noEvidenceChange() {
    return t('history_no_evidence_change');
  },
  // The options page's section.
  get optionsOpen() {
    return t('history_options_open');
  },
  get optionsText() {
    return t('history_options_text');
  },
  get optionsClear() {
    return t('history_options_clear');
  },
  get optionsCleared() {
    return t('history_options_cleared');
  },
  get optionsClearFailed() {
    return t('history_options_clear_failed');
  },
  // Watching.
  get watchTitle() {
    return t('watch_title');
  },
  watchStopped: (host: string) => t('watch_stopped', host),
  get watchStarted() {
    return t('watch_started');
  },
  watchSince: (since: string, checked?: string) => (checked ? t('watch_since_checked', since, checked) : t('watch_since', since)),
  watchOff: (url: string, host: string) => t('watch_off', url, host),
  watchLastFailed: (error: string) => t('watch_last_failed', error),
  get watchStop() {
    return t('watch_stop');
  },
  get watchStart() {
    return t('watch_start');
  },
};
