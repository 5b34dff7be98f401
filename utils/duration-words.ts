/**
 * A retention period in the words a person uses: "5 years", "12 months", "30 days", not "1825 days".
 * The policy's own phrase wins (its evidence says "eighteen months": "18 months"); otherwise the day
 * count is read back into the largest whole unit.
 */
import { findDurations } from '../analyzer/numbers';
import { t } from './i18n';

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Amount = { n: number; unit: Unit };

const UNIT_DAYS: Record<Unit, number> = { day: 1, week: 7, month: 30, year: 365 };

/** The analyzer's days back into units: 365·n → n years, 30·n → n months, 7·n → n weeks, else days. */
export function amountOfDays(days: number): Amount {
  for (const unit of ['year', 'month', 'week'] as const) {
    if (days >= UNIT_DAYS[unit] && days % UNIT_DAYS[unit] === 0) return { n: days / UNIT_DAYS[unit], unit };
  }
  return { n: Math.round(days * 100) / 100, unit: 'day' };
}

/** The first phrase in `texts` that states exactly `days` ("thirty (30) days" → 30 days), as a number and unit. */
export function amountInEvidence(days: number, texts: string[]): Amount | null {
  for (const text of texts) {
    for (const d of findDurations(text)) {
      if (d.days !== days) continue;
      const unit = /hour/i.test(d.text) ? null : (/(day|week|month|year)s?\b/i.exec(d.text)?.[1]?.toLowerCase() as Unit | undefined);
      if (unit) return { n: Math.round((days / UNIT_DAYS[unit]) * 100) / 100, unit };
    }
  }
  return null;
}

/** "5 years", "1 month", "5 Jahre": localized through the `duration_*` messages. */
export function formatAmount({ n, unit }: Amount): string {
  return t(`duration_${unit}${n === 1 ? '' : 's'}`, n);
}

/** How the popup says a retention period of `days`, preferring the phrase the policy used. */
export function durationWords(days: number, evidenceTexts: string[] = []): string {
  return formatAmount(amountInEvidence(days, evidenceTexts) ?? amountOfDays(days));
}
