import { type OrderbridgeError, ResponseValidationError } from "./errors.js";

/** A time window of orders, as every vendor client's `orders()` takes it. Bounds are [since, until). */
export interface OrderWindow {
  /** Inclusive start: a Date or an RFC 3339 string with an offset. */
  since: Date | string;
  /** Exclusive end. */
  until: Date | string;
  signal?: AbortSignal;
  /**
   * Receives each record that cannot be delivered as a valid vendor order — it failed validation, or
   * the vendor listed it but would not return it — so that the caller can keep it (the sync stores it
   * in its failed table) and go on. Without this callback such a record throws.
   */
  onInvalidRecord?: (record: InvalidRecord) => void | Promise<void>;
  /**
   * Whether each record is checked against the vendor's schema in the spec before it is yielded.
   * Default `true`.
   *
   * With `false`, a record only has to pass the checks of the answer around it (the envelope, the page,
   * the paging fields) and be a JSON object; anything else still goes to `onInvalidRecord`. It is yielded
   * as received — lossless-parsed (decimals and long integers as `LosslessNumber`, their exact text kept),
   * unknown fields kept, nothing converted — so that the caller can decode it tolerantly itself (the sync
   * does: a missing passed-on field becomes a drift note instead of a failed record). The paging itself is
   * unchanged: the same requests, the same de-duplication by the vendor's id when the id can be read.
   * A client's own invariants that are not about one record's shape still hold (a 1card1 sale whose lines
   * cannot be fetched is never yielded).
   */
  validate?: boolean;
}

/** What a client yields for a record when `OrderWindow.validate` is `false`: a JSON object, unchecked. */
export type UnvalidatedRecord = Record<string, unknown>;

/** A vendor record that could not become a valid vendor order. */
export interface InvalidRecord {
  vendor: string;
  /** The vendor's order id, when it could be read. */
  id?: string | undefined;
  /** The record as received (lossless-parsed), when there is one. */
  raw?: unknown;
  error: OrderbridgeError;
}

/** True for a JSON object (not an array, not null) — the least a record must be. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The error for a record that is not even a JSON object (`OrderWindow.validate: false` still refuses it).
 *
 * @example
 * if (!isJsonObject(record)) await report(notAnObjectError({ vendor, operation, path: "data[3]", raw: text }, record));
 */
export function notAnObjectError(
  context: { vendor: string; operation: string; path: string; raw: string },
  value: unknown,
): ResponseValidationError {
  const received = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  return new ResponseValidationError({
    vendor: context.vendor,
    operation: context.operation,
    issues: [{ path: context.path, message: `expected a JSON object (a record), received ${received}` }],
    raw: context.raw,
  });
}
