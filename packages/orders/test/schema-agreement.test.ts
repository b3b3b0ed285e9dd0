import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderSchema, orderJsonSchema } from "../src/index.js";
import { orderArbitrary } from "./arbitraries.js";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addKeyword("x-orderbridge-closed-enum");
const validateJsonSchema = ajv.compile(orderJsonSchema);

function agree(value: unknown): { ajv: boolean; zod: boolean } {
  return { ajv: validateJsonSchema(value) as boolean, zod: OrderSchema.safeParse(value).success };
}

function collectExamples(
  node: unknown,
  name: string,
  out: { name: string; schema: unknown; example: unknown }[],
) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      collectExamples(item, `${name}[${i}]`, out);
    });
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "examples" && Array.isArray(value)) {
        for (const example of value) out.push({ name, schema: node, example });
      } else collectExamples(value, `${name}.${key}`, out);
    }
  }
  return out;
}

describe("specs/order.schema.json and OrderSchema (zod) agree", () => {
  it("accept every Order example in the spec", () => {
    for (const example of orderJsonSchema.examples) {
      expect(agree(example)).toEqual({ ajv: true, zod: true });
    }
  });

  it("every example in the spec validates against the subschema it sits in", () => {
    const examples = collectExamples(orderJsonSchema, "#", []);
    expect(examples.length).toBeGreaterThan(30);
    for (const { name, schema, example } of examples) {
      const { examples: _e, $id: _id, ...subschema } = schema as Record<string, unknown>;
      const validate = ajv.compile({ ...subschema, $defs: orderJsonSchema.$defs });
      expect(validate(example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("accept generated valid Orders", () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        expect(agree(order)).toEqual({ ajv: true, zod: true });
      }),
      { numRuns: 200 },
    );
  });

  it("accept real leap days and the last instant of a day", () => {
    for (const createdAt of [
      "2024-02-29T00:00:00.000Z",
      "2000-02-29T23:59:59.999Z",
      "2023-12-31T23:59:59.000Z",
    ]) {
      const order = { ...structuredClone(orderJsonSchema.examples[0]), createdAt };
      expect(agree(order), createdAt).toEqual({ ajv: true, zod: true });
    }
  });

  it("reject the same broken Orders", () => {
    const breakages: [string, (order: Record<string, unknown>) => void][] = [
      ["negative amount", (o) => (o.paidAmount = -1)],
      ["fractional fen", (o) => (o.totalAmount = 1.5)],
      ["unsafe integer", (o) => (o.refundedAmount = 2 ** 53)],
      ["unknown status", (o) => (o.status = "shipped")],
      ["unknown paymentStatus", (o) => (o.paymentStatus = "PAID")],
      ["unknown vendor", (o) => (o.vendor = "meituan")],
      ["bad id", (o) => (o.id = "no-vendor-prefix")],
      ["local time", (o) => (o.createdAt = "2024-04-16 14:51:02")],
      ["offset time", (o) => (o.createdAt = "2024-04-16T14:51:02.000+08:00")],
      ["impossible date", (o) => (o.createdAt = "2024-02-30T00:00:00.000Z")],
      ["no leap day in 2023", (o) => (o.createdAt = "2023-02-29T00:00:00.000Z")],
      ["no leap day in 1900", (o) => (o.paidAt = "1900-02-29T12:00:00.000Z")],
      ["hour 24", (o) => (o.updatedAt = "2024-04-16T24:00:00.000Z")],
      ["minute 60", (o) => (o.createdAt = "2024-04-16T10:60:00.000Z")],
      ["month 13", (o) => (o.createdAt = "2024-13-01T00:00:00.000Z")],
      ["day 0", (o) => (o.createdAt = "2024-04-00T00:00:00.000Z")],
      ["extra field", (o) => (o.note = "x")],
      ["missing items", (o) => delete o.items],
      ["string money", (o) => (o.totalAmount = "150190")],
      ["currency", (o) => (o.currency = "USD")],
      ["vendorStatus object value", (o) => (o.vendorStatus = { a: { b: 1 } })],
      [
        "bad payment method",
        (o) => (o.payments = [{ method: "paypal", vendorMethod: "x", amount: 1, status: "succeeded" }]),
      ],
      ["negative refund", (o) => (o.refunds = [{ amount: -5, status: "succeeded" }])],
      ["negative quantity", (o) => (o.items = [{ name: "x", quantity: -1, unitPrice: 1, amount: 1 }])],
      ["empty store id", (o) => (o.store = { id: "" })],
    ];
    fc.assert(
      fc.property(orderArbitrary, fc.constantFrom(...breakages), (order, [, breakIt]) => {
        const broken = structuredClone(order) as unknown as Record<string, unknown>;
        breakIt(broken);
        expect(agree(broken)).toEqual({ ajv: false, zod: false });
      }),
      { numRuns: 200 },
    );
  });
});
