import type { OrderbridgeError } from "./errors.js";

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
}

/** A vendor record that could not become a valid vendor order. */
export interface InvalidRecord {
  vendor: string;
  /** The vendor's order id, when it could be read. */
  id?: string | undefined;
  /** The record as received (lossless-parsed), when there is one. */
  raw?: unknown;
  error: OrderbridgeError;
}
