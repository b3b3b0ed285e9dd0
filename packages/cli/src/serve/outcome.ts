import { redact } from "@orderbridge/core";
import type { OrderKind } from "@orderbridge/orders";
import { fetchAndStore, keepAsFailed, type OrderFetch } from "./store-order.js";
import {
  type InvalidNotificationError,
  type ReceiverContext,
  type ReceiverVendor,
  type Reply,
  RetryableFailure,
} from "./types.js";

/** How one vendor acknowledges a notification and asks for it again. */
export interface Answers {
  /** The body of a 200 that acknowledges (the vendor's own "received"). */
  ack: unknown;
  /** The body of a 5xx that asks the vendor to deliver it again. */
  retry: unknown;
}

/**
 * Fetches and stores the order a verified notification names and turns what happened into the answer: 200 with
 * the vendor's acknowledgement when the order is stored, unchanged, or kept as a failed record (a redelivery
 * would not help); 502 (the vendor's get failed) or 503 (our store failed, or a shutdown) when a redelivery can.
 */
export async function storeNamedOrder(
  ctx: ReceiverContext,
  answers: Answers,
  type: string,
  request: OrderFetch,
): Promise<Reply> {
  const orderId = `${request.vendor}:${request.vendorOrderId}`;
  const kind: OrderKind = request.kind;
  try {
    const outcome = await fetchAndStore(ctx, request);
    if (outcome.result === "failed")
      return {
        status: 200,
        body: answers.ack,
        outcome: "failed",
        type,
        orderId,
        kind,
        reason: outcome.reason,
        detail: outcome.detail,
      };
    return {
      status: 200,
      body: answers.ack,
      outcome: outcome.result === "unchanged" ? "unchanged" : "stored",
      type,
      orderId,
      kind,
      store: outcome.result,
    };
  } catch (error) {
    if (!(error instanceof RetryableFailure)) throw error;
    return {
      status: error.stage === "fetch" ? 502 : 503,
      body: answers.retry,
      outcome: "retry",
      type,
      orderId,
      kind,
      reason: { fetch: "fetch_failed", store: "store_failed", shutdown: "shutting_down" }[error.stage],
      detail: error.message,
    };
  }
}

/**
 * Keeps a verified notification that cannot be read (malformed, an unknown type, a payload against the spec) in
 * the failed table and acknowledges it: the vendor would deliver the same bytes again. When even the failed table
 * cannot be written, 503: then a redelivery can help.
 */
export async function keepUnreadable(
  ctx: ReceiverContext,
  answers: Answers,
  notification: {
    vendor: ReceiverVendor;
    account: string;
    type: string | undefined;
    id: string | undefined;
    kind: OrderKind | undefined;
    raw: unknown;
    error: InvalidNotificationError | (Error & { reason: string });
  },
): Promise<Reply> {
  const { vendor, account, type, id, kind, raw, error } = notification;
  const orderId = id ? `${vendor}:${id}` : undefined;
  try {
    await keepAsFailed(ctx, vendor, account, id, raw, error, kind);
  } catch (failure) {
    return {
      status: 503,
      body: answers.retry,
      outcome: "retry",
      type,
      orderId,
      kind,
      reason: "store_failed",
      detail: redact(
        `keeping the unreadable notification failed: ${failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure)}`,
      ),
    };
  }
  return {
    status: 200,
    body: answers.ack,
    outcome: "failed",
    type,
    orderId,
    kind,
    reason: error.reason,
    detail: error.message,
  };
}
