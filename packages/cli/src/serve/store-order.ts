import { redact } from "@orderbridge/core";
import type { OrderKind } from "@orderbridge/orders";
import { failedRecord, ingestRecord } from "../ingest.js";
import {
  InvalidNotificationError,
  type ReceiverContext,
  type ReceiverVendor,
  RetryableFailure,
  type StoreOutcome,
} from "./types.js";

/**
 * Normalizes a vendor order exactly as `sync` does (the same {@link ingestRecord}, from the record as received)
 * and upserts it into the same store with its notes, so a notification and a later sync of the same order
 * converge to one row, and a duplicate changes nothing (the store's content-hash upsert). An order that cannot
 * become an Order goes to the failed table, masked as in `sync`; so does one whose id is stored with another kind
 * of sale (the store's `IdCollision`). A store failure throws (the caller answers for redelivery).
 */
export async function storeVendorOrder(
  ctx: ReceiverContext,
  vendor: ReceiverVendor,
  kind: OrderKind,
  account: string,
  vendorOrderId: string,
  raw: unknown,
): Promise<StoreOutcome> {
  const orderId = `${vendor}:${vendorOrderId}`;
  const ingested = ingestRecord(vendor, account, kind, raw, ctx);
  if (!ingested.ok) {
    await ctx.store.writeBatch({ failed: [ingested.failed], account });
    return { orderId, result: "failed", reason: "unreadable_order", detail: ingested.error.message };
  }
  const written = await ctx.store.writeBatch({
    orders: [ingested.order],
    notes: { [ingested.order.id]: ingested.notes },
    account,
  });
  if (written.collisions)
    return {
      orderId,
      result: "failed",
      reason: "id_collision",
      detail: `${orderId} is stored already as another kind of sale than ${kind}: kept as a failed record`,
    };
  const result = written.inserted ? "inserted" : written.updated ? "updated" : "unchanged";
  return { orderId, result };
}

/** Records an authenticated notification that could not be processed, filed under its order id when known. */
export async function keepAsFailed(
  ctx: ReceiverContext,
  vendor: ReceiverVendor,
  account: string,
  id: string | undefined,
  raw: unknown,
  error: Error,
  kind?: OrderKind,
): Promise<void> {
  await ctx.store.recordFailures([failedRecord({ vendor, account, kind, id }, raw, error, ctx)]);
}

/** How to read the order one notification names. */
export interface OrderFetch {
  vendor: ReceiverVendor;
  kind: OrderKind;
  account: string;
  vendorOrderId: string;
  /**
   * Reads the order as received (the client's `validate: false`), or says that the vendor has no such order
   * (`found: false`, with what the vendor said). Anything thrown counts as a failure that can pass.
   */
  fetch: (signal: AbortSignal) => Promise<{ found: true; raw: unknown } | { found: false; detail: string }>;
  /** What the failed record keeps when the order does not exist: the notification (its order reference). */
  notification: unknown;
}

/**
 * Fetches the order a notification names and stores it, at most once at a time per order (the coalescer) and
 * within the account's bound of concurrent vendor fetches (queued beyond it). Outcomes: stored (inserted,
 * updated, unchanged); `failed` when the order cannot be read or the vendor says it does not exist (kept in the
 * failed table: a redelivery would bring the same answer); a {@link RetryableFailure} is thrown when the fetch
 * or the store failed or a shutdown cut it short, so that the caller asks the vendor to deliver it again.
 */
export function fetchAndStore(ctx: ReceiverContext, request: OrderFetch): Promise<StoreOutcome> {
  const { vendor, kind, account, vendorOrderId } = request;
  const orderId = `${vendor}:${vendorOrderId}`;
  return ctx.coalesce(orderId, async () => {
    let answer: Awaited<ReturnType<OrderFetch["fetch"]>>;
    try {
      answer = await ctx.fetchSlot(vendor, () => {
        ctx.signal.throwIfAborted();
        return request.fetch(ctx.signal);
      });
    } catch (error) {
      if (ctx.signal.aborted)
        throw new RetryableFailure(
          "shutdown",
          `the server shut down before ${orderId} was fetched: the vendor delivers it again`,
        );
      throw new RetryableFailure("fetch", `fetching ${orderId} failed: ${describe(error)}`, { cause: error });
    }
    try {
      if (!answer.found) {
        const error = new InvalidNotificationError("order_not_found", answer.detail);
        await keepAsFailed(ctx, vendor, account, vendorOrderId, request.notification, error, kind);
        return { orderId, result: "failed", reason: error.reason, detail: error.message };
      }
      return await storeVendorOrder(ctx, vendor, kind, account, vendorOrderId, answer.raw);
    } catch (error) {
      throw new RetryableFailure("store", `storing ${orderId} failed: ${describe(error)}`, { cause: error });
    }
  });
}

function describe(error: unknown): string {
  return redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
