/** One row of a sync's summary table, by column name (`vendor`, `account`, `kind`, `seen`, …, `result`). */
export type SummaryRow = Record<string, string>;

/**
 * The rows of the summary table a sync prints on stdout (the table ends at the first blank line; the notes and
 * the duplicates line follow it). Columns are separated by two or more spaces.
 */
export function summaryRows(stdout: string): SummaryRow[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => /^vendor\s+account\s+kind\s/.test(line));
  if (start === -1) throw new Error(`no summary table in:\n${stdout}`);
  const header = lines[start]!.split(/\s{2,}/);
  const rows: SummaryRow[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") break;
    rows.push(Object.fromEntries(line.split(/\s{2,}/).map((cell, i) => [header[i], cell])));
  }
  return rows;
}

/** The summary row of one stream; throws (showing the output) when there is none. */
export function streamRow(stdout: string, vendor: string, kind: string): SummaryRow {
  const row = summaryRows(stdout).find((r) => r.vendor === vendor && r.kind === kind);
  if (!row) throw new Error(`no ${vendor} ${kind} row in:\n${stdout}`);
  return row;
}

/** A row's counts as numbers. */
export function countsOf(row: SummaryRow) {
  return {
    seen: Number(row.seen),
    inserted: Number(row.inserted),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    failed: Number(row.failed),
    notes: Number(row.notes),
  };
}
