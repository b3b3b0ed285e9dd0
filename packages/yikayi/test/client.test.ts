import {
  ConfigError,
  HttpError,
  type InvalidRecord,
  ParseError,
  ResponseValidationError,
  shanghaiLocalToDate,
  VendorError,
  stringifyJsonLossless as wire,
} from "@orderbridge/core";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOrderBy,
  buildWhere,
  clientFromEnv,
  createClient,
  type SqlFragment,
  unsafeRawWhere,
  YikayiGoodsBillSchema,
} from "../src/index.js";
import { BASE_URL, collect, fixture, sentData, simulated } from "./helpers.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const APRIL = { since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" };

describe("call and the named functions, against the simulator", () => {
  it("Get_GoodsBillPaged returns exact decimal text for four-decimal JSON numbers and string prices", async () => {
    const { client, sim } = simulated(server);
    const page = await client.getGoodsBillPaged({
      where: buildWhere("Get_GoodsBillPaged", [["BillNumber", "=", String(sim.goodsBill(0).BillNumber)]]),
      pageIndex: 0,
      pageSize: 10,
    });
    expect(page.total).toBe(1);
    const bill = page.data[0]!;
    expect(bill.TotalMoney).toMatch(/^\d+\.\d{4}$/);
    expect(bill.TotalMoney).toBe((sim.goodsBill(0).TotalMoney as { value: string }).value);
    expect(bill.ItemList[0]!.Price).toMatch(/^\d+\.\d{4}$/);
    expect(typeof bill.ItemList[0]!.Number).toBe("string");
  });

  it("signs, form-encodes and sends the five documented keys in D1's order, with 0-based pageIndex", async () => {
    const { client, sim } = simulated(server);
    await client.call("Get_GoodsBillPaged", { pageIndex: 0, pageSize: 5 });
    const request = sim.requests.at(-1)!;
    expect(request.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.keys(request.query).sort()).toEqual(["openId", "signature", "timestamp"]);
    expect(request.query.timestamp).toMatch(/^\d{10}$/);
    expect(request.query.signature).toMatch(/^[0-9A-F]{32}$/);
    expect(request.data).toBe(
      `{"userAccount":"10000","where":"1=1","pageIndex":0,"pageSize":5,"orderBy":""}`,
    );
  });

  it("Get_ConsumeNotePagedV2 and Get_ConsumeNoteItemPagedV2 join on Guid", async () => {
    const { client } = simulated(server);
    const notes = await client.getConsumeNotePagedV2({
      where: buildWhere("Get_ConsumeNotePagedV2", [
        ["OperateTime", ">=", new Date("2024-04-10T00:00:00+08:00")],
      ]),
      orderBy: buildOrderBy("Get_ConsumeNotePagedV2", [["OperateTime", "desc"]]),
      pageIndex: 0,
      pageSize: 3,
    });
    expect(notes.data).toHaveLength(3);
    const times = notes.data.map((note) => note.OperateTime);
    expect([...times].sort().reverse()).toEqual(times);
    const items = await client.getConsumeNoteItemPagedV2({ guid: notes.data[0]!.Guid });
    expect(items.total).toBe(items.data.length);
    expect(items.data.length).toBeGreaterThan(0);
    expect(items.data[0]!.Barcode).toBeTypeOf("string");
    const none = await client.call("Get_ConsumeNoteItemPagedV2", {
      guid: "00000000-0000-4000-a000-ffffffffffff",
    });
    expect(none).toMatchObject({ status: 0, total: 0, data: [] });
  });

  it("Get_MembersPagedV2 filters on Chinese text (sent as \\u escapes) and sorts", async () => {
    const { client, sim } = simulated(server);
    const all = await client.getMembersPagedV2({ pageIndex: 0, pageSize: 200 });
    expect(all.total).toBe(sim.shape.memberCount);
    const someone = all.data[3]!;
    const found = await client.getMembersPagedV2({
      where: buildWhere("Get_MembersPagedV2", [["TrueName", "=", someone.TrueName!]]),
      orderBy: buildOrderBy("Get_MembersPagedV2", ["CardId"]),
      pageIndex: 0,
      pageSize: 50,
    });
    expect(found.data.map((member) => member.TrueName)).toContain(someone.TrueName);
    expect(sim.requests.at(-1)!.data).toMatch(/^[\x20-\x7e]+$/);
  });

  it("accepts unknown extra fields and keeps them", async () => {
    const { client, sim } = simulated(server);
    const bill = { ...sim.goodsBill(0), BrandNewField: { nested: true } };
    sim.faults.push({ body: wire({ status: 0, total: 1, data: [bill], requestId: "x" }) });
    const page = await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 10 });
    expect((page.data[0] as Record<string, unknown>).BrandNewField).toEqual({ nested: true });
  });

  it("refuses a wrong type with a ResponseValidationError naming the field", async () => {
    const { client, sim } = simulated(server);
    const bill = { ...sim.goodsBill(0), TotalMoney: "一百七十" };
    sim.faults.push({ body: wire({ status: 0, total: 1, data: [bill] }) });
    const error = await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toBe("data[0].TotalMoney");
    sim.faults.push({ body: wire({ status: 0, total: "1", data: [] }) });
    const totalError = await client
      .getGoodsBillPaged({ pageIndex: 0, pageSize: 10 })
      .catch((e: unknown) => e);
    expect((totalError as ResponseValidationError).path).toBe("total");
  });

  it("turns status -1 into a VendorError carrying the vendor's message", async () => {
    const { client, sim } = simulated(server);
    sim.faults.push({ body: '{"status":-1,"message":"查询失败及原因"}' });
    const error = (await client
      .getGoodsBillPaged({ pageIndex: 0, pageSize: 1 })
      .catch((e: unknown) => e)) as VendorError;
    expect(error).toBeInstanceOf(VendorError);
    expect(error.code).toBe("-1");
    expect(error.vendorMessage).toBe("查询失败及原因");
    expect(error.operation).toBe("Get_GoodsBillPaged");
  });

  it("a wrong secret is refused by the simulator's signature check, and the secret never shows", async () => {
    const { sim } = simulated(server);
    const client = createClient({ ...sim.credentials, secret: "WRONG9", baseUrl: BASE_URL });
    const error = (await client
      .getGoodsBillPaged({ pageIndex: 0, pageSize: 1 })
      .catch((e: unknown) => e)) as VendorError;
    expect(error).toBeInstanceOf(VendorError);
    expect(error.vendorMessage).toBe("签名错误");
    expect(`${error.message} ${String(error)} ${error.stack}`).not.toContain("WRONG9");
  });

  it("a stale timestamp is refused (the simulator enforces ±300 s)", async () => {
    const { client } = simulated(server, {}, { now: () => Date.now() - 3_600_000 });
    await expect(client.getGoodsBillPaged({ pageIndex: 0, pageSize: 1 })).rejects.toThrow(/timestamp/);
  });

  it("retries 5xx and 429 (honouring Retry-After), with a fresh signature per attempt", async () => {
    const { client, sim, sleeps } = simulated(server);
    sim.faults.push({ status: 502, body: "Bad Gateway" });
    sim.faults.push({ status: 429, headers: { "retry-after": "2" }, body: "" });
    const page = await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 1 });
    expect(page.status).toBe(0);
    expect(sim.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBe(2000);
  });

  it("gives up after the configured retries with an HttpError", async () => {
    const { client, sim } = simulated(server, {}, { retries: 1 });
    sim.faults.push({ status: 503, body: "busy" }, 2);
    const error = await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
  });

  it("answers the simulator's own rate limit (HTTP 429) by waiting and retrying", async () => {
    const { client, sim, sleeps } = simulated(server, { rateLimitPerSecond: 1 });
    await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 1 });
    await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 1 }).catch(() => undefined);
    expect(sim.rateGate!.refused).toBeGreaterThan(0);
    expect(sleeps.every((ms) => ms === 1000)).toBe(true);
  });

  it("malformed JSON (a truncated body) is a ParseError, not a crash", async () => {
    const { client, sim } = simulated(server);
    sim.faults.push({ truncate: true });
    const error = await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/malformed JSON/);
  });

  it("the seed page's example response parses losslessly (170.0000 stays 170.0000)", async () => {
    const { client, sim } = simulated(server);
    sim.faults.push({ body: fixture("Get_GoodsBillPaged.seed.json") });
    const page = await client.getGoodsBillPaged({ pageIndex: 0, pageSize: 10 });
    const bill = page.data[0]!;
    expect([bill.TotalMoney, bill.PaidMoney, bill.PaidValue, bill.PaidPoint]).toEqual([
      "170.0000",
      "70.0000",
      "100.0000",
      "0.0000",
    ]);
    expect(bill.ItemList.map((item) => [item.Number, item.Price])).toEqual([
      ["5", "20.0000"],
      ["1", "100.0000"],
      ["1", "20.0000"],
    ]);
    expect(bill.ItemList[1]!.GoodsItemSkuDesc).toBe("颜色:天空蓝,版本:纯电版");
    expect(bill.ThirdPayStatus).toBe(-3);
  });
});

describe("request checks before anything is sent", () => {
  const client = createClient({
    openId: "0123456789ABCDEF0123456789ABCDEF",
    secret: "ABC123",
    userAccount: "10000",
    baseUrl: BASE_URL,
  });

  it("refuses a raw string as where/orderBy: only built or explicitly unsafe fragments go out", async () => {
    const raw = " 1=1 and cardId='x' or 1=1 --" as unknown as SqlFragment;
    await expect(client.getGoodsBillPaged({ where: raw, pageIndex: 0, pageSize: 1 })).rejects.toThrow(
      /where must come from buildWhere/,
    );
    await expect(
      client.getGoodsBillPaged({
        orderBy: "cardId desc" as unknown as SqlFragment,
        pageIndex: 0,
        pageSize: 1,
      }),
    ).rejects.toThrow(/orderBy must come from buildOrderBy/);
    // A where fragment is not accepted as an orderBy.
    await expect(
      client.getGoodsBillPaged({ orderBy: buildWhere("Get_GoodsBillPaged", []), pageIndex: 0, pageSize: 1 }),
    ).rejects.toThrow(/orderBy must come from/);
  });

  it("refuses a renamed or unknown parameter (the part of data Prism cannot see)", async () => {
    await expect(client.call("Get_GoodsBillPaged", { pageindex: 0, pageSize: 1 } as never)).rejects.toThrow(
      /no parameter named pageindex/,
    );
    await expect(client.call("Get_GoodsBillPaged", { pageIndex: -1, pageSize: 1 })).rejects.toThrow(
      /pageIndex/,
    );
    await expect(client.call("Get_GoodsBillPaged", { pageIndex: 0, pageSize: 201 })).rejects.toThrow(
      /pageSize/,
    );
    await expect(client.call("Get_ConsumeNoteItemPagedV2", { Guid: "x" } as never)).rejects.toThrow(
      /no parameter named Guid/,
    );
    await expect(client.call("Get_Unknown" as never, {} as never)).rejects.toThrow(/unknown 1card1 method/);
  });
});

describe("client.orders", () => {
  function inWindow(sim: ReturnType<typeof simulated>["sim"], since: string, until: string): string[] {
    const from = new Date(since).getTime();
    const to = new Date(until).getTime();
    const out: string[] = [];
    for (let i = 0; i < sim.shape.orderCount; i++) {
      const bill = sim.goodsBill(i);
      const at = shanghaiLocalToDate(String(bill.SubmitTime)).getTime();
      if (at >= from && at < to) out.push(String(bill.Guid));
    }
    return out;
  }

  it("yields every goods order in [since, until) exactly once, paging from pageIndex 0", async () => {
    const { client, sim } = simulated(server, {}, { pageSize: 7 });
    const since = "2024-04-10T00:00:00+08:00";
    const until = "2024-04-20T00:00:00+08:00";
    const orders = await collect(client.orders({ since, until }));
    const expected = inWindow(sim, since, until);
    expect(expected.length).toBeGreaterThan(50);
    expect(orders.map((order) => order.Guid)).toEqual(expected);
    const pages = sentData(sim).map((data) => data.pageIndex);
    expect(pages[0]).toBe(0);
    expect(pages).toEqual([...pages.keys()]);
    expect(sentData(sim)[0]!.where).toBe(
      "SubmitTime >= '2024-04-10 00:00:00' and SubmitTime < '2024-04-20 00:00:00'",
    );
    expect(sentData(sim)[0]!.orderBy).toBe("SubmitTime asc, BillNumber asc");
  });

  it("adjacent windows split the whole span without loss or overlap (Beijing midnight boundaries)", async () => {
    const { client, sim } = simulated(
      server,
      { orderCount: 120, start: "2024-04-01T00:00:00+08:00", end: "2024-04-04T00:00:00+08:00" },
      { pageSize: 50 },
    );
    const days = ["2024-04-01", "2024-04-02", "2024-04-03", "2024-04-04"].map((d) => `${d}T00:00:00+08:00`);
    const seen: string[] = [];
    for (let d = 0; d < 3; d++)
      seen.push(
        ...(await collect(client.orders({ since: days[d]!, until: days[d + 1]! }))).map((o) => o.Guid),
      );
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => String(sim.goodsBill(i).Guid)));
  });

  it("treats the bounds at whole seconds: [since, until) with millisecond bounds", async () => {
    const { client, sim } = simulated(server);
    const at = shanghaiLocalToDate(String(sim.goodsBill(10).SubmitTime)).getTime();
    const exact = await collect(client.orders({ since: new Date(at), until: new Date(at + 1000) }));
    expect(exact.map((o) => o.Guid)).toContain(sim.goodsBill(10).Guid);
    const after = await collect(client.orders({ since: new Date(at + 1), until: new Date(at + 1000) }));
    expect(after.map((o) => o.Guid)).not.toContain(sim.goodsBill(10).Guid);
    const before = await collect(client.orders({ since: new Date(at - 5000), until: new Date(at) }));
    expect(before.map((o) => o.Guid)).not.toContain(sim.goodsBill(10).Guid);
  });

  it("paging edges: empty window (one request), exactly one full page (stops on total), last page short", async () => {
    const { client, sim } = simulated(server, { orderCount: 20 }, { pageSize: 10 });
    expect(
      await collect(client.orders({ since: "2023-01-01T00:00:00Z", until: "2023-02-01T00:00:00Z" })),
    ).toEqual([]);
    expect(sim.requests).toHaveLength(1);

    sim.requests.length = 0;
    const full = await collect(client.orders(APRIL));
    expect(full).toHaveLength(20);
    expect(sentData(sim).map((d) => d.pageIndex)).toEqual([0, 1]); // total reached after page 1: no empty page 2

    const one = simulated(server, { orderCount: 10 }, { pageSize: 10 });
    expect(await collect(one.client.orders(APRIL))).toHaveLength(10);
    expect(one.sim.requests).toHaveLength(1);

    const short = simulated(server, { orderCount: 25 }, { pageSize: 10 });
    expect(await collect(short.client.orders(APRIL))).toHaveLength(25);
    expect(sentData(short.sim).map((d) => d.pageIndex)).toEqual([0, 1, 2]);
  });

  it("stops on a short page even when total claims more", async () => {
    const { client, sim } = simulated(server, { orderCount: 5 }, { pageSize: 10 });
    const bills = [0, 1, 2].map((i) => sim.goodsBill(i));
    sim.faults.push({ body: wire({ status: 0, total: 999, data: bills }) });
    expect(await collect(client.orders(APRIL))).toHaveLength(3);
    expect(sim.requests).toHaveLength(1);
  });

  it("never yields the same order twice when the vendor repeats a row across pages", async () => {
    const { client, sim } = simulated(server, { orderCount: 4 }, { pageSize: 2 });
    const [a, b, c] = [0, 1, 2].map((i) => JSON.parse(wire(sim.goodsBill(i))));
    sim.faults.push({ body: wire({ status: 0, total: 4, data: [a, b] }) });
    sim.faults.push({ body: wire({ status: 0, total: 4, data: [b, c] }) });
    const orders = await collect(client.orders(APRIL));
    expect(orders.map((o) => o.Guid)).toEqual([a.Guid, b.Guid, c.Guid]);
  });

  it("hands an invalid record to onInvalidRecord and goes on; without it, throws", async () => {
    const { client, sim } = simulated(server, { orderCount: 3 }, { pageSize: 10 });
    const bad = { ...JSON.parse(wire(sim.goodsBill(1))), Status: "完成" };
    const body = wire({ status: 0, total: 3, data: [sim.goodsBill(0), bad, sim.goodsBill(2)] });
    sim.faults.push({ body });
    const invalid: InvalidRecord[] = [];
    const orders = await collect(
      client.orders({ ...APRIL, onInvalidRecord: (record) => void invalid.push(record) }),
    );
    expect(orders).toHaveLength(2);
    expect(invalid).toHaveLength(1);
    // Reported under its order number (the Order id's vendorOrderId), as Yopoint and Baifude records are.
    expect(invalid[0]!.id).toBe(bad.BillNumber);
    expect(invalid[0]!.raw).toMatchObject({ Status: "完成" });
    expect((invalid[0]!.error as ResponseValidationError).path).toBe("data[1].Status");

    sim.faults.push({ body });
    await expect(collect(client.orders(APRIL))).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("yields objects that pass YikayiGoodsBillSchema, with refunds visible after sim.refundOrder", async () => {
    const { client, sim } = simulated(server, { orderCount: 30 });
    const paidIndex = Array.from({ length: 30 }, (_, i) => i).find(
      (i) => sim.goodsBill(i).ThirdPayStatus === 1,
    )!;
    sim.refundOrder(paidIndex);
    const orders = await collect(client.orders(APRIL));
    for (const order of orders) expect(YikayiGoodsBillSchema.safeParse(order).success).toBe(true);
    expect(orders[paidIndex]).toMatchObject({ Status: -1, StatusName: "已关闭", ThirdPayStatus: -3 });
    const methods = new Set(orders.map((o) => o.ThirdpayType));
    expect(methods.size).toBeGreaterThan(1);
  });

  it("an empty or reversed window sends nothing", async () => {
    const { client, sim } = simulated(server);
    expect(await collect(client.orders({ since: APRIL.until, until: APRIL.since }))).toEqual([]);
    expect(sim.requests).toHaveLength(0);
  });

  it("unsafeRawWhere goes out verbatim (and the simulator refuses text outside the builder's grammar)", async () => {
    const { client } = simulated(server);
    await expect(
      client.getGoodsBillPaged({
        where: unsafeRawWhere("CardId = '' or 1=1 --'"),
        pageIndex: 0,
        pageSize: 1,
      }),
    ).rejects.toThrow(/查询条件错误/);
  });
});

describe("clientFromEnv", () => {
  const env = {
    YIKAYI_OPEN_ID: "0123456789ABCDEF0123456789ABCDEF",
    YIKAYI_SECRET: "ABC123",
    YIKAYI_USER_ACCOUNT: "10000",
  };

  it("defaults the base URL to the production host", () => {
    expect(clientFromEnv(env).baseUrl).toBe("https://openapi.1card1.cn");
    expect(clientFromEnv({ ...env, YIKAYI_BASE_URL: "http://127.0.0.1:9/" }).baseUrl).toBe(
      "http://127.0.0.1:9",
    );
  });

  it.each(["YIKAYI_OPEN_ID", "YIKAYI_SECRET", "YIKAYI_USER_ACCOUNT"])("names a missing %s", (name) => {
    const error = (() => {
      try {
        clientFromEnv({ ...env, [name]: "" });
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe(name);
  });

  it("refuses a malformed YIKAYI_BASE_URL, naming it", () => {
    expect(() => clientFromEnv({ ...env, YIKAYI_BASE_URL: "not a url" })).toThrow(/YIKAYI_BASE_URL/);
  });
});
