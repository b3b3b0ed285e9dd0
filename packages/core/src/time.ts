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
  // The vendors' usual form, exactly `yyyy-MM-dd HH:mm:ss`, by field arithmetic: no regular expression and no
  // Date (this runs for several times of every order). Anything else takes the general path below.
  if (local.length === 19) {
    const seconds = localSecondsOf(local);
    if (seconds !== undefined) return formatEpochSeconds(seconds - SHANGHAI_OFFSET_MS / 1000);
  }
  return shanghaiLocalToDate(local).toISOString();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two decimal digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * `yyyy-MM-dd HH:mm:ss` (or with a `T`) read as seconds since 1970-01-01 00:00:00 of the same wall clock, when it
 * is a real calendar time of the years 1000–9999; otherwise undefined (the general path decides and words the error).
 */
function localSecondsOf(text: string): number | undefined {
  const c = twoDigits(text, 0);
  const y = twoDigits(text, 2);
  const separator = text.charCodeAt(10);
  if (
    c < 10 ||
    y < 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (separator !== 32 && separator !== 84) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return undefined;
  const year = c * 100 + y;
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return undefined;
  if (second < 0 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

/**
 * Epoch seconds as `yyyy-MM-ddTHH:mm:ss.000Z` — what `new Date(seconds * 1000).toISOString()` gives, for the
 * years 1000–9999, without the Date (civil_from_days).
 */
export function formatEpochSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  let rest = seconds - days * 86400;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return new Date(seconds * 1000).toISOString();
  return `${PAD2[Math.floor(year / 100)]}${PAD2[year % 100]}-${PAD2[month]}-${PAD2[day]}T${PAD2[hour]}:${PAD2[minute]}:${PAD2[second]}.000Z`;
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
  return new Date(unixTimeToMs(value));
}

/**
 * As {@link fromUnixTime}, as an RFC 3339 UTC string (`2019-05-04T04:14:45.000Z`); whole seconds are formatted by
 * field arithmetic, without a Date.
 */
export function unixTimeToUtc(value: number | string): string {
  const ms = unixTimeToMs(value);
  return ms % 1000 === 0 ? formatEpochSeconds(ms / 1000) : new Date(ms).toISOString();
}

function unixTimeToMs(value: number | string): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) {
    const seconds = value * 1000;
    if (seconds >= EARLIEST_PLAUSIBLE_TIME_MS && seconds < LATEST_PLAUSIBLE_TIME_MS) return seconds;
    if (value >= EARLIEST_PLAUSIBLE_TIME_MS && value < LATEST_PLAUSIBLE_TIME_MS) return value;
  }
  const text = String(value);
  if (!/^\d{1,13}$/.test(text)) throw new ParseError("not a Unix timestamp", text);
  const n = Number(text);
  const seconds = n * 1000;
  if (seconds >= EARLIEST_PLAUSIBLE_TIME_MS && seconds < LATEST_PLAUSIBLE_TIME_MS) return seconds;
  if (n >= EARLIEST_PLAUSIBLE_TIME_MS && n < LATEST_PLAUSIBLE_TIME_MS) return n;
  throw new ParseError("not a Unix time between 2000-01-01 and 2100-01-01 in seconds or milliseconds", text);
}
