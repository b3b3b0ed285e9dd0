// A sync of every kind of sale of every vendor, on SQLite and on the real PostgreSQL the store's harness starts:
// what the export holds, per vendor and kind, equals what the simulators hold (their own numbers, never through
// orderbridge's mappers), counting each sale once; and a 1card1 goods order and the sale it became name each
// other whichever of the two streams ran first.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Order } from "@orderbridge/orders";
import { openStore } from "@orderbridge/store";
import { type PostgresServer, postgresUnavailableReason, startPostgres } from "@orderbridge/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulators, startSimulators } from "../src/simulators.js";
import { run } from "./support/io.js";
import { summaryRows } from "./support/summary.js";

const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`skipping the PostgreSQL stream tests: ${unavailable}`);

let sims: RunningSimulators;
let dir: string;
let server: PostgresServer | undefined;
let span: string[];

beforeAll(async () => {
  [sims, server] = await Promise.all([
    startSimulators({ orders: 90, now: new Date("2024-05-01T00:00:00Z"), days: 12 }),
    unavailable ? Promise.resolve(undefined) : startPostgres(),
  ]);
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-streams-"));
  span = ["--since", sims.start.toISOString(), "--until", new Date(sims.end.getTime() + 1000).toISOString()];
}, 60_000);

afterAll(async () => {
  await Promise.all([sims?.close(), server?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const KINDS = [
  ["yopoint", "cabinet"],
  ["yopoint", "vending"],
  ["baifude", "welfare_mall"],
  ["yikayi", "online_mall"],
  ["yikayi", "in_store"],
] as const;

type StoredOrder = Order & { firstSeenAt: string; syncedAt: string };

async function exported(db: string): Promise<StoredOrder[]> {
  const result = await run(["export", "--db", db]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as StoredOrder);
}

/** Count, paid and refunded of the Orders of each vendor and kind that count a sale (no `duplicateOf`). */
function sums(orders: readonly Order[]) {
  const out: Record<string, { count: number; paidFen: number; refundedFen: number }> = {};
  for (const order of orders) {
    if (order.duplicateOf) continue;
    const key = `${order.vendor} ${order.kind}`;
    out[key] ??= { count: 0, paidFen: 0, refundedFen: 0 };
    out[key].count++;
    out[key].paidFen += order.paidAmount;
    out[key].refundedFen += order.refundedAmount;
  }
  return out;
}

/** The same from the simulators' own totals: a goods order approved into a sale that is served too counts once. */
function held() {
  const out: Record<string, { count: number; paidFen: number; refundedFen: number }> = {};
  for (const [vendor, kind] of KINDS) {
    const totals = sims.simulators[vendor].totals()[kind]!;
    const duplicates = totals.duplicates ?? { count: 0, paidFen: 0, refundedFen: 0 };
    out[`${vendor} ${kind}`] = {
      count: totals.count - duplicates.count,
      paidFen: totals.paidFen - duplicates.paidFen,
      refundedFen: totals.refundedFen - duplicates.refundedFen,
    };
  }
  return out;
}

const backends = [
  { name: "SQLite", db: async (name: string) => path.join(dir, `${name}.db`) },
  {
    name: "PostgreSQL",
    db: async (name: string) => {
      if (!server) throw new Error("no PostgreSQL");
      return server.createDatabase(name);
    },
  },
].filter((b) => b.name === "SQLite" || !unavailable);

describe.each(backends)("a sync of every stream into $name", (backend) => {
  it("stores every kind of every vendor; the export's sums per vendor and kind equal what the simulators hold", async () => {
    const db = await backend.db("every_kind");
    const result = await run(["sync", "--db", db, "--rate-limit", "1000", ...span], { env: sims.env });
    expect(result.status, result.stderr).toBe(0);
    const rows = summaryRows(result.stdout);
    expect(rows.map((r) => `${r.vendor} ${r.kind}`)).toEqual(KINDS.map(([v, k]) => `${v} ${k}`));
    for (const row of rows) expect(row.result).toBe("ok");

    const orders = await exported(db);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    expect(sums(orders)).toEqual(held());
    // Every kind is there, and every Order says which.
    expect(new Set(orders.map((o) => o.kind))).toEqual(new Set(KINDS.map(([, kind]) => kind)));
    // The pairs are the simulator's: each goods order approved into a served sale is its duplicate.
    const duplicates = orders.filter((o) => o.duplicateOf);
    expect(duplicates.length).toBe(sims.simulators.yikayi.totals().online_mall!.duplicates!.count);
    expect(duplicates.length).toBeGreaterThan(0);
  });

  it("a goods order and its sale name each other and count once, whichever stream ran first", async () => {
    const goodsFirst = await backend.db("goods_first");
    const salesFirst = await backend.db("sales_first");
    for (const [db, order] of [
      [goodsFirst, ["online_mall", "in_store"]],
      [salesFirst, ["in_store", "online_mall"]],
    ] as const) {
      for (const kind of order) {
        const result = await run(
          ["sync", "--db", db, "--vendor", "yikayi", "--kind", kind, "--rate-limit", "1000", ...span],
          { env: sims.env },
        );
        expect(result.status, result.stderr).toBe(0);
        expect(summaryRows(result.stdout).map((r) => r.kind)).toEqual([kind]);
      }
    }
    const strip = (orders: StoredOrder[]) =>
      orders.map(({ firstSeenAt: _f, syncedAt: _s, ...order }) => order);
    const a = await exported(goodsFirst);
    const b = await exported(salesFirst);
    // The same Orders, whichever ran first.
    expect(strip(a)).toEqual(strip(b));

    const byId = new Map(a.map((o) => [o.id, o]));
    const goods = a.filter((o) => o.kind === "online_mall" && o.duplicateOf);
    expect(goods.length).toBeGreaterThan(0);
    for (const order of goods) {
      const sale = byId.get(order.duplicateOf!);
      expect(sale, order.id).toBeDefined();
      expect(sale!.kind).toBe("in_store");
      expect(sale!.duplicateOf).toBeUndefined();
      expect(order.relatedOrderIds).toContain(sale!.id);
      expect(sale!.relatedOrderIds).toContain(order.id);
    }
    const counted = sums(a);
    const expected = held();
    for (const kind of ["yikayi online_mall", "yikayi in_store"])
      expect(counted[kind]).toEqual(expected[kind]);
  });

  it("one failing stream leaves the account's other streams' checkpoints moving and exits 1 naming it", async () => {
    const db = await backend.db("one_stream_fails");
    const { yopoint } = sims.simulators;
    // Every consumer.order.list request answers 503 (more than the client's and the window's retries take).
    yopoint.faults.push({ status: 503, match: "consumer.order.list" }, 10_000);
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run(
        ["sync", "--db", db, "--vendor", "yopoint", "--rate-limit", "1000", "--window-retries", "0", ...span],
        { env: sims.env },
      );
    } finally {
      yopoint.faults.clear();
    }
    const said = `${result.stdout}\n${result.stderr}`;
    expect(result.status, said).toBe(1);
    expect(result.stderr, said).toMatch(/^orderbridge: 1 of 2 stream\(s\) did not finish/m);
    expect(result.stderr, said).toMatch(/^ {2}yopoint vending: yopoint consumer\.order\.list: HTTP 503/m);
    const rows = summaryRows(result.stdout);
    expect(rows.find((r) => r.kind === "cabinet")?.result).toBe("ok");
    expect(rows.find((r) => r.kind === "vending")?.result).toMatch(
      /^error: yopoint consumer\.order\.list: HTTP 503/,
    );

    const store = await openStore(db);
    try {
      const account = sims.env.YOPOINT_APP_ID!;
      const until = new Date(sims.end.getTime() + 1000).toISOString();
      expect((await store.getCheckpoint("yopoint", account, "cabinet"))?.highWaterMark).toBe(until);
      expect(await store.getCheckpoint("yopoint", account, "vending")).toBeUndefined();
      expect(await store.countOrders({ kind: ["cabinet"] })).toBe(yopoint.totals().cabinet!.count);
      const runs = await store.lastRuns();
      expect(runs.map((r) => [r.kind, r.result])).toEqual([
        ["cabinet", "ok"],
        ["vending", "error"],
      ]);
      expect(runs[1]!.error).toMatch(/consumer\.order\.list: HTTP 503/);
    } finally {
      await store.close();
    }
  });
});
