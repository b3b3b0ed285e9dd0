/** Beijing time is UTC+8 all year (no daylight saving since 1991): what finance means by a day. */
const BEIJING_MS = 8 * 3_600_000;

export interface ReportPeriod {
  since: Date;
  until: Date;
}

/**
 * The last full calendar month before `now`, Beijing time: [the 1st of last month, the 1st of this month),
 * each at midnight Beijing time. Run on 2024-05-01 00:30 Beijing time it gives April 2024.
 */
export function lastFullMonth(now: Date): ReportPeriod {
  const local = new Date(now.getTime() + BEIJING_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return {
    since: new Date(Date.UTC(year, month - 1, 1) - BEIJING_MS),
    until: new Date(Date.UTC(year, month, 1) - BEIJING_MS),
  };
}

/**
 * The period asked for: `since`/`until` when given, the rest from the last full month before `now`
 * (`--since` alone runs to the end of that month, or to `now` when it starts later; `--until` alone starts a
 * calendar month before it).
 */
export function reportPeriod(now: Date, since?: Date, until?: Date): ReportPeriod {
  const month = lastFullMonth(now);
  if (since === undefined && until === undefined) return month;
  if (since !== undefined && until !== undefined) return { since, until };
  if (since !== undefined) return { since, until: since < month.until ? month.until : now };
  const end = until!;
  const local = new Date(end.getTime() + BEIJING_MS);
  local.setUTCMonth(local.getUTCMonth() - 1);
  return { since: new Date(local.getTime() - BEIJING_MS), until: end };
}

/** A time as a Beijing date, `YYYY-MM-DD`. */
export function beijingDate(time: Date | string): string {
  return new Date(new Date(time).getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

/** A time in Beijing time, `YYYY-MM-DD HH:mm:ss`. */
export function beijingTime(time: Date | string): string {
  return new Date(new Date(time).getTime() + BEIJING_MS).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * The period as finance reads it: `2024-04-01 – 2024-04-30` when it runs from a Beijing midnight to a
 * Beijing midnight (the last day shown is the day before `until`), else both times in Beijing time.
 */
export function describePeriod(period: ReportPeriod): string {
  const midnight = (d: Date) => (d.getTime() + BEIJING_MS) % 86_400_000 === 0;
  if (midnight(period.since) && midnight(period.until)) {
    const last = beijingDate(new Date(period.until.getTime() - 1));
    const first = beijingDate(period.since);
    return first === last ? first : `${first} – ${last}`;
  }
  return `${beijingTime(period.since)} – ${beijingTime(period.until)} (Beijing time)`;
}
