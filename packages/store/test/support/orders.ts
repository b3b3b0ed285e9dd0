import { readFileSync } from "node:fs";
import { parseJsonLossless } from "@orderbridge/core";
import type { Order } from "../../src/index.js";

/**
 * The sample Orders in `test/fixtures/orders.json`; the Baifude one carries its vendor payload as
 * `raw`, lossless-parsed from `baifude-raw-payload.txt` (kept as .txt so no formatter rewrites the
 * vendor's `170.0000` or its 21-digit number).
 */
export function sampleOrders(): Order[] {
  const orders = JSON.parse(
    readFileSync(new URL("../fixtures/orders.json", import.meta.url), "utf8"),
  ) as Order[];
  const raw = readFileSync(new URL("../fixtures/baifude-raw-payload.txt", import.meta.url), "utf8");
  return orders.map((order) =>
    order.vendor === "baifude" ? { ...order, raw: parseJsonLossless(raw) as Record<string, unknown> } : order,
  );
}

const BASE = Date.parse("2024-04-01T00:00:00.000Z");

/** When generated order `index` was created: one a minute from 2024-04-01. */
export function createdAtOf(index: number): string {
  return new Date(BASE + index * 60_000).toISOString();
}

/**
 * A deterministic Order for `index` (ids sort like the index: zero-padded). `revision` changes its
 * content without changing its id, as a later refund would.
 */
export function generatedOrder(index: number, revision = 0): Order {
  const vendorOrderId = `G${String(index).padStart(8, "0")}`;
  const total = 100 + ((index * 37) % 5000);
  const refunded = revision > 0 ? Math.min(total, revision * 10) : 0;
  return {
    id: `yopoint:${vendorOrderId}`,
    vendor: "yopoint",
    kind: "cabinet",
    vendorOrderId,
    orderNo: `NO${vendorOrderId}`,
    status: "completed",
    paymentStatus: refunded === 0 ? "paid" : refunded === total ? "refunded" : "partially_refunded",
    vendorStatus: { TradeStatus: 2, ServiceStatus: revision > 0 ? 3 : 2 },
    currency: "CNY",
    totalAmount: total,
    paidAmount: total,
    refundedAmount: refunded,
    createdAt: createdAtOf(index),
    paidAt: createdAtOf(index),
    store: { id: String(index % 7), name: `柜子 ${index % 7} 号` },
    items: [{ sku: `S${index % 13}`, name: "矿泉水", quantity: 1, unitPrice: total, amount: total }],
    payments: [{ method: "wechat", vendorMethod: "1", amount: total, status: "succeeded" }],
    refunds:
      refunded > 0
        ? [{ id: `R${index}`, amount: refunded, status: "succeeded", refundedAt: createdAtOf(index + 5) }]
        : [],
  };
}
