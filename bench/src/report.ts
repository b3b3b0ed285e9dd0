import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Order } from "@orderbridge/orders";
import { openStore } from "@orderbridge/store";
import Database from "better-sqlite3";
import { buildReport } from "orderbridge";
import { alternate, type BenchResult, costResult, round } from "./harness.js";

const SINCE = new Date("2024-04-01T00:00:00+08:00");
const UNTIL = new Date("2024-05-01T00:00:00+08:00");
const VENDORS = [
  ["yopoint", "cabinet"],
  ["yopoint", "vending"],
  ["baifude", "welfare_mall"],
  ["yikayi", "online_mall"],
  ["yikayi", "in_store"],
] as const;
const METHODS = ["wechat", "alipay", "unionpay", "cash", "stored_value", "points", "corporate"] as const;

/** Order `i` of a month of generated orders: 5 kinds, 2,000 stores, 1–2 payments, a refund in 1 of 12. */
function order(i: number): Order {
  const [vendor, kind] = VENDORS[i % VENDORS.length]!;
  const createdAt = new Date(
    SINCE.getTime() + ((i * 2_654_435_761) % (UNTIL.getTime() - SINCE.getTime())),
  ).toISOString();
  const total = 100 + ((i * 7919) % 20_000);
  const split = i % 3 === 0 ? Math.floor(total / 4) : 0;
  const refunded = i % 12 === 0 ? Math.floor(total / 2) : 0;
  const id = `B${String(i).padStart(8, "0")}`;
  return {
    id: `${vendor}:${id}`,
    vendor,
    kind,
    vendorOrderId: id,
    orderNo: id,
    status: "completed",
    paymentStatus: refunded ? "partially_refunded" : "paid",
    vendorStatus: { status: 3 },
    currency: "CNY",
    totalAmount: total,
    paidAmount: total,
    refundedAmount: refunded,
    createdAt,
    paidAt: createdAt,
    store: { id: `S${i % 2000}`, name: `门店 ${i % 2000}` },
    items: [{ sku: `K${i % 50}`, name: "商品", quantity: 1, unitPrice: total, amount: total }],
    payments: [
      { method: METHODS[i % METHODS.length]!, vendorMethod: "1", amount: total - split, status: "succeeded" },
      ...(split
        ? [
            {
              method: METHODS[(i + 3) % METHODS.length]!,
              vendorMethod: "2",
              amount: split,
              status: "succeeded" as const,
            },
          ]
        : []),
    ],
    refunds: refunded ? [{ id: `R${i}`, amount: refunded, status: "succeeded" as const }] : [],
  };
}

/** A SQLite store of `count` orders of April 2024 (written through the store, as a sync writes them). */
async function buildStore(file: string, count: number): Promise<void> {
  const store = await openStore(file);
  try {
    await store.migrate();
    for (let start = 0; start < count; start += 5000) {
      const orders: Order[] = [];
      for (let i = start; i < Math.min(count, start + 5000); i++) orders.push(order(i));
      await store.writeBatch({ orders });
    }
  } finally {
    await store.close();
  }
}

/** One report of April, written to `out`; its size in bytes. */
async function writeReport(file: string, out: string): Promise<number> {
  const store = await openStore(file, { readOnly: true });
  try {
    const page = await buildReport(
      store,
      { since: SINCE, until: UNTIL },
      { now: new Date(), version: "bench", source: file },
    );
    writeFileSync(out, page);
    return Buffer.byteLength(page);
  } finally {
    await store.close();
  }
}

/**
 * 6. `orderbridge report` over a month of 1M orders (quick: 30k): the time to write the page against a bare
 * `SELECT day, vendor, count(*), sum(paid), sum(refunded) … GROUP BY day, vendor` over the same store, and
 * the page's size against the page of a store of 10k orders (daily aggregates, not rows: it stays flat).
 */
export async function benchReport(quick: boolean): Promise<BenchResult[]> {
  const count = quick ? 30_000 : 1_000_000;
  const small = 10_000;
  const dir = mkdtempSync(path.join(tmpdir(), "orderbridge-bench-report-"));
  try {
    const file = path.join(dir, "big.db");
    const smallFile = path.join(dir, "small.db");
    const built = performance.now();
    await buildStore(file, count);
    await buildStore(smallFile, small);
    process.stderr.write(
      `bench: report stores built in ${Math.round((performance.now() - built) / 1000)} s\n`,
    );
    const db = new Database(file, { readonly: true });
    const bare = db.prepare(
      `SELECT date(created_at, '+8 hours') AS day, vendor, count(*) AS orders, sum(paid_amount) AS paid,
         sum(refunded_amount) AS refunded
       FROM orders WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2`,
    );
    let bytes = 0;
    const repetitions = quick ? 5 : 3;
    const timed = await alternate(
      repetitions,
      () => bare.all(SINCE.toISOString(), UNTIL.toISOString()),
      async () => {
        bytes = await writeReport(file, path.join(dir, "big.html"));
      },
    );
    db.close();
    const smallBytes = await writeReport(smallFile, path.join(dir, "small.html"));
    const notes = `${count} orders of one month, 5 kinds, 2,000 stores; median of ${repetitions} alternating runs; the report reads 9 aggregate queries (totals, days, methods via json_each, stores, amount checks twice, statements, notes, changes) and renders`;
    return [
      costResult({
        name: `report: ${count} orders (write the page) vs a bare daily GROUP BY`,
        unit: "ms",
        value: timed.subjectMs,
        baseline: timed.baselineMs,
        maxRatio: 10,
        target: "<= 10x the bare GROUP BY",
        notes,
      }),
      costResult({
        name: `report: page size at ${count} vs ${small} orders`,
        unit: "KiB",
        value: round(bytes / 1024),
        baseline: round(smallBytes / 1024),
        maxRatio: 1.5,
        target: "flat: <= 1.5x the smaller store's page",
        notes:
          "daily aggregates, not rows: the page grows with days, stores shown and methods, not with orders",
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
