/**
 * The one rule for "is this shown as a report": the analyzer found a policy, or the user chose
 * "analyze anyway" (forced). Only then are its highlights drawn, its badge set and the popup's report shown.
 */
export function showsReport(report: { isPolicy: boolean }, forced: boolean): boolean {
  return report.isPolicy || forced;
}
