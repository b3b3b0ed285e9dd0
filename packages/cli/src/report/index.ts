import type { Store } from "@orderbridge/store";
import { collectReport, type ReportOptions } from "./data.js";
import { renderReport } from "./html.js";

export { collectReport, describeSource, type ReportData, type ReportOptions } from "./data.js";
export { renderReport } from "./html.js";
export { beijingDate, describePeriod, lastFullMonth, reportPeriod } from "./period.js";
export { mountReport, type ReportRouteOptions } from "./route.js";
export { recordStatements } from "./statements.js";

/**
 * One self-contained HTML report of `store` for the period and filters of `options` (see `ReportOptions`):
 * what `orderbridge report` writes and `GET /report` answers.
 *
 * @example
 * const store = await openStore("./orderbridge.db", { readOnly: true });
 * const page = await buildReport(store, { ...lastFullMonth(new Date()) }, { now: new Date(), version, source: "./orderbridge.db" });
 */
export async function buildReport(
  store: Store,
  options: ReportOptions,
  about: { now: Date; version: string; source: string },
): Promise<string> {
  return renderReport(await collectReport(store, options, about));
}
