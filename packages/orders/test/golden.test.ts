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
