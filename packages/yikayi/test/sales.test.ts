import { createServer } from "node:net";
import {
  ConfigError,
  ConnectionError,
  HttpError,
  type InvalidRecord,
  isLosslessNumber,
  ParseError,
  parseYuanToFen,
  type ResponseValidationError,
  shanghaiLocalToDate,
  VendorError,
} from "@orderbridge/core";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFromEnv, type YikayiSale } from "../src/index.js";
import { BASE_URL, collect, sentData, simulated } from "./helpers.js";

const server = setupServer();
// Loopback goes to real sockets (the refused-connection test); every other request must be handled.
beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== "127.0.0.1") print.error();
    },
  }),
);
afterAll(() => server.close());

const APRIL = { since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" };
const ITEMS = "Get_ConsumeNoteItemPagedV2";

/** A fetch that runs each request a macrotask later and records how many item requests were open at once. */
function countingFetch() {
  let open = 0;
  const stats = { maxOpen: 0, itemRequests: 0 };
  const fetchImpl: typeof fetch = async (input, init) => {
    const item = String(input).includes(ITEMS);
    if (item) {
      stats.itemRequests++;
      open++;
      stats.maxOpen = Math.max(stats.maxOpen, open);
    }
    try {
      await new Promise((resolve) => setImmediate(resolve));
      return await fetch(input, init);
    } finally {
      if (item) open--;
    }
  };
  return { fetch: fetchImpl, stats };
}

describe("client.sales()", () => {
  it("yields every sale of the window once, in OperateTime order, each with exactly the lines the vendor holds", async () => {
    const { client, sim } = simulated(server, { counts: { in_store: 400 } }, { pageSize: 50 });
    const sales = await collect(client.sales(APRIL));
    expect(sales.map((s) => s.note.BillNumber)).toEqual(
      Array.from({ length: 400 }, (_, j) => sim.consumeNote(j).BillNumber),
    );
    for (const [j, sale] of sales.entries()) {
      expect(sale.items.map((item) => item.Guid)).toEqual(sim.consumeNoteItems(j).map((item) => item.Guid));
    }
    const notes = sentData(sim).filter((d) => d.where !== undefined);
    expect(notes.map((d) => d.pageIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(notes[0]).toMatchObject({
      where: "OperateTime >= '2024-04-01 00:00:00' and OperateTime < '2024-05-01 00:00:00'",
      orderBy: "OperateTime asc, BillNumber asc",
      pageSize: 50,
    });
    // One line request per sale, carrying only the Guid (as S5 sends it).
    const lineRequests = sentData(sim).filter((d) => d.guid !== undefined);
    expect(lineRequests).toHaveLength(400);
    expect(Object.keys(lineRequests[0]!)).toEqual(["guid"]);
  });

  it("fetches lines with bounded concurrency, every request under the rate limiter, and keeps the notes' order", async () => {
    const { fetch: counting, stats } = countingFetch();
    let acquired = 0;
    const { client, sim } = simulated(
      server,
      { counts: { in_store: 60 } },
      {
        fetch: counting,
        saleLineConcurrency: 3,
        rateLimiter: {
          acquire: async () => {
            acquired++;
          },
        },
      },
    );
    const sales = await collect(client.sales(APRIL));
    expect(sales).toHaveLength(60);
    expect(stats.itemRequests).toBe(60);
    expect(stats.maxOpen).toBe(3);
    // Every request — the pages and each sale's lines — went through the account's limiter.
    expect(acquired).toBe(sim.requests.length);
    expect(sales.map((s) => s.note.BillNumber)).toEqual(
      Array.from({ length: 60 }, (_, j) => sim.consumeNote(j).BillNumber),
    );
  });

  it("keeps the notes' order when an earlier sale's lines come back last", async () => {
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let itemCalls = 0;
    const slowFirst: typeof fetch = async (input, init) => {
      if (String(input).includes(ITEMS)) {
        itemCalls++;
        if (itemCalls === 1) await firstHeld;
        else if (itemCalls === 3) releaseFirst();
      }
      return fetch(input, init);
    };
    const { client, sim } = simulated(
      server,
      { counts: { in_store: 10 } },
      { fetch: slowFirst, saleLineConcurrency: 4 },
    );
    const sales = await collect(client.sales(APRIL));
    expect(sales.map((s) => s.note.Guid)).toEqual(
      Array.from({ length: 10 }, (_, j) => sim.consumeNote(j).Guid),
    );
  });

  it("honours [since, until) to the second and pages to the exact end", async () => {
    const { client, sim } = simulated(server, { counts: { in_store: 200 } }, { pageSize: 20 });
    const first = shanghaiLocalToDate(String(sim.consumeNote(40).OperateTime));
    const last = shanghaiLocalToDate(String(sim.consumeNote(80).OperateTime));
    const sales = await collect(client.sales({ since: first, until: last }));
    // Sales 40..79 (times strictly increase in this data: one sale per 3.6 hours).
    expect(sales.map((s) => s.note.BillNumber)).toEqual(
      Array.from({ length: 40 }, (_, k) => sim.consumeNote(40 + k).BillNumber),
    );
    // 40 sales at 20 a page: two pages, the second full, and no third request.
    expect(sentData(sim).filter((d) => d.where !== undefined)).toHaveLength(2);
    expect(
      await collect(client.sales({ since: "2030-01-01T00:00:00Z", until: "2030-02-01T00:00:00Z" })),
    ).toEqual([]);
  });

  it("yields a sale booked as an amount alone with no lines, and revoked sales; payments add up to TotalPaid", async () => {
    const { client } = simulated(server, { counts: { in_store: 400 } });
    const sales = await collect(client.sales(APRIL));
    const quick = sales.filter((s) => s.items.length === 0);
    expect(quick.length).toBeGreaterThan(0);
    expect(quick.every((s) => s.note.Meno === "快速消费")).toBe(true);
    expect(sales.some((s) => s.note.IsUndo === true)).toBe(true);
    for (const { note } of sales) {
      const parts = [note.PaidMoney, note.PaidValue, note.PaidPoint].map((v) => parseYuanToFen(v!));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(parseYuanToFen(note.TotalPaid!));
    }
  });

  it("hands a sale whose lines the vendor refuses to onInvalidRecord with its note, never yields it without lines", async () => {
    const { client, sim } = simulated(server, {
      counts: { in_store: 30 },
      badRecords: { every: 10, kind: "lines-unavailable" },
    });
    const invalid: InvalidRecord[] = [];
    const sales = await collect(client.sales({ ...APRIL, onInvalidRecord: (r) => void invalid.push(r) }));
    expect(sales.map((s) => s.note.BillNumber)).toEqual(
      Array.from({ length: 30 }, (_, j) => j)
        .filter((j) => (j + 1) % 10 !== 0)
        .map((j) => sim.consumeNote(j).BillNumber),
    );
    expect(invalid.map((r) => r.id)).toEqual([9, 19, 29].map((j) => sim.consumeNote(j).BillNumber));
    expect(invalid[0]!.raw).toMatchObject({ Guid: sim.consumeNote(9).Guid });
    expect(invalid[0]!.error).toBeInstanceOf(VendorError);
    expect(invalid[0]!.error.message).toContain("查询销售明细失败");
    // Asked twice before giving up.
    const asked = sentData(sim).filter((d) => d.guid === sim.consumeNote(9).Guid);
    expect(asked).toHaveLength(2);
    expect(sim.totals().in_store!.bad.count).toBe(3);
    await expect(collect(client.sales(APRIL))).rejects.toBeInstanceOf(VendorError);
  });

  it("tries a bad answer for the lines again, and gives the sale up after two", async () => {
    // One sale at a time, so the queued faults meet the sales in order.
    const { client, sim } = simulated(server, { counts: { in_store: 3 } }, { saleLineConcurrency: 1 });
    sim.faults.push({ truncate: true, match: ITEMS });
    const once = await collect(client.sales(APRIL));
    expect(once).toHaveLength(3);
    sim.faults.push({ truncate: true, match: ITEMS }, 2);
    const invalid: InvalidRecord[] = [];
    const twice = await collect(client.sales({ ...APRIL, onInvalidRecord: (r) => void invalid.push(r) }));
    expect(twice.map((s) => s.note.Guid)).toEqual([sim.consumeNote(1).Guid, sim.consumeNote(2).Guid]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.error).toBeInstanceOf(ParseError);
    expect(invalid[0]!.raw).toMatchObject({ BillNumber: sim.consumeNote(0).BillNumber });
  });

  it("refuses lines whose total is not the lines carried (a paged answer) and lines that fail the spec", async () => {
    const { client, sim } = simulated(server, { counts: { in_store: 2 } }, { saleLineConcurrency: 1 });
    const items = sim.consumeNoteItems(0).length > 0 ? sim.consumeNoteItems(0) : sim.consumeNoteItems(1);
    const paged = JSON.stringify({ status: 0, total: items.length + 5, data: [] });
    sim.faults.push({ body: paged, match: ITEMS }, 2);
    const invalid: InvalidRecord[] = [];
    await collect(client.sales({ ...APRIL, onInvalidRecord: (r) => void invalid.push(r) }));
    expect((invalid[0]!.error as ResponseValidationError).path).toBe("total");
    expect(invalid[0]!.error.message).toMatch(/may be paged/);

    const wrongLine = JSON.stringify({ status: 0, total: 1, data: [{ Guid: "x", GoodItemName: 7 }] });
    sim.faults.push({ body: wrongLine, match: ITEMS }, 2);
    const again: InvalidRecord[] = [];
    const sales = await collect(client.sales({ ...APRIL, onInvalidRecord: (r) => void again.push(r) }));
    expect(sales).toHaveLength(1);
    expect((again[0]!.error as ResponseValidationError).path).toBe("data[0].GoodItemName");
  });

  it("ends the iteration on a transport failure of the lines (after retries): no failed record for an outage", async () => {
    const { client, sim } = simulated(
      server,
      { counts: { in_store: 5 } },
      { retries: 1, saleLineConcurrency: 1 },
    );
    sim.faults.push({ status: 503, body: "busy", match: ITEMS }, 2);
    const invalid: InvalidRecord[] = [];
    const error = await collect(
      client.sales({ ...APRIL, onInvalidRecord: (r) => void invalid.push(r) }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(invalid).toEqual([]);
  });

  it("with validate: false yields notes and lines as received; a note that is no object or has no Guid is invalid", async () => {
    const { client, sim } = simulated(server, {
      counts: { in_store: 20 },
      drift: { every: 5, nullify: ["StoreName"], extraField: "NewColumn", unknownCode: true },
      badRecords: { every: 7, kind: ["not-an-object", "missing-money"] },
    });
    const invalid: InvalidRecord[] = [];
    const sales = await collect(
      client.sales({ ...APRIL, validate: false, onInvalidRecord: (r) => void invalid.push(r) }),
    );
    // 6 and 13: not-an-object (invalid) and missing-money (yielded: a JSON object, decoded by the caller).
    expect(invalid.map((r) => r.raw)).toEqual([sim.consumeNote(6).BillNumber]);
    expect(sales).toHaveLength(19);
    const drifted = sales.find((s) => s.note.Guid === sim.consumeNote(4).Guid)!;
    expect(drifted.note).toMatchObject({ StoreName: null, NewColumn: "not in the spec", IsUndo: 2 });
    expect(isLosslessNumber(drifted.note.TotalPaid)).toBe(true);
    expect(sales.find((s) => s.note.Guid === sim.consumeNote(13).Guid)!.note).not.toHaveProperty(
      "TotalMoney",
    );

    const noGuid = simulated(server, { counts: { in_store: 3 }, drift: { every: 3, omit: ["Guid"] } });
    const lost: InvalidRecord[] = [];
    const kept = await collect(
      noGuid.client.sales({ ...APRIL, validate: false, onInvalidRecord: (r) => void lost.push(r) }),
    );
    expect(kept).toHaveLength(2);
    expect(lost[0]!.id).toBe(noGuid.sim.consumeNote(2).BillNumber);
    expect(lost[0]!.error.message).toMatch(/Guid.*lines cannot be fetched/);
  });
});

describe("one sale, two records: goods orders approved into sales", () => {
  it("name each other by BillNumber, with equal amounts, the sale booked after the order", async () => {
    const { client, sim } = simulated(server, { counts: { online_mall: 300, in_store: 400 } });
    const orders = await collect(client.orders(APRIL));
    const sales = await collect(client.sales(APRIL));
    const byBill = new Map<string, YikayiSale>(sales.map((s) => [s.note.BillNumber, s]));
    const approved = orders.filter((o) => o.ConsumeBillNumber !== null);
    expect(approved.length).toBeGreaterThan(50);
    for (const order of approved) {
      expect(order.Status).toBe(1);
      const sale = byBill.get(order.ConsumeBillNumber!)!;
      expect(sale, order.BillNumber).toBeDefined();
      expect(sale.note.TotalMoney).toBe(order.TotalMoney);
      const paid = [
        "PaidMoney",
        "PaidValue",
        "PaidPoint",
        "PaidCoupon",
        "PaidOther",
        "PaidThirdpay",
      ] as const;
      expect(parseYuanToFen(sale.note.TotalPaid!)).toBe(
        paid.reduce((sum, f) => sum + parseYuanToFen(order[f]), 0),
      );
      const gap =
        shanghaiLocalToDate(sale.note.OperateTime).getTime() -
        shanghaiLocalToDate(order.SubmitTime).getTime();
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThan(2 * 86_400_000);
      expect(sale.items.map((i) => i.Barcode)).toEqual(order.ItemList.map((i) => i.BarCode));
    }
    // No goods order claims a sale the vendor does not have.
    expect(orders.every((o) => o.ConsumeBillNumber === null || byBill.has(o.ConsumeBillNumber))).toBe(true);
    const totals = sim.totals();
    expect(totals.online_mall!.duplicates!.count).toBe(approved.length);
  });

  it("a refunded approved order revokes its sale", async () => {
    const { client, sim } = simulated(server, { counts: { online_mall: 50, in_store: 60 } });
    const order = Array.from({ length: 50 }, (_, i) => i).find((i) => sim.saleOfGoodsOrder(i) !== undefined)!;
    const sale = sim.saleOfGoodsOrder(order)!;
    expect(sim.goodsOrderOfSale(sale)).toBe(order);
    sim.refundOrder(order);
    const sales = await collect(client.sales(APRIL));
    expect(sales.find((s) => s.note.BillNumber === sim.consumeNote(sale).BillNumber)!.note.IsUndo).toBe(true);
  });
});

describe("errors in the user's terms", () => {
  it("a wrong secret says check YIKAYI_SECRET, without the secret", async () => {
    const { sim } = simulated(server);
    const client = clientFromEnv({ ...sim.env(BASE_URL), YIKAYI_SECRET: "WRONG9" }, { retries: 0 });
    const error = await client.getMembersPagedV2({ pageIndex: 0, pageSize: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).message).toBe(
      "yikayi Get_MembersPagedV2: vendor error -1: 签名错误 (check YIKAYI_SECRET)",
    );
    const account = clientFromEnv({ ...sim.env(BASE_URL), YIKAYI_USER_ACCOUNT: "99999" });
    await expect(account.getMembersPagedV2({ pageIndex: 0, pageSize: 1 })).rejects.toThrow(
      /工号不存在 \(check YIKAYI_USER_ACCOUNT\)/,
    );
  });

  it("a refused connection names host, port and YIKAYI_BASE_URL, never the signed query", async () => {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once("error", reject);
      probe.listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    // Nothing in process answers (the simulator's handlers are not installed): the request goes to the closed port.
    server.resetHandlers(http.get("https://unused.invalid/", () => new Response("")));
    const sim = createYikayiSimulator();
    const client = clientFromEnv(sim.env(`http://127.0.0.1:${port}`), { retries: 0 });
    const error = await collect(client.sales(APRIL)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(
      `yikayi Get_ConsumeNotePagedV2: cannot connect to 127.0.0.1:${port} (ECONNREFUSED): is YIKAYI_BASE_URL right?`,
    );
  });

  it("a YIKAYI_BASE_URL with a password is refused at configuration time, the password never shown", () => {
    const { sim } = simulated(server);
    const error = (() => {
      try {
        clientFromEnv({ ...sim.env(BASE_URL), YIKAYI_BASE_URL: "https://shop:pa55-word@openapi.1card1.cn" });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.variable).toBe("YIKAYI_BASE_URL");
    expect(error!.message).not.toContain("pa55-word");
  });
});
