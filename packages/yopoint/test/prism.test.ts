import { PRISM_START_TIMEOUT_MS, type RunningPrism, startPrism, VENDOR_SPECS } from "@orderbridge/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGatewayForm, createClient, type YopointClient } from "../src/index.js";

/**
 * The client's requests against Prism serving specs/yopoint.openapi.yaml. Prism validates each request body against
 * the per-method `oneOf` and answers 422 when one does not conform.
 *
 * The client sends form bodies, in which `biz_content` is a JSON string Prism cannot look into. So every request is
 * also sent to Prism as its JSON twin (the spec's `application/json` variant, where `biz_content` is an object with
 * `additionalProperties: false`): a renamed or missing business field fails there. Both must be accepted.
 */

interface Exchange {
  method: string;
  formStatus: number;
  jsonStatus: number;
  jsonBody: string;
}

let prism: RunningPrism;
const exchanges: Exchange[] = [];

function prismFetch(target: () => string): typeof fetch {
  return async (input, init) => {
    const form = Object.fromEntries(new URLSearchParams(String(init?.body ?? "")));
    const method = form.method ?? "";
    const headers = { ...(init?.headers as Record<string, string>), prefer: `example=${method}` };
    const formResponse = await fetch(`${target()}/api/gateway/index`, { ...init, headers });
    const json = { ...form, biz_content: JSON.parse(form.biz_content ?? "null") };
    const jsonResponse = await fetch(`${target()}/api/gateway/index`, {
      method: "POST",
      headers: { "content-type": "application/json", prefer: `example=${method}` },
      body: JSON.stringify(json),
    });
    exchanges.push({
      method,
      formStatus: formResponse.status,
      jsonStatus: jsonResponse.status,
      jsonBody: await jsonResponse.text(),
    });
    void input;
    return formResponse;
  };
}

let client: YopointClient;

beforeAll(async () => {
  prism = await startPrism(VENDOR_SPECS.yopoint);
  client = createClient({
    appId: "930859529955",
    appSecret: "prism-test-secret",
    baseUrl: prism.url,
    fetch: prismFetch(() => prism.url),
    retries: 0,
  });
}, PRISM_START_TIMEOUT_MS + 30_000); // startPrism's own deadline (with what Prism printed) comes first

afterAll(async () => {
  await prism?.stop();
});

async function post(contentType: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${prism.url}/api/gateway/index`, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  return { status: response.status, text: await response.text() };
}

function signedForm(method: string, biz: unknown): Record<string, string> {
  return buildGatewayForm({
    appId: "930859529955",
    appSecret: "prism-test-secret",
    method,
    bizContent: JSON.stringify(biz),
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
}

describe("Prism accepts every request the client makes", { timeout: 60_000 }, () => {
  it("for every method, and the answers parse through the client's validators", async () => {
    expect((await client.apiTest({ hello: "友朋" })).hello).toBe("友朋");
    expect((await client.cabinetList({ Page: 1, PageSize: 5 })).data[0]!.Name).toBe("西田科技园1号柜");
    expect((await client.cabinetProductStock({ cid: "5f6da2362201410011fe7b72" })).data[0]!.Price).toBe(400);
    expect(
      (await client.cabinetOpenDoor({ CID: "5f6da2362201410011fe7b72", OpenID: "oNlHk5OU" })).ReceiptNo,
    ).toMatch(/^VI/);
    expect(
      (await client.cabinetOrderRefundApply({ ReceiptNo: "VI231228102118586561", Reason: "商品未取到" }))
        .UserRefundsStatus,
    ).toBe(1);
    expect(
      (
        await client.cabinetOrderUserAppeal({
          ReceiptNo: "VI231228102118586561",
          Products: [{ BarCode: "6970399920439", Qty: 1 }],
        })
      ).ReceiptNo,
    ).toBe("VI231228102118586561");
    const list = await client.cabinetOrderList({
      page: 1,
      StartTime: 1708617600,
      EndTime: 1709222399,
      pageSize: 20,
    });
    expect(list.data[0]!.UserVO?.NickName).toBe("钱钱🙃");
    expect((await client.cabinetOrderGet({ ReceiptNo: "OD210127120126902082" })).PayType).toBe(202);
    expect((await client.cabinetOrderGet({ TradeNo: "2021012722001457321424619414" })).Price).toBe(2);
    expect(
      (await client.consumerOrderList({ Page: 1, StartTime: 1682870400, EndTime: 1685548799 })).total,
    ).toBe(1);
    expect((await client.consumerOrderGet({ ReceiptNo: "OD190425164650841431" })).TID).toBeTruthy();
    const orders = [];
    for await (const order of client.orders({
      since: "2024-02-23T00:00:00+08:00",
      until: "2024-03-01T00:00:00+08:00",
    }))
      orders.push(order);
    expect(orders.map((o) => o.ReceiptNo)).toEqual(["VI231228102118586561"]);
    const vending = [];
    for await (const order of client.vendingOrders({
      since: "2023-05-01T00:00:00+08:00",
      until: "2023-05-02T00:00:00+08:00",
    }))
      vending.push(order);
    expect(vending.map((o) => o.ReceiptNo)).toEqual(["OD190425164650841431"]);
    const raw = [];
    for await (const record of client.vendingOrders({
      since: "2023-05-01T00:00:00+08:00",
      until: "2023-05-02T00:00:00+08:00",
      validate: false,
    }))
      raw.push(record);
    expect(raw.map((o) => o.ReceiptNo)).toEqual(["OD190425164650841431"]);

    const seen = new Set(exchanges.map((e) => e.method));
    expect([...seen].sort()).toEqual([
      "api.test",
      "cabinet.list",
      "cabinet.open.door",
      "cabinet.order.get",
      "cabinet.order.list",
      "cabinet.order.refund.apply",
      "cabinet.order.user.appeal",
      "cabinet.product.stock",
      "consumer.order.get",
      "consumer.order.list",
    ]);
    for (const exchange of exchanges) {
      expect({ method: exchange.method, form: exchange.formStatus, json: exchange.jsonStatus }).toEqual({
        method: exchange.method,
        form: 200,
        json: 200,
      });
    }
  });
});

describe("Prism refuses wrong requests (so the test above can fail)", { timeout: 60_000 }, () => {
  it("a form without a common parameter is a 422", async () => {
    const { timestamp: _dropped, ...form } = signedForm("cabinet.order.list", {
      page: 1,
      StartTime: 1708617600,
      EndTime: 1709222399,
    });
    const response = await post("application/x-www-form-urlencoded", new URLSearchParams(form).toString());
    expect(response.status).toBe(422);
    expect(response.text).toContain("timestamp");
  });

  it("an unknown method is a 422", async () => {
    const form = signedForm("cabinet.order.lists", { page: 1 });
    const response = await post("application/x-www-form-urlencoded", new URLSearchParams(form).toString());
    expect(response.status).toBe(422);
  });

  it("a renamed biz_content field is a 422 (JSON variant)", async () => {
    const form = signedForm("cabinet.order.list", {});
    const renamed = { ...form, biz_content: { page: 1, startTime: 1708617600, EndTime: 1709222399 } };
    const response = await post("application/json", JSON.stringify(renamed));
    expect(response.status).toBe(422);
    expect(response.text).toMatch(/StartTime|startTime/);
    const right = { ...form, biz_content: { page: 1, StartTime: 1708617600, EndTime: 1709222399 } };
    expect((await post("application/json", JSON.stringify(right))).status).toBe(200);
  });

  it("consumer.order.list with a lower-case `page` or with a `pageSize` is a 422 (JSON variant)", async () => {
    const form = signedForm("consumer.order.list", {});
    const window = { StartTime: 1682870400, EndTime: 1685548799 };
    const lower = await post(
      "application/json",
      JSON.stringify({ ...form, biz_content: { page: 1, ...window } }),
    );
    expect(lower.status).toBe(422);
    expect(lower.text).toMatch(/Page|page/);
    const sized = { ...form, biz_content: { Page: 1, ...window, pageSize: 20 } };
    expect((await post("application/json", JSON.stringify(sized))).status).toBe(422);
    const right = { ...form, biz_content: { Page: 1, ...window } };
    expect((await post("application/json", JSON.stringify(right))).status).toBe(200);
  });

  it("consumer.order.get without ReceiptNo is a 422 (JSON variant)", async () => {
    const form = signedForm("consumer.order.get", {});
    const wrong = { ...form, biz_content: { TradeNo: "4200001234" } };
    expect((await post("application/json", JSON.stringify(wrong))).status).toBe(422);
  });

  it("a page size over the documented 100 is a 422 (JSON variant)", async () => {
    const form = signedForm("cabinet.order.list", {});
    const big = { ...form, biz_content: { page: 1, StartTime: 1, EndTime: 2, pageSize: 500 } };
    expect((await post("application/json", JSON.stringify(big))).status).toBe(422);
  });
});
