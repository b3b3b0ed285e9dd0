import { readFileSync } from "node:fs";
import { parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import { countWarnings, NormalizeError, normalize, normalizePayload } from "../src/index.js";

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const yikayiSeedText = fixture("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json");
const baifudeSeedText = fixture("../../baifude/test/fixtures/getList.seed.json");
const yopointSeedText = fixture("./fixtures/cabinet.order.list.seed.json");
// Parsed afresh each time (structuredClone would turn lossless numbers into plain objects).
const firstRecord = (text: string, path: (p: Record<string, unknown>) => unknown) =>
  path(parseJsonLossless(text) as Record<string, unknown>) as Record<string, unknown>;
const yikayiBill = () => firstRecord(yikayiSeedText, (p) => (p.data as unknown[])[0]);
const baifudeOrder = () => firstRecord(baifudeSeedText, (p) => (p.data as unknown[])[0]);
const yopointOrder = () => firstRecord(yopointSeedText, (p) => p.data);

function thrown(fn: () => unknown): NormalizeError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(NormalizeError);
    return error as NormalizeError;
  }
  throw new Error("expected a NormalizeError");
}

describe("money", () => {
  it("converts 1card1 yuan from the source text: 4.35 -> 435 (never 434), 170.0000 -> 17000", () => {
    const bill = {
      ...yikayiBill(),
      TotalMoney: parseJsonLossless("4.35"),
      PaidMoney: "4.35",
      PaidValue: "0.0000",
    };
    const { order } = normalize("yikayi", bill);
    expect(order.totalAmount).toBe(435);
    expect(order.payments).toEqual([
      { method: "cash", vendorMethod: "PaidMoney", amount: 435, status: "succeeded" },
    ]);
    expect(normalize("yikayi", yikayiBill()).order.totalAmount).toBe(17000);
  });

  it("rounds a sub-fen 1card1 amount half-up (0.005 -> 1) and multiplies fractional quantities exactly", () => {
    const bill = {
      ...yikayiBill(),
      TotalMoney: "0.0050",
      ItemList: [{ BarCode: "1", Name: "米", Number: "1.5", Price: "4.35" }],
    };
    const { order } = normalize("yikayi", bill);
    expect(order.totalAmount).toBe(1);
    expect(order.items[0]).toMatchObject({ quantity: 1.5, unitPrice: 435, amount: 653 });
  });

  it("a non-numeric amount is a NormalizeError naming vendor, order id and field", () => {
    const error = thrown(() => normalize("yikayi", { ...yikayiBill(), PaidValue: "12元" }));
    expect([error.vendor, error.orderId, error.field]).toEqual(["yikayi", "DG20160622000002", "PaidValue"]);
    const baifude = baifudeOrder();
    (baifude.payWayList as Record<string, unknown>[])[1]!.deduction = "1.5";
    const fen = thrown(() => normalize("baifude", baifude));
    expect([fen.orderId, fen.field]).toEqual(["217132502617316312401131698", "payWayList[1].deduction"]);
  });

  it("a payload without an order id is a NormalizeError naming the id field", () => {
    const { BillNumber: _b, ...bill } = yikayiBill();
    const error = thrown(() => normalize("yikayi", bill));
    expect([error.vendor, error.orderId, error.field]).toEqual(["yikayi", undefined, "BillNumber"]);
    const { ReceiptNo: _r, ...cabinet } = yopointOrder();
    expect(thrown(() => normalize("yopoint", cabinet)).field).toBe("ReceiptNo");
    expect(thrown(() => normalize("baifude", null)).field).toBe("(root)");
  });
});

describe("unknown vendor codes", () => {
  it("map to the documented fallback and are counted in warnings", () => {
    const yopoint = { ...yopointOrder(), PayType: 77, TradeStatus: 9, ServiceStatus: 5 };
    const { order, warnings } = normalize("yopoint", yopoint);
    expect(order.payments[0]?.method).toBe("other");
    expect([order.status, order.paymentStatus]).toEqual(["unknown", "unknown"]);
    const baifude = baifudeOrder();
    (baifude.payWayList as Record<string, unknown>[])[0]!.payWay = 99;
    const second = normalize("baifude", { ...baifude, status: 4 });
    expect([second.order.status, second.order.payments[0]?.method]).toEqual(["unknown", "other"]);
    expect(countWarnings([...warnings, ...second.warnings])).toEqual({
      "yopoint unknown_code TradeStatus=9": 1,
      "yopoint unknown_code ServiceStatus=5": 1,
      "yopoint unknown_code PayType=77": 1,
      "baifude unknown_code status=4": 2,
      "baifude unknown_code payWayList[].payWay=99": 1,
    });
  });

  it("1card1: an unknown Status is 不通过 (rejected) -> cancelled, with a warning", () => {
    const { order, warnings } = normalize("yikayi", { ...yikayiBill(), Status: 7 });
    expect(order.status).toBe("cancelled");
    expect(warnings).toMatchObject([
      { code: "unknown_code", field: "Status", value: "7", fallback: "cancelled" },
    ]);
  });
});

describe("payment status", () => {
  it("is partially_refunded when succeeded refunds cover part of paidAmount", () => {
    const baifude = baifudeOrder();
    baifude.refundOrderList = (baifude.refundOrderList as unknown[]).slice(0, 2);
    const { order } = normalize("baifude", baifude);
    expect([order.refundedAmount, order.paymentStatus]).toEqual([4500 + 5890, "partially_refunded"]);
  });

  it("warns when the vendor's refunds exceed what was paid", () => {
    const { order, warnings } = normalize("yopoint", { ...yopointOrder(), RefundsPrice: 5 });
    expect([order.paidAmount, order.refundedAmount, order.paymentStatus]).toEqual([1, 5, "refunded"]);
    expect(warnings.map((w) => w.code)).toEqual(["refunds_exceed_paid"]);
  });

  it("a refund flow that did not succeed leaves the refund pending and out of refundedAmount", () => {
    const baifude = baifudeOrder();
    const refund = (baifude.refundOrderList as Record<string, unknown>[])[0]!;
    (refund.refundWayList as Record<string, unknown>[])[0]!.status = 1;
    const { order } = normalize("baifude", baifude);
    expect(order.refunds[0]?.status).toBe("pending");
    expect([order.refundedAmount, order.paymentStatus]).toEqual([150190 - 4500, "partially_refunded"]);
  });
});

describe("personal data", () => {
  it("is masked by default and in the clear with includePersonalData", () => {
    const masked = normalize("yopoint", yopointOrder()).order;
    expect(masked.customer?.mobile).toBe("138****8000");
    expect(masked.payments[0]?.account).toBe("oNlH********************JJjQ");
    expect(JSON.stringify(masked)).not.toContain("13800138000");
    const clear = normalize("yopoint", yopointOrder(), { includePersonalData: true }).order;
    expect(clear.customer?.mobile).toBe("13800138000");
    expect(clear.payments[0]?.account).toBe("oNlHk5OU_e6DSo5_shMj-8SGJJjQ");
    expect(JSON.stringify(normalize("baifude", baifudeOrder()).order)).not.toMatch(/17602110454|13900003010/);
  });

  it("raw is attached only with includeRaw, as plain JSON with decimals as their source text", () => {
    expect(normalize("yikayi", yikayiBill()).order.raw).toBeUndefined();
    const { order } = normalize("yikayi", yikayiBill(), { includeRaw: true });
    expect(order.raw).toMatchObject({ TotalMoney: "170.0000", Mobile: "13632651195" });
  });
});

describe("normalizePayload", () => {
  it("accepts an envelope, an array, one order, a Yopoint paginator and JSON lines", () => {
    const bill = stringifyJsonLossless(yikayiBill());
    expect(normalizePayload("yikayi", yikayiSeedText).map((r) => r.ok)).toEqual([true]);
    expect(normalizePayload("yikayi", `[${bill},${bill}]`).map((r) => r.ok)).toEqual([true, true]);
    expect(normalizePayload("yikayi", bill).map((r) => r.ok)).toEqual([true]);
    expect(normalizePayload("yikayi", `${bill}\n${bill}\n`).map((r) => r.ok)).toEqual([true, true]);
    const cabinet = stringifyJsonLossless(yopointOrder());
    const paginator = `{"error_code":0,"error_msg":"SUCCESS","data":{"total":2,"per_page":20,"current_page":1,"data":[${cabinet},${cabinet}]}}`;
    expect(normalizePayload("yopoint", paginator).map((r) => r.ok)).toEqual([true, true]);
  });

  it("reports bad records beside good ones, and vendor error envelopes and bad JSON as one error", () => {
    const bill = yikayiBill();
    const records = normalizePayload("yikayi", stringifyJsonLossless([bill, { ...bill, TotalMoney: "x" }]));
    expect(records.map((r) => r.ok)).toEqual([true, false]);
    const [, bad] = records;
    if (bad?.ok !== false) throw new Error("expected a failure");
    expect(bad.error.field).toBe("TotalMoney");
    const failure = normalizePayload(
      "baifude",
      fixture("../../baifude/test/fixtures/getList.fail.seed.json"),
    );
    expect(failure).toHaveLength(1);
    expect(failure[0]?.ok === false && failure[0].error.message).toContain("10016");
    expect(normalizePayload("baifude", "{not json").map((r) => r.ok === false && r.error.field)).toEqual([
      "(json)",
    ]);
    expect(() => normalizePayload("meituan", "{}")).toThrow(NormalizeError);
  });
});
