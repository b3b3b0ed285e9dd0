import fc from "fast-check";
import type { Order } from "../src/index.js";

const fen = fc.integer({ min: 0, max: 10_000_000 });
const isoTime = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const flowStatus = fc.constantFrom("succeeded", "pending", "failed", "unknown" as const);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const item = fc
  .record({
    sku: optional(fc.string()),
    name: fc.string(),
    variant: optional(fc.string()),
    quantity: fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 1000, noNaN: true })),
    unitPrice: fen,
    amount: fen,
    imageUrl: optional(fc.webUrl()),
  })
  .map(withoutUndefined);

const payment = fc
  .record({
    method: fc.constantFrom(
      "wechat",
      "alipay",
      "unionpay",
      "cash",
      "stored_value",
      "points",
      "coupon",
      "corporate",
      "other" as const,
    ),
    vendorMethod: fc.string(),
    amount: fen,
    status: flowStatus,
    paidAt: optional(isoTime),
    transactionId: optional(fc.string()),
    account: optional(fc.string()),
  })
  .map(withoutUndefined);

const refund = fc
  .record({
    id: optional(fc.string()),
    amount: fen,
    status: flowStatus,
    vendorStatus: optional(fc.string()),
    reason: optional(fc.string()),
    createdAt: optional(isoTime),
    refundedAt: optional(isoTime),
  })
  .map(withoutUndefined);

/** Arbitrary Orders that the JSON Schema accepts (not necessarily consistent in their sums). */
export const orderArbitrary: fc.Arbitrary<Order> = fc
  .record({
    vendor: fc.constantFrom("yopoint", "baifude", "yikayi" as const),
    kind: fc.constantFrom("cabinet", "vending", "welfare_mall", "online_mall", "in_store" as const),
    vendorOrderId: fc.string({ minLength: 1 }),
    orderNo: fc.string({ minLength: 1 }),
    status: fc.constantFrom("pending_payment", "processing", "completed", "cancelled", "unknown" as const),
    paymentStatus: fc.constantFrom(
      "unpaid",
      "paid",
      "partially_refunded",
      "refunded",
      "failed",
      "unknown" as const,
    ),
    vendorStatus: fc.dictionary(
      fc.string(),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    ),
    totalAmount: fen,
    paidAmount: fen,
    refundedAmount: fen,
    createdAt: isoTime,
    paidAt: optional(isoTime),
    updatedAt: optional(isoTime),
    items: fc.array(item, { maxLength: 4 }),
    payments: fc.array(payment, { maxLength: 3 }),
    refunds: fc.array(refund, { maxLength: 3 }),
    store: optional(
      fc.record({ id: fc.string({ minLength: 1 }), name: optional(fc.string()) }).map(withoutUndefined),
    ),
    customer: optional(
      fc
        .record({ id: optional(fc.string()), name: optional(fc.string()), mobile: optional(fc.string()) })
        .map(withoutUndefined),
    ),
    relatedOrderIds: optional(
      fc.uniqueArray(
        fc.string({ minLength: 1 }).map((id) => `yikayi:${id}`),
        { minLength: 1, maxLength: 2 },
      ),
    ),
    duplicateOf: optional(fc.string({ minLength: 1 }).map((id) => `yikayi:${id}`)),
    raw: optional(fc.dictionary(fc.string(), fc.jsonValue())),
    firstSeenAt: optional(isoTime),
    syncedAt: optional(isoTime),
  })
  .map((order) =>
    withoutUndefined({ id: `${order.vendor}:${order.vendorOrderId}`, currency: "CNY" as const, ...order }),
  );
