import { VendorError } from "@orderbridge/core";
import {
  PRISM_START_TIMEOUT_MS,
  type RunningPrism,
  type ServedHandlers,
  serveHandlers,
  startPrism,
  VENDOR_SPECS,
} from "@orderbridge/mocks";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clientFromEnv,
  createClient,
  encodeYikayiData,
  schemas,
  signYikayiRequest,
  YIKAYI_METHODS,
  type YikayiMethod,
  type YikayiMethodInput,
} from "../src/index.js";
import { collect, loadSpec } from "./helpers.js";

const CREDENTIALS = { openId: "0123456789ABCDEF0123456789ABCDEF", secret: "ABC123", userAccount: "10000" };

/** One valid call per method, as a user would write it. */
const CALLS: { [M in YikayiMethod]: YikayiMethodInput[M] } = {
  Get_GoodsBillPaged: { pageIndex: 0, pageSize: 10 },
  Get_ConsumeNotePagedV2: { pageIndex: 0, pageSize: 10 },
  Get_ConsumeNoteItemPagedV2: { guid: "7d3c2b1a-0f9e-4d8c-b7a6-000000000001" },
  Get_MembersPagedV2: { pageIndex: 0, pageSize: 10 },
};

interface Operation {
  operationId: string;
  requestBody: { content: Record<string, { examples?: Record<string, { value: { data: string } }> }> };
  responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }>;
}

function operations(): [string, Operation][] {
  const paths = loadSpec().paths as Record<string, { post: Operation }>;
  return Object.entries(paths).map(([path, item]) => [path, item.post]);
}

describe("Prism on specs/yikayi.openapi.yaml", () => {
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism(VENDOR_SPECS.yikayi);
  }, PRISM_START_TIMEOUT_MS + 30_000); // startPrism's own deadline (with what Prism printed) comes first
  afterAll(async () => {
    await prism?.stop();
  });

  it.each(Object.keys(CALLS) as YikayiMethod[])(
    "accepts the client's %s request and the client parses Prism's example answer",
    async (method) => {
      const client = createClient({ ...CREDENTIALS, baseUrl: prism.url, retries: 0 });
      const answer = await client.call(method, CALLS[method] as never);
      expect(answer.status).toBe(0);
      expect(Array.isArray(answer.data)).toBe(true);
    },
    60_000,
  );

  it("accepts every request client.sales() and client.orders() make, and the client reads the answers", async () => {
    const client = createClient({ ...CREDENTIALS, baseUrl: prism.url, retries: 0 });
    const day = { since: "2024-04-16T00:00:00+08:00", until: "2024-04-17T00:00:00+08:00" };
    // Prism answers each method's first example: one sale (mixedPayment) whose lines are twoItems.
    const sales = await collect(client.sales(day));
    expect(sales.map((s) => [s.note.BillNumber, s.items.length])).toEqual([["XF20240416000001", 2]]);
    const unvalidated = await collect(client.sales({ ...day, validate: false }));
    expect(unvalidated).toHaveLength(1);
    const orders = await collect(client.orders(day));
    expect(orders.map((o) => o.BillNumber)).toEqual(["DG20160622000002"]);
  }, 60_000);

  it("refuses a sale-lines request without signature or without data (422)", async () => {
    const itemData = encodeYikayiData({ guid: "7d3c2b1a-0f9e-4d8c-b7a6-000000000001" });
    const itemSignature = signYikayiRequest({ ...CREDENTIALS, timestamp, data: itemData });
    const itemPost = (query: string, body: string) =>
      fetch(`${prism.url}/OpenApi/Get_ConsumeNoteItemPagedV2?${query}`, {
        method: "POST",
        headers: { "content-type": urlencoded },
        body,
      });
    const unsigned = await itemPost(
      `openId=${CREDENTIALS.openId}&timestamp=${timestamp}`,
      new URLSearchParams({ data: itemData }).toString(),
    );
    expect(unsigned.status).toBe(422);
    const query = `openId=${CREDENTIALS.openId}&signature=${itemSignature}&timestamp=${timestamp}`;
    expect((await itemPost(query, new URLSearchParams({ guid: "x" }).toString())).status).toBe(422);
    expect((await itemPost(query, new URLSearchParams({ data: itemData }).toString())).status).toBe(200);
  }, 60_000);

  it("the spec's paths are exactly the client's methods with their controllers", () => {
    expect(
      operations()
        .map(([path]) => path)
        .sort(),
    ).toEqual(
      (Object.keys(YIKAYI_METHODS) as YikayiMethod[])
        .map((m) => `/${YIKAYI_METHODS[m].controller}/${m}`)
        .sort(),
    );
  });

  async function post(query: string, init: { contentType: string; body: string }): Promise<Response> {
    return fetch(`${prism.url}/BusinessApi/Get_GoodsBillPaged?${query}`, {
      method: "POST",
      headers: { "content-type": init.contentType },
      body: init.body,
    });
  }

  const data = encodeYikayiData({
    userAccount: "10000",
    where: "1=1",
    pageIndex: 0,
    pageSize: 1,
    orderBy: "",
  });
  const timestamp = "1466567648";
  const signature = signYikayiRequest({ ...CREDENTIALS, timestamp, data });
  const form = new URLSearchParams({ data }).toString();
  const urlencoded = "application/x-www-form-urlencoded; charset=UTF-8";

  it("refuses a request without signature (422)", async () => {
    const response = await post(`openId=${CREDENTIALS.openId}&timestamp=${timestamp}`, {
      contentType: urlencoded,
      body: form,
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/signature/);
  }, 60_000);

  it("refuses a lower-case or millisecond-shaped signature/timestamp (422)", async () => {
    const lower = await post(
      `openId=${CREDENTIALS.openId}&signature=${signature.toLowerCase()}&timestamp=${timestamp}`,
      {
        contentType: urlencoded,
        body: form,
      },
    );
    expect(lower.status).toBe(422);
    const millis = await post(`openId=${CREDENTIALS.openId}&signature=${signature}&timestamp=1466567648000`, {
      contentType: urlencoded,
      body: form,
    });
    expect(millis.status).toBe(422);
  }, 60_000);

  it("refuses a body without the data field (422) and a JSON body (415)", async () => {
    const query = `openId=${CREDENTIALS.openId}&signature=${signature}&timestamp=${timestamp}`;
    const renamed = await post(query, {
      contentType: urlencoded,
      body: new URLSearchParams({ Data: data }).toString(),
    });
    expect(renamed.status).toBe(422);
    const json = await post(query, { contentType: "application/json", body: JSON.stringify({ data }) });
    expect(json.status).toBe(415);
    const ok = await post(query, { contentType: urlencoded, body: form });
    expect(ok.status).toBe(200);
  }, 60_000);
});

describe("every named example in the spec", () => {
  const cases = operations().flatMap(([, operation]) =>
    Object.entries(operation.responses["200"]!.content["application/json"]!.examples).map(
      ([name, example]) => [operation.operationId, name, example.value] as const,
    ),
  );

  it.each(cases)("%s response example %s parses through the client", async (method, _name, value) => {
    const body = JSON.stringify(value);
    const client = createClient({
      ...CREDENTIALS,
      baseUrl: "http://example.invalid",
      fetch: async () => new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
    });
    const call = client.call(method as YikayiMethod, CALLS[method as YikayiMethod] as never);
    if ((value as { status: number }).status === 0) {
      expect((await call).status).toBe(0);
    } else {
      await expect(call).rejects.toBeInstanceOf(VendorError);
    }
  });

  const requestCases = operations().flatMap(([, operation]) =>
    Object.entries(operation.requestBody.content["application/x-www-form-urlencoded"]!.examples ?? {}).map(
      ([name, example]) => [operation.operationId, name, example.value.data] as const,
    ),
  );

  it.each(requestCases)(
    "%s request example %s is valid JSON of the method's request schema",
    (method, _name, data) => {
      const schema =
        method === "Get_ConsumeNoteItemPagedV2"
          ? schemas.ConsumeNoteItemQuerySchema
          : schemas.PagedQuerySchema;
      expect(schema.safeParse(JSON.parse(data)).success).toBe(true);
    },
  );

  it("covers every operation with at least one success and one failure example", () => {
    for (const [, operation] of operations()) {
      const values = Object.values(operation.responses["200"]!.content["application/json"]!.examples).map(
        (example) => (example.value as { status: number }).status,
      );
      expect(values).toContain(0);
      expect(values).toContain(-1);
    }
  });
});

describe("the simulator over real HTTP on loopback, configured by clientFromEnv", () => {
  const sim = createYikayiSimulator({ orderCount: 250 });
  let served: ServedHandlers;
  beforeAll(async () => {
    served = await serveHandlers(sim.handlers);
  });
  afterAll(async () => {
    await served?.close();
  });

  it("serves every method and a whole month of orders", async () => {
    const client = clientFromEnv(sim.env(served.url), { pageSize: 100 });
    const orders = await collect(
      client.orders({ since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" }),
    );
    expect(orders).toHaveLength(250);
    const notes = await client.getConsumeNotePagedV2({ pageIndex: 0, pageSize: 5 });
    expect(notes.total).toBe(sim.shape.consumeNoteCount);
    const items = await client.getConsumeNoteItemPagedV2({ guid: notes.data[0]!.Guid });
    expect(items.data.length).toBeGreaterThan(0);
    const members = await client.getMembersPagedV2({ pageIndex: 0, pageSize: 5 });
    expect(members.data).toHaveLength(5);
  }, 60_000);

  it("refuses a wrong signature over HTTP with the vendor's envelope", async () => {
    const client = clientFromEnv({ ...sim.env(served.url), YIKAYI_SECRET: "BADSEC" });
    await expect(client.getMembersPagedV2({ pageIndex: 0, pageSize: 5 })).rejects.toThrow(/签名错误/);
  }, 60_000);
});
