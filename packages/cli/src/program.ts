import type { Env } from "@orderbridge/core";
// The light entry points (no zod, no JSON parser): `--version` and `--help` start fast.
import { ConfigError, OrderbridgeError } from "@orderbridge/core/errors";
import { redact } from "@orderbridge/core/redact";
import { Command, CommanderError, Option } from "commander";
import { CliFailure, Interrupted, RecordsNotStored, UsageError } from "./errors.js";
import { EXIT } from "./exit.js";
import { describeFileError, readTextFile } from "./files.js";
import { commandName } from "./invocation.js";
import type { CliIo } from "./io.js";
import {
  dbArg,
  durationArg,
  integerArg,
  kindArg,
  LIMITS,
  numberArg,
  show,
  sizeArg,
  timeArg,
  vendorArg,
} from "./options.js";
import { SERVE_LIMITS } from "./serve/limits.js";
import { isVendorId, KIND_IDS, VENDOR_IDS, type VendorId } from "./vendor-ids.js";
import { version } from "./version.js";
import { WORKER_LIMITS } from "./worker/limits.js";

// Commands are imported when they run: `orderbridge --version` or `normalize` must not pay for loading
// the store's native driver, every vendor client and the simulators (cold start is benchmarked).

export { EXIT, type ExitStatus } from "./exit.js";
export type { CliIo } from "./io.js";

const dbOption = () =>
  new Option("--db <url>", "SQLite file path or postgres:// URL")
    .env("ORDERBRIDGE_DB")
    .argParser(dbArg)
    .default("./orderbridge.db");

const kindOption = (what: string) =>
  new Option(`--kind <kind>`, `${what} (repeatable or comma-separated: ${KIND_IDS.join(", ")})`).argParser(
    kindArg,
  );

const vendorOption = (what: string) =>
  new Option(
    "--vendor <vendor>",
    `${what} (repeatable or comma-separated: ${VENDOR_IDS.join(", ")})`,
  ).argParser(vendorArg);

const rangeNote = (range: { min: number; max: number }, format: (n: number) => string = String) =>
  `${format(range.min)}–${format(range.max)}`;

/** Builds the `orderbridge` program; `runCli` parses argv and resolves to the exit status. */
export function buildProgram(io: CliIo): Command {
  const name = commandName();
  const program = new Command("orderbridge")
    .usage("[options] [command]")
    .description(
      "Sync orders from Yopoint, Baifude and 1card1 into SQLite or PostgreSQL, as one unified Order.",
    )
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .addHelpText(
      "after",
      `
Durations are written as people write them: 30s, 15m, 12h, 3d (a number needs its unit).
Times: RFC 3339 with an offset (2024-04-01T08:00:00+08:00) or a date alone (2024-04-01 = midnight Beijing time).
Exit status: 0 done, 1 a failure to act on, 2 bad usage, 3 finished but some records could not be stored,
130 interrupted (SIGINT/SIGTERM; run the same command again to resume).
Example: ${name} sync --since 2024-04-01 --db ./orderbridge.db`,
    );
  // Usage lines show the command as this user runs it (`pnpm orderbridge …` in a clone of the repository).
  program.name(name);

  const L = LIMITS;
  const S = SERVE_LIMITS;
  const sync = program
    .command("sync")
    .description(
      "pull orders for the configured vendors into the store, one stream per kind of sale, incrementally and idempotently",
    )
    .addOption(vendorOption("only these vendors"))
    .addOption(kindOption("only these kinds of sale (streams); default: every kind each account offers"))
    .option(
      "--since <time>",
      "start (RFC 3339, or a date alone = midnight Beijing time); default: the checkpoint less the overlap",
      timeArg,
    )
    .option(
      "--until <time>",
      "end (RFC 3339, or a date alone = midnight Beijing time); default: now",
      timeArg,
    )
    .addOption(dbOption())
    .option("--config <file>", "a JSON file with more vendor accounts (the environment wins)")
    .addOption(
      new Option(
        "--overlap <duration>",
        `re-read this much before the checkpoint, to catch late refunds (${rangeNote(L.overlap, show.duration)})`,
      )
        .argParser(durationArg(L.overlap))
        .default(L.overlap.default, show.duration(L.overlap.default)),
    )
    .addOption(
      new Option(
        "--rescan <duration>",
        `also re-read the last <duration> before --until, even behind the checkpoints (late refunds; the checkpoints never move back) (${rangeNote(L.rescan, show.duration)})`,
      ).argParser(durationArg(L.rescan)),
    )
    .addOption(
      new Option(
        "--initial <duration>",
        `how far back a first sync starts without --since (${rangeNote(L.initial, show.duration)})`,
      )
        .argParser(durationArg(L.initial))
        .default(L.initial.default, show.duration(L.initial.default)),
    )
    .addOption(
      new Option(
        "--window <duration>",
        `size of one sync window, the checkpoint's step (${rangeNote(L.window, show.duration)})`,
      )
        .argParser(durationArg(L.window))
        .default(L.window.default, show.duration(L.window.default)),
    )
    .addOption(
      new Option(
        "--concurrency <n>",
        `windows fetched at once per vendor account (${rangeNote(L.concurrency)})`,
      )
        .argParser(integerArg(L.concurrency))
        .default(L.concurrency.default),
    )
    .addOption(
      new Option("--rate-limit <rps>", `requests per second per vendor account (${rangeNote(L.rateLimit)})`)
        .argParser(numberArg(L.rateLimit))
        .default(L.rateLimit.default),
    )
    .addOption(
      new Option("--batch-size <n>", `orders per store transaction (${rangeNote(L.batchSize)})`)
        .argParser(integerArg(L.batchSize))
        .default(L.batchSize.default),
    )
    .addOption(
      new Option("--timeout <duration>", `per-request timeout (${rangeNote(L.timeout, show.duration)})`)
        .argParser(durationArg(L.timeout))
        .default(L.timeout.default, show.duration(L.timeout.default)),
    )
    .addOption(
      new Option(
        "--window-retries <n>",
        `times a window is fetched again after a transient failure (${rangeNote(L.windowRetries)})`,
      )
        .argParser(integerArg(L.windowRetries))
        .default(L.windowRetries.default),
    )
    .option("--include-personal-data", "store mobile numbers, open ids and IPs in the clear", false)
    .option("--include-raw", "store each vendor payload as received, in `raw`", false)
    .action(async (options) => {
      const fileAccounts = options.config ? await readConfigFile(options.config) : [];
      const { runSync, syncOutcome } = await import("./commands/sync.js");
      const summaries = await runSync(io, { ...options, fileAccounts });
      syncOutcome(summaries, `${name} sync`);
    });

  program
    .command("export")
    .description("write the stored Orders as JSON lines (the unified Order exactly) or flat CSV")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .option("--out <file>", "write to this file instead of stdout")
    .option("--no-bom", "CSV: leave out the UTF-8 byte-order mark (written by default, so Excel reads UTF-8)")
    .addOption(vendorOption("only these vendors"))
    .addOption(kindOption("only these kinds of sale"))
    .addOption(dbOption())
    .action(async (options) => {
      const { exportOrders } = await import("./commands/export.js");
      await exportOrders(io, options);
    });

  program
    .command("report")
    .description(
      "write one self-contained HTML page of a period from the store (read-only): totals, daily charts, payment methods, top stores, reconciliation, vendor statements, failed records, changes",
    )
    .requiredOption("--out <file>", "the HTML file to write (e.g. report-2024-04.html)")
    .option(
      "--since <time>",
      "start (RFC 3339, or a date alone = midnight Beijing time); default: the 1st of last month",
      timeArg,
    )
    .option(
      "--until <time>",
      "end, not included (RFC 3339, or a date alone = midnight Beijing time); default: the 1st of this month",
      timeArg,
    )
    .option("--vendor <vendor>", `only this vendor (${VENDOR_IDS.join(", ")})`, vendorArg)
    .option(
      "--kind <kind>",
      "only these kinds of sale (repeatable or comma-separated: cabinet, vending, welfare_mall, online_mall, in_store)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      "--changes-since <time>",
      "list the changes to the period's orders since this time (default: the end of the period)",
      timeArg,
    )
    .addOption(dbOption())
    .action(async (options) => {
      const { runReport } = await import("./commands/report.js");
      const written = await runReport(io, options);
      io.stdout.write(
        `report written to ${written.path} (${Math.max(1, Math.round(written.bytes / 1024))} KiB)\n`,
      );
    });

  program
    .command("status")
    .description(
      "per account and stream: the checkpoint, the last run (when, result, counts), stored orders, failed records, notes, the last error",
    )
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(dbOption())
    .action(async (options) => {
      const { runStatus } = await import("./commands/status.js");
      await runStatus(io, options);
    });

  program
    .command("failed")
    .description(
      "the records that could not be stored, grouped by reason (or one JSON line each, with the payload as stored)",
    )
    .addOption(vendorOption("only these vendors"))
    .addOption(kindOption("only these kinds of sale"))
    .addOption(new Option("--format <format>", "output format").choices(["table", "jsonl"]).default("table"))
    .addOption(dbOption())
    .action(async (options) => {
      const { runFailed } = await import("./commands/failed.js");
      await runFailed(io, options);
    });

  program
    .command("replay")
    .description(
      "run the stored failed records through today's decoders, without calling any vendor; those that now decode are stored",
    )
    .addOption(vendorOption("only these vendors"))
    .addOption(kindOption("only these kinds of sale"))
    .addOption(dbOption())
    .option("--include-personal-data", "store mobile numbers, open ids and IPs in the clear (as sync)", false)
    .option("--include-raw", "store each vendor payload as received, in `raw` (as sync)", false)
    .action(async (options) => {
      const { runReplay, remaining } = await import("./commands/replay.js");
      const result = await runReplay(io, options);
      const left = remaining(result);
      if (left > 0)
        throw new RecordsNotStored(
          `${left} record(s) are still in the failed table: \`${name} failed\` lists them and why`,
        );
    });

  program
    .command("changes")
    .description(
      "the change log: when a stored order's money or status changed, which fields, before and after",
    )
    .requiredOption(
      "--since <time>",
      "changes at or after (RFC 3339, or a date alone = midnight Beijing time)",
      timeArg,
    )
    .option("--until <time>", "changes before (default: all)", timeArg)
    .addOption(vendorOption("only these vendors"))
    .addOption(kindOption("only these kinds of sale"))
    .addOption(new Option("--format <format>", "output format").choices(["table", "jsonl"]).default("table"))
    .addOption(dbOption())
    .action(async (options) => {
      const { runChanges } = await import("./commands/changes.js");
      await runChanges(io, options);
    });

  program
    .command("normalize")
    .description(
      "read raw vendor JSON on stdin (one order, an array, or a whole API response) and write unified Orders as JSON lines",
    )
    .requiredOption(
      "--vendor <vendor>",
      `the vendor the JSON came from (${VENDOR_IDS.join(", ")})`,
      (v) => vendorArg(v)[0]!,
    )
    .option("--include-personal-data", "keep mobile numbers, open ids and IPs in the clear", false)
    .option("--include-raw", "add the vendor payload as `raw`", false)
    .action(async (options) => {
      const { runNormalize } = await import("./commands/normalize.js");
      const failed = await runNormalize(io, options);
      if (failed > 0) throw new CliFailure(`${failed} record(s) could not be normalized (see above)`);
    });

  program
    .command("mock")
    .description("serve the three vendor simulators on loopback and print their base URLs and credentials")
    .addOption(
      new Option("--orders <n>", `records per kind of sale (${rangeNote(L.orders)})`)
        .argParser(integerArg(L.orders))
        .default(L.orders.default),
    )
    .addOption(
      new Option("--seed <n>", "seed of the generated data")
        .argParser(integerArg(L.seed))
        .default(L.seed.default),
    )
    .addOption(
      new Option(
        "--drift [n]",
        `drift every n-th record of each kind: a documented field missing, null, an unknown field and code — a sync stores them with notes (n: ${rangeNote(L.every)})`,
      )
        .argParser(integerArg(L.every))
        .preset("10"),
    )
    .addOption(
      new Option(
        "--bad-records [n]",
        `break every n-th record of each kind beyond repair — a sync keeps them as failed records and exits 3 (n: ${rangeNote(L.every)})`,
      )
        .argParser(integerArg(L.every))
        .preset("25"),
    )
    .action(async (options) => {
      const { runMock } = await import("./commands/mock.js");
      await runMock(io, options);
    });

  program
    .command("demo")
    .description(
      "start the simulators in-process and sync every kind of sale of all three vendors into ./orderbridge-demo.db",
    )
    .addOption(
      new Option("--db <url>", "where the demo stores its orders")
        .argParser(dbArg)
        .default("./orderbridge-demo.db"),
    )
    .addOption(
      new Option("--orders <n>", `records per kind of sale (${rangeNote(L.orders)})`)
        .argParser(integerArg(L.orders))
        .default(L.orders.default),
    )
    .action(async (options) => {
      const { runDemo } = await import("./commands/demo.js");
      const { syncOutcome } = await import("./commands/sync.js");
      const summaries = await runDemo(io, options);
      syncOutcome(summaries, `${name} demo`);
    });

  program
    .command("serve")
    .description(
      "receive vendor notifications (POST /notify/yopoint, /notify/baifude): verify, fetch the order, store it where sync does",
    )
    .addOption(
      new Option("--port <n>", "port to listen on (0: any free port)")
        .argParser(integerArg(L.port))
        .default(L.port.default),
    )
    .option(
      "--host <host>",
      "address to listen on (put a TLS proxy in front: vendors call HTTPS)",
      "127.0.0.1",
    )
    .addOption(dbOption())
    .addOption(
      new Option(
        "--tolerance <duration>",
        `largest accepted |timestamp - now| of a notification (${rangeNote(L.tolerance, show.duration)})`,
      )
        .argParser(durationArg(L.tolerance))
        .default(L.tolerance.default, show.duration(L.tolerance.default)),
    )
    .addOption(
      new Option(
        "--body-limit <size>",
        `largest accepted notification body (${rangeNote(L.bodyLimit, show.size)})`,
      )
        .argParser(sizeArg(L.bodyLimit))
        .default(L.bodyLimit.default, show.size(L.bodyLimit.default)),
    )
    .addOption(
      new Option(
        "--request-timeout <duration>",
        `time to receive a whole notification, headers and body; a slower client gets 408 and is disconnected (${rangeNote(S.requestTimeout, show.duration)})`,
      )
        .argParser(durationArg(S.requestTimeout))
        .default(S.requestTimeout.default, show.duration(S.requestTimeout.default)),
    )
    .addOption(
      new Option(
        "--headers-timeout <duration>",
        `time to receive a notification's headers, at most --request-timeout (${rangeNote(S.headersTimeout, show.duration)})`,
      )
        .argParser(durationArg(S.headersTimeout))
        .default(S.headersTimeout.default, show.duration(S.headersTimeout.default)),
    )
    .addOption(
      new Option(
        "--timeout <duration>",
        `timeout of the vendor fetches (${rangeNote(L.timeout, show.duration)})`,
      )
        .argParser(durationArg(L.timeout))
        .default(L.timeout.default, show.duration(L.timeout.default)),
    )
    .addOption(
      new Option(
        "--rate-limit <rps>",
        `requests per second per vendor account, as sync (${rangeNote(L.rateLimit)})`,
      )
        .argParser(numberArg(L.rateLimit))
        .default(L.rateLimit.default),
    )
    .addOption(
      new Option(
        "--fetch-concurrency <n>",
        `vendor fetches in flight per account; further notifications wait their turn (${rangeNote(S.fetchConcurrency)})`,
      )
        .argParser(integerArg(S.fetchConcurrency))
        .default(S.fetchConcurrency.default),
    )
    .addOption(
      new Option(
        "--drain-timeout <duration>",
        `on SIGTERM/SIGINT, how long in-flight notifications may take to finish (${rangeNote(S.drainTimeout, show.duration)})`,
      )
        .argParser(durationArg(S.drainTimeout))
        .default(S.drainTimeout.default, show.duration(S.drainTimeout.default)),
    )
    .option("--include-personal-data", "store mobile numbers, open ids and IPs in the clear (as sync)", false)
    .option("--include-raw", "store each vendor payload as received, in `raw` (as sync)", false)
    .addHelpText(
      "after",
      `
Signed notifications are acknowledged (HTTP 200) once their order is stored, unchanged, or kept as a failed
record (unreadable, or unknown to the vendor: a redelivery would not help); a failure that can pass (the
vendor's get, the store) is answered 502/503 so that the vendor delivers it again.
Exit status after SIGTERM/SIGINT: 0 stopped cleanly, 3 some notifications were kept as failed records
(\`${name} failed\` lists them), 130 the drain timeout cut in-flight notifications short.`,
    )
    .action(async (options) => {
      if (options.headersTimeout > options.requestTimeout)
        throw new UsageError(
          `--headers-timeout (${show.duration(options.headersTimeout)}) must not be longer than --request-timeout (${show.duration(options.requestTimeout)})`,
        );
      const { runServe, serveOutcome } = await import("./commands/serve.js");
      serveOutcome(await runServe(io, { ...options, tolerance: options.tolerance / 1000 }));
    });

  const W = WORKER_LIMITS;
  const worker = program
    .command("worker")
    .description(
      "keep every configured account synced on a schedule (as sync does); on PostgreSQL any number of workers share the accounts, one worker per account at a time",
    )
    .addOption(vendorOption("only these vendors"))
    .addOption(kindOption("only these kinds of sale (streams); default: every kind each account offers"))
    .option(
      "--since <time>",
      "where a stream without a checkpoint starts (RFC 3339, or a date alone = midnight Beijing time); default: --initial before now. Every later run starts at the checkpoint less the overlap",
      timeArg,
    )
    .option(
      "--until <time>",
      "with --once: sync every stream up to this time (RFC 3339, or a date alone); default: now",
      timeArg,
    )
    .addOption(dbOption())
    .option("--config <file>", "a JSON file with more vendor accounts (the environment wins)");
  // Sync's run options exactly as `sync` defines them: the worker syncs each stream as `sync` does.
  for (const option of sync.options)
    if (!["--vendor", "--kind", "--since", "--until", "--db", "--config"].includes(option.long ?? ""))
      worker.addOption(option);
  worker
    .addOption(
      new Option(
        "--every <duration>",
        `a stream is synced again once its last successful sync is this old (${rangeNote(W.every, show.duration)}; default ${show.duration(W.every.default)})`,
      ).argParser(durationArg(W.every)),
    )
    .option(
      "--once",
      "sync every stream whose checkpoint is behind --until, waiting for the accounts other workers hold, then exit",
      false,
    )
    .addOption(
      new Option(
        "--max-accounts <n>",
        `the most accounts this worker syncs at once, so a pool of workers spreads them (${rangeNote(W.maxAccounts)})`,
      )
        .argParser(integerArg(W.maxAccounts))
        .default(W.maxAccounts.default),
    )
    .addOption(
      new Option(
        "--serve-port <n>",
        "also receive vendor notifications on this port, as `serve` does (0: any free port)",
      ).argParser(integerArg(L.port)),
    )
    .addOption(
      new Option(
        "--metrics-port <n>",
        "serve GET /healthz, /readyz and /metrics (Prometheus) on this port, for the internal network (0: any free port)",
      ).argParser(integerArg(L.port)),
    )
    .option("--host <host>", "address the --serve-port and --metrics-port listen on", "127.0.0.1")
    .addHelpText(
      "after",
      `
With SQLite one worker runs per store file (a second one is refused); with PostgreSQL (--db postgres://…) run as
many as you like, on any hosts: each account is synced by one of them at a time, and a dead worker's accounts
are taken over. SIGTERM or SIGINT: the windows in progress finish, the accounts are given back, and the
worker exits 0 (with --once: 130, the pass is unfinished; the same command finishes it).
Example: ${name} worker --db postgres://orderbridge@db/orders --config accounts.json --every 15m --metrics-port 9464`,
    )
    .action(async (options) => {
      const fileAccounts = options.config ? await readConfigFile(options.config) : [];
      const { runWorkerCommand } = await import("./commands/worker.js");
      await runWorkerCommand(io, { ...options, fileAccounts });
    });

  return program;
}

async function readConfigFile(file: string): Promise<{ vendor: VendorId; env: Env }[]> {
  const text = await readTextFile(file, "config file");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${file} is not JSON: ${(error as Error).message}`);
  }
  const accounts = (parsed as { accounts?: unknown } | null)?.accounts;
  if (!Array.isArray(accounts))
    throw new ConfigError(`config file ${file}: expected {"accounts": [{"vendor": "...", "env": {...}}]}`);
  return accounts.map((entry, i) => {
    const { vendor, env } = (entry ?? {}) as { vendor?: unknown; env?: unknown };
    if (typeof vendor !== "string" || !isVendorId(vendor) || typeof env !== "object" || env === null) {
      throw new ConfigError(
        `config file ${file}: accounts[${i}] needs "vendor" (${VENDOR_IDS.join(", ")}) and an "env" object`,
      );
    }
    // Every value is text, as an environment variable is: a number (`"YOPOINT_APP_ID": 930859529955`) would lose
    // digits or leading zeros on its way to the vendor. The value itself is never echoed (it may be a secret).
    for (const [key, value] of Object.entries(env)) {
      if (typeof value === "string") continue;
      const type = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
      throw new ConfigError(
        `config file ${file}: accounts[${i}] (${vendor}): "${key}" is ${type}, not text: ` +
          `write its value in quotes, as "${key}": "…"`,
      );
    }
    return { vendor, env: env as Env };
  });
}

/**
 * Runs the CLI and returns its exit status (the `EXIT` table: 0 done, 1 a failure the user must act on,
 * 2 bad usage, 3 finished but some records could not be stored, 130 interrupted). Every message is redacted
 * on its way out; an unexpected error shows its name and message, its stack only with ORDERBRIDGE_LOG=debug.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (`--help`, `help`) is success; help shown because no command was given is bad usage.
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
      if (error.code === "commander.help") return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return EXIT.usage;
    }
    io.stderr.write(`orderbridge: ${redact(describeError(error, io.env))}\n`);
    if (error instanceof Interrupted) return EXIT.interrupted;
    if (error instanceof RecordsNotStored) return EXIT.partial;
    return error instanceof UsageError ? EXIT.usage : EXIT.failure;
  }
}

/** An error as the user reads it: ours as they are, anything else by name and message (its stack on debug). */
export function describeError(error: unknown, env: Env = {}): string {
  if (
    error instanceof OrderbridgeError ||
    error instanceof CliFailure ||
    error instanceof UsageError ||
    error instanceof Interrupted ||
    error instanceof RecordsNotStored
  )
    return error.message;
  const file = describeFileError(error);
  if (file) return file;
  if (!(error instanceof Error)) return String(error);
  const debug = env.ORDERBRIDGE_LOG?.toLowerCase() === "debug";
  if (debug && error.stack) return error.stack;
  return `${error.name}: ${error.message} (an unexpected error: ORDERBRIDGE_LOG=debug shows where it happened)`;
}
