import { readFile } from "node:fs/promises";
import type { Env } from "@orderbridge/core";
// The light entry points (no zod, no JSON parser): `--version` and `--help` start fast.
import { ConfigError, OrderbridgeError } from "@orderbridge/core/errors";
import { redact } from "@orderbridge/core/redact";
import { toDate } from "@orderbridge/core/time";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseDuration } from "./duration.js";
import { CliFailure, UsageError } from "./errors.js";
import { isVendorId, VENDOR_IDS, type VendorId } from "./vendor-ids.js";
import { version } from "./version.js";

// Commands are imported when they run: `orderbridge --version` or `normalize` must not pay for loading
// the store's native driver, every vendor client and the simulators (cold start is benchmarked).

/** Exit statuses, as DESIGN.md promises them. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Env;
  cwd: string;
}

function parseVendor(value: string, previous: VendorId[] = []): VendorId[] {
  for (const part of value.split(",")) {
    const vendor = part.trim();
    if (!isVendorId(vendor))
      throw new InvalidArgumentError(
        `unknown vendor ${JSON.stringify(vendor)} (one of ${VENDOR_IDS.join(", ")})`,
      );
    if (!previous.includes(vendor)) previous = [...previous, vendor];
  }
  return previous;
}

function parseTime(value: string): Date {
  try {
    return toDate(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseDurationOption(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return n;
}

function parseNonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
  return n;
}

function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError(`expected a number > 0, got ${JSON.stringify(value)}`);
  return n;
}

const dbOption = () =>
  new Option("--db <url>", "SQLite file path or postgres:// URL")
    .env("ORDERBRIDGE_DB")
    .default("./orderbridge.db");

/** Builds the `orderbridge` program; `run` parses argv and resolves to the exit status. */
export function buildProgram(io: CliIo): Command {
  const program = new Command("orderbridge")
    .description(
      "Sync orders from Yopoint, Baifude and 1card1 into SQLite or PostgreSQL, as one unified Order.",
    )
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  program
    .command("sync")
    .description("pull orders for the configured vendors into the store, incrementally and idempotently")
    .option(
      "--vendor <vendor>",
      `only these vendors (repeatable or comma-separated: ${VENDOR_IDS.join(", ")})`,
      parseVendor,
    )
    .option(
      "--since <time>",
      "start of the window (RFC 3339); default: the checkpoint less the overlap",
      parseTime,
    )
    .option("--until <time>", "end of the window (RFC 3339); default: now", parseTime)
    .addOption(dbOption())
    .option("--config <file>", "a JSON file with more vendor accounts (the environment wins)")
    .option(
      "--overlap <duration>",
      "re-read this much before the checkpoint, to catch late refunds",
      parseDurationOption,
      parseDuration("3d"),
    )
    .option(
      "--initial <duration>",
      "how far back a first sync starts without --since",
      parseDurationOption,
      parseDuration("30d"),
    )
    .option(
      "--window <duration>",
      "size of one sync window (the checkpoint's step)",
      parseDurationOption,
      parseDuration("1d"),
    )
    .option("--concurrency <n>", "windows fetched at once per vendor", parsePositiveInt, 2)
    .option("--rate-limit <rps>", "requests per second per vendor account", parsePositiveNumber, 5)
    .option("--batch-size <n>", "orders per store transaction", parsePositiveInt, 500)
    .option("--timeout <duration>", "per-request timeout", parseDurationOption, parseDuration("30s"))
    .option(
      "--window-retries <n>",
      "times a window is fetched again after a transient failure",
      parseNonNegativeInt,
      2,
    )
    .option("--include-personal-data", "store mobile numbers, open ids and IPs in the clear", false)
    .option("--include-raw", "store each vendor payload as received, in `raw`", false)
    .action(async (options) => {
      const fileAccounts = options.config ? await readConfigFile(options.config) : [];
      const { runSync } = await import("./commands/sync.js");
      const summaries = await runSync(io, { ...options, fileAccounts });
      if (summaries.some((s) => s.error))
        throw new CliFailure("some vendors did not finish; run sync again to resume");
    });

  program
    .command("export")
    .description("write the stored Orders as JSON lines (the unified Order exactly) or flat CSV")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .option("--out <file>", "write to this file instead of stdout")
    .option("--vendor <vendor>", "only these vendors", parseVendor)
    .addOption(dbOption())
    .action(async (options) => {
      const { exportOrders } = await import("./commands/export.js");
      await exportOrders(io, options);
    });

  program
    .command("normalize")
    .description(
      "read raw vendor JSON on stdin (one order, an array, or a whole API response) and write unified Orders as JSON lines",
    )
    .requiredOption(
      "--vendor <vendor>",
      `the vendor the JSON came from (${VENDOR_IDS.join(", ")})`,
      (v) => parseVendor(v)[0]!,
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
    .option("--orders <n>", "orders per simulator", parsePositiveInt, 300)
    .option("--seed <n>", "seed of the generated data", parsePositiveInt, 20240416)
    .action(async (options) => {
      const { runMock } = await import("./commands/mock.js");
      await runMock(io, options);
    });

  program
    .command("demo")
    .description("start the simulators in-process and sync all three vendors into ./orderbridge-demo.db")
    .addOption(new Option("--db <url>", "where the demo stores its orders").default("./orderbridge-demo.db"))
    .option("--orders <n>", "orders per simulator", parsePositiveInt, 300)
    .action(async (options) => {
      const { runDemo } = await import("./commands/demo.js");
      const summaries = await runDemo(io, options);
      if (summaries.some((s) => s.error)) throw new CliFailure("the demo sync did not finish");
    });

  program
    .command("serve")
    .description(
      "receive vendor notifications (POST /notify/yopoint, /notify/baifude): verify, fetch the order, store it where sync does",
    )
    .option("--port <n>", "port to listen on (0: any free port)", parseNonNegativeInt, 8080)
    .option(
      "--host <host>",
      "address to listen on (put a TLS proxy in front: vendors call HTTPS)",
      "127.0.0.1",
    )
    .addOption(dbOption())
    .option(
      "--tolerance <seconds>",
      "largest accepted |timestamp - now| of a notification",
      parsePositiveInt,
      300,
    )
    .option("--body-limit <bytes>", "largest accepted notification body", parsePositiveInt, 65536)
    .option(
      "--timeout <duration>",
      "timeout of the vendor fetches",
      parseDurationOption,
      parseDuration("30s"),
    )
    .option("--include-personal-data", "store mobile numbers, open ids and IPs in the clear (as sync)", false)
    .option("--include-raw", "store each vendor payload as received, in `raw` (as sync)", false)
    .action(async (options) => {
      const { runServe } = await import("./commands/serve.js");
      await runServe(io, options);
    });

  return program;
}

async function readConfigFile(file: string): Promise<{ vendor: VendorId; env: Env }[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`cannot read config file ${file}: ${(error as Error).message}`);
  }
  const accounts = (parsed as { accounts?: unknown }).accounts;
  if (!Array.isArray(accounts))
    throw new ConfigError(`config file ${file}: expected {"accounts": [{"vendor": "...", "env": {...}}]}`);
  return accounts.map((entry, i) => {
    const { vendor, env } = (entry ?? {}) as { vendor?: unknown; env?: unknown };
    if (typeof vendor !== "string" || !isVendorId(vendor) || typeof env !== "object" || env === null) {
      throw new ConfigError(
        `config file ${file}: accounts[${i}] needs "vendor" (${VENDOR_IDS.join(", ")}) and an "env" object`,
      );
    }
    return { vendor, env: env as Env };
  });
}

/**
 * Runs the CLI and returns its exit status: 0 success, 1 a failure the user must act on, 2 bad usage.
 * Every message is redacted on its way out.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    const message =
      error instanceof OrderbridgeError || error instanceof CliFailure || error instanceof UsageError
        ? error.message
        : describeUnexpected(error);
    io.stderr.write(`orderbridge: ${redact(message)}\n`);
    return error instanceof UsageError ? EXIT.usage : EXIT.failure;
  }
}

function describeUnexpected(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
