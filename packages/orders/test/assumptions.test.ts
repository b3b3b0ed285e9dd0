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
  YOPOINT_PAY_TYPE,
  YOPOINT_SERVICE_STATUS,
  YOPOINT_TRADE_STATUS,
} from "../src/index.js";

const seed = (path: string) =>
  parseJsonLossless(readFileSync(new URL(path, import.meta.url), "utf8")) as Record<string, unknown>;
const cabinet = () => seed("./fixtures/cabinet.order.list.seed.json").data as Record<string, unknown>;
const bill = () =>
  (seed("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json").data as unknown[])[0] as object;
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
});
