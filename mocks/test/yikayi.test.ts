import { createHash } from "node:crypto";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveHandlers } from "../src/server.js";
import { createYikayiSimulator, fenToYuan4, parseWhere } from "../src/yikayi/index.js";

// This file signs with its own few lines (not the client's code), so a signing bug cannot hide on both sides.
const NOW = Date.parse("2024-04-20T12:00:00+08:00");

function sign(openId: string, secret: string, timestamp: string, data: string): string {
  return createHash("md5")
    .update(openId + secret + timestamp + data)
    .digest("hex")
    .toUpperCase();
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function setup(options: Parameters<typeof createYikayiSimulator>[0] = {}) {
  const sim = createYikayiSimulator({ now: () => NOW, ...options });
  server.resetHandlers(...sim.handlers);
  const { openId, secret } = sim.credentials;
  async function post(
    method: string,
    data: string,
    init: { controller?: string; timestamp?: string; signature?: string; multipart?: boolean } = {},
  ) {
    const timestamp = init.timestamp ?? String(Math.floor(NOW / 1000));
    const signature = init.signature ?? sign(openId, secret, timestamp, data);
    const url = `https://sim.test/${init.controller ?? (method === "Get_GoodsBillPaged" ? "BusinessApi" : "OpenApi")}/${method}?openId=${openId}&signature=${signature}&timestamp=${timestamp}`;
    let body: FormData | URLSearchParams;
    if (init.multipart) {
      const form = new FormData();
      form.set("data", data);
      body = form;
    } else body = new URLSearchParams({ data });
    const response = await fetch(url, { method: "POST", body });
    return { status: response.status, text: await response.text() };
  }
  return { sim, post };
}

const paged = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ userAccount: "10000", where: "1=1", pageIndex: 0, pageSize: 2, orderBy: "", ...extra });

describe("1card1 simulator", () => {
  it("answers with four-decimal JSON numbers for bill money and strings for item Number/Price", async () => {
    const { post } = setup();
    const { status, text } = await post("Get_GoodsBillPaged", paged());
    expect(status).toBe(200);
    expect(text).toMatch(/"TotalMoney":\d+\.\d{4},/);
    expect(text).toMatch(/"Price":"\d+\.\d{4}"/);
    expect(text).toMatch(/"Number":"\d+(\.\d)?"/);
    expect(JSON.parse(text)).toMatchObject({ status: 0, total: 300 });
  });

  it("checks the signature over the received data string, accepting multipart too", async () => {
    const { post } = setup();
    expect(JSON.parse((await post("Get_GoodsBillPaged", paged(), { multipart: true })).text).status).toBe(0);
    const bad = await post("Get_GoodsBillPaged", paged(), { signature: "0".repeat(32) });
    expect(JSON.parse(bad.text)).toEqual({ status: -1, message: "签名错误" });
    // Same object, different text: the signature of one text does not fit the other.
    const spaced = paged().replace(',"pageIndex"', ', "pageIndex"');
    const reused = await post("Get_GoodsBillPaged", spaced, {
      signature: sign("4864A1DD75C14ADE9F070160DA043B28", "NNZXZB", String(Math.floor(NOW / 1000)), paged()),
    });
    expect(JSON.parse(reused.text).message).toBe("签名错误");
  });

  it("refuses stale or malformed timestamps and unknown methods or controllers", async () => {
    const { post } = setup();
    expect(
      JSON.parse(
        (await post("Get_GoodsBillPaged", paged(), { timestamp: String(Math.floor(NOW / 1000) - 301) })).text,
      ).message,
    ).toMatch(/timestamp/);
    expect(
      JSON.parse((await post("Get_GoodsBillPaged", paged(), { timestamp: String(NOW) })).text).message,
    ).toMatch(/timestamp/);
    expect(JSON.parse((await post("Get_Nothing", paged())).text).message).toBe("未能找到Get_Nothing方法");
    expect(
      JSON.parse((await post("Get_GoodsBillPaged", paged(), { controller: "OpenApi" })).text).status,
    ).toBe(-1);
  });

  it("validates paging parameters and the operator account", async () => {
    const { post } = setup();
    expect(JSON.parse((await post("Get_GoodsBillPaged", paged({ pageSize: 201 }))).text).status).toBe(-1);
    expect(JSON.parse((await post("Get_GoodsBillPaged", paged({ pageIndex: -1 }))).text).status).toBe(-1);
    expect(JSON.parse((await post("Get_GoodsBillPaged", paged({ userAccount: "99999" }))).text).message).toBe(
      "工号不存在",
    );
    // Integrators send the numbers as strings too (S1b).
    expect(
      JSON.parse((await post("Get_GoodsBillPaged", paged({ pageIndex: "0", pageSize: "2" }))).text).data,
    ).toHaveLength(2);
  });

  it("evaluates the builder's grammar and refuses SQL outside it", async () => {
    const { sim, post } = setup();
    const card = String(sim.goodsBill(5).CardId);
    const answer = JSON.parse(
      (await post("Get_GoodsBillPaged", paged({ where: `CardId = '${card}'`, pageSize: 200 }))).text,
    );
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.data.every((bill: { CardId: string }) => bill.CardId === card)).toBe(true);
    const doc = JSON.parse(
      (
        await post(
          "Get_GoodsBillPaged",
          paged({ where: ` 1=1 and cardId='${card}' `, orderBy: " cardId desc" }),
        )
      ).text,
    );
    expect(doc.total).toBe(answer.total);
    for (const where of [
      "CardId = '' or 1=1 --'",
      "1=1; drop table x",
      "CardId = '' or '1'='1'",
      "Unknown = 1",
    ]) {
      const refused = JSON.parse((await post("Get_GoodsBillPaged", paged({ where }))).text);
      expect(refused.status).toBe(-1);
      expect(refused.message).toMatch(/查询条件错误/);
    }
  });

  it("serves 1,000,000 orders generated on demand, windowed by binary search", async () => {
    const { sim, post } = setup({ orderCount: 1_000_000 });
    const where = "SubmitTime >= '2024-04-15 00:00:00' and SubmitTime < '2024-04-15 00:10:00'";
    const answer = JSON.parse(
      (await post("Get_GoodsBillPaged", paged({ where, pageSize: 200, orderBy: "SubmitTime desc" }))).text,
    );
    expect(answer.total).toBeGreaterThan(100);
    expect(answer.total).toBeLessThan(400);
    const times = answer.data.map((bill: { SubmitTime: string }) => bill.SubmitTime);
    expect([...times].sort().reverse()).toEqual(times);
    expect(times.every((t: string) => t >= "2024-04-15 00:00:00" && t < "2024-04-15 00:10:00")).toBe(true);
    expect(sim.goodsBill(999_999).BillNumber).toMatch(/^DG2024043\d1000000$/);
  });

  it("generates the same data for the same seed, with mixed payments that add up", () => {
    const a = createYikayiSimulator({ seed: 7 });
    const b = createYikayiSimulator({ seed: 7 });
    expect(JSON.stringify(a.goodsBill(42))).toBe(JSON.stringify(b.goodsBill(42)));
    const fen = (v: unknown) => Math.round(Number((v as { value: string }).value) * 100);
    const types = new Set<number>();
    const statuses = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const bill = a.goodsBill(i);
      types.add(bill.ThirdpayType as number);
      statuses.add(bill.ThirdPayStatus as number);
      if ([1, -3, -6, -5].includes(bill.ThirdPayStatus as number)) {
        const paid = [
          "PaidMoney",
          "PaidValue",
          "PaidPoint",
          "PaidCoupon",
          "PaidOther",
          "PaidThirdpay",
        ].reduce((s, k) => s + fen(bill[k]), 0);
        expect(paid).toBe(fen(bill.TotalMoney));
      }
    }
    expect([...types].sort()).toEqual([0, 1, 2]);
    for (const code of [-6, -5, -3, -2, 0, 1]) expect(statuses).toContain(code);
  });

  it("keeps refunds as overrides and exposes them through the API", async () => {
    const { sim, post } = setup({ orderCount: 5 });
    sim.refundOrder(2);
    const answer = JSON.parse(
      (await post("Get_GoodsBillPaged", paged({ where: `BillNumber = '${sim.goodsBill(2).BillNumber}'` })))
        .text,
    );
    expect(answer.data[0]).toMatchObject({ Status: -1, StatusName: "已关闭", ThirdPayStatus: -3 });
    expect(() => sim.refundOrder(5)).toThrow(RangeError);
  });

  it("answers HTTP 429 with Retry-After above its rate limit, and applies queued faults", async () => {
    const { sim, post } = setup({ rateLimitPerSecond: 1 });
    expect((await post("Get_GoodsBillPaged", paged())).status).toBe(200);
    expect((await post("Get_GoodsBillPaged", paged())).status).toBe(429);
    const other = setup();
    other.sim.faults.push({ status: 500, body: "oops", match: "Get_MembersPagedV2" });
    expect((await other.post("Get_GoodsBillPaged", paged())).status).toBe(200);
    expect((await other.post("Get_MembersPagedV2", paged())).status).toBe(500);
    expect(sim.rateGate?.refused).toBe(1);
  });

  it("env() gives exactly the four YIKAYI_* variables, and the handlers serve over real HTTP", async () => {
    const sim = createYikayiSimulator({ now: () => NOW });
    const served = await serveHandlers(sim.handlers);
    try {
      expect(Object.keys(sim.env(served.url)).sort()).toEqual([
        "YIKAYI_BASE_URL",
        "YIKAYI_OPEN_ID",
        "YIKAYI_SECRET",
        "YIKAYI_USER_ACCOUNT",
      ]);
      const data = paged();
      const timestamp = String(Math.floor(NOW / 1000));
      const { openId, secret } = sim.credentials;
      const response = await fetch(
        `${served.url}/BusinessApi/Get_GoodsBillPaged?openId=${openId}&signature=${sign(openId, secret, timestamp, data)}&timestamp=${timestamp}`,
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ data }),
        },
      );
      expect(((await response.json()) as { status: number }).status).toBe(0);
    } finally {
      await served.close();
    }
  });

  it("formats fen as the vendor's four-decimal yuan, and parses its own where grammar", () => {
    expect(fenToYuan4(17000)).toBe("170.0000");
    expect(fenToYuan4(5)).toBe("0.0500");
    expect(parseWhere("", ["CardId"])).toEqual([]);
    expect(parseWhere(" 1=1 ", ["CardId"])).toEqual([]);
  });
});
