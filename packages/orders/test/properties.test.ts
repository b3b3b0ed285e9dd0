import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BAIFUDE_PAY_ORDER_FIELDS,
  type FieldPolicy,
  NormalizeError,
  normalize,
  type OrderKind,
  OrderSchema,
  orderJsonSchema,
  type Vendor,
  YIKAYI_GOODS_ORDER_FIELDS,
  YIKAYI_SALE_FIELDS,
  YOPOINT_CABINET_FIELDS,
  YOPOINT_VENDING_FIELDS,
} from "../src/index.js";
import {
  baifudeOrder,
  yikayiOrder,
  yikayiSale,
  yopointOrder,
  yopointVendingOrder,
} from "./vendor-arbitraries.js";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats.default(ajv);
ajv.addKeyword("x-orderbridge-closed-enum");
const validateJsonSchema = ajv.compile(orderJsonSchema);

const vendors: [Vendor, fc.Arbitrary<unknown>, OrderKind][] = [
  ["yopoint", yopointOrder, "cabinet"],
  ["yopoint", yopointVendingOrder, "vending"],
  ["baifude", baifudeOrder, "welfare_mall"],
  ["yikayi", yikayiOrder, "online_mall"],
  ["yikayi", yikayiSale, "in_store"],
];

describe("for arbitrary valid vendor orders", () => {
  for (const [vendor, arbitrary, kind] of vendors) {
    it(`${vendor} ${kind}: integer amounts, refunds within the paid amount (else a warning), valid by JSON Schema and zod`, () => {
      fc.assert(
        fc.property(arbitrary, fc.boolean(), (raw, includePersonalData) => {
          const { order, warnings } = normalize(vendor, raw, { includePersonalData, includeRaw: true });
          expect(order.kind).toBe(kind); // told from the record's shape
          // A record as the spec describes it drifts nowhere: no missing, null, mistyped or unknown field.
          const drift = ["missing_field", "null_field", "unexpected_type", "unknown_field", "outside_window"];
          expect(warnings.filter((w) => drift.includes(w.code))).toEqual([]);
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

/** A copy of `raw` with one field (of the record, or of a sale's note) set to `value` or removed. */
function withField(raw: unknown, kind: OrderKind, pick: number, value: unknown): Record<string, unknown> {
  const record = { ...(raw as Record<string, unknown>) };
  let target = record;
  if (kind === "in_store") {
    target = { ...(record.note as Record<string, unknown>) };
    record.note = target;
  }
  const keys = Object.keys(target);
  const key = keys[pick % keys.length]!;
  if (value === undefined) delete target[key];
  else target[key] = value;
  return record;
}

describe("for arbitrary JSON", () => {
  for (const [vendor, arbitrary, kind] of vendors) {
    it(`${vendor} ${kind}: normalize returns an Order or throws NormalizeError, nothing else`, () => {
      // Arbitrary JSON, and valid orders with one field replaced by arbitrary JSON (to get past the first check).
      const mangled = fc
        .tuple(arbitrary, fc.nat(), fc.jsonValue())
        .map(([raw, pick, value]) => withField(raw, kind, pick, value));
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), mangled), (raw) => {
          try {
            const { order } = normalize(vendor, raw, { kind });
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

const POLICIES: Record<OrderKind, FieldPolicy> = {
  cabinet: YOPOINT_CABINET_FIELDS,
  vending: YOPOINT_VENDING_FIELDS,
  welfare_mall: BAIFUDE_PAY_ORDER_FIELDS,
  online_mall: YIKAYI_GOODS_ORDER_FIELDS,
  in_store: YIKAYI_SALE_FIELDS,
};

describe("for valid orders with one field removed", () => {
  for (const [vendor, arbitrary, kind] of vendors) {
    it(`${vendor} ${kind}: a passed-on field gives an Order; a needed field the spec requires fails naming it`, () => {
      const policy = POLICIES[kind];
      fc.assert(
        fc.property(arbitrary, fc.nat(), (raw, pick) => {
          const record = withField(raw, kind, pick, undefined);
          const before = kind === "in_store" ? (raw as { note: object }).note : (raw as object);
          const after = kind === "in_store" ? (record as { note: object }).note : record;
          const [removed] = Object.keys(before).filter((key) => !(key in after));
          const field = kind === "in_store" ? `note.${removed}` : removed!;
          let outcome: { order: unknown; warnings: { code: string; field: string }[] } | NormalizeError;
          try {
            outcome = normalize(vendor, record, { kind });
          } catch (error) {
            if (!(error instanceof NormalizeError)) throw error;
            outcome = error;
          }
          if (!(field in policy.needed)) {
            // Passed on: always an Order; a field the spec requires is noted as missing.
            expect(outcome).not.toBeInstanceOf(NormalizeError);
          } else if (outcome instanceof NormalizeError) {
            expect(outcome.field).toBe(field);
          } else {
            // A needed field the spec marks optional (ServiceStatus, PayTime, IsUndo…): its absence is no issue.
            expect(outcome.warnings.map((w) => w.field)).not.toContain(field);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
