const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `90s`, `15m`, `12h`, `7d` (or plain milliseconds) into milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: ${JSON.stringify(text)} (use e.g. 30s, 15m, 12h, 7d)`);
  return Number(match[1]) * UNITS[match[2] ?? "ms"]!;
}

/** Formats milliseconds the way parseDuration reads them, in the largest whole unit. */
export function formatDuration(ms: number): string {
  for (const unit of ["d", "h", "m", "s"] as const) {
    if (ms % UNITS[unit]! === 0 && ms >= UNITS[unit]!) return `${ms / UNITS[unit]!}${unit}`;
  }
  return `${ms}ms`;
}
