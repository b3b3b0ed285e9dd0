import type { OrderKind } from "@orderbridge/orders";
import { failedRecord, ingestRecord } from "../ingest.js";
import type { ReceiverContext, StoreOutcome } from "./types.js";

/**
 * Normalizes a vendor order exactly as `sync` does (the same {@link ingestRecord}) and upserts it into the same
 * store with its notes, so a notification and a later sync of the same order converge to one row, and a
 * duplicate changes nothing (the store's content-hash upsert). An order that cannot become an Order goes to the
 * failed table, masked as in `sync`.
 */
export async function storeVendorOrder(
  ctx: ReceiverContext,
  vendor: "yopoint" | "baifude",
  kind: OrderKind,
  account: string,
  vendorOrderId: string,
  raw: unknown,
): Promise<StoreOutcome> {
  const orderId = `${vendor}:${vendorOrderId}`;
  const ingested = ingestRecord(vendor, account, kind, raw, ctx);
  if (!ingested.ok) {
    await ctx.store.writeBatch({ failed: [ingested.failed] });
    return { orderId, result: "failed" };
  }
  const written = await ctx.store.writeBatch({
    orders: [ingested.order],
    notes: { [ingested.order.id]: ingested.notes },
  });
  const result = written.inserted ? "inserted" : written.updated ? "updated" : "unchanged";
  return { orderId, result };
}

/** Records an authenticated notification that could not be processed, filed under its order id when known. */
export async function keepAsFailed(
  ctx: ReceiverContext,
  vendor: "yopoint" | "baifude",
  account: string,
  id: string | undefined,
  raw: unknown,
  error: Error,
): Promise<void> {
  await ctx.store.recordFailures([failedRecord({ vendor, account, id }, raw, error, ctx)]);
}
