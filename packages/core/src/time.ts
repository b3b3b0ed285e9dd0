import { ParseError } from "./errors.js";

/** Beijing time has been UTC+8 with no daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const DATE_ONLY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const RFC3339_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * Converts a vendor's Beijing-local `yyyy-MM-dd HH:mm:ss` (a `T` separator, fractions of a second and
 * a bare `yyyy-MM-dd` are also accepted) to an RFC 3339 UTC string.
 *
 * @example
 * shanghaiLocalToUtc("2024-04-16 14:51:02"); // "2024-04-16T06:51:02.000Z"
 * shanghaiLocalToUtc("2024-04-17 03:00:00"); // "2024-04-16T19:00:00.000Z" (crosses midnight)
 */
export function shanghaiLocalToUtc(local: string): string {
  return shanghaiLocalToDate(local).toISOString();
}

/** As {@link shanghaiLocalToUtc}, returning a Date. */
export function shanghaiLocalToDate(local: string): Date {
  const match = LOCAL_PATTERN.exec(local) ?? DATE_ONLY_PATTERN.exec(local);
  if (!match) throw new ParseError("not a Beijing local time (yyyy-MM-dd HH:mm:ss expected)", local);
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((p) => Number(p ?? 0));
  const millis = Number((match[7] ?? "").padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(year!, month! - 1, day!, hour, minute, second, millis);
  const check = new Date(utc);
  // Date.UTC silently rolls 2024-02-30 over to March; a vendor time like that is corrupt, not late.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    throw new ParseError("not a valid calendar time", local);
  }
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

/** Formats an instant as Beijing-local `yyyy-MM-dd HH:mm:ss` (what the vendors expect in requests). */
export function toShanghaiLocal(instant: Date | string | number): string {
  const date = toDate(instant);
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
  );
}

/**
 * Accepts what users pass as a time: a Date, an RFC 3339 string with an offset, or epoch
 * milliseconds. A string without an offset is refused rather than guessed at.
 */
export function toDate(instant: Date | string | number): Date {
  if (instant instanceof Date) {
    if (Number.isNaN(instant.getTime())) throw new ParseError("invalid Date", String(instant));
    return instant;
  }
  if (typeof instant === "number") {
    if (!Number.isFinite(instant)) throw new ParseError("not a finite epoch time", String(instant));
    return new Date(instant);
  }
  if (!RFC3339_PATTERN.test(instant)) {
    throw new ParseError("not an RFC 3339 time with an offset (e.g. 2024-04-16T06:51:02Z)", instant);
  }
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new ParseError("not a valid time", instant);
  return date;
}

/** An instant as an RFC 3339 UTC string with milliseconds (`2024-04-16T06:51:02.000Z`). */
export function toRfc3339Utc(instant: Date | string | number): string {
  return toDate(instant).toISOString();
}

/** The earliest instant a vendor's Unix time may stand for: 2000-01-01T00:00:00Z. */
export const EARLIEST_PLAUSIBLE_TIME_MS = Date.UTC(2000, 0, 1);
/** The first instant past the latest a vendor's Unix time may stand for: 2100-01-01T00:00:00Z. */
export const LATEST_PLAUSIBLE_TIME_MS = Date.UTC(2100, 0, 1);

/**
 * Converts Unix seconds or milliseconds (vendors mix them) to a Date. The unit is told by magnitude, and only
 * within the plausible range [2000-01-01, 2100-01-01): a value that is neither seconds nor milliseconds in that
 * range is refused with a {@link ParseError}, so `253402300800` (year 10000 in seconds) is not read as
 * milliseconds of 1978.
 *
 * @example
 * fromUnixTime(1556943285).toISOString(); // "2019-05-04T04:14:45.000Z"
 * fromUnixTime("1556943545748").toISOString(); // "2019-05-04T04:19:05.748Z"
 */
export function fromUnixTime(value: number | string): Date {
  const text = String(value);
  if (!/^\d{1,13}$/.test(text)) throw new ParseError("not a Unix timestamp", text);
  const n = Number(text);
  const seconds = n * 1000;
  if (seconds >= EARLIEST_PLAUSIBLE_TIME_MS && seconds < LATEST_PLAUSIBLE_TIME_MS) return new Date(seconds);
  if (n >= EARLIEST_PLAUSIBLE_TIME_MS && n < LATEST_PLAUSIBLE_TIME_MS) return new Date(n);
  throw new ParseError("not a Unix time between 2000-01-01 and 2100-01-01 in seconds or milliseconds", text);
}
