import { formatFenAsYuan } from "@orderbridge/core";
import cliProgress from "cli-progress";
import type { SyncReporter, VendorSummary } from "./sync.js";

/**
 * A progress display: bars on a terminal (cli-progress — maintained, handles redraws and multiple
 * bars), plain lines otherwise so logs and CI output stay readable.
 */
export function createReporter(
  stream: NodeJS.WriteStream | NodeJS.WritableStream,
  interactive: boolean,
): SyncReporter & {
  stop(): void;
} {
  if (!interactive) {
    const line = (text: string) => stream.write(`${text}\n`);
    return {
      start: (s) =>
        line(`${s.vendor} ${s.account}: syncing ${s.since} .. ${s.until} in ${s.windows} window(s)`),
      window: (s, w) =>
        line(
          `${s.vendor} ${s.account}: window ${w.since.toISOString()} .. ${w.until.toISOString()}: ${w.orders} order(s)`,
        ),
      finish: (s) =>
        line(
          s.error
            ? `${s.vendor} ${s.account}: stopped: ${s.error}`
            : s.interrupted
              ? `${s.vendor} ${s.account}: interrupted: ${s.seen} seen, ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`
              : `${s.vendor} ${s.account}: done: ${s.seen} seen, ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`,
        ),
      stop: () => {},
    };
  }
  const multibar = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WriteStream,
      clearOnComplete: false,
      hideCursor: true,
      format: " {vendor} |{bar}| {value}/{total} windows | {seen} orders, {failed} failed",
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  const key = (s: VendorSummary) => `${s.vendor}:${s.account}`;
  const payload = (s: VendorSummary) => ({ vendor: s.vendor.padEnd(8), seen: s.seen, failed: s.failed });
  let windowsDone = new Map<string, number>();
  let stopped = false;
  return {
    start: (s) => bars.set(key(s), multibar.create(Math.max(1, s.windows), 0, payload(s))),
    window: (s) => {
      const n = (windowsDone.get(key(s)) ?? 0) + 1;
      windowsDone.set(key(s), n);
      bars.get(key(s))?.update(n, payload(s));
    },
    finish: (s) => {
      const bar = bars.get(key(s));
      if (bar && !s.error && !s.interrupted) bar.update(Math.max(1, s.windows), payload(s));
    },
    stop: () => {
      // Called before the summary is printed and again on the way out; a second stop would redraw.
      if (stopped) return;
      stopped = true;
      multibar.stop();
      windowsDone = new Map();
    },
  };
}

/** The final summary, one row per vendor account. */
export function formatSummary(summaries: readonly VendorSummary[]): string {
  const header = [
    "vendor",
    "account",
    "seen",
    "inserted",
    "updated",
    "unchanged",
    "failed",
    "paid (yuan)",
    "refunded (yuan)",
    "result",
  ];
  const rows = summaries.map((s) => [
    s.vendor,
    s.account,
    String(s.seen),
    String(s.inserted),
    String(s.updated),
    String(s.unchanged),
    String(s.failed),
    formatFenAsYuan(s.paidAmount),
    formatFenAsYuan(s.refundedAmount),
    s.error
      ? `error: ${s.error}`
      : s.interrupted
        ? "interrupted (resumes from the checkpoint)"
        : s.warnings
          ? `ok (${s.warnings} warning(s))`
          : "ok",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 8 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [format(header), ...rows.map(format)].join("\n");
}
