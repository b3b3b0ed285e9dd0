import { createHash } from "node:crypto";
import {
  ConfigError,
  HttpError,
  type InvalidRecord,
  ParseError,
  ResponseValidationError,
  shanghaiLocalToDate,
  VendorError,
} from "@orderbridge/core";
import { type BaifudeSimulator, createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BaifudeMissingPayOrderError,
  type BaifudeSigner,
  type BaifudeStatement,
  clientFromEnv,
  createClient,
  signFenbeitongMd5,
} from "../src/index.js";
import { BASE_URL, collect, simulated } from "./helpers.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const APRIL = { since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" };

/** A window holding exactly `n` paid pay orders of the simulator (consecutive in payment time). */
function windowWith(sim: BaifudeSimulator, n: number, from = 10) {
  const paid = sim.paidPayOrders(APRIL.since, APRIL.until);
  const at = (k: number) => shanghaiLocalToDate(paid[k]!.endPayTime!);
  if (n === 0) return { since: new Date(at(from).getTime() + 1000), until: at(from + 1), expected: [] };
  return { since: at(from), until: at(from + n), expected: paid.slice(from, from + n).map((o) => o.sn) };
}

function getListBatches(sim: BaifudeSimulator): number[] {
  return sim.requests
    .filter((r) => r.path === "/openApi/open/order/getList")
    .map((r) => (r.body as { paySnList: string[] }).paySnList.length);
}

describe("token", () => {
  it("is obtained lazily, once, and cached across calls", async () => {
    const { sim, client } = simulated(server);
    expect(client.tokensFetched).toBe(0);
    expect(sim.tokensIssued).toBe(0);
    const first = sim.payOrder(0)!;
    await client.getList({ paySnList: [first.sn] });
    await client.getOrderInfo({ orderNo: first.channelSn });
    expect(client.tokensFetched).toBe(1);
    expect(sim.tokensIssued).toBe(1);
  });

  it("is never fetched twice concurrently", async () => {
    const { sim, client } = simulated(server);
    const sns = [0, 1, 2, 3, 4, 5].map((i) => sim.payOrder(i)!.sn);
    await Promise.all(sns.map((sn) => client.getList({ paySnList: [sn] })));
    expect(sim.tokensIssued).toBe(1);
  });

  it("is refreshed shortly before it expires (shared fake clock)", async () => {
    let clock = Date.parse("2024-04-20T10:00:00+08:00");
    const now = () => clock;
    const { sim, client } = simulated(server, { now, tokenTtlSeconds: 60 }, { now });
    const sn = sim.payOrder(0)!.sn;
    await client.getList({ paySnList: [sn] });
    clock += 50_000; // 10 s left: more than the 6 s margin (a tenth of 60 s)
    await client.getList({ paySnList: [sn] });
    expect(sim.tokensIssued).toBe(1);
    clock += 5_000; // 5 s left: inside the margin, refreshed before the vendor would refuse it
    await client.getList({ paySnList: [sn] });
    expect(sim.tokensIssued).toBe(2);
    expect(sim.requests.filter((r) => r.path !== "/token/create")).toHaveLength(3);
  });

  it("is refreshed once on an expired-token answer mid-sync, and the call retried", async () => {
    const { sim, client } = simulated(server, {}, { concurrency: 1, statementPageSize: 10 });
    const window = windowWith(sim, 45);
    const seen: string[] = [];
    for await (const order of client.orders(window)) {
      seen.push(order.sn);
      if (seen.length === 1) sim.expireTokens();
    }
    expect(seen).toEqual(window.expected);
    expect(sim.tokensIssued).toBe(2);
  });

  it("surfaces a second expired-token answer instead of looping", async () => {
    const { sim, client } = simulated(server, {}, {});
    await client.getList({ paySnList: [sim.payOrder(0)!.sn] });
    sim.faults.push(
      {
        body: JSON.stringify({ code: "10015", data: null, msg: "access_token无效或已过期" }),
        match: "getList",
      },
      2,
    );
    const error = await client.getList({ paySnList: [sim.payOrder(0)!.sn] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).code).toBe("10015");
    expect(sim.tokensIssued).toBe(2);
  });
});

describe("operations against the simulator", () => {
  it("4.1 getList returns the pay orders with ids as strings and money as exact text", async () => {
    const { sim, client } = simulated(server);
    const expected = [3, 4].map((i) => sim.payOrder(i)!);
    const orders = await client.getList({ paySnList: expected.map((o) => o.sn) });
    expect(orders.map((o) => o.sn)).toEqual(expected.map((o) => o.sn));
    expect(orders[0]!.amount).toBe(String(expected[0]!.amount));
    expect(orders[0]!.userId).toBe(String(expected[0]!.userId));
    expect(typeof orders[0]!.payWayList[0]!.payWay).toBe("string");
  });

  it("4.1 refuses more than 20 numbers before sending", async () => {
    const { sim, client } = simulated(server);
    const sns = Array.from({ length: 21 }, (_, i) => sim.payOrder(i)!.sn);
    expect(() => client.getList({ paySnList: sns })).toThrow(RangeError);
    expect(sim.requests).toHaveLength(0);
  });

  it("4.2 getOrderInfo returns the detail object with every field kept", async () => {
    const { sim, client } = simulated(server);
    const order = sim.payOrder(5)!;
    const detail = await client.getOrderInfo({ orderNo: order.channelSn, terminal: "bfd_pc" });
    expect(detail).toMatchObject({ orderNo: order.channelSn, paySn: order.sn, acceptTime: null });
  });

  it("4.3 listSettlementItems returns a page of rows, and client.call is the same operation", async () => {
    const { client } = simulated(server);
    const body = {
      paymentStartTime: "2024-04-02 00:00:00",
      paymentEndTime: "2024-04-03 23:59:59",
      currentPage: 1,
      itemsPerPage: 5,
    };
    const page = await client.listSettlementItems(body);
    expect(page!.list.length).toBe(5);
    expect(page!.totalCount).toBeGreaterThan(5);
    const same = await client.call("/openApi/open/order/settlement/item/list", body);
    expect(same).toEqual(page);
  });

  it("sends the version parameter only when configured", async () => {
    const { sim, client } = simulated(server, {}, { version: "1.0.0" });
    await client.getList({ paySnList: [sim.payOrder(0)!.sn] });
    expect(sim.requests.at(-1)!.params.version).toBe("1.0.0");
    const plain = simulated(server);
    await plain.client.getList({ paySnList: [plain.sim.payOrder(0)!.sn] });
    expect(plain.sim.requests.at(-1)!.params).not.toHaveProperty("version");
  });
});

describe("orders(): statement enumeration and 4.1 batches", () => {
  it.each([
    [0, []],
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
  ])("a window of %i pay orders yields each once, in getList batches %j", async (n, batches) => {
    const { sim, client } = simulated(server);
    const window = windowWith(sim, n);
    const orders = await collect(client.orders(window));
    expect(orders.map((o) => o.sn)).toEqual(window.expected);
    expect(getListBatches(sim)).toEqual(batches);
    const statementCalls = sim.requests.filter((r) => r.path.endsWith("/settlement/item/list"));
    expect(statementCalls).toHaveLength(1);
    expect((statementCalls[0]!.body as { itemsPerPage: number }).itemsPerPage).toBe(500);
  });

  it("walks a statement longer than one page and de-duplicates pay orders split across pages", async () => {
    const { sim, client } = simulated(server, {}, { statementPageSize: 3 });
    const window = windowWith(sim, 21);
    const orders = await collect(client.orders(window));
    expect(orders.map((o) => o.sn)).toEqual(window.expected);
    const pages = sim.requests
      .filter((r) => r.path.endsWith("/settlement/item/list"))
      .map((r) => (r.body as { currentPage: number }).currentPage);
    expect(pages.length).toBeGreaterThan(7);
    expect(pages).toEqual(pages.map((_, i) => i + 1));
    expect(getListBatches(sim)).toEqual([20, 1]);
  });

  it("covers the whole seeded month: every paid pay order once, with mixed payments and multi-flow refunds", async () => {
    const { sim, client } = simulated(server);
    const orders = await collect(client.orders(APRIL));
    const expected = sim.paidPayOrders(APRIL.since, APRIL.until).map((o) => o.sn);
    expect(orders.map((o) => o.sn)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    expect(orders.some((o) => o.payWayList.length > 1)).toBe(true);
    expect(
      orders.some(
        (o) => o.refundOrderList.length > 1 && o.refundOrderList.some((r) => r.refundWayList.length > 1),
      ),
    ).toBe(true);
    for (const order of orders) {
      const deducted = order.payWayList.reduce((sum, flow) => sum + Number(flow.deduction), 0);
      expect(deducted).toBe(Number(order.realAmount));
    }
  });

  it("reports a pay order the statement lists but 4.1 does not return (and goes on)", async () => {
    const { sim, client } = simulated(server);
    const window = windowWith(sim, 5);
    const missing = window.expected[2]!;
    sim.hidePayOrder(missing);
    const invalid: InvalidRecord[] = [];
    const orders = await collect(client.orders({ ...window, onInvalidRecord: (r) => void invalid.push(r) }));
    expect(orders.map((o) => o.sn)).toEqual(window.expected.filter((sn) => sn !== missing));
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ vendor: "baifude", id: missing });
    expect(invalid[0]!.error).toBeInstanceOf(BaifudeMissingPayOrderError);
  });

  it("throws for a missing pay order when no onInvalidRecord is given", async () => {
    const { sim, client } = simulated(server);
    const window = windowWith(sim, 3);
    sim.hidePayOrder(window.expected[1]!);
    await expect(collect(client.orders(window))).rejects.toBeInstanceOf(BaifudeMissingPayOrderError);
  });

  it("hands the window's statement to onStatement once, read to its end: one entry per pay order, lines and fen added up", async () => {
    const { sim, client } = simulated(server, {}, { statementPageSize: 3 });
    const window = windowWith(sim, 21);
    const statements: BaifudeStatement[] = [];
    let yieldedBefore = -1;
    let yielded = 0;
    for await (const _ of client.orders({
      ...window,
      onStatement: (statement) => {
        yieldedBefore = yielded;
        statements.push(statement);
      },
    }))
      yielded++;
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement!.since).toEqual(new Date(window.since));
    expect(statement!.until).toEqual(new Date(window.until));
    // Independently from the simulator's own pay orders: goods lines and price × num.
    const paid = sim.paidPayOrders(window.since, window.until);
    expect(statement!.entries).toEqual(
      paid.map((order) => ({
        paySn: order.sn,
        paidAt: shanghaiLocalToDate(order.endPayTime!),
        lines: order.goodsList.length,
        amount: order.goodsList.reduce((sum, line) => sum + Number(line.price) * Number(line.num), 0),
      })),
    );
    // Called before the last pay orders were yielded (the statement is read before 4.1 catches up).
    expect(yieldedBefore).toBeLessThan(21);
  });

  it("gives a statement entry a null amount when a line has none", async () => {
    const { sim, client } = simulated(server);
    const window = windowWith(sim, 2);
    server.use(
      http.post(`${BASE_URL}/openApi/open/order/settlement/item/list`, async ({ request }) => {
        const body = (await request.clone().json()) as Record<string, unknown>;
        const rows = sim.paidPayOrders(window.since, window.until).map((order, i) => ({
          paySn: order.sn,
          paymentTime: order.endPayTime,
          amount: i === 0 ? null : 100,
        }));
        expect(body["currentPage"]).toBe(1);
        return HttpResponse.json({
          code: "0",
          msg: "success",
          data: { list: rows, totalCount: rows.length },
        });
      }),
    );
    const statements: BaifudeStatement[] = [];
    await collect(client.orders({ ...window, onStatement: (s) => void statements.push(s) }));
    expect(statements[0]!.entries.map((e) => e.amount)).toEqual([null, 100]);
  });

  it("returns nothing for an empty or reversed window without calling the vendor", async () => {
    const { sim, client } = simulated(server);
    expect(await collect(client.orders({ since: APRIL.until, until: APRIL.since }))).toEqual([]);
    expect(sim.requests).toHaveLength(0);
  });
});

describe("vendor errors and transport faults", () => {
  it("a wrong secret is refused with 10016 as a VendorError, the secret nowhere in it", async () => {
    const { sim } = simulated(server);
    const client = createClient({
      baseUrl: BASE_URL,
      appKey: sim.credentials.appKey,
      appSecret: "not-the-right-secret-123",
    });
    const error = (await client
      .getList({ paySnList: [sim.payOrder(0)!.sn] })
      .catch((e: unknown) => e)) as VendorError;
    expect(error).toBeInstanceOf(VendorError);
    expect(error.code).toBe("10016");
    expect(error.vendorMessage).toBe("签名错误");
    expect(String(error)).not.toContain("not-the-right-secret-123");
  });

  it("a business call signed wrongly with a valid token is refused with 10016", async () => {
    const { sim, client } = simulated(server);
    await client.getList({ paySnList: [sim.payOrder(0)!.sn] });
    const token = sim.requests.find((r) => r.path !== "/token/create")!.params.access_token!;
    const forger = createClient({
      baseUrl: BASE_URL,
      appKey: sim.credentials.appKey,
      appSecret: "forged-secret-9876",
      tokenProvider: async () => ({ accessToken: token, expiresInSeconds: 600 }),
    });
    const error = (await forger
      .getOrderInfo({ orderNo: sim.payOrder(0)!.channelSn })
      .catch((e: unknown) => e)) as VendorError;
    expect(error).toBeInstanceOf(VendorError);
    expect(error.code).toBe("10016");
    expect(error.message).not.toContain(token);
  });

  it("a timestamp outside the accepted window is refused (10017, simulator code)", async () => {
    const { sim } = simulated(server);
    const client = createClient({
      baseUrl: BASE_URL,
      ...sim.credentials,
      now: () => Date.now() - 10 * 60_000,
    });
    await expect(client.getList({ paySnList: [sim.payOrder(0)!.sn] })).rejects.toMatchObject({
      code: "10017",
    });
  });

  it("retries 5xx and 429 (honouring Retry-After), then succeeds", async () => {
    const { sim, client, sleeps } = simulated(server);
    sim.faults.push({ status: 503, body: "busy", match: "getList" });
    sim.faults.push({ status: 429, headers: { "retry-after": "2" }, match: "getList" });
    const orders = await client.getList({ paySnList: [sim.payOrder(0)!.sn] });
    expect(orders).toHaveLength(1);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBe(2000);
  });

  it("gives up after the configured retries with an HttpError", async () => {
    const { sim, client } = simulated(server, {}, { retries: 1 });
    sim.faults.push({ status: 502, match: "getList" }, 2);
    await expect(client.getList({ paySnList: [sim.payOrder(0)!.sn] })).rejects.toMatchObject({
      constructor: HttpError,
      status: 502,
    });
  });

  it("malformed JSON becomes a ParseError", async () => {
    const { sim, client } = simulated(server);
    sim.faults.push({ truncate: true, match: "getList" });
    await expect(client.getList({ paySnList: [sim.payOrder(0)!.sn] })).rejects.toBeInstanceOf(ParseError);
  });

  it("accepts and keeps unknown extra fields", async () => {
    const { sim, client } = simulated(server);
    const sn = sim.payOrder(0)!.sn;
    sim.patchPayOrder(sn, (order) => ({
      ...order,
      couponAmount: 0,
      goodsList: (order.goodsList as object[]).map((line) => ({ ...line, skuCode: "SKU-1" })),
    }));
    const [order] = await client.getList({ paySnList: [sn] });
    expect(order).toMatchObject({ couponAmount: 0 });
    expect(order!.goodsList[0]).toMatchObject({ skuCode: "SKU-1" });
  });

  it("refuses a wrong type with a ResponseValidationError naming the field", async () => {
    const { sim, client } = simulated(server);
    const sn = sim.payOrder(1)!.sn;
    sim.patchPayOrder(sn, (order) => ({
      ...order,
      goodsList: [{ ...(order.goodsList as object[])[0], num: "two" }],
    }));
    const error = (await client
      .getList({ paySnList: [sn] })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.path).toBe("data[0].goodsList[0].num");
  });

  it("in orders(), a wrongly typed pay order goes to onInvalidRecord with its raw payload; the rest are yielded", async () => {
    const { sim, client } = simulated(server);
    const window = windowWith(sim, 4);
    const bad = window.expected[1]!;
    sim.patchPayOrder(bad, (order) => ({ ...order, amount: "lots" }));
    const invalid: InvalidRecord[] = [];
    const orders = await collect(client.orders({ ...window, onInvalidRecord: (r) => void invalid.push(r) }));
    expect(orders.map((o) => o.sn)).toEqual(window.expected.filter((sn) => sn !== bad));
    expect(invalid[0]!.id).toBe(bad);
    expect((invalid[0]!.error as ResponseValidationError).path).toBe("data[1].amount");
    expect(invalid[0]!.raw).toMatchObject({ sn: bad, amount: "lots" });
  });

  it("with validate: false yields every pay order that is an object as received; one without sn is reported missing", async () => {
    const { sim, client } = simulated(server);
    const window = windowWith(sim, 4);
    const [kept, noSn] = [window.expected[1]!, window.expected[2]!];
    sim.patchPayOrder(kept, (order) => ({ ...order, amount: "lots", receiver: null }));
    sim.patchPayOrder(noSn, (order) => {
      const { sn: _sn, ...rest } = order;
      return rest;
    });
    const invalid: InvalidRecord[] = [];
    const records = await collect(
      client.orders({ ...window, validate: false, onInvalidRecord: (r) => void invalid.push(r) }),
    );
    expect(records.map((o) => o.sn)).toEqual(window.expected.filter((sn) => sn !== noSn));
    expect(records[1]).toMatchObject({ amount: "lots", receiver: null });
    expect(invalid.map((r) => [r.id, r.error.name])).toEqual([[noSn, "BaifudeMissingPayOrderError"]]);
  });
});

describe("getList with validate: false", () => {
  it("returns each pay order as received; validated, the same answer is refused", async () => {
    const { sim, client } = simulated(server);
    const sn = sim.payOrder(3)!.sn;
    sim.patchPayOrder(sn, (order) => ({ ...order, amount: "lots", receiver: null, addedByVendor: 1 }));
    const [raw] = await client.getList({ paySnList: [sn] }, { validate: false });
    expect(raw).toMatchObject({ sn, amount: "lots", receiver: null, addedByVendor: 1 });
    await expect(client.getList({ paySnList: [sn] })).rejects.toThrow(ResponseValidationError);
    // The envelope is still checked: a pay-order number 4.1 does not know is left out, as validated.
    expect(await client.getList({ paySnList: ["299999999999999999999999999"] }, { validate: false })).toEqual(
      [],
    );
  });
});

describe("pluggable signer", () => {
  const sha256Signer: BaifudeSigner = ({ path, params, body, appSecret }) =>
    createHash("sha256")
      .update(
        `${path}|${Object.keys(params)
          .sort()
          .map((k) => `${k}=${params[k]}`)
          .join("&")}|${body}|${appSecret}`,
      )
      .digest("hex");

  it.each([
    ["Fenbeitong MD5 (C-S2)", signFenbeitongMd5],
    ["a custom SHA-256 rule", sha256Signer],
  ])("%s: accepted by a simulator configured with the same signer", async (_name, signer) => {
    const { sim, client } = simulated(server, { signer }, { signer });
    const window = windowWith(sim, 3);
    expect((await collect(client.orders(window))).map((o) => o.sn)).toEqual(window.expected);
  });

  it("the default signer is refused by a simulator configured with another one", async () => {
    const { sim } = simulated(server, { signer: sha256Signer });
    const client = createClient({ baseUrl: BASE_URL, ...sim.credentials });
    await expect(client.getList({ paySnList: [sim.payOrder(0)!.sn] })).rejects.toMatchObject({
      code: "10016",
    });
  });
});

describe("clientFromEnv", () => {
  it("refuses a BAIFUDE_BASE_URL with a password, never echoing it", () => {
    const sim = createBaifudeSimulator();
    const env = { ...sim.env(BASE_URL), BAIFUDE_BASE_URL: "https://corp:hunter-22@open.example.com" };
    expect(() => clientFromEnv(env)).toThrow(/BAIFUDE_BASE_URL must not contain a user name or password/);
    expect(() => clientFromEnv(env)).not.toThrow(/hunter-22/);
  });

  it("works with the simulator's variables", async () => {
    const { sim } = simulated(server);
    const client = clientFromEnv(sim.env(BASE_URL));
    expect(await client.getList({ paySnList: [sim.payOrder(0)!.sn] })).toHaveLength(1);
  });

  it.each(["BAIFUDE_BASE_URL", "BAIFUDE_APP_KEY", "BAIFUDE_APP_SECRET"])("names a missing %s", (variable) => {
    const env: Record<string, string | undefined> = {
      BAIFUDE_BASE_URL: BASE_URL,
      BAIFUDE_APP_KEY: "k",
      BAIFUDE_APP_SECRET: "secret-value",
    };
    delete env[variable];
    expect(() => clientFromEnv(env)).toThrow(expect.objectContaining({ constructor: ConfigError, variable }));
  });

  it("chooses a named signer with BAIFUDE_SIGNER and refuses an unknown one", async () => {
    const { sim } = simulated(server, { signer: signFenbeitongMd5 });
    const client = clientFromEnv({ ...sim.env(BASE_URL), BAIFUDE_SIGNER: "fenbeitong-md5" });
    expect(await client.getList({ paySnList: [sim.payOrder(0)!.sn] })).toHaveLength(1);
    expect(() => clientFromEnv({ ...sim.env(BASE_URL), BAIFUDE_SIGNER: "sha1" })).toThrow(ConfigError);
  });

  it("BAIFUDE_TOKEN_PATH moves the token endpoint", async () => {
    const { sim } = simulated(server);
    const client = clientFromEnv(
      { ...sim.env(BASE_URL), BAIFUDE_TOKEN_PATH: "/oauth/accessToken" },
      { retries: 0 },
    );
    // The simulator serves the assumed /token/create only, so the moved endpoint is unhandled.
    await expect(client.getList({ paySnList: [sim.payOrder(0)!.sn] })).rejects.toThrow();
    expect(sim.tokensIssued).toBe(0);
  });
});
