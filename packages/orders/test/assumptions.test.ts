import { readFileSync } from "node:fs";
import { parseJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import {
  BAIFUDE_ORDER_STATUS,
  BAIFUDE_PAY_WAY,
  BAIFUDE_PAYMENT_STATUS,
  BAIFUDE_REFUND_STATUS,
  normalize,
  YIKAYI_ORDER_STATUS,
  YIKAYI_PAYMENT_STATUS,
  YIKAYI_SALE_PAID_FIELDS,
  YIKAYI_SALE_UNDO,
  YOPOINT_PAY_TYPE,
  YOPOINT_SERVICE_STATUS,
  YOPOINT_SHIPMENTS_STATUS,
  YOPOINT_TRADE_STATUS,
} from "../src/index.js";

const seed = (path: string) =>
  parseJsonLossless(readFileSync(new URL(path, import.meta.url), "utf8")) as Record<string, unknown>;
const cabinet = () => seed("./fixtures/cabinet.order.list.seed.json").data as Record<string, unknown>;
const bill = () =>
  (seed("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json").data as unknown[])[0] as object;
const vending = () =>
  (
    (seed("./fixtures/consumer.order.list.json").data as Record<string, unknown>).data as Record<
      string,
      unknown
    >[]
  )[0]!;
const sale = () =>
  (
    parseJsonLossless(readFileSync(new URL("./fixtures/yikayi.sales.sim.json", import.meta.url), "utf8")) as {
      note: Record<string, unknown>;
      items: Record<string, unknown>[];
    }[]
  )[0]!;
const payOrder = () =>
  (seed("../../baifude/test/fixtures/getList.seed.json").data as unknown[])[0] as Record<string, unknown>;

// Each test pins one entry of README "What the public docs do not say".
describe("what the public docs do not say", () => {
  it("1. Yopoint TradeStatus 0/1/2 and PayType 90/202 are read from examples", () => {
    expect(YOPOINT_TRADE_STATUS.entries).toEqual({ "0": "unpaid", "1": "paid", "2": "refunded" });
    expect([YOPOINT_PAY_TYPE.entries["90"], YOPOINT_PAY_TYPE.entries["202"]]).toEqual(["other", "alipay"]);
    const unpaid = normalize("yopoint", { ...cabinet(), TradeStatus: 0, PayTime: 0, RefundsPrice: 0 }).order;
    expect([unpaid.status, unpaid.paymentStatus, unpaid.payments]).toEqual(["pending_payment", "unpaid", []]);
  });

  it("2. Yopoint createdAt comes from the ObjectId, else from ReceiptNo (Beijing), else PayTime", () => {
    expect(normalize("yopoint", cabinet()).order.createdAt).toBe("2023-12-28T02:21:18.000Z");
    expect(normalize("yopoint", { ...cabinet(), id: "x" }).order.createdAt).toBe("2023-12-28T02:21:18.000Z");
    const neither = { ...cabinet(), id: "x", ReceiptNo: "R1" };
    expect(normalize("yopoint", neither).order.createdAt).toBe("2023-12-28T02:21:34.000Z");
  });

  it("3. Yopoint ServiceStatus 0 is processing", () => {
    expect(YOPOINT_SERVICE_STATUS.entries["0"]).toBe("processing");
  });

  it("4. Baifude refund-order status 5 = succeeded only decides without refund flows", () => {
    expect(BAIFUDE_REFUND_STATUS.entries).toEqual({ "5": "succeeded" });
    const order = payOrder();
    const refunds = order.refundOrderList as Record<string, unknown>[];
    refunds[0] = { ...refunds[0], status: 4, refundWayList: [] };
    const { order: mapped, warnings } = normalize("baifude", order);
    expect(mapped.refunds[0]?.status).toBe("unknown");
    expect(warnings.map((w) => w.field)).toEqual(["refundOrderList[0].status"]);
  });

  it("5. Baifude status 3 is completed, 8 is cancelled and unpaid", () => {
    expect([BAIFUDE_ORDER_STATUS.entries["3"], BAIFUDE_ORDER_STATUS.entries["8"]]).toEqual([
      "completed",
      "cancelled",
    ]);
    expect(BAIFUDE_PAYMENT_STATUS.entries["8"]).toBe("unpaid");
  });

  it("6. Baifude payWay 1/2 are stored value, 23 points, 25 corporate", () => {
    const e = BAIFUDE_PAY_WAY.entries;
    expect([e["1"], e["2"], e["23"], e["25"]]).toEqual([
      "stored_value",
      "stored_value",
      "points",
      "corporate",
    ]);
  });

  it("7. Baifude cardId: transaction id for channels, masked account otherwise; receiver masked when a phone", () => {
    const { payments, customer } = normalize("baifude", payOrder()).order;
    expect(payments[1]?.transactionId).toBe("4200002195202404163221496242");
    expect(payments[0]?.account).toBe("bfd1******************8828");
    expect(customer?.name).toBe("176****0454");
    expect(normalize("baifude", { ...payOrder(), receiver: "张三" }).order.customer?.name).toBe("张三");
  });

  it("8. 1card1 ThirdPayStatus is the order's payment status; refund codes refund everything paid", () => {
    expect(YIKAYI_PAYMENT_STATUS.entries["-3"]).toBe("refunded");
    const pending = normalize("yikayi", { ...bill(), ThirdPayStatus: -6 }).order;
    expect([pending.paymentStatus, pending.refunds]).toEqual([
      "paid",
      [{ amount: 17000, status: "pending", vendorStatus: "-6" }],
    ]);
  });

  it("9. 1card1 unknown Status is 不通过 -> cancelled", () => {
    expect(YIKAYI_ORDER_STATUS.fallback).toBe("cancelled");
  });

  it("10. Yopoint vending ShipmentsStatus 0/1/-1 -> processing/completed/cancelled; absent -> by payment", () => {
    expect(YOPOINT_SHIPMENTS_STATUS.entries).toEqual({
      "0": "processing",
      "1": "completed",
      "-1": "cancelled",
    });
    const { ShipmentsStatus: _s, ...bare } = vending();
    expect(normalize("yopoint", bare, { kind: "vending" }).order.status).toBe("completed");
    const unpaid = normalize("yopoint", { ...bare, PayTime: 0 }, { kind: "vending" }).order;
    expect([unpaid.status, unpaid.paymentStatus, unpaid.payments]).toEqual(["pending_payment", "unpaid", []]);
  });

  it("11. Yopoint vending: PayTime makes it paid; a failed dispense stays paid with no refund", () => {
    const failed = normalize("yopoint", { ...vending(), ShipmentsStatus: -1 }).order;
    expect([failed.status, failed.paymentStatus, failed.refunds, failed.paidAmount]).toEqual([
      "cancelled",
      "paid",
      [],
      400,
    ]);
    const waiting = normalize("yopoint", { ...vending(), ShipmentsStatus: 0, PayTime: 0 }).order;
    expect([waiting.status, waiting.paymentStatus]).toEqual(["pending_payment", "unpaid"]);
  });

  it("12. Yopoint vending: one item of quantity 1 at Price; cabinet PayType table; store = TID", () => {
    const order = normalize("yopoint", vending()).order;
    expect(order.items).toHaveLength(1);
    expect(order.items[0]).toMatchObject({ quantity: 1, unitPrice: 400, amount: 400 });
    expect(order.payments[0]?.method).toBe(YOPOINT_PAY_TYPE.entries["1"]);
    expect(order.store).toEqual({ id: vending().TID });
  });

  it("13. 1card1 sales: TotalMoney/TotalPaid/Paid*, standing -> completed/paid, IsUndo revokes, StoreName is the store", () => {
    expect(YIKAYI_SALE_PAID_FIELDS).toEqual([
      ["PaidMoney", "cash"],
      ["PaidValue", "stored_value"],
      ["PaidPoint", "points"],
    ]);
    expect(YIKAYI_SALE_UNDO.entries).toEqual({
      true: "revoked",
      "1": "revoked",
      false: "standing",
      "0": "standing",
    });
    const standing = normalize("yikayi", sale()).order;
    expect([standing.status, standing.paymentStatus, standing.totalAmount, standing.paidAmount]).toEqual([
      "completed",
      "paid",
      26700,
      25810,
    ]);
    expect(standing.store).toEqual({ id: "福田旗舰店", name: "福田旗舰店" });
    for (const IsUndo of [true, 1, "True", "1"]) {
      const revoked = normalize("yikayi", { ...sale(), note: { ...sale().note, IsUndo } }).order;
      expect([revoked.status, revoked.paymentStatus, revoked.refundedAmount]).toEqual([
        "cancelled",
        "refunded",
        25810,
      ]);
    }
    const unknown = normalize("yikayi", { ...sale(), note: { ...sale().note, IsUndo: "yes" } });
    expect([unknown.order.status, unknown.order.paymentStatus]).toEqual(["unknown", "unknown"]);
    expect(unknown.warnings).toMatchObject([{ code: "unknown_code", field: "note.IsUndo", value: "yes" }]);
  });

  it("14. 1card1 OperateTime is Beijing local (minutes alone accepted)", () => {
    const note = { ...sale().note, OperateTime: "2024-04-01 07:08" };
    expect(normalize("yikayi", { ...sale(), note }).order.createdAt).toBe("2024-03-31T23:08:00.000Z");
  });
});
