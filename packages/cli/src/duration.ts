/**
 * Durations and sizes as people write them (`30s`, `3d`, `64KiB`): the one parser and the one formatter
 * every option, every `--help` default and every message goes through.
 */

const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
type DurationUnit = keyof typeof DURATION_UNITS;

const DURATION_EXAMPLES = "e.g. 30s, 15m, 12h, 7d";

/**
 * Parses `90s`, `15m`, `1.5h`, `7d`, `500ms` into milliseconds. A number needs its unit — `--timeout 30`
 * could mean seconds or milliseconds, so it is refused rather than guessed at — except `0`, which means
 * the same in every unit.
 *
 * @example
 * parseDuration("3d"); // 259200000
 */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(trimmed);
  if (!match) throw new Error(`not a duration: ${JSON.stringify(text)} (${DURATION_EXAMPLES})`);
  const amount = Number(match[1]);
  const unit = match[2] as DurationUnit | undefined;
  if (!unit) {
    if (amount === 0) return 0;
    throw new Error(
      `${JSON.stringify(text)} needs a unit: ${match[1]}s, ${match[1]}m, ${match[1]}h or ${match[1]}d (or ${match[1]}ms)`,
    );
  }
  const ms = amount * DURATION_UNITS[unit];
  if (!Number.isInteger(ms))
    throw new Error(`not a whole number of milliseconds: ${JSON.stringify(text)} (${DURATION_EXAMPLES})`);
  return ms;
}

/**
 * Formats milliseconds the way {@link parseDuration} reads them, in the largest whole unit.
 *
 * @example
 * formatDuration(259_200_000); // "3d"
 * formatDuration(90_000); // "90s"
 */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0";
  for (const unit of ["d", "h", "m", "s"] as const) {
    if (ms % DURATION_UNITS[unit] === 0) return `${ms / DURATION_UNITS[unit]}${unit}`;
  }
  return `${ms}ms`;
}

const SIZE_UNITS = { B: 1, KiB: 1024, MiB: 1024 * 1024 } as const;

/**
 * Parses a size in bytes: `65536`, `64KiB` (also `64k`, `64KB`), `1MiB` (`1m`, `1MB`). Binary units:
 * what a body limit means is bytes on the wire, and people mean 1024 when they write `64k` there.
 */
export function parseSize(text: string): number {
  const match = /^(\d+)\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${JSON.stringify(text)} (e.g. 65536, 64KiB, 1MiB)`);
  const unit = (match[2] ?? "b").toLowerCase();
  const factor = unit.startsWith("k") ? SIZE_UNITS.KiB : unit.startsWith("m") ? SIZE_UNITS.MiB : 1;
  return Number(match[1]) * factor;
}

/** Formats bytes the way {@link parseSize} reads them, in the largest whole unit (`64KiB`). */
export function formatSize(bytes: number): string {
  for (const unit of ["MiB", "KiB"] as const) {
    if (bytes > 0 && bytes % SIZE_UNITS[unit] === 0) return `${bytes / SIZE_UNITS[unit]}${unit}`;
  }
  return String(bytes);
}
