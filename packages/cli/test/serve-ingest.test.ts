import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { type ServedHandlers, serveHandlers } from "@orderbridge/mocks";
import {
  type BaifudeSimulator,
  createBaifudeSimulator,
  payOrderPaidData,
  pushBaifudeMessage,
} from "@orderbridge/mocks/baifude";
import {
  createYopointSimulator,
  pushPaidOrders,
  pushVendingShipments,
  pushYopointNotification,
  vendingShipmentPayload,
  type YopointSimulator,
} from "@orderbridge/mocks/yopoint";
import type { OrderKind } from "@orderbridge/orders";
import { type NoteCount, openStore, type Store } from "@orderbridge/store";
import * as yopoint from "@orderbridge/yopoint";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestRecord } from "../src/ingest.js";
import {
  BAIFUDE_ACK,
  createNotificationServer,
  type NotificationServer,
  type RunningNotificationServer,
  YOPOINT_ACK,
} from "../src/serve/index.js";

/**
 * How the orders a notification names are decoded: as tolerantly as the sync decodes them (drift becomes notes,
 * an unreadable order a failed record), so that a push and a sync of the same order give one identical row; and
 * which failures are acknowledged and which are left for the vendor to deliver again.
 */

function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: pino({ base: undefined }, stream), records: () => lines.map((l) => JSON.parse(l)) };
}

// Every 4th record drifts the way an API drifts (index 3, 7, …): passed-on fields missing or null, a field the
// spec does not know, a code outside the documented set. Record 6 of each kind is broken beyond repair.
const DRIFT = {
  every: 4,
  omit: ["ProductName"],
  nullify: ["TradeNo", "BarCode"],
  extraField: true,
  unknownCode: true,
};
const DRIFTED = 3;
const BAD = 6;

let dir: string;
let store: Store;
let ysim: YopointSimulator;
let bsim: BaifudeSimulator;
let yServed: ServedHandlers;
let bServed: ServedHandlers;
let server: NotificationServer;
let running: RunningNotificationServer;
let log: ReturnType<typeof memoryLogger>;
let yUrl: string;
let bUrl: string;
/** While set, the store's writes fail (a disk that is full, a database that went away). */
let storeDown = false;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "orderbridge-serve-ingest-"));
  // badRecords picks records by index (every n-th): records BAD, 2·BAD+1, … of every kind are unreadable.
  ysim = createYopointSimulator({
    counts: { cabinet: 40, vending: 40 },
    drift: DRIFT,
    badRecords: { every: BAD + 1, kind: ["missing-money"] },
  });
  bsim = createBaifudeSimulator({
    orderCount: 40,
    drift: { every: 4, nullify: ["receiver"], extraField: true },
  });
  [yServed, bServed] = await Promise.all([serveHandlers(ysim.handlers), serveHandlers(bsim.handlers)]);
  const real = await openStore(path.join(dir, "ingest.db"));
  await real.migrate();
  store = new Proxy(real, {
    get(target, key) {
      if ((key === "writeBatch" || key === "recordFailures") && storeDown)
        return async () => {
          throw new Error("SQLITE_FULL: database or disk is full");
        };
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  log = memoryLogger();
  server = createNotificationServer({
    store,
    env: { ...ysim.env(yServed.url), ...bsim.env(bServed.url) },
    // One attempt per fetch: a vendor failure reaches the answer at once (retries are the transport's, tested there).
    clientOverrides: { retries: 0 },
    rateLimit: 1000,
    logger: log.logger,
  });
  running = await server.listen(0);
  yUrl = `${running.url}/notify/yopoint`;
  bUrl = `${running.url}/notify/baifude`;
});

afterAll(async () => {
  await running?.close();
  await store?.close();
  await Promise.all([yServed?.close(), bServed?.close()]);
  await rm(dir, { recursive: true, force: true });
});

/** The notes stored with the orders of one kind, by code and field. */
async function notesOf(kind: OrderKind): Promise<Pick<NoteCount, "code" | "field" | "orders">[]> {
  return (await store.noteCounts())
    .filter((n) => n.kind === kind)
    .map(({ code, field, orders }) => ({ code, field, orders }));
}

/**
 * Reads one kind of Yopoint order exactly as the sync does (docs/design.md, the sync's contract): the client's
 * list with `validate: false`, each record through the same `ingestRecord`, the window passed along, and writes
 * them in one batch. Returns what the store did.
 */
async function syncLikeTheSync(kind: "cabinet" | "vending") {
  const client = yopoint.clientFromEnv(ysim.env(yServed.url));
  const count = kind === "cabinet" ? ysim.orderCount : 40;
  const at = (i: number) => Number((kind === "cabinet" ? ysim.orderAt(i) : ysim.consumerOrderAt(i)).PayTime);
  const window = {
    since: new Date(at(0) * 1000).toISOString(),
    until: new Date((at(count - 1) + 1) * 1000).toISOString(),
  };
  const read = kind === "cabinet" ? client.orders.bind(client) : client.vendingOrders.bind(client);
  const orders = [];
  const notes: Record<string, unknown[]> = {};
  const failed = [];
  for await (const raw of read({ ...window, validate: false, onInvalidRecord: () => {} })) {
    const ingested = ingestRecord("yopoint", client.appId, kind, raw, {
      includePersonalData: false,
      includeRaw: false,
      window,
    });
    if (!ingested.ok) {
      failed.push(ingested.failed);
      continue;
    }
    orders.push(ingested.order);
    notes[ingested.order.id] = ingested.notes;
  }
  return store.writeBatch({
    orders,
    notes: notes as Parameters<Store["writeBatch"]>[0]["notes"],
    failed,
    account: client.appId,
  });
}

describe("orders fetched for a notification are decoded as tolerantly as the sync decodes them", () => {
  it("a drifted cabinet order is stored with notes, where the client's strict schema would refuse it", async () => {
    const receiptNo = String(ysim.orderAt(DRIFTED).ReceiptNo);
    // The strict reading refuses it: before, the notification got a 502 and Yopoint delivered it in vain.
    const strict = yopoint.clientFromEnv(ysim.env(yServed.url));
    await expect(strict.cabinetOrderGet({ ReceiptNo: receiptNo })).rejects.toThrow(/TradeNo|Products/);

    const [answer] = await pushPaidOrders(ysim, yUrl, [DRIFTED]);
    expect(answer!.status).toBe(200);
    expect(JSON.parse(answer!.body)).toEqual(YOPOINT_ACK);
    const stored = await store.getOrder(`yopoint:${receiptNo}`);
    expect(stored).toMatchObject({ kind: "cabinet", totalAmount: Number(ysim.orderAt(DRIFTED).Price) });
    const notes = await notesOf("cabinet");
    expect(notes).toContainEqual({ code: "null_field", field: "TradeNo", orders: 1 });
    expect(notes.map((n) => n.code)).toContain("unknown_field");
    expect(log.records().at(-1)).toMatchObject({ outcome: "stored", store: "inserted", kind: "cabinet" });
  });

  it("a drifted vending order pushed, then read by the sync: one identical row (same notes), no flip-flop", async () => {
    const pushed = [1, DRIFTED];
    const answers = await pushVendingShipments(ysim, yUrl, pushed);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const ids = pushed.map((i) => `yopoint:${vendingShipmentPayload(ysim, i).ReceiptNo}`);
    const before = await Promise.all(ids.map((id) => store.getOrder(id)));
    expect(before.map((o) => o?.kind)).toEqual(["vending", "vending"]);
    const notesBefore = await notesOf("vending");
    expect(notesBefore.length).toBeGreaterThan(0);

    // The sync reads all 40: the pushed two are unchanged (the content hash covers the notes too).
    const synced = await syncLikeTheSync("vending");
    const bad = ysim.totals().vending!.bad.count;
    expect(bad).toBeGreaterThan(0);
    expect(synced).toMatchObject({ unchanged: 2, updated: 0, inserted: 40 - 2 - bad, failed: bad });
    const after = await Promise.all(ids.map((id) => store.getOrder(id)));
    expect(after).toEqual(before);

    // …and the other way round: a notification for an order the sync stored changes nothing either.
    const other = 11;
    const [again] = await pushVendingShipments(ysim, yUrl, [other]);
    expect(again!.status).toBe(200);
    expect(log.records().at(-1)).toMatchObject({ outcome: "unchanged", store: "unchanged", kind: "vending" });
    expect((await store.listChanges({ since: "2000-01-01T00:00:00Z" })).length).toBe(0);
  });

  it("a drifted Baifude pay order is stored with notes", async () => {
    const data = payOrderPaidData(bsim, DRIFTED);
    const result = await pushBaifudeMessage(bsim, bUrl, "order.paid", data);
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual(BAIFUDE_ACK);
    expect(await store.getOrder(`baifude:${data.paySn}`)).toMatchObject({ kind: "welfare_mall" });
    expect((await notesOf("welfare_mall")).map((n) => n.code)).toContain("unknown_field");
  });
});

describe("what is acknowledged, and what is left for the vendor to deliver again", () => {
  it("an order that cannot be read is kept as a failed record and acknowledged (a redelivery would not help)", async () => {
    for (const push of [
      () => pushPaidOrders(ysim, yUrl, [BAD]),
      () => pushVendingShipments(ysim, yUrl, [BAD]),
    ]) {
      const [answer] = await push();
      expect(answer!.status).toBe(200);
      expect(JSON.parse(answer!.body)).toEqual(YOPOINT_ACK);
      expect(log.records().at(-1)).toMatchObject({
        outcome: "failed",
        redeliver: false,
        reason: "unreadable_order",
      });
    }
    const failed = await store.listFailed();
    for (const [kind, receiptNo] of [
      ["cabinet", ysim.orderAt(BAD).ReceiptNo],
      ["vending", ysim.consumerOrderAt(BAD).ReceiptNo],
    ])
      expect(failed.find((f) => f.vendorOrderId === String(receiptNo))).toMatchObject({
        kind,
        errorName: "NormalizeError",
      });
  });

  it("the vendor's get failing is answered 502 so that Yopoint delivers it again; the redelivery is stored", async () => {
    const receiptNo = String(ysim.orderAt(9).ReceiptNo);
    const before = (await store.listFailed()).length;
    ysim.faults.push({ status: 503, match: "cabinet.order.get" });
    const [first] = await pushPaidOrders(ysim, yUrl, [9]);
    expect(first!.status).toBe(502);
    expect(JSON.parse(first!.body)).toMatchObject({ error_code: -1 });
    expect(log.records().at(-1)).toMatchObject({
      outcome: "retry",
      redeliver: true,
      reason: "fetch_failed",
      orderId: `yopoint:${receiptNo}`,
    });
    expect(log.records().at(-1).level).toBe(50);
    expect(await store.getOrder(`yopoint:${receiptNo}`)).toBeUndefined();
    expect((await store.listFailed()).length).toBe(before);
    const [redelivered] = await pushPaidOrders(ysim, yUrl, [9]);
    expect(redelivered!.status).toBe(200);
    expect(await store.getOrder(`yopoint:${receiptNo}`)).toBeDefined();
  });

  it("our store failing is answered 503 (Yopoint and Baifude deliver again); the redelivery is stored", async () => {
    const receiptNo = String(ysim.orderAt(10).ReceiptNo);
    const data = payOrderPaidData(bsim, 10);
    storeDown = true;
    try {
      const [yAnswer] = await pushPaidOrders(ysim, yUrl, [10]);
      expect(yAnswer!.status).toBe(503);
      expect(log.records().at(-1)).toMatchObject({
        outcome: "retry",
        redeliver: true,
        reason: "store_failed",
      });
      expect(log.records().at(-1).detail).toMatch(/SQLITE_FULL/);
      const bAnswer = await pushBaifudeMessage(bsim, bUrl, "order.paid", data);
      expect(bAnswer.status).toBe(503);
      expect(JSON.parse(bAnswer.body).code).not.toBe("0");
      // Not even the failed table can be written: an unknown order is left for redelivery too.
      const [unknown] = await pushVendingShipments(ysim, yUrl, [BAD]);
      expect(unknown!.status).toBe(503);
      const unreadable = await pushYopointNotification(ysim, yUrl, "notify.activity.voucher.exchangecode", {
        ReceiptNo: "VI1",
      });
      expect(unreadable.status).toBe(503);
      expect(log.records().at(-1)).toMatchObject({ outcome: "retry", reason: "store_failed" });
    } finally {
      storeDown = false;
    }
    expect((await pushPaidOrders(ysim, yUrl, [10]))[0]!.status).toBe(200);
    expect((await pushBaifudeMessage(bsim, bUrl, "order.paid", data)).status).toBe(200);
    expect(await store.getOrder(`yopoint:${receiptNo}`)).toBeDefined();
    expect(await store.getOrder(`baifude:${data.paySn}`)).toBeDefined();
  });

  it("counts every notification by what became of it", () => {
    const counts = server.counts();
    const lines = log.records().filter((r) => typeof r.outcome === "string");
    const byOutcome = (o: string) => lines.filter((r) => r.outcome === o).length;
    expect(counts).toEqual({
      received: lines.length,
      stored: byOutcome("stored"),
      unchanged: byOutcome("unchanged"),
      acknowledged: byOutcome("acknowledged"),
      failed: byOutcome("failed"),
      retry: byOutcome("retry"),
      refused: byOutcome("refused"),
    });
    expect(counts.failed).toBeGreaterThanOrEqual(2);
    expect(counts.retry).toBe(5);
  });
});
