import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBaifudeSimulator, simulatorDefaultSigner } from "../src/baifude/index.js";
import { type ServedHandlers, serveHandlers } from "../src/server.js";

describe("baifude simulator data", () => {
  it("is deterministic by seed and index, and finds a pay order among 1,000,000 without building them", () => {
    const a = createBaifudeSimulator({ orderCount: 1_000_000 });
    const b = createBaifudeSimulator({ orderCount: 1_000_000 });
    expect(a.payOrder(765_432)).toEqual(b.payOrder(765_432));
    expect(createBaifudeSimulator({ seed: 7 }).payOrder(0)!.sn).not.toBe(a.payOrder(0)!.sn);
  });

  it("keeps the 4.1 invariants: Σ goods = amount, Σ pay deductions = realAmount, Σ refund-flow deductions = refundAmount", () => {
    const sim = createBaifudeSimulator();
    let refunds = 0;
    for (let i = 0; i < 300; i++) {
      const order = sim.payOrder(i)!;
      expect(order.sn).toMatch(/^2\d{26}$/);
      expect(order.channelSn).toMatch(/^21\d{18}$/);
      expect(order.goodsList.reduce((s, g) => s + g.price * g.num, 0)).toBe(order.amount);
      expect(order.payWayList.reduce((s, p) => s + p.deduction, 0)).toBe(order.realAmount);
      for (const refund of order.refundOrderList) {
        refunds++;
        expect(refund.refundWayList.reduce((s, w) => s + w.deduction, 0)).toBe(refund.refundAmount);
      }
      expect(order.refundOrderList.reduce((s, r) => s + r.refundAmount, 0)).toBeLessThanOrEqual(
        order.paidAmount,
      );
    }
    expect(refunds).toBeGreaterThan(20);
  });
});

describe("baifude simulator over loopback HTTP", () => {
  const sim = createBaifudeSimulator({ tokenTtlSeconds: 3600 });
  let served: ServedHandlers;
  beforeAll(async () => {
    served = await serveHandlers(sim.handlers);
  });
  afterAll(() => served.close());

  // Written here from the rule's description, not imported from the client or the simulator.
  const sign = (params: Record<string, string>, body: string) => {
    const all: Record<string, string> = { ...params, appsecret: sim.credentials.appSecret };
    if (body) all._body = body;
    const text = Object.keys(all)
      .sort()
      .map((k) => `${k}=${all[k]}`)
      .join("&");
    return createHash("md5").update(text).digest("hex");
  };

  async function token(): Promise<string> {
    const params = {
      appid: sim.credentials.appKey,
      grant_type: "client_credential",
      timestamp: String(Date.now()),
    };
    const response = await fetch(`${served.url}/token/create`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...params, sign: sign(params, "") }),
    });
    const json = (await response.json()) as {
      code: string;
      data: { access_token: string; expires_in: number };
    };
    expect(json.code).toBe("0");
    expect(json.data.expires_in).toBe(3600);
    return json.data.access_token;
  }

  async function getList(accessToken: string, paySnList: string[], tamper?: (q: URLSearchParams) => void) {
    const body = JSON.stringify({ paySnList });
    const params = { access_token: accessToken, timestamp: String(Date.now()) };
    const query = new URLSearchParams({ ...params, sign: sign(params, body) });
    tamper?.(query);
    const response = await fetch(`${served.url}/openApi/open/order/getList?${query}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { code: string; data: { sn: string }[] | null; msg: string };
  }

  it("issues a token and answers a correctly signed 4.1 call", async () => {
    const sn = sim.payOrder(2)!.sn;
    const answer = await getList(await token(), [sn, "200000000000000000000000000"]);
    expect(answer.code).toBe("0");
    expect(answer.data!.map((o) => o.sn)).toEqual([sn]);
  });

  it("answers a wrong signature with the documented 10016 envelope", async () => {
    const answer = await getList(await token(), [sim.payOrder(0)!.sn], (q) => q.set("sign", "0".repeat(32)));
    expect(answer).toEqual({ code: "10016", data: null, msg: "签名错误" });
  });

  it("refuses a stale timestamp (10017), an expired token (10015) and more than 20 numbers (10001)", async () => {
    const accessToken = await token();
    const stale = await getList(accessToken, [sim.payOrder(0)!.sn], (q) => {
      q.set("timestamp", String(Date.now() - 3_600_000));
    });
    expect(stale.code).toBe("10017");
    const many = Array.from({ length: 21 }, (_, i) => sim.payOrder(i)!.sn);
    expect((await getList(accessToken, many)).code).toBe("10001");
    sim.expireTokens();
    expect((await getList(accessToken, [sim.payOrder(0)!.sn])).code).toBe("10015");
  });

  it("its default signer is the documented C-S1 MD5 rule", () => {
    const input = {
      path: "/x",
      params: { access_token: "abc", timestamp: "1597300776947" },
      body: "{}",
      appSecret: "s",
    };
    expect(simulatorDefaultSigner(input)).toBe(
      createHash("md5").update("_body={}&access_token=abc&appsecret=s&timestamp=1597300776947").digest("hex"),
    );
  });
});
