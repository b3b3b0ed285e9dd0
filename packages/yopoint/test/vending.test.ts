import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  ConfigError,
  ConnectionError,
  type InvalidRecord,
  LosslessNumber,
  ResponseValidationError,
  VendorError,
} from "@orderbridge/core";
import {
  createYopointSimulator,
  pushVendingShipments,
  type YopointSimulator,
} from "@orderbridge/mocks/yopoint";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFromEnv, verifyNotification, type YopointClient } from "../src/index.js";

const BASE = "http://yopoint.test";
// The simulator's and the client's clocks agree on this instant (2024-03-06 Beijing time).
const NOW = Date.parse("2024-03-06T10:00:00+08:00");
const SPAN = { since: "2024-02-20T00:00:00+08:00", until: "2024-03-06T00:00:00+08:00" };

const server = setupServer();
// Loopback requests go to real servers (a notification receiver, a closed port); everything else must be handled.
const listen = () =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== "127.0.0.1") print.error();
    },
  });
beforeAll(listen);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(options: Parameters<typeof createYopointSimulator>[0] = {}): {
  sim: YopointSimulator;
  client: YopointClient;
} {
  const sim = createYopointSimulator({ now: () => NOW, ...options });
  server.use(...sim.handlers);
  const client = clientFromEnv(sim.env(BASE), { now: () => NOW, sleep: async () => {} });
  return { sim, client };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Where vending order `i` sits in the answers over SPAN: 7-day pieces, 20 orders a page. */
function pathOf(sim: YopointSimulator, i: number): string {
  const week = 7 * 86_400;
  const first = Date.parse(SPAN.since) / 1000;
  const piece = Math.floor((Number(sim.consumerOrderAt(i).PayTime) - first) / week);
  const [lo] = sim.vendingIndexRange(first + piece * week, first + (piece + 1) * week - 1);
  return `data.data[${(i - lo) % 20}]`;
}

describe("vendingOrders()", () => {
  it("yields every vending order of a window exactly once, over many pages of the server's size and 7-day pieces", async () => {
    const { client, sim } = setup({ counts: { vending: 700 } });
    const orders = await collect(client.vendingOrders(SPAN));
    expect(orders.map((o) => o.ReceiptNo)).toEqual(
      Array.from({ length: 700 }, (_, i) => sim.consumerOrderAt(i).ReceiptNo),
    );
    const calls = sim.requests.filter((r) => r.method === "consumer.order.list");
    // `Page` as the spec says, no pageSize; 15 days -> three pieces (7 + 7 + 1 days), 20 orders a page.
    expect(calls.every((r) => Object.keys(r.biz!).sort().join() === "EndTime,Page,StartTime")).toBe(true);
    expect(new Set(calls.map((r) => r.biz!.StartTime)).size).toBe(3);
    expect(calls.length).toBeGreaterThanOrEqual(Math.ceil(700 / 20));
    // The last page of a piece may be short; no page beyond last_page is asked for.
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(700 / 20) + 3);
  });

  it("honours [since, until) to the second, and a window with no order", async () => {
    const { client, sim } = setup();
    const a = sim.consumerOrderAt(10) as { PayTime: number; ReceiptNo: string };
    const b = sim.consumerOrderAt(20) as { PayTime: number; ReceiptNo: string };
    const orders = await collect(
      client.vendingOrders({ since: new Date(a.PayTime * 1000), until: new Date(b.PayTime * 1000) }),
    );
    expect(orders.map((o) => o.ReceiptNo)).toEqual(
      Array.from({ length: 10 }, (_, k) => sim.consumerOrderAt(10 + k).ReceiptNo),
    );
    expect(
      await collect(client.vendingOrders({ since: "2030-01-01T00:00:00Z", until: "2030-01-02T00:00:00Z" })),
    ).toEqual([]);
  });

  it("pages exactly to a page boundary: 40 orders are two full pages and nothing more", async () => {
    const { client, sim } = setup({ counts: { vending: 40 } });
    const orders = await collect(
      client.vendingOrders({ since: SPAN.since, until: "2024-02-27T00:00:00+08:00" }),
    );
    const inFirstPiece = sim.vendingIndexRange(
      Date.parse(SPAN.since) / 1000,
      Date.parse("2024-02-27T00:00:00+08:00") / 1000 - 1,
    );
    expect(orders).toHaveLength(inFirstPiece[1] - inFirstPiece[0]);
    const sized = setup({ counts: { vending: 40 }, start: SPAN.since, end: "2024-02-21T00:00:00+08:00" });
    const all = await collect(
      sized.client.vendingOrders({ since: SPAN.since, until: "2024-02-21T00:00:00+08:00" }),
    );
    expect(all).toHaveLength(40);
    expect(sized.sim.requests.filter((r) => r.method === "consumer.order.list")).toHaveLength(2);
  });

  it("carries dispensed, waiting and failed orders, each with an ObjectId of its own creation time", async () => {
    const { client } = setup({ counts: { vending: 400 } });
    const orders = await collect(client.vendingOrders(SPAN));
    const statuses = new Set(orders.map((o) => o.ShipmentsStatus));
    expect([...statuses].sort()).toEqual([-1, 0, 1]);
    for (const order of orders) {
      const created = Number.parseInt(order.id.slice(0, 8), 16);
      expect(order.PayTime - created).toBeGreaterThanOrEqual(5);
      expect(order.PayTime - created).toBeLessThanOrEqual(60);
      if (order.ShipmentsStatus === -1) expect(order.ShipmentsError).not.toBe("");
      else expect(order.ShipmentsError).toBe("");
    }
    const byGet = await client.consumerOrderGet({ ReceiptNo: orders[7]!.ReceiptNo });
    expect(byGet).toEqual(orders[7]);
  });

  it("hands a record that fails the spec to onInvalidRecord and keeps the rest of its page", async () => {
    const { client, sim } = setup({
      counts: { vending: 60 },
      badRecords: { every: 7, kind: ["missing-money", "unreadable-time", "year-10000", "not-an-object"] },
    });
    const invalid: InvalidRecord[] = [];
    const orders = await collect(
      client.vendingOrders({ ...SPAN, onInvalidRecord: (r) => void invalid.push(r) }),
    );
    expect(sim.totals().vending!.bad.count).toBe(8);
    // year-10000 passes the schema (an integer): only the mapper can refuse it. The other three fail here.
    const failing = [6, 13, 27, 34, 41, 55];
    expect(invalid.map((r) => (r.error as ResponseValidationError).path)).toEqual(
      failing.map(
        (i) => `${pathOf(sim, i)}${[6, 34].includes(i) ? ".Price" : [13, 41].includes(i) ? ".PayTime" : ""}`,
      ),
    );
    expect(orders).toHaveLength(60 - failing.length);
    expect(invalid[0]!.id).toBe(sim.consumerOrderAt(6).ReceiptNo);
    expect(invalid[2]!.raw).toBe(sim.consumerOrderAt(27).ReceiptNo);
    await expect(collect(client.vendingOrders(SPAN))).rejects.toThrow(ResponseValidationError);
  });

  it("with validate: false yields every record that is an object, as received", async () => {
    const { client, sim } = setup({
      counts: { vending: 30 },
      drift: { every: 4, omit: ["ProductName"], nullify: ["BarCode"], extraField: true, unknownCode: true },
      badRecords: { every: 5, kind: ["sub-fen", "not-an-object"] },
    });
    const invalid: InvalidRecord[] = [];
    const records = await collect(
      client.vendingOrders({ ...SPAN, validate: false, onInvalidRecord: (r) => void invalid.push(r) }),
    );
    expect(invalid.map((r) => r.raw)).toEqual([9, 19, 29].map((i) => sim.consumerOrderAt(i).ReceiptNo));
    expect(records).toHaveLength(27);
    const drifted = records.find((r) => r.ReceiptNo === sim.consumerOrderAt(3).ReceiptNo)!;
    expect(drifted).not.toHaveProperty("ProductName");
    expect(drifted).toMatchObject({ BarCode: null, PayType: 77, SimUnknownField: "not in the spec" });
    const subFen = records.find((r) => r.ReceiptNo === sim.consumerOrderAt(4).ReceiptNo)!;
    // Lossless: the sub-fen amount arrives as its exact text, for the caller's decoder to refuse or round.
    expect(subFen.Price).toEqual(new LosslessNumber(`${Number(sim.consumerOrderAt(4).Price)}.5`));
    // Validated, `null` where the spec says text fails too: that is what `validate: false` is for.
    const checked: InvalidRecord[] = [];
    await collect(client.vendingOrders({ ...SPAN, onInvalidRecord: (r) => void checked.push(r) }));
    const expected = [3, 4, 7, 9, 11, 14, 15, 19, 23, 24, 27, 29].map(
      (i) => `${pathOf(sim, i)}${i % 5 === 4 ? (i % 10 === 4 ? ".Price" : "") : ".BarCode"}`,
    );
    expect(checked.map((r) => (r.error as ResponseValidationError).path)).toEqual(expected);
  });

  it("refuses an answer whose current_page is not the page asked for (a server that ignores `Page`)", async () => {
    const { client, sim } = setup();
    const order = sim.consumerOrderAt(0);
    server.use(
      http.post("*/api/gateway/index", () =>
        HttpResponse.json({
          error_code: 0,
          error_msg: "SUCCESS",
          data: { total: 40, per_page: 20, current_page: 1, last_page: 2, from: 0, to: 20, data: [order] },
        }),
      ),
    );
    const error = await collect(client.vendingOrders(SPAN)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).message).toMatch(
      /data.current_page: asked for page 2, received page 1/,
    );
  });
});

describe("cabinet orders()", () => {
  it("carry an ObjectId whose time is the creation in ReceiptNo, seconds to minutes before PayTime", async () => {
    const { client } = setup();
    const orders = await collect(client.orders(SPAN));
    expect(orders).toHaveLength(300);
    for (const order of orders) {
      const created = Number.parseInt(order.id.slice(0, 8), 16);
      expect(order.PayTime - created).toBeGreaterThanOrEqual(20);
      expect(order.PayTime - created).toBeLessThanOrEqual(180);
      // ReceiptNo = VI + yyMMddHHmmss (Beijing) of creation + index.
      const stamp = new Date((created + 8 * 3600) * 1000).toISOString().replace(/\D/g, "").slice(2, 14);
      expect(order.ReceiptNo.slice(2, 14)).toBe(stamp);
    }
  });

  it("with validate: false yield the records as received; a drifted one fails only when validated", async () => {
    const { client, sim } = setup({ drift: { every: 50, omit: ["Products"], nullify: ["TradeNo"] } });
    const records = await collect(client.orders({ ...SPAN, validate: false }));
    expect(records).toHaveLength(300);
    expect(records[49]).not.toHaveProperty("Products");
    expect(records[49]!.TradeNo).toBeNull();
    const invalid: InvalidRecord[] = [];
    const orders = await collect(client.orders({ ...SPAN, onInvalidRecord: (r) => void invalid.push(r) }));
    expect(orders).toHaveLength(294);
    expect(invalid.map((r) => r.id)).toEqual(
      [49, 99, 149, 199, 249, 299].map((i) => sim.orderAt(i).ReceiptNo),
    );
  });
});

describe("single-order reads with validate: false", () => {
  it("return the order as received (a drifted one too); validated, the drifted one is refused", async () => {
    const { client, sim } = setup({
      drift: { every: 4, omit: ["ProductName", "Products"], nullify: ["BarCode", "TradeNo"] },
    });
    const vendingNo = String(sim.consumerOrderAt(3).ReceiptNo);
    const vending = (await client.consumerOrderGet({ ReceiptNo: vendingNo }, { validate: false })) as Record<
      string,
      unknown
    >;
    expect(vending.ReceiptNo).toBe(vendingNo);
    expect(vending).not.toHaveProperty("ProductName");
    expect(vending.BarCode).toBeNull();
    await expect(client.consumerOrderGet({ ReceiptNo: vendingNo })).rejects.toThrow(ResponseValidationError);

    const cabinetNo = String(sim.orderAt(3).ReceiptNo);
    const cabinet = (await client.cabinetOrderGet({ ReceiptNo: cabinetNo }, { validate: false })) as Record<
      string,
      unknown
    >;
    expect(cabinet).not.toHaveProperty("Products");
    expect(cabinet.TradeNo).toBeNull();
    await expect(client.cabinetOrderGet({ ReceiptNo: cabinetNo })).rejects.toThrow(ResponseValidationError);

    // The envelope is still checked: the vendor's error is an error.
    const unknown = await client
      .cabinetOrderGet({ ReceiptNo: "VI000000000000000000" }, { validate: false })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(VendorError);
    expect((unknown as VendorError).vendorMessage).toBe("ERR_ORDER_NOT_EXIST");
  });
});

describe("the simulator answers consumer.order.list as the spec says", () => {
  it("refuses a lower-case `page` and a `pageSize`, naming them", async () => {
    const { sim } = setup();
    const post = async (biz: Record<string, unknown>) => {
      const { yopointSign } = await import("@orderbridge/mocks/yopoint");
      const params: Record<string, string> = {
        appid: sim.credentials.appId,
        method: "consumer.order.list",
        biz_content: JSON.stringify(biz),
        version: "1.0.0",
        timestamp: String(NOW / 1000),
        sign_type: "md5",
      };
      params.sign = yopointSign(params, sim.credentials.appSecret);
      const response = await fetch(`${BASE}/api/gateway/index`, {
        method: "POST",
        body: new URLSearchParams(params),
      });
      return (await response.json()) as { error_code: number; error_msg: string; data: unknown };
    };
    expect(await post({ page: 1, StartTime: 1708358400, EndTime: 1709654399 })).toMatchObject({
      error_code: -1,
      error_msg: "ERR_PARAMS_UNKNOWN",
      data: "page",
    });
    expect(await post({ StartTime: 1708358400, EndTime: 1709654399 })).toMatchObject({
      error_msg: "MISSING_PARAMS_PAGE",
    });
    expect(await post({ Page: 1, StartTime: 1708358400, EndTime: 1709654399, pageSize: 100 })).toMatchObject({
      error_msg: "ERR_PARAMS_UNKNOWN",
      data: "pageSize",
    });
    expect(await post({ Page: 2, StartTime: 1708358400, EndTime: 1709654399 })).toMatchObject({
      error_code: 0,
      data: { current_page: 2, per_page: 20, total: 120 },
    });
  });
});

describe("notify.consumer.order.simple", () => {
  let receiver: Server;
  let received: string[] = [];
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", () => {
        received.push(body);
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"error_code":0,"error_msg":"SUCCESS","data":{}}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it("is pushed signed, verifies, and names an order consumer.order.get returns with the same shipment", async () => {
    received = [];
    const { sim, client } = setup({ counts: { vending: 200 } });
    const failed = Array.from({ length: 200 }, (_, i) => i).find(
      (i) => sim.consumerOrderAt(i).ShipmentsStatus === -1,
    )!;
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/notify/yopoint`;
    const answers = await pushVendingShipments(sim, url, [0, failed]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    for (const [n, index] of [0, failed].entries()) {
      const note = verifyNotification(received[n]!, { appSecret: sim.credentials.appSecret, now: NOW });
      expect(note.method).toBe("notify.consumer.order.simple");
      const payload = note.payload as { ReceiptNo: string; ShipmentsStatus: number; ShipmentsError: string };
      const order = await client.consumerOrderGet({ ReceiptNo: payload.ReceiptNo });
      expect(order.ReceiptNo).toBe(sim.consumerOrderAt(index).ReceiptNo);
      expect(order.ShipmentsStatus).toBe(payload.ShipmentsStatus);
      expect(order.ShipmentsError).toBe(payload.ShipmentsError);
    }
    expect(() => verifyNotification(received[0]!, { appSecret: "not-the-secret", now: NOW })).toThrow(
      /bad_signature/,
    );
  });
});

describe("configuration and connection errors", () => {
  it("refuses YOPOINT_BASE_URL with a password, without echoing it", () => {
    const sim = createYopointSimulator();
    const error = (() => {
      try {
        clientFromEnv({ ...sim.env(BASE), YOPOINT_BASE_URL: "https://ops:s3cret-pw@api.yopoint.com" });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.variable).toBe("YOPOINT_BASE_URL");
    expect(error!.message).not.toContain("s3cret-pw");
  });

  it("names host, port and YOPOINT_BASE_URL when nothing answers, never the signed form", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sim = createYopointSimulator();
    const client = clientFromEnv(sim.env(`http://127.0.0.1:${port}`), { retries: 0 });
    const error = await client.apiTest().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(
      `yopoint api.test: cannot connect to 127.0.0.1:${port} (ECONNREFUSED): is YOPOINT_BASE_URL right?`,
    );
  });
});
