import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore, type StoredOrder } from "@orderbridge/store";
import { type RunningSimulators, startSimulators } from "../../src/simulators.js";
import { run } from "./io.js";

/** April 2024, Beijing time: the period the report tests ask for. */
export const APRIL = { since: "2024-04-01", until: "2024-05-01" } as const;
export const APRIL_SINCE = Date.parse("2024-04-01T00:00:00+08:00");
export const APRIL_UNTIL = Date.parse("2024-05-01T00:00:00+08:00");

/** A time's Beijing date by plain arithmetic (not the report's code). */
export const beijingDay = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** "1,234.50" / "-12.30" (the page's text) → fen, without a float step. */
export function fenOf(text: string): number {
  const match = /^(-?)([\d,]+)\.(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a yuan amount: ${JSON.stringify(text)}`);
  const fen = Number(match[2]!.replace(/,/g, "")) * 100 + Number(match[3]);
  return match[1] ? -fen : fen;
}

export interface ReportStore {
  dir: string;
  db: string;
  sims: RunningSimulators;
  /** Every stored order (read back through the store's plain iteration), for sums made in the test. */
  orders: StoredOrder[];
  close(): Promise<void>;
}

/**
 * A store as a finance user would have it at the start of May 2024: a sync of the three simulators over
 * 21 March – 1 May (Baifude's statements kept), then a late refund written after the month closed, and a
 * failed record.
 */
export async function reportStore(): Promise<ReportStore> {
  const sims = await startSimulators({ orders: 240, now: new Date("2024-05-01T00:00:00Z"), days: 41 });
  const dir = await mkdtemp(path.join(tmpdir(), "orderbridge-report-"));
  const db = path.join(dir, "orders.db");
  const synced = await run(
    [
      "sync",
      "--db",
      db,
      "--rate-limit",
      "500",
      "--since",
      sims.start.toISOString(),
      "--until",
      new Date(sims.end.getTime() + 1000).toISOString(),
    ],
    { env: sims.env },
  );
  if (synced.status !== 0)
    throw new Error(
      `the sync for the report tests failed (${synced.status}):\n${synced.stderr}\n${synced.stdout}`,
    );
  let clock = Date.parse("2024-05-03T02:00:00.000Z");
  const store = await openStore(db, { now: () => new Date(clock) });
  try {
    await store.migrate();
    const orders: StoredOrder[] = [];
    for await (const order of store.iterateOrders()) orders.push(order);
    // A late refund, after April closed: the change log has a row for an April order.
    const april = orders.find(
      (o) =>
        Date.parse(o.createdAt) >= APRIL_SINCE &&
        Date.parse(o.createdAt) < APRIL_UNTIL &&
        o.vendor === "yopoint" &&
        o.refundedAmount === 0 &&
        o.paidAmount > 10,
    )!;
    const { firstSeenAt: _f, syncedAt: _s, ...order } = april;
    await store.writeBatch({
      orders: [
        {
          ...order,
          refundedAmount: 10,
          paymentStatus: "partially_refunded",
          refunds: [{ id: "late-1", amount: 10, status: "succeeded" }],
        },
      ],
    });
    clock += 60_000;
    await store.recordFailures([
      {
        vendor: "yopoint",
        account: "app",
        kind: "cabinet",
        id: "X1",
        raw: { Id: "X1" },
        error: new Error("TotalPrice is not a number"),
      },
    ]);
    const final: StoredOrder[] = [];
    for await (const stored of store.iterateOrders()) final.push(stored);
    return {
      dir,
      db,
      sims,
      orders: final,
      async close() {
        await sims.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } finally {
    await store.close();
  }
}
