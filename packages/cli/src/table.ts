/**
 * A plain-text table: a header row and aligned columns separated by two spaces (so a column's cells may hold one
 * space, and `split(/\s{2,}/)` reads a row back). Columns listed in `right` are right-aligned (counts, money).
 *
 * @example
 * formatTable(["vendor", "count"], [["yopoint", "12"]], { right: [1] });
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { right?: readonly number[] } = {},
): string {
  const right = new Set(options.right ?? []);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [format(header), ...rows.map(format)].join("\n");
}
