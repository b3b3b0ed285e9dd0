import { PRISM_START_TIMEOUT_MS, type RunningPrism, startPrism, VENDOR_SPECS } from "@orderbridge/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import { collect } from "./helpers.js";

// Prism validates every request against specs/baifude.openapi.yaml and answers 422 when one does not
// conform; its answers are the spec's first examples, which the client must also accept.
let prism: RunningPrism;
const statuses: { path: string; status: number }[] = [];

beforeAll(async () => {
  prism = await startPrism(VENDOR_SPECS.baifude);
}, PRISM_START_TIMEOUT_MS + 30_000); // startPrism's own deadline (with what Prism printed) comes first
afterAll(() => prism?.stop());

function client() {
  return createClient({
    baseUrl: prism.url,
    appKey: "bfd-demo-app",
    appSecret: "prism-secret-1234",
    retries: 0,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      statuses.push({ path: new URL(String(input)).pathname, status: response.status });
      return response;
    },
  });
}

describe("requests the client makes are accepted by Prism on the spec", () => {
  it("token + 4.1 getList (answered with the seed example)", async () => {
    const [order] = await client().getList({ paySnList: ["217132502617316312401131698"] });
    expect(order!.sn).toBe("217132502617316312401131698");
    expect(order!.amount).toBe("150190");
  }, 60_000);

  it("4.2 getOrderInfo, both terminals", async () => {
    const c = client();
    expect(await c.getOrderInfo({ orderNo: "21231102161100027740" })).toMatchObject({
      acceptTime: "2023-11-02 16:12",
    });
    expect(await c.getOrderInfo({ orderNo: "21231102161100027740", terminal: "bfd_pc" })).not.toBeNull();
  }, 60_000);

  it("4.3 listSettlementItems", async () => {
    const page = await client().listSettlementItems({
      paymentStartTime: "2024-04-16 00:00:00",
      paymentEndTime: "2024-04-16 23:59:59",
      currentPage: 1,
      itemsPerPage: 500,
    });
    expect(page!.list[0]!.paySn).toBe("217132502617316312401131698");
  }, 60_000);

  it("orders(): statement then 4.1, every request 2xx", async () => {
    const orders = await collect(
      client().orders({ since: "2024-04-16T00:00:00+08:00", until: "2024-04-17T00:00:00+08:00" }),
    );
    expect(orders.map((o) => o.sn)).toEqual(["217132502617316312401131698"]);
    expect(statuses.length).toBeGreaterThanOrEqual(8);
    expect(statuses.filter((s) => s.status !== 200)).toEqual([]);
  }, 60_000);
});

describe("deliberately wrong requests are refused by Prism", () => {
  const query = "access_token=abc&timestamp=1597300776947&sign=fa66cb4d8604413b8fb30afd32e3e73e";
  const post = (path: string, body: unknown, q = query) =>
    fetch(`${prism.url}${path}?${q}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("the docs' own request example is accepted (control)", async () => {
    const response = await post("/openApi/open/order/getList", {
      paySnList: ["217132502617316312401131698"],
    });
    expect(response.status).toBe(200);
  }, 60_000);

  it("21 pay-order numbers (4.1 单次最多20条) -> 422", async () => {
    const sns = Array.from(
      { length: 21 },
      (_, i) => `2171325026173163124011316${String(i).padStart(2, "0")}`,
    );
    expect((await post("/openApi/open/order/getList", { paySnList: sns })).status).toBe(422);
  }, 60_000);

  it("no sign -> 422", async () => {
    const response = await post(
      "/openApi/open/order/getList",
      { paySnList: ["1"] },
      "access_token=abc&timestamp=1597300776947",
    );
    expect(response.status).toBe(422);
  }, 60_000);

  it("a seconds timestamp (10 digits) -> 422", async () => {
    const response = await post(
      "/openApi/open/order/getOrderInfo",
      { orderNo: "1" },
      "access_token=abc&timestamp=1597300776&sign=x",
    );
    expect(response.status).toBe(422);
  }, 60_000);

  it("4.3 without paymentEndTime, or itemsPerPage over 500 -> 422", async () => {
    const path = "/openApi/open/order/settlement/item/list";
    expect((await post(path, { paymentStartTime: "2024-04-16 00:00:00" })).status).toBe(422);
    const tooBig = {
      paymentStartTime: "2024-04-16 00:00:00",
      paymentEndTime: "2024-04-16 23:59:59",
      itemsPerPage: 501,
    };
    expect((await post(path, tooBig)).status).toBe(422);
  }, 60_000);
});
