// The light entry points (no zod, no JSON parser): `--version` and `--help` start fast.
import { shanghaiLocalToDate, toDate } from "@orderbridge/core/time";
import { InvalidArgumentError } from "commander";
import { formatDuration, formatSize, parseDuration, parseSize } from "./duration.js";
import { UsageError } from "./errors.js";
import {
  isKindId,
  isVendorId,
  KIND_IDS,
  KINDS_OF_VENDOR,
  type KindId,
  VENDOR_IDS,
  type VendorId,
  vendorOfKind,
} from "./vendor-ids.js";

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Every duration and count option's range and default. A value outside its range is bad usage (exit 2)
 * before anything runs: `--window 0` would otherwise plan windows forever, `--timeout 0` abort every
 * request, `--concurrency 100000` open that many sockets.
 */
export const LIMITS = {
  overlap: { min: 0, max: 366 * DAY, default: 3 * DAY },
  rescan: { min: MINUTE, max: 3660 * DAY, default: 0 },
  initial: { min: MINUTE, max: 3660 * DAY, default: 30 * DAY },
  window: { min: MINUTE, max: 366 * DAY, default: DAY },
  timeout: { min: 100, max: 10 * MINUTE, default: 30_000 },
  concurrency: { min: 1, max: 32, default: 2 },
  rateLimit: { min: 0.1, max: 1_000_000, default: 5 },
  batchSize: { min: 1, max: 10_000, default: 500 },
  windowRetries: { min: 0, max: 10, default: 2 },
  tolerance: { min: 1000, max: DAY, default: 5 * MINUTE },
  bodyLimit: { min: 1024, max: 16 * 1024 * 1024, default: 64 * 1024 },
  port: { min: 0, max: 65_535, default: 8080 },
  orders: { min: 1, max: 100_000, default: 300 },
  seed: { min: 1, max: 2 ** 31 - 1, default: 20240416 },
  every: { min: 1, max: 100_000, default: 10 },
} as const;

type Range = { min: number; max: number };

/** A duration option's parser: `parseDuration`, then the range. */
export function durationArg(range: Range): (value: string) => number {
  return (value) => {
    let ms: number;
    try {
      ms = parseDuration(value);
    } catch (error) {
      throw new InvalidArgumentError(`${(error as Error).message}.`);
    }
    if (ms < range.min || ms > range.max)
      throw new InvalidArgumentError(
        `It must be from ${formatDuration(range.min)} to ${formatDuration(range.max)}.`,
      );
    return ms;
  };
}

/** A size option's parser (`64KiB`, `65536`), then the range. */
export function sizeArg(range: Range): (value: string) => number {
  return (value) => {
    let bytes: number;
    try {
      bytes = parseSize(value);
    } catch (error) {
      throw new InvalidArgumentError(`${(error as Error).message}.`);
    }
    if (bytes < range.min || bytes > range.max)
      throw new InvalidArgumentError(`It must be from ${formatSize(range.min)} to ${formatSize(range.max)}.`);
    return bytes;
  };
}

/** A whole-number option's parser, with its range. */
export function integerArg(range: Range): (value: string) => number {
  return (value) => {
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < range.min || n > range.max)
      throw new InvalidArgumentError(`It must be a whole number from ${range.min} to ${range.max}.`);
    return n;
  };
}

/** A number option's parser (fractions allowed), with its range. */
export function numberArg(range: Range): (value: string) => number {
  return (value) => {
    const n = Number(value.trim());
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < range.min || n > range.max)
      throw new InvalidArgumentError(`It must be a number from ${range.min} to ${range.max}.`);
    return n;
  };
}

/** `--vendor`: repeatable and comma-separated. */
export function vendorArg(value: string, previous: VendorId[] = []): VendorId[] {
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

/** `--kind`: repeatable and comma-separated, each one of the kinds of sale. */
export function kindArg(value: string, previous: KindId[] = []): KindId[] {
  for (const part of value.split(",")) {
    const kind = part.trim();
    if (!isKindId(kind))
      throw new InvalidArgumentError(`unknown kind ${JSON.stringify(kind)} (one of ${KIND_IDS.join(", ")})`);
    if (!previous.includes(kind)) previous = [...previous, kind];
  }
  return previous;
}

/**
 * Refuses `--kind` values that none of the `--vendor` values offers (`--vendor baifude --kind vending`): such a
 * filter could only ever match nothing, which is a mistake rather than a question.
 */
export function checkKinds(
  vendors: readonly VendorId[] | undefined,
  kinds: readonly KindId[] | undefined,
): void {
  if (!vendors?.length || !kinds?.length) return;
  const stray = kinds.filter((kind) => !vendors.includes(vendorOfKind(kind)));
  if (stray.length === 0) return;
  const offered = vendors.map((vendor) => `${vendor}: ${KINDS_OF_VENDOR[vendor].join(", ")}`).join("; ");
  throw new UsageError(
    `--kind ${stray.join(",")} is not offered by --vendor ${vendors.join(",")} (${offered}); ` +
      `${stray.map((kind) => `${kind} is ${vendorOfKind(kind)}'s`).join(", ")}`,
  );
}

/**
 * `--since`/`--until`: an RFC 3339 time with an offset, or a date alone (`2024-04-01`), which means
 * midnight Beijing time (UTC+8) as finance means a day. A time without an offset is refused, not guessed.
 */
export function timeArg(value: string): Date {
  const text = value.trim();
  try {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? shanghaiLocalToDate(text) : toDate(text);
  } catch (error) {
    throw new InvalidArgumentError(
      `${(error as Error).message}; or a date alone (2024-04-01, midnight Beijing time)`,
    );
  }
}

/**
 * `--db`: a SQLite file path (`sqlite:` prefix optional, `:memory:` for a throwaway store) or a
 * `postgres://`/`postgresql://` URL. Anything else that looks like a URL (`postgresql:/oops`, `mysql://…`) is
 * refused: taken as a file name it would silently create a SQLite file called that.
 */
export function dbArg(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === "sqlite") return value;
  if ((scheme === "postgres" || scheme === "postgresql") && /^postgres(ql)?:\/\/[^/]/i.test(value))
    return value;
  // A UsageError, not commander's InvalidArgumentError: commander would echo the whole value, and the rest of
  // a database URL may hold a password. Only the scheme is shown.
  throw new UsageError(
    `--db starts with "${scheme}:" but is neither a postgres:// URL (postgres://user@host:5432/db) nor a SQLite file path`,
  );
}

/** How a default reads in `--help`: as people write it. */
export const show = {
  duration: (ms: number) => formatDuration(ms),
  size: (bytes: number) => formatSize(bytes),
};
