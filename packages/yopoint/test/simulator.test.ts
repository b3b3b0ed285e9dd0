import {
  HttpError,
  type InvalidRecord,
  ParseError,
  ResponseValidationError,
  VendorError,
} from "@orderbridge/core";
import { serveHandlers } from "@orderbridge/mocks";
import { createYopointSimulator, type YopointSimulator } from "@orderbridge/mocks/yopoint";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFromEnv, createClient, type YopointClient } from "../src/index.js";

const BASE = "http://yopoint.test";
// The simulator's and the client's clocks agree on this instant (2024-03-06 Beijing time).
const NOW = Date.parse("2024-03-06T10:00:00+08:00");
const noSleep = async () => {};

const server = setupServer();
beforeAll(() =>
  server.listen({
    // Loopback requests go to a real server (serveHandlers); everything else must be handled.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== "127.0.0.1") print.error();
    },
  }),
);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(options: Parameters<typeof createYopointSimulator>[0] = {}): {
  sim: YopointSimulator;
  client: YopointClient;
} {
  const sim = createYopointSimulator({ now: () => NOW, ...options });
  server.use(...sim.handlers);
  const client = clientFromEnv(sim.env(BASE), { now: () => NOW, sleep: noSleep });
  return { sim, client };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("every method against the simulator", () => {
  it("api.test echoes", async () => {
    const { client, sim } = setup();
    expect(await client.apiTest({ hello: "友朋" })).toEqual({ hello: "友朋" });
    expect(sim.requests[0]!.contentType).toContain("application/x-www-form-urlencoded");
    expect(Object.keys(sim.requests[0]!.params).sort()).toEqual([
      "appid",
      "biz_content",
      "method",
      "sign",
      "sign_type",
      "timestamp",
      "version",
    ]);
    expect(sim.requests[0]!.params.timestamp).toBe(String(NOW / 1000));
  });

  it("cabinet.list and cabinet.product.stock", async () => {
    const { client } = setup();
    const cabinets = await client.cabinetList({ Page: 1, PageSize: 5 });
    expect(cabinets.data).toHaveLength(5);
    expect(cabinets.last_page).toBe(2);
    const cabinet = cabinets.data[0]!;
    expect(cabinet.Name).toMatch(/柜/);
    const stock = await client.cabinetProductStock({ cid: cabinet.id, page: 1, pageSize: 20 });
    expect(stock.data.length).toBeGreaterThan(0);
    expect(Number.isInteger(stock.data[0]!.Price)).toBe(true);
    expect(stock.data[0]!.ProductVO?.Name).toBeTruthy();
  });

  it("cabinet.open.door creates an order readable with cabinet.order.get", async () => {
    const { client } = setup();
    const cabinets = await client.cabinetList({ Page: 1 });
    const opened = await client.cabinetOpenDoor({ CID: cabinets.data[0]!.id, OpenID: "o_user_1" });
    expect(opened.ReceiptNo).toMatch(/^VI\d+/);
    expect(opened.NotifyUrl).toContain(opened.ReceiptNo);
    const order = await client.cabinetOrderGet({ ReceiptNo: opened.ReceiptNo });
    expect(order.TradeStatus).toBe(0);
    expect(order.DoorStatus).toBe(1);
  });

  it("cabinet.order.refund.apply is kept as state and completed by the back-office review", async () => {
    const { client, sim } = setup();
    const target = sim.orderAt(3) as { ReceiptNo: string; TradeStatus: number; Price: number };
    expect(target.TradeStatus).toBe(1);
    const applied = await client.cabinetOrderRefundApply({
      ReceiptNo: target.ReceiptNo,
      Reason: "没取到商品",
    });
    expect(applied.UserRefundsStatus).toBe(1);
    const pending = await client.cabinetOrderGet({ ReceiptNo: target.ReceiptNo });
    expect(pending.UserRefundsReason).toBe("没取到商品");
    sim.approveRefund(target.ReceiptNo);
    const refunded = await client.cabinetOrderGet({ ReceiptNo: target.ReceiptNo });
    expect(refunded.TradeStatus).toBe(2);
    expect(refunded.RefundsPrice).toBe(target.Price);
    // A second application is a vendor error.
    await expect(client.cabinetOrderRefundApply({ ReceiptNo: target.ReceiptNo })).rejects.toThrow(
      VendorError,
    );
  });

  it("cabinet.order.user.appeal", async () => {
    const { client, sim } = setup();
    const receiptNo = (sim.orderAt(5) as { ReceiptNo: string }).ReceiptNo;
    const appeal = await client.cabinetOrderUserAppeal({
      ReceiptNo: receiptNo,
      Reason: "识别多扣了一瓶",
      Products: [{ BarCode: "6970399920439", Qty: 1 }],
    });
    expect(appeal.ReceiptNo).toBe(receiptNo);
    expect(sim.appeals).toHaveLength(1);
  });

  it("cabinet.order.list and cabinet.order.get (by ReceiptNo and by TradeNo)", async () => {
    const { client } = setup();
    const page = await client.cabinetOrderList({
      page: 1,
      StartTime: 1708617600,
      EndTime: 1709222399,
      pageSize: 20,
    });
    expect(page.data).toHaveLength(20);
    const first = page.data[0]!;
    expect(first.PayTime).toBeGreaterThanOrEqual(1708617600);
    const byReceipt = await client.cabinetOrderGet({ ReceiptNo: first.ReceiptNo });
    expect(byReceipt.id).toBe(first.id);
    expect(byReceipt.TerminalName).toBeTruthy();
    const withTrade = page.data.find((order) => order.TradeNo)!;
    const byTrade = await client.cabinetOrderGet({ TradeNo: withTrade.TradeNo! });
    expect(byTrade.ReceiptNo).toBe(withTrade.ReceiptNo);
  });

  it("consumer.order.list and consumer.order.get", async () => {
    const { client } = setup();
    const page = await client.consumerOrderList({ Page: 1, StartTime: 1708358400, EndTime: 1709654399 });
    expect(page.total).toBe(120);
    const order = await client.consumerOrderGet({ ReceiptNo: page.data[0]!.ReceiptNo });
    expect(order.id).toBe(page.data[0]!.id);
  });

  it("the simulator also serves over real HTTP on loopback", async () => {
    const sim = createYopointSimulator({ now: () => NOW });
    const served = await serveHandlers(sim.handlers);
    try {
      const client = clientFromEnv(sim.env(served.url), { now: () => NOW });
      const order = (sim.orderAt(0) as { ReceiptNo: string }).ReceiptNo;
      expect((await client.call("cabinet.order.get", { ReceiptNo: order })).ReceiptNo).toBe(order);
    } finally {
      await served.close();
    }
  });
});

describe("orders()", () => {
  it("yields every order of a window exactly once across many pages and 7-day pieces", async () => {
    const { client, sim } = setup({ orderCount: 2500 });
    const since = "2024-02-20T00:00:00+08:00";
    const until = "2024-03-06T00:00:00+08:00";
    const orders = await collect(client.orders({ since, until }));
    expect(orders).toHaveLength(2500);
    expect(new Set(orders.map((o) => o.ReceiptNo)).size).toBe(2500);
    const listCalls = sim.requests.filter((r) => r.method === "cabinet.order.list");
    // 15 days -> three pieces (7 + 7 + 1 days); every page asks for 100 records.
    expect(new Set(listCalls.map((r) => r.biz!.StartTime)).size).toBe(3);
    expect(listCalls.every((r) => r.biz!.pageSize === 100)).toBe(true);
    expect(listCalls.length).toBeGreaterThanOrEqual(25);
    // Orders cross Beijing-day boundaries.
    const beijingHours = orders.map((o) => new Date(o.PayTime * 1000 + 8 * 3600_000).getUTCHours());
    expect(beijingHours).toContain(23);
    expect(beijingHours).toContain(0);
  });

  it("honours [since, until) to the second", async () => {
    const { client, sim } = setup();
    const a = sim.orderAt(10) as { PayTime: number; ReceiptNo: string };
    const b = sim.orderAt(20) as { PayTime: number; ReceiptNo: string };
    const orders = await collect(
      client.orders({ since: new Date(a.PayTime * 1000), until: new Date(b.PayTime * 1000) }),
    );
    const [lo, hi] = sim.orderIndexRange(a.PayTime, b.PayTime - 1);
    expect(orders.map((o) => o.ReceiptNo)).toEqual(
      Array.from({ length: hi - lo }, (_, k) => (sim.orderAt(lo + k) as { ReceiptNo: string }).ReceiptNo),
    );
    expect(orders[0]!.ReceiptNo).toBe(a.ReceiptNo);
    expect(orders.some((o) => o.ReceiptNo === b.ReceiptNo)).toBe(false);
  });

  it("stops on last_page even when total says otherwise, and never yields a shifted record twice", async () => {
    const { client } = setup();
    const order = (n: number) => ({
      id: `id${n}`,
      CID: "c",
      OID: "o",
      ReceiptNo: `VI${n}`,
      PayType: 1,
      TradeStatus: 1,
      Price: 100,
      PayTime: 1709000000,
      Products: [],
      RefundsPrice: 0,
    });
    let calls = 0;
    server.use(
      http.post("*/api/gateway/index", () => {
        calls++;
        // total claims 1000 records, but last_page says 2; page 2 repeats VI2 (a page shift).
        const data = calls === 1 ? [order(1), order(2)] : [order(2), order(3)];
        return HttpResponse.json({
          error_code: 0,
          error_msg: "SUCCESS",
          data: { total: 1000, per_page: 2, current_page: calls, last_page: 2, from: 0, to: 2, data },
        });
      }),
    );
    const orders = await collect(
      client.orders({ since: "2024-02-27T00:00:00+08:00", until: "2024-02-28T00:00:00+08:00" }),
    );
    expect(calls).toBe(2);
    expect(orders.map((o) => o.ReceiptNo)).toEqual(["VI1", "VI2", "VI3"]);
  });

  it("hands an invalid record to onInvalidRecord and goes on; throws without it", async () => {
    const { client, sim } = setup();
    const good = sim.orderAt(0);
    const bad = { ...sim.orderAt(1), Price: "12.5" };
    server.use(
      http.post("*/api/gateway/index", () =>
        HttpResponse.json({
          error_code: 0,
          error_msg: "SUCCESS",
          data: {
            total: 2,
            per_page: 100,
            current_page: 1,
            last_page: 1,
            from: 0,
            to: 100,
            data: [good, bad],
          },
        }),
      ),
    );
    const window = { since: "2024-02-20T00:00:00+08:00", until: "2024-02-21T00:00:00+08:00" };
    const invalid: InvalidRecord[] = [];
    const orders = await collect(client.orders({ ...window, onInvalidRecord: (r) => void invalid.push(r) }));
    expect(orders).toHaveLength(1);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.id).toBe(sim.orderAt(1).ReceiptNo);
    expect((invalid[0]!.error as ResponseValidationError).path).toBe("data.data[1].Price");
    await expect(collect(client.orders(window))).rejects.toThrow(ResponseValidationError);
  });
});

describe("failures", () => {
  it("a wrong secret is the vendor's signature error", async () => {
    const { sim } = setup();
    const client = createClient({
      appId: sim.credentials.appId,
      appSecret: "wrong-secret-value",
      baseUrl: BASE,
      now: () => NOW,
    });
    const error = await client.apiTest().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).code).toBe("-1");
    expect((error as VendorError).vendorMessage).toBe("ERR_SIGN");
    expect((error as VendorError).message).not.toContain("wrong-secret-value");
  });

  it("a stale timestamp and an unknown order are vendor errors", async () => {
    const { sim } = setup();
    const late = clientFromEnv(sim.env(BASE), { now: () => NOW - 3600_000 });
    await expect(late.apiTest()).rejects.toThrow(/ERR_TIMESTAMP/);
    const client = clientFromEnv(sim.env(BASE), { now: () => NOW });
    const error = await client
      .cabinetOrderGet({ ReceiptNo: "VI000000000000999999" })
      .catch((e: unknown) => e);
    expect((error as VendorError).vendorMessage).toBe("ERR_ORDER_NOT_EXIST");
    expect((error as VendorError).operation).toBe("cabinet.order.get");
  });

  it("retries 429 and 5xx for queries", async () => {
    const { client, sim } = setup();
    sim.faults.push({ status: 429, headers: { "retry-after": "1" }, body: "{}" });
    sim.faults.push({ status: 502, body: "bad gateway" });
    expect(await client.apiTest({ n: 1 })).toEqual({ n: 1 });
    expect(sim.requests).toHaveLength(3);
  });

  it("does not retry a door opening", async () => {
    const { client, sim } = setup();
    sim.faults.push({ status: 503, body: "busy" });
    await expect(client.cabinetOpenDoor({ CID: "5f6da2362201410011fe7b70", OpenID: "u" })).rejects.toThrow(
      HttpError,
    );
    expect(sim.requests).toHaveLength(1);
  });

  it("answers 429 when throttled, and the client waits and retries", async () => {
    const sim = createYopointSimulator({ now: () => NOW, rateLimitPerSecond: 2 });
    server.use(...sim.handlers);
    // A real sleep here: the simulator's rate gate reads the real clock; Retry-After is 1 s.
    const client = clientFromEnv(sim.env(BASE), { now: () => NOW, retries: 3 });
    for (let n = 0; n < 3; n++) expect(await client.apiTest({ n })).toEqual({ n });
    expect(sim.requests.length).toBeGreaterThan(3);
    expect(sim.requests.filter((r) => r.method === "api.test")).toHaveLength(sim.requests.length);
  });

  it("malformed JSON is a ParseError", async () => {
    const { client, sim } = setup();
    sim.faults.push({ truncate: true });
    await expect(client.cabinetList({ Page: 1 })).rejects.toThrow(ParseError);
  });

  it("accepts an unknown extra field and rejects a wrong type naming the field", async () => {
    const { client, sim } = setup();
    const order = sim.orderAt(0);
    sim.faults.push({
      body: JSON.stringify({
        error_code: 0,
        error_msg: "SUCCESS",
        data: { ...order, BrandNewField: { x: 1 } },
      }),
    });
    const withExtra = await client.cabinetOrderGet({ ReceiptNo: "anything" });
    expect((withExtra as Record<string, unknown>).BrandNewField).toEqual({ x: 1 });
    sim.faults.push({
      body: JSON.stringify({
        error_code: 0,
        error_msg: "SUCCESS",
        data: { ...order, Products: [{ ...(order.Products as object[])[0], TotalPrice: "5.50" }] },
      }),
    });
    const error = await client.cabinetOrderGet({ ReceiptNo: "anything" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toBe("data.Products[0].TotalPrice");
  });
});

describe("simulator notifications", () => {
  it("builds notifications the client verifies", async () => {
    const { sim } = setup();
    const { verifyNotification } = await import("../src/index.js");
    const note = sim.buildNotification("notify.close.door", {
      Status: 1,
      ReceiptNo: "VI1",
      Msg: "机器有开门",
    });
    const verified = verifyNotification(note.body, { appSecret: sim.credentials.appSecret, now: NOW });
    expect(verified.payload).toEqual({ Status: 1, ReceiptNo: "VI1", Msg: "机器有开门" });
    const pay = sim.buildNotification("cabinet.order.vi.result.notify", { ReceiptNo: "VI1", Products: [] });
    expect(pay.fields.appid).toBeUndefined();
    expect(() => verifyNotification(pay.body, { appSecret: sim.credentials.appSecret, now: NOW })).toThrow(
      /bad_signature/,
    );
    expect(verifyNotification(pay.body, { appSecret: sim.credentials.paymentSecret, now: NOW }).method).toBe(
      "cabinet.order.vi.result.notify",
    );
  });
});
