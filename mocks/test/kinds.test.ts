import { parseJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import { BAD_RECORD_KINDS, type KindTotals } from "../src/drift.js";
import { createYikayiSimulator, parseWhere, shanghaiText } from "../src/yikayi/index.js";
import { createYopointSimulator } from "../src/yopoint/index.js";

/** The simulators' kinds of sale, their consistency, their totals and their drift and bad-record options. */

const fen = (value: unknown) => {
  const text = String((value as { value?: string })?.value ?? value);
  const [whole, fraction = ""] = text.split(".");
  return Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
};
const local = (text: unknown) => Date.parse(`${String(text).replace(" ", "T")}+08:00`);

function sumOfStatuses(totals: KindTotals) {
  const rows = Object.values(totals.byStatus);
  return {
    count: rows.reduce((a, r) => a + r.count, 0),
    paidFen: rows.reduce((a, r) => a + r.paidFen, 0),
    refundedFen: rows.reduce((a, r) => a + r.refundedFen, 0),
  };
}

describe("Yopoint: cabinet and vending orders", () => {
  it("give every order an ObjectId whose time is its creation, agreeing with ReceiptNo and just before PayTime", () => {
    for (const seed of [1, 20240229, 77]) {
      const sim = createYopointSimulator({ seed, counts: { cabinet: 200, vending: 200 } });
      for (let i = 0; i < 200; i++) {
        for (const [order, min, max] of [
          [sim.orderAt(i), 20, 180],
          [sim.consumerOrderAt(i), 5, 60],
        ] as const) {
          const created = Number.parseInt(String(order.id).slice(0, 8), 16);
          const gap = Number(order.PayTime) - created;
          expect(gap).toBeGreaterThanOrEqual(min);
          expect(gap).toBeLessThanOrEqual(max);
          const stamp = shanghaiText(created * 1000)
            .replace(/\D/g, "")
            .slice(2);
          expect(String(order.ReceiptNo).slice(2, 14)).toBe(stamp);
          expect(String(order.id)).toMatch(/^[0-9a-f]{24}$/);
        }
      }
      const ids = new Set(Array.from({ length: 200 }, (_, i) => sim.orderAt(i).id));
      expect(ids.size).toBe(200);
    }
  });

  it("is deterministic per seed, and a million orders cost nothing until asked for", () => {
    const a = createYopointSimulator({ seed: 5, counts: { cabinet: 1_000_000, vending: 1_000_000 } });
    const b = createYopointSimulator({ seed: 5, counts: { cabinet: 1_000_000, vending: 1_000_000 } });
    expect(a.consumerOrderAt(999_999)).toEqual(b.consumerOrderAt(999_999));
    expect(a.orderAt(123_456)).toEqual(b.orderAt(123_456));
    expect(createYopointSimulator({ seed: 6 }).orderAt(0)).not.toEqual(
      createYopointSimulator({ seed: 5 }).orderAt(0),
    );
    const [lo, hi] = a.vendingIndexRange(
      Number(a.consumerOrderAt(500_000).PayTime),
      Number(a.consumerOrderAt(500_009).PayTime),
    );
    expect([lo, hi]).toEqual([500_000, 500_010]);
  });

  it("says what it holds per kind, from its own numbers, whole or by window", () => {
    const sim = createYopointSimulator({ counts: { cabinet: 300, vending: 250 } });
    const totals = sim.totals();
    const cabinet = totals.cabinet!;
    expect(cabinet.count).toBe(300);
    let paid = 0;
    let refunded = 0;
    for (let i = 0; i < 300; i++) {
      paid += Number(sim.orderAt(i).Price);
      refunded += Number(sim.orderAt(i).RefundsPrice);
    }
    expect([cabinet.paidFen, cabinet.refundedFen]).toEqual([paid, refunded]);
    expect(refunded).toBeGreaterThan(0);
    expect(sumOfStatuses(cabinet)).toEqual({ count: 300, paidFen: paid, refundedFen: refunded });
    const vending = totals.vending!;
    expect(vending.count).toBe(250);
    expect(Object.keys(vending.byStatus).sort()).toEqual([
      "ShipmentsStatus=-1",
      "ShipmentsStatus=0",
      "ShipmentsStatus=1",
    ]);
    expect(vending.refundedFen).toBe(0);
    // A window counts what lies in it.
    const since = new Date(Number(sim.consumerOrderAt(100).PayTime) * 1000);
    const until = new Date(Number(sim.consumerOrderAt(150).PayTime) * 1000);
    expect(sim.totals({ since, until }).vending!.count).toBe(50);
    // State changes count: an approved refund.
    const receipt = String(sim.orderAt(3).ReceiptNo);
    const before = sim.totals().cabinet!.refundedFen;
    const refundedBefore = Number(sim.orderAt(3).RefundsPrice);
    sim.approveRefund(receipt);
    expect(sim.totals().cabinet!.refundedFen - before).toBe(Number(sim.orderAt(3).Price) - refundedBefore);
  });

  it("applies drift and bad records to what it serves, and reports them in its totals", () => {
    const sim = createYopointSimulator({
      counts: { cabinet: 40, vending: 40 },
      drift: {
        every: 4,
        orderKinds: ["vending"],
        omit: ["TID"],
        nullify: ["ShipmentsError"],
        extraField: true,
        unknownCode: true,
      },
      badRecords: {
        every: 10,
        kind: ["missing-id", "year-10000", "amounts-disagree", "time-outside-window"],
      },
    });
    expect(sim.served("cabinet", 3)).toEqual(sim.orderAt(3));
    expect(sim.served("vending", 3)).toMatchObject({
      ShipmentsError: null,
      PayType: 77,
      SimUnknownField: "not in the spec",
    });
    expect(sim.served("vending", 3)).not.toHaveProperty("TID");
    expect(sim.served("cabinet", 9)).not.toHaveProperty("ReceiptNo");
    expect(sim.served("cabinet", 19)).toMatchObject({ PayTime: 253402300800 });
    expect(sim.served("cabinet", 29)).toMatchObject({ Price: Number(sim.orderAt(29).Price) + 100 });
    expect(Number((sim.served("cabinet", 39) as { PayTime: number }).PayTime)).toBeLessThan(
      Number(sim.orderAt(39).PayTime) - 3 * 365 * 86_400,
    );
    const totals = sim.totals();
    expect(totals.cabinet).toMatchObject({ count: 36, drifted: 0, bad: { count: 4 } });
    // Drifted: 3, 7, …, 39 but 19 and 39, which are bad records.
    expect(totals.vending).toMatchObject({ count: 36, drifted: 8, bad: { count: 4 } });
  });

  it("refuses options that cannot work, naming them", () => {
    expect(() => createYopointSimulator({ badRecords: { every: 0, kind: "missing-id" } })).toThrow(
      /badRecords.every/,
    );
    expect(() => createYopointSimulator({ badRecords: { every: 3, kind: "nope" as never } })).toThrow(
      /badRecords.kind "nope" is not one of/,
    );
    expect(() => createYopointSimulator({ drift: { every: 1.5 } })).toThrow(/drift.every/);
    expect(() => createYopointSimulator({ vendingPageSize: 0 })).toThrow(/vendingPageSize/);
    expect(BAD_RECORD_KINDS).toContain("not-an-object");
  });
});

describe("1card1: goods orders and sales at the till", () => {
  const shapes = [
    { seed: 20160622, counts: { online_mall: 300, in_store: 400 } },
    { seed: 7, counts: { online_mall: 400, in_store: 120 } },
    { seed: 8, counts: { online_mall: 40, in_store: 2000 } },
    { seed: 9, counts: { online_mall: 1, in_store: 1 } },
    { seed: 10, counts: { online_mall: 0, in_store: 50 } },
    { seed: 11, counts: { online_mall: 50, in_store: 0 } },
  ];

  it.each(shapes)(
    "pairs approved goods orders with their sales both ways, consistently (%j)",
    ({ seed, counts }) => {
      const sim = createYikayiSimulator({ seed, counts });
      let pairs = 0;
      const bills = new Set<string>();
      for (let j = 0; j < counts.in_store; j++) bills.add(String(sim.consumeNote(j).BillNumber));
      expect(bills.size).toBe(counts.in_store);
      for (let i = 0; i < counts.online_mall; i++) {
        const order = sim.goodsBill(i);
        const sale = sim.saleOfGoodsOrder(i);
        if (sale === undefined) {
          expect(order.ConsumeBillNumber).toBeNull();
          expect(order.Status).not.toBe(1);
          continue;
        }
        pairs++;
        expect(sim.goodsOrderOfSale(sale)).toBe(i);
        const note = sim.consumeNote(sale);
        expect(order.ConsumeBillNumber).toBe(note.BillNumber);
        expect(order).toMatchObject({ Status: 1, ThirdPayStatus: 1 });
        expect(fen(note.TotalMoney)).toBe(fen(order.TotalMoney));
        const orderPaid = [
          "PaidMoney",
          "PaidValue",
          "PaidPoint",
          "PaidCoupon",
          "PaidOther",
          "PaidThirdpay",
        ].reduce((s, f) => s + fen(order[f]), 0);
        expect(fen(note.TotalPaid)).toBe(orderPaid);
        expect(fen(note.PaidMoney) + fen(note.PaidValue) + fen(note.PaidPoint)).toBe(orderPaid);
        expect(note.CardId).toBe(order.CardId);
        const gap = local(note.OperateTime) - local(order.SubmitTime);
        expect(gap).toBeGreaterThan(0);
        if (counts.online_mall >= 100 && counts.in_store >= 100) expect(gap).toBeLessThan(2 * 86_400_000);
        expect(sim.consumeNoteItems(sale).map((item) => item.Barcode)).toEqual(
          (order.ItemList as { BarCode: string }[]).map((item) => item.BarCode),
        );
      }
      for (let j = 0; j < counts.in_store; j++) {
        const order = sim.goodsOrderOfSale(j);
        if (order !== undefined) expect(sim.saleOfGoodsOrder(order)).toBe(j);
      }
      if (counts.online_mall >= 40 && counts.in_store >= 40)
        expect(pairs).toBeGreaterThan(counts.online_mall / 10);
      expect(sim.totals().online_mall!.duplicates!.count).toBe(pairs);
    },
  );

  it("says what it holds per kind: paid and refunded from its own numbers, revoked sales, and the pairs", () => {
    const sim = createYikayiSimulator({ counts: { online_mall: 300, in_store: 400 } });
    const totals = sim.totals();
    const inStore = totals.in_store!;
    let paid = 0;
    let revoked = 0;
    let quick = 0;
    for (let j = 0; j < 400; j++) {
      const note = sim.consumeNote(j);
      paid += fen(note.TotalPaid);
      if (note.IsUndo === true) revoked += fen(note.TotalPaid);
      if (sim.consumeNoteItems(j).length === 0) quick++;
    }
    expect(inStore).toMatchObject({ count: 400, paidFen: paid, refundedFen: revoked });
    expect(revoked).toBeGreaterThan(0);
    expect(quick).toBeGreaterThan(0);
    expect(sumOfStatuses(inStore)).toEqual({ count: 400, paidFen: paid, refundedFen: revoked });
    const online = totals.online_mall!;
    expect(online.count).toBe(300);
    expect(online.byStatus["ThirdPayStatus=-3"]!.refundedFen).toBe(online.refundedFen);
    expect(online.duplicates!.paidFen).toBeGreaterThan(0);
    // Refunding an approved order revokes its sale: both sides say refunded.
    const order = Array.from({ length: 300 }, (_, i) => i).find(
      (i) => sim.saleOfGoodsOrder(i) !== undefined,
    )!;
    const salePaid = fen(sim.consumeNote(sim.saleOfGoodsOrder(order)!).TotalPaid);
    sim.refundOrder(order);
    const after = sim.totals();
    expect(after.in_store!.refundedFen - inStore.refundedFen).toBe(salePaid);
    expect(after.online_mall!.refundedFen - online.refundedFen).toBe(salePaid);
    expect(after.online_mall!.duplicates!.refundedFen).toBe(salePaid);
  });

  it("serves drift and bad records in lists and refuses the lines of a lines-unavailable sale", () => {
    const sim = createYikayiSimulator({
      counts: { online_mall: 20, in_store: 20 },
      drift: { every: 5, orderKinds: ["online_mall"], omit: ["ConsumeBillNumber"], unknownCode: true },
      badRecords: { every: 4, kind: ["sub-fen", "unreadable-time", "lines-unavailable"] },
    });
    const drifted = sim.served("online_mall", 4) as Record<string, unknown>;
    expect(drifted).not.toHaveProperty("ConsumeBillNumber");
    expect(drifted.ThirdpayType).toBe(9);
    const subFen = sim.served("in_store", 3) as Record<string, unknown>;
    expect((subFen.TotalMoney as { value: string }).value).toBe(
      `${(sim.consumeNote(3).TotalMoney as { value: string }).value.slice(0, -4)}0050`,
    );
    expect((sim.served("online_mall", 7) as Record<string, unknown>).SubmitTime).toBe("2024-02-30 25:61:00");
    // lines-unavailable is a sale-only defect: goods order 11 is served as it is, sale 11 is intact but its lines fail.
    expect(sim.served("online_mall", 11)).toEqual(sim.goodsBill(11));
    expect(sim.served("in_store", 11)).toEqual(sim.consumeNote(11));
    const totals = sim.totals();
    expect(totals.online_mall!.bad.count).toBe(4);
    expect(totals.in_store!.bad.count).toBe(5);
    // 4, 9, 14 (19 is a bad record).
    expect(totals.online_mall!.drifted).toBe(3);
  });

  it("filters sales on OperateTime with its own parser of the client's where", () => {
    const sim = createYikayiSimulator({ counts: { in_store: 100 } });
    const from = String(sim.consumeNote(10).OperateTime);
    const to = String(sim.consumeNote(20).OperateTime);
    const conditions = parseWhere(`OperateTime >= '${from}' and OperateTime < '${to}'`, ["OperateTime"]);
    expect(conditions).toHaveLength(2);
    expect(parseJsonLossless(JSON.stringify({ from, to }))).toEqual({ from, to });
  });
});

describe("Baifude: welfare-mall pay orders", () => {
  it("says what it holds (paid pay orders, refunds whose every flow succeeded) and serves drift and bad records", async () => {
    const { createBaifudeSimulator } = await import("../src/baifude/index.js");
    const sim = createBaifudeSimulator({
      counts: { welfare_mall: 200 },
      drift: { every: 10, nullify: ["receiver"], unknownCode: true },
      badRecords: { every: 25, kind: ["missing-id", "amounts-disagree"] },
    });
    const totals = sim.totals().welfare_mall!;
    let count = 0;
    let paid = 0;
    let refunded = 0;
    for (let i = 0; i < 200; i++) {
      const order = sim.payOrder(i)!;
      if (order.status !== 3) continue;
      if ((i + 1) % 25 === 0) continue;
      count++;
      paid += order.paidAmount;
      refunded += order.refundOrderList.reduce((sum, r) => sum + r.refundAmount, 0);
    }
    expect(totals).toMatchObject({ count, paidFen: paid, refundedFen: refunded });
    expect(refunded).toBeGreaterThan(0);
    expect(totals.bad.count).toBeGreaterThan(0);
    expect(sim.served(9)).toMatchObject({ receiver: null, payWayList: [{ payWay: 99 }] });
    expect(sim.served(24)).not.toHaveProperty("sn");
    const disagree = sim.served(49) as { amount: number; paidAmount: number };
    expect(disagree.paidAmount).toBe(disagree.amount + 100);
  });
});

describe("1card1: the lines of a sale are asked for as the spec says", () => {
  it("answers guid (and userAccount) and refuses paging parameters", async () => {
    const { createHash } = await import("node:crypto");
    const { setupServer } = await import("msw/node");
    const sim = createYikayiSimulator({ counts: { in_store: 5 } });
    const server = setupServer(...sim.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const post = async (data: Record<string, unknown>) => {
        const text = JSON.stringify(data);
        const timestamp = String(Math.floor(Date.now() / 1000));
        const { openId, secret } = sim.credentials;
        const signature = createHash("md5")
          .update(openId + secret + timestamp + text)
          .digest("hex")
          .toUpperCase();
        const url = `https://sim.test/OpenApi/Get_ConsumeNoteItemPagedV2?openId=${openId}&signature=${signature}&timestamp=${timestamp}`;
        const response = await fetch(url, { method: "POST", body: new URLSearchParams({ data: text }) });
        return (await response.json()) as { status: number; message?: string; total?: number };
      };
      const guid = String(sim.consumeNote(0).Guid);
      expect(await post({ guid })).toMatchObject({ status: 0, total: sim.consumeNoteItems(0).length });
      expect(await post({ guid, userAccount: "10000" })).toMatchObject({ status: 0 });
      expect(await post({ guid, pageIndex: 0, pageSize: 10 })).toEqual({
        status: -1,
        message: "参数不存在: pageIndex",
      });
    } finally {
      server.close();
    }
  });
});
