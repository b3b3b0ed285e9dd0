import { NormalizeError, normalize } from "@orderbridge/orders";
import type { ReceiverContext, StoreOutcome } from "./types.js";

/**
 * Normalizes a vendor order exactly as `sync` does (same options) and upserts it into the same store, so a
 * notification and a later sync of the same order converge to one row, and a duplicate changes nothing (the
 * store's content-hash upsert). An order that cannot become an Order goes to the failed table, as in `sync`.
 */
export async function storeVendorOrder(
  ctx: ReceiverContext,
  vendor: "yopoint" | "baifude",
  account: string,
  vendorOrderId: string,
  raw: unknown,
): Promise<StoreOutcome> {
  const orderId = `${vendor}:${vendorOrderId}`;
  let order: ReturnType<typeof normalize>["order"];
  try {
    order = normalize(vendor, raw, {
      includePersonalData: ctx.includePersonalData,
      includeRaw: ctx.includeRaw,
    }).order;
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    await ctx.store.writeBatch({ failed: [{ vendor, account, id: vendorOrderId, raw, error }] });
    return { orderId, result: "failed" };
  }
  const written = await ctx.store.writeBatch({ orders: [order] });
  const result = written.inserted ? "inserted" : written.updated ? "updated" : "unchanged";
  return { orderId, result };
}

/** Records an authenticated notification that could not be processed, filed under its order id when known. */
export async function keepAsFailed(
  ctx: ReceiverContext,
  vendor: string,
  account: string,
  id: string | undefined,
  raw: unknown,
  error: Error,
): Promise<void> {
  await ctx.store.recordFailures([{ vendor, account, id, raw, error }]);
}
