import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NormalizeError, normalize, OrderSchema, orderJsonSchema, type Vendor } from "../src/index.js";
import { baifudeOrder, yikayiOrder, yopointOrder } from "./vendor-arbitraries.js";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addKeyword("x-orderbridge-closed-enum");
const validateJsonSchema = ajv.compile(orderJsonSchema);

const vendors: [Vendor, fc.Arbitrary<unknown>][] = [
  ["yopoint", yopointOrder],
  ["baifude", baifudeOrder],
  ["yikayi", yikayiOrder],
];

describe("for arbitrary valid vendor orders", () => {
  for (const [vendor, arbitrary] of vendors) {
    it(`${vendor}: integer amounts, refunds within the paid amount (else a warning), valid by JSON Schema and zod`, () => {
      fc.assert(
        fc.property(arbitrary, fc.boolean(), (raw, includePersonalData) => {
          const { order, warnings } = normalize(vendor, raw, { includePersonalData, includeRaw: true });
          const amounts = [
            order.totalAmount,
            order.paidAmount,
            order.refundedAmount,
            ...order.items.flatMap((i) => [i.unitPrice, i.amount]),
            ...order.payments.map((p) => p.amount),
            ...order.refunds.map((r) => r.amount),
          ];
          for (const amount of amounts) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
          if (order.refundedAmount > order.paidAmount) {
            expect(warnings.map((w) => w.code)).toContain("refunds_exceed_paid");
          }
          expect(order.refundedAmount).toBe(
            order.refunds.filter((r) => r.status === "succeeded").reduce((s, r) => s + r.amount, 0),
          );
          if (order.paymentStatus === "refunded")
            expect(order.refundedAmount).toBeGreaterThanOrEqual(order.paidAmount);
          if (order.paymentStatus === "partially_refunded") {
            expect(order.refundedAmount).toBeGreaterThan(0);
            expect(order.refundedAmount).toBeLessThan(order.paidAmount);
          }
          expect(validateJsonSchema(order), JSON.stringify(validateJsonSchema.errors)).toBe(true);
          expect(OrderSchema.safeParse(order).success).toBe(true);
          expect(order.id).toBe(`${vendor}:${order.vendorOrderId}`);
          if (!includePersonalData && order.customer?.mobile) expect(order.customer.mobile).toContain("****");
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("for arbitrary JSON", () => {
  for (const [vendor, arbitrary] of vendors) {
    it(`${vendor}: normalize returns an Order or throws NormalizeError, nothing else`, () => {
      // Arbitrary JSON, and valid orders with one field replaced by arbitrary JSON (to get past the first check).
      const mangled = fc.tuple(arbitrary, fc.string(), fc.jsonValue()).map(([raw, key, value]) => {
        const copy = { ...(raw as Record<string, unknown>) };
        const keys = Object.keys(copy);
        copy[keys[key.length % keys.length]!] = value;
        return copy;
      });
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), mangled), (raw) => {
          try {
            const { order } = normalize(vendor, raw);
            expect(OrderSchema.safeParse(order).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(NormalizeError);
            expect((error as NormalizeError).vendor).toBe(vendor);
            expect((error as NormalizeError).field).toBeTruthy();
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
