import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { BaifudePayOrderSchema, schemas } from "../src/index.js";
import { fixture, loadSpec } from "./helpers.js";

type Node = Record<string, unknown>;
const spec = loadSpec();
const paths = spec.paths as Record<string, { post: Node }>;

const REQUEST_SCHEMAS: Record<string, z.ZodType> = {
  "/token/create": schemas.TokenRequestSchema,
  "/openApi/open/order/getList": schemas.GetListRequestSchema,
  "/openApi/open/order/getOrderInfo": schemas.GetOrderInfoRequestSchema,
  "/openApi/open/order/settlement/item/list": schemas.SettlementItemListRequestSchema,
};
const RESPONSE_SCHEMAS: Record<string, z.ZodType> = {
  "/token/create": schemas.TokenResponseSchema,
  "/openApi/open/order/getList": schemas.GetListResponseSchema,
  "/openApi/open/order/getOrderInfo": schemas.GetOrderInfoResponseSchema,
  "/openApi/open/order/settlement/item/list": schemas.SettlementItemListResponseSchema,
};

function examplesOf(content: Node): [string, unknown][] {
  const media = Object.values(content)[0] as { examples?: Record<string, { value: unknown }> };
  return Object.entries(media.examples ?? {}).map(([name, example]) => [name, example.value]);
}

describe("spec examples", () => {
  const cases: [string, string, unknown, z.ZodType][] = [];
  for (const [path, { post }] of Object.entries(paths)) {
    const body = (post.requestBody as { content: Node }).content;
    for (const [name, value] of examplesOf(body))
      cases.push([path, `request ${name}`, value, REQUEST_SCHEMAS[path]!]);
    const ok = (post.responses as Record<string, { content: Node }>)["200"]!.content;
    for (const [name, value] of examplesOf(ok))
      cases.push([path, `response ${name}`, value, RESPONSE_SCHEMAS[path]!]);
  }

  it("covers every operation", () => {
    expect(Object.keys(paths).sort()).toEqual(Object.keys(REQUEST_SCHEMAS).sort());
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)("%s %s parses with the generated schema", (_path, _name, value, schema) => {
    // Round-trip through the lossless parser, as the client reads a response.
    const parsed = parseJsonLossless(JSON.stringify(value));
    expect(schema.safeParse(parsed).error).toBeUndefined();
  });

  it("keeps the seed's 4.1 success example verbatim, equal to the shared fixture", () => {
    const seed = examplesOf(
      (paths["/openApi/open/order/getList"]!.post.responses as Record<string, { content: Node }>)["200"]!
        .content,
    ).find(([name]) => name === "seed")![1];
    expect(seed).toEqual(JSON.parse(fixture("getList.seed.json")));
  });
});

describe("the seed fixture (4.1 example)", () => {
  const response = schemas.GetListResponseSchema.parse(parseJsonLossless(fixture("getList.seed.json")));
  const order = BaifudePayOrderSchema.parse(response.data![0]);

  it("is one paid pay order of 150190 fen with three successful refunds summing to 150190", () => {
    expect(response.code).toBe("0");
    expect(order.status).toBe(3);
    expect(order.amount).toBe("150190");
    const goods = order.goodsList.reduce((sum, line) => sum + Number(line.price) * line.num, 0);
    expect(goods).toBe(150190);
    const paid = order.payWayList.reduce((sum, flow) => sum + Number(flow.deduction), 0);
    expect(paid).toBe(150190);
    expect(order.refundOrderList).toHaveLength(3);
    expect(order.refundOrderList.every((r) => r.refundWayList.every((w) => w.status === 2))).toBe(true);
    expect(order.refundOrderList.reduce((sum, r) => sum + Number(r.refundAmount), 0)).toBe(150190);
    expect(order.payWayList.map((flow) => flow.payWay)).toEqual(["23", "6"]);
    expect(order.dispatchTime).toBe("工作日/周末/假日均可 ");
  });

  it("keeps the undocumented fields (bfdUserId, virtual, errMsg)", () => {
    expect(response.errMsg).toBeNull();
    expect(order.bfdUserId).toBe("13900003010");
    expect(order.goodsList[0]).toHaveProperty("virtual", null);
  });

  it("parses the fail example as a signature-error envelope", () => {
    const fail = schemas.GetListResponseSchema.parse(parseJsonLossless(fixture("getList.fail.seed.json")));
    expect(fail).toEqual({ code: "10016", data: null, msg: "签名错误" });
  });
});

describe("assumptions", () => {
  /** Every place in the spec marked x-orderbridge-assumed, labelled as the README names it. */
  function assumedLabels(): string[] {
    const labels: string[] = [];
    for (const { post } of Object.values(paths)) {
      if (post["x-orderbridge-assumed"]) labels.push(post.operationId as string);
    }
    const components = spec.components as Record<string, Record<string, Node>>;
    for (const [name, parameter] of Object.entries(components.parameters!)) {
      if (parameter["x-orderbridge-assumed"]) labels.push(name);
    }
    for (const [name, response] of Object.entries(components.responses ?? {})) {
      if (response["x-orderbridge-assumed"]) labels.push(name);
    }
    for (const [name, schema] of Object.entries(components.schemas!)) {
      if (schema["x-orderbridge-assumed"]) labels.push(name);
      for (const [property, value] of Object.entries((schema.properties ?? {}) as Record<string, Node>)) {
        if (value["x-orderbridge-assumed"]) labels.push(`${name}.${property}`);
      }
    }
    return labels;
  }

  it("are each listed in the README's 'What the public docs do not say'", () => {
    const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const section = readme.split("## What the public docs do not say")[1]?.split("\n## ")[0] ?? "";
    const labels = assumedLabels();
    expect(labels.length).toBeGreaterThanOrEqual(10);
    for (const label of labels) expect(section, label).toContain(`\`${label}\``);
  });
});
