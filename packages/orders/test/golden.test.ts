import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizePayload, type Order, type Vendor } from "../src/index.js";

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const golden = (name: string) => JSON.parse(fixture(`./golden/${name}`)) as Order;

const cases: [Vendor, string, string][] = [
  ["yopoint", "./fixtures/cabinet.order.list.seed.json", "yopoint.seed.order.json"],
  ["baifude", "../../baifude/test/fixtures/getList.seed.json", "baifude.seed.order.json"],
  ["yikayi", "../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json", "yikayi.seed.order.json"],
];

describe("the example order of each seed page normalizes to its checked-in Order", () => {
  for (const [vendor, input, expected] of cases) {
    it(vendor, () => {
      const records = normalizePayload(vendor, fixture(input));
      expect(records).toHaveLength(1);
      const [record] = records;
      if (!record?.ok) throw record?.error;
      expect(record.warnings).toEqual([]);
      expect(record.order).toEqual(golden(expected));
    });
  }

  it("baifude: 150190 fen, paid 150000 in points + 190 by WeChat, three refunds summing to 150190 -> refunded", () => {
    const order = golden("baifude.seed.order.json");
    expect(order.totalAmount).toBe(500 * 9 + 5890 + 69900 * 2);
    expect(order.payments.map((p) => [p.method, p.amount])).toEqual([
      ["points", 150000],
      ["wechat", 190],
    ]);
    expect(order.refunds.map((r) => r.amount)).toEqual([4500, 5890, 139800]);
    expect(order.refundedAmount).toBe(150190);
    expect(order.paymentStatus).toBe("refunded");
  });

  it("yikayi: TotalMoney 170.0000 -> 17000 fen = 7000 cash + 10000 stored value; ThirdPayStatus -3 -> refunded", () => {
    const order = golden("yikayi.seed.order.json");
    expect(order.totalAmount).toBe(17000);
    expect(order.payments.map((p) => [p.method, p.amount])).toEqual([
      ["cash", 7000],
      ["stored_value", 10000],
    ]);
    expect(order.items.map((i) => [i.quantity, i.unitPrice, i.amount])).toEqual([
      [5, 2000, 10000],
      [1, 10000, 10000],
      [1, 2000, 2000],
    ]);
    expect(order.paymentStatus).toBe("refunded");
  });

  it("yopoint: Price 1 fen paid at PayTime 1703730094, refunded 1 fen at RefundsTime 1705389672", () => {
    const order = golden("yopoint.seed.order.json");
    expect(order.paidAt).toBe("2023-12-28T02:21:34.000Z");
    expect(order.refunds[0]?.refundedAt).toBe("2024-01-16T07:21:12.000Z");
    expect(order.createdAt).toBe("2023-12-28T02:21:18.000Z"); // ObjectId 658cdb9e = ReceiptNo VI231228102118
    expect([order.paidAmount, order.refundedAmount, order.paymentStatus]).toEqual([1, 1, "refunded"]);
  });
});

describe("the new kinds normalize to their checked-in Orders", () => {
  const goldenList = (name: string) => JSON.parse(fixture(`./golden/${name}`)) as Order[];
  const newCases: [Vendor, string, string][] = [
    ["yopoint", "./fixtures/consumer.order.list.json", "yopoint.vending.orders.json"],
    ["yikayi", "./fixtures/yikayi.sales.sim.json", "yikayi.sales.orders.json"],
  ];
  for (const [vendor, input, expected] of newCases) {
    it(`${vendor}: ${input}`, () => {
      const records = normalizePayload(vendor, fixture(input));
      for (const record of records) {
        if (!record.ok) throw record.error;
        expect(record.warnings).toEqual([]);
      }
      expect(records.map((r) => r.ok && r.order)).toEqual(goldenList(expected));
    });
  }

  it("vending: one item per order; dispensed -> completed, failed dispense -> cancelled but paid, waiting -> processing", () => {
    const orders = goldenList("yopoint.vending.orders.json");
    expect(orders.map((o) => [o.status, o.paymentStatus, o.vendorStatus.ShipmentsStatus])).toEqual([
      ["completed", "paid", 1],
      ["cancelled", "paid", -1],
      ["processing", "paid", 0],
    ]);
    expect(orders.map((o) => [o.items.length, o.items[0]?.amount, o.totalAmount, o.paidAmount])).toEqual([
      [1, 400, 400, 400],
      [1, 550, 550, 550],
      [1, 200, 200, 200],
    ]);
    // ObjectId 65d40e92 = 2024-02-20 10:29:38 +08 = ReceiptNo OD240220102938…; paid 6 s later.
    expect([orders[0]?.createdAt, orders[0]?.paidAt]).toEqual([
      "2024-02-20T02:29:38.000Z",
      "2024-02-20T02:29:44.000Z",
    ]);
    expect(orders.map((o) => o.payments[0]?.method)).toEqual(["wechat", "alipay", "wechat"]);
    expect(orders[0]?.store).toEqual({ id: "5f6da2362201410011fe7b72" });
  });

  it("sales: TotalMoney 267.0000 due, TotalPaid 258.1000 = 253.10 cash + 5.00 points = lines 169.10 + 89.00", () => {
    const [standing, revoked] = goldenList("yikayi.sales.orders.json");
    expect([standing?.totalAmount, standing?.paidAmount]).toEqual([26700, 25810]);
    expect(standing?.payments.map((p) => [p.method, p.amount])).toEqual([
      ["cash", 25310],
      ["points", 500],
    ]);
    expect(standing?.items.reduce((sum, i) => sum + i.amount, 0)).toBe(25810);
    expect([standing?.status, standing?.paymentStatus, standing?.createdAt]).toEqual([
      "completed",
      "paid",
      "2024-03-31T23:08:49.000Z", // OperateTime 2024-04-01 07:08:49 Beijing
    ]);
    // IsUndo true: cancelled, and everything paid (254.30 cash + 254.29 stored value) refunded.
    expect([revoked?.status, revoked?.paymentStatus, revoked?.paidAmount, revoked?.refundedAmount]).toEqual([
      "cancelled",
      "refunded",
      50859,
      50859,
    ]);
    // 1.5 kg at 26.80: 40.20 list, 38.19 after the 0.95 discount (the line's TotalMoney).
    expect(revoked?.items[1]).toMatchObject({ quantity: 1.5, unitPrice: 2680, amount: 3819 });
  });

  it("a goods order approved into a sale points at it: the sale counts, the goods order is its duplicate", () => {
    const bill = JSON.parse(fixture("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json")).data[0];
    const records = normalizePayload(
      "yikayi",
      JSON.stringify([{ ...bill, ConsumeBillNumber: "XF202404010000002" }]),
    );
    const [record] = records;
    if (!record?.ok) throw new Error("expected an Order");
    expect(record.order.relatedOrderIds).toEqual(["yikayi:XF202404010000002"]);
    expect(record.order.duplicateOf).toBe("yikayi:XF202404010000002");
    const sale = normalizePayload("yikayi", fixture("./fixtures/yikayi.sales.sim.json"))[0];
    expect(sale?.ok && sale.order.id).toBe(record.order.duplicateOf);
    expect(sale?.ok && sale.order.duplicateOf).toBeUndefined();
  });
});
