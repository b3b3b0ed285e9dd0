import { formatFenAsYuan } from "@orderbridge/core";
import cliProgress from "cli-progress";
import type { StreamSummary, SyncReporter } from "./sync.js";
import { formatTable } from "./table.js";

/** How a stream is named in progress lines: vendor, account, kind. */
const streamName = (s: StreamSummary) => `${s.vendor} ${s.account} ${s.kind}`;

const counts = (s: StreamSummary) =>
  `${s.seen} seen, ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed, ${s.notes} note(s)`;

/**
 * A progress display, one line (or bar) per stream: bars on a terminal (cli-progress — maintained, handles
 * redraws and multiple bars), plain lines otherwise so logs and CI output stay readable.
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
      start: (s) => line(`${streamName(s)}: syncing ${s.since} .. ${s.until} in ${s.windows} window(s)`),
      window: (s, w) =>
        line(
          `${streamName(s)}: window ${w.since.toISOString()} .. ${w.until.toISOString()}: ${w.orders} order(s)`,
        ),
      finish: (s) =>
        line(
          s.error
            ? `${streamName(s)}: stopped: ${s.error}`
            : s.interrupted
              ? `${streamName(s)}: interrupted: ${counts(s)}`
              : `${streamName(s)}: done: ${counts(s)}`,
        ),
      stop: () => {},
    };
  }
  const multibar = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WriteStream,
      clearOnComplete: false,
      hideCursor: true,
      format: " {stream} |{bar}| {value}/{total} windows | {seen} orders, {failed} failed",
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  const key = (s: StreamSummary) => JSON.stringify([s.vendor, s.account, s.kind]);
  const payload = (s: StreamSummary) => ({
    stream: `${s.vendor} ${s.kind}`.padEnd(20),
    seen: s.seen,
    failed: s.failed,
  });
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

/** How a stream's run ended, in the summary's `result` column. */
export function resultText(s: StreamSummary): string {
  if (s.error) return `error: ${s.error}`;
  if (s.interrupted) return "interrupted (resumes from the checkpoint)";
  if (s.failed > 0) return "failed records";
  return "ok";
}

/**
 * The final summary: one row per stream (vendor, account, kind) with its counts and the sums of paid and refunded
 * money of the orders read that count (an Order with `duplicateOf` records a sale another Order counts), then,
 * when there are any, the notes by vendor, kind, field and code, and what was left out of the sums.
 */
export function formatSummary(summaries: readonly StreamSummary[]): string {
  const header = [
    "vendor",
    "account",
    "kind",
    "seen",
    "inserted",
    "updated",
    "unchanged",
    "failed",
    "notes",
    "paid (yuan)",
    "refunded (yuan)",
    "result",
  ];
  const rows = summaries.map((s) => [
    s.vendor,
    s.account || "-",
    s.kind,
    String(s.seen),
    String(s.inserted),
    String(s.updated),
    String(s.unchanged),
    String(s.failed),
    String(s.notes),
    formatFenAsYuan(s.paidAmount),
    formatFenAsYuan(s.refundedAmount),
    resultText(s),
  ]);
  const out = [formatTable(header, rows, { right: [3, 4, 5, 6, 7, 8, 9, 10] })];
  const notes = summaries.flatMap((s) =>
    s.noteTallies.map((t) => [s.vendor, s.kind, t.field ?? "-", t.code, String(t.count)]),
  );
  if (notes.length > 0) {
    out.push(
      "",
      "notes (the vendor's data differs from its spec; these orders are stored, each with its notes):",
      indent(formatTable(["vendor", "kind", "field", "code", "count"], notes, { right: [4] })),
    );
  }
  const duplicates = summaries.filter((s) => s.duplicates > 0);
  if (duplicates.length > 0) {
    out.push(
      "",
      `not in paid/refunded: ${duplicates
        .map((s) => `${s.duplicates} ${s.vendor} ${s.kind} order(s)`)
        .join(", ")} record a sale another Order counts (duplicateOf)`,
    );
  }
  return out.join("\n");
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
