import { readFileSync } from "node:fs";
import { parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { YopointCabinetOrderSchema } from "@orderbridge/yopoint";
import { describe, expect, it } from "vitest";
import {
  CompiledPolicy,
  countWarnings,
  decodeRecord,
  detectKind,
  MappingContext,
  NormalizeError,
  type NormalizeWarning,
  normalize,
  normalizePayload,
  type OrderKind,
  type RecordValidator,
  YOPOINT_VENDING_FIELDS,
} from "../src/index.js";

type Json = Record<string, unknown>;
const text = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
// Parsed afresh each time (structuredClone would turn lossless numbers into plain objects).
const parsed = (path: string) => parseJsonLossless(text(path)) as Json;
const cabinet = () => parsed("./fixtures/cabinet.order.list.seed.json").data as Json;
const vending = () => ((parsed("./fixtures/consumer.order.list.json").data as Json).data as Json[])[0]!;
const payOrder = () => (parsed("../../baifude/test/fixtures/getList.seed.json").data as Json[])[0]!;
const goodsOrder = () =>
  (parsed("../../yikayi/test/fixtures/Get_GoodsBillPaged.seed.json").data as Json[])[0]!;
const sale = () => (parseJsonLossless(text("./fixtures/yikayi.sales.sim.json")) as Json[])[0]!;

function thrown(fn: () => unknown): NormalizeError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(NormalizeError);
    return error as NormalizeError;
  }
  throw new Error("expected a NormalizeError");
}

const codes = (warnings: NormalizeWarning[]) => warnings.map((w) => `${w.code} ${w.field}`);

/** One record type, and for each classification a change that should trigger it. */
interface Case {
  vendor: "yopoint" | "baifude" | "yikayi";
  kind: OrderKind;
  record: () => Json;
  id: string;
  /** A passed-on field the spec requires, removed: still an Order, with a missing_field note. */
  passedOn: { field: string; change: (r: Json) => void };
  /** A needed field, removed: a NormalizeError naming it. */
  needed: { field: string; change: (r: Json) => void };
  /** A passed-on text field set to null. */
  nullText: { field: string; change: (r: Json) => void };
  /** An unknown vendor code. */
  unknownCode: { field: string; value: string; change: (r: Json) => void };
  /** Extra fields: one at the record, one at a nested level the mapping reads. */
  extra: { fields: string[]; change: (r: Json) => void };
}

const note = (r: Json) => r.note as Json;
const first = (list: unknown) => (list as Json[])[0]!;

const cases: Case[] = [
  {
    vendor: "yopoint",
    kind: "cabinet",
    record: cabinet,
    id: "VI231228102118586561",
    passedOn: { field: "CID", change: (r) => delete r.CID },
    needed: { field: "Price", change: (r) => delete r.Price },
    nullText: { field: "LandMarkName", change: (r) => (r.LandMarkName = null) },
    unknownCode: { field: "TradeStatus", value: "9", change: (r) => (r.TradeStatus = 9) },
    extra: {
      fields: ["DeviceSN", "Products[0].Shelf"],
      change: (r) => {
        r.DeviceSN = "A1";
        first(r.Products).Shelf = 3;
      },
    },
  },
  {
    vendor: "yopoint",
    kind: "vending",
    record: vending,
    id: "OD240220102938586001",
    passedOn: { field: "id", change: (r) => delete r.id },
    needed: { field: "Price", change: (r) => delete r.Price },
    nullText: { field: "ProductName", change: (r) => (r.ProductName = null) },
    unknownCode: { field: "ShipmentsStatus", value: "7", change: (r) => (r.ShipmentsStatus = 7) },
    extra: {
      fields: ["SlotNo", "UserVO.Tag"],
      change: (r) => {
        r.SlotNo = "A3";
        (r.UserVO as Json).Tag = "vip";
      },
    },
  },
  {
    vendor: "baifude",
    kind: "welfare_mall",
    record: payOrder,
    id: "217132502617316312401131698",
    passedOn: { field: "channelSn", change: (r) => delete r.channelSn },
    needed: { field: "paidAmount", change: (r) => delete r.paidAmount },
    nullText: { field: "goodsList[0].name", change: (r) => (first(r.goodsList).name = null) },
    unknownCode: { field: "status", value: "4", change: (r) => (r.status = 4) },
    extra: {
      fields: ["invoiceNo", "payWayList[1].bank"],
      change: (r) => {
        r.invoiceNo = "F1";
        (r.payWayList as Json[])[1]!.bank = "ICBC";
      },
    },
  },
  {
    vendor: "yikayi",
    kind: "online_mall",
    record: goodsOrder,
    id: "DG20160622000002",
    passedOn: { field: "ConsumeBillNumber", change: (r) => delete r.ConsumeBillNumber },
    needed: { field: "TotalMoney", change: (r) => delete r.TotalMoney },
    nullText: { field: "StatusName", change: (r) => (r.StatusName = null) },
    unknownCode: { field: "ThirdPayStatus", value: "-9", change: (r) => (r.ThirdPayStatus = -9) },
    extra: {
      fields: ["DeliveryNo", "ItemList[2].Unit"],
      change: (r) => {
        r.DeliveryNo = "SF1";
        (r.ItemList as Json[])[2]!.Unit = "本";
      },
    },
  },
  {
    vendor: "yikayi",
    kind: "in_store",
    record: sale,
    id: "XF202404010000002",
    passedOn: { field: "note.Guid", change: (r) => delete note(r).Guid },
    needed: { field: "note.TotalMoney", change: (r) => delete note(r).TotalMoney },
    nullText: { field: "items[0].GoodItemName", change: (r) => (first(r.items).GoodItemName = null) },
    unknownCode: { field: "note.IsUndo", value: "2", change: (r) => (note(r).IsUndo = 2) },
    extra: {
      fields: ["note.ChainStoreGuid", "items[1].Unit", "operator"],
      change: (r) => {
        note(r).ChainStoreGuid = "5B0E4C21";
        (r.items as Json[])[1]!.Unit = "个";
        r.operator = "10000";
      },
    },
  },
];

const changed = (c: Case, change: (r: Json) => void) => {
  const record = c.record();
  change(record);
  return record;
};

describe("tolerant decoding, strict where it matters, for each record type", () => {
  for (const c of cases) {
    describe(`${c.vendor} ${c.kind}`, () => {
      const run = (record: Json) => normalize(c.vendor, record, { kind: c.kind });

      it("a record as the spec describes it: no warning", () => {
        const { order, warnings } = run(c.record());
        expect(warnings).toEqual([]);
        expect(order.kind).toBe(c.kind);
      });

      it(`a passed-on field missing (${c.passedOn.field}): stored, with a missing_field note`, () => {
        const { order, warnings } = run(changed(c, c.passedOn.change));
        expect(order.vendorOrderId).toBe(c.id);
        expect(codes(warnings)).toContain(`missing_field ${c.passedOn.field}`);
      });

      it(`a needed field missing (${c.needed.field}): NormalizeError naming vendor, order id and field`, () => {
        const error = thrown(() => run(changed(c, c.needed.change)));
        expect([error.vendor, error.orderId, error.field]).toEqual([c.vendor, c.id, c.needed.field]);
        expect(error.message).toContain("the mapping needs it");
      });

      it(`null where text is documented (${c.nullText.field}): stored, with a null_field note`, () => {
        const { warnings } = run(changed(c, c.nullText.change));
        expect(codes(warnings)).toEqual([`null_field ${c.nullText.field}`]);
      });

      it(`fields the spec does not know (${c.extra.fields.join(", ")}): stored, unknown_field notes`, () => {
        const { order, warnings } = run(changed(c, c.extra.change));
        expect(codes(warnings).sort()).toEqual(c.extra.fields.map((f) => `unknown_field ${f}`).sort());
        expect(order).toEqual(run(c.record()).order);
      });

      it(`an unknown code (${c.unknownCode.field} ${c.unknownCode.value}): stored, unknown_code note`, () => {
        const { warnings } = run(changed(c, c.unknownCode.change));
        // One per table that reads the code (Baifude's status decides both status axes: two).
        expect(warnings.length).toBeGreaterThan(0);
        for (const warning of warnings) {
          expect(warning).toMatchObject({
            code: "unknown_code",
            field: c.unknownCode.field,
            value: c.unknownCode.value,
          });
        }
      });

      it("never changes the caller's record, and keeps it whole in raw", () => {
        const record = changed(c, c.nullText.change);
        const before = stringifyJsonLossless(record);
        const { order } = normalize(c.vendor, record, { kind: c.kind, includeRaw: true });
        expect(stringifyJsonLossless(record)).toBe(before);
        expect(JSON.stringify(order.raw)).toContain("null");
      });
    });
  }
});

describe("values of another type", () => {
  it("a passed-on value of the wrong type is left out, so the mapper never sees it", () => {
    const record = { ...vending(), TID: 123, UserVO: "someone" };
    const { order, warnings } = normalize("yopoint", record);
    expect(order.store).toBeUndefined();
    expect(order.customer).toBeUndefined();
    expect(order.payments[0]?.account).toBeUndefined();
    expect(codes(warnings)).toEqual(["unexpected_type TID", "unexpected_type UserVO"]);
    expect(warnings[0]?.message).toContain("a number");
  });

  it("a needed value of the wrong type fails, naming it; several are all named", () => {
    const error = thrown(() => normalize("yopoint", { ...vending(), Price: "4元" }));
    expect([error.field, error.orderId]).toEqual(["Price", "OD240220102938586001"]);
    const { Price: _p, RefundsPrice: _r, ...bare } = cabinet();
    const both = thrown(() => normalize("yopoint", bare));
    expect(both.field).toBe("Price");
    expect(both.message).toMatch(/and 1 more: RefundsPrice/);
  });

  it("a needed field that is null fails (1card1 BillNumber null)", () => {
    const error = thrown(() => normalize("yikayi", { ...goodsOrder(), BillNumber: null }));
    expect([error.field, error.orderId]).toEqual(["BillNumber", undefined]);
    expect(error.message).toContain("null; the mapping needs it");
  });

  it("a sale without its lines is no sale: items is needed", () => {
    const error = thrown(() => normalize("yikayi", { note: note(sale()) }, { kind: "in_store" }));
    expect([error.field, error.orderId]).toEqual(["items", "XF202404010000002"]);
  });

  it("a line missing its money is a failed record; a line missing its name is not", () => {
    const record = sale();
    const line = first(record.items);
    delete line.TotalMoney;
    delete line.OldPrice;
    expect(thrown(() => normalize("yikayi", record)).field).toBe("items[0].TotalMoney");
    const named = sale();
    delete first(named.items).GoodItemName;
    const { order, warnings } = normalize("yikayi", named);
    expect(order.items[0]?.name).toBe("");
    expect(codes(warnings)).toEqual(["missing_field items[0].GoodItemName"]);
  });

  it("a passed-on Yopoint id missing: createdAt from ReceiptNo's time, the same instant", () => {
    const record = vending();
    delete record.id;
    expect(normalize("yopoint", record, { kind: "vending" }).order.createdAt).toBe(
      normalize("yopoint", vending()).order.createdAt,
    );
  });

  it("drift warnings are counted per vendor and field", () => {
    const a = normalize("yikayi", changed(cases[3]!, cases[3]!.passedOn.change)).warnings;
    const b = normalize("yikayi", changed(cases[3]!, cases[3]!.passedOn.change)).warnings;
    expect(countWarnings([...a, ...b])).toEqual({ "yikayi missing_field ConsumeBillNumber": 2 });
  });
});

describe("values that are wrong, not just missing", () => {
  it("year 10000 in PayTime (253402300800) is unreadable, not 1978: a needed time fails the record", () => {
    const error = thrown(() => normalize("yopoint", { ...cabinet(), PayTime: 253402300800 }));
    expect([error.field, error.orderId]).toEqual(["PayTime", "VI231228102118586561"]);
    expect(error.message).toMatch(/between 2000-01-01 and 2100-01-01/);
    expect(thrown(() => normalize("yopoint", { ...vending(), PayTime: 253402300800 })).field).toBe("PayTime");
  });

  it("an unreadable passed-on time warns and is left out (RefundsTime year 10000)", () => {
    const { order, warnings } = normalize("yopoint", { ...cabinet(), RefundsTime: 253402300800 });
    expect(order.refunds).toEqual([{ amount: 1, status: "succeeded" }]);
    expect(codes(warnings)).toEqual(["unexpected_type RefundsTime"]);
  });

  it("a sub-fen amount is rounded with a sub_fen_amount warning carrying the exact text", () => {
    const bill = {
      ...goodsOrder(),
      TotalMoney: parseJsonLossless("0.001"),
      PaidMoney: "267.0000",
      PaidValue: 0,
    };
    const { order, warnings } = normalize("yikayi", bill);
    expect([order.totalAmount, order.paidAmount]).toEqual([0, 26700]);
    expect(warnings).toMatchObject([
      { code: "sub_fen_amount", field: "TotalMoney", value: "0.001" },
      { code: "amounts_disagree", field: "TotalMoney" },
    ]);
    const record = sale();
    note(record).TotalMoney = "267.00004";
    const saleWarnings = normalize("yikayi", record).warnings;
    expect(saleWarnings).toMatchObject([
      { code: "sub_fen_amount", field: "note.TotalMoney", value: "267.00004" },
    ]);
  });

  it("sale amounts that disagree: paid above due, payments vs TotalPaid, lines vs TotalPaid", () => {
    const over = sale();
    note(over).TotalMoney = "100.0000";
    expect(codes(normalize("yikayi", over).warnings)).toEqual(["amounts_disagree note.TotalPaid"]);
    const payments = sale();
    note(payments).PaidMoney = "200.0000";
    expect(codes(normalize("yikayi", payments).warnings)).toEqual(["amounts_disagree note.TotalPaid"]);
    const lines = sale();
    first(lines.items).PaidMoney = "100.0000";
    expect(codes(normalize("yikayi", lines).warnings)).toEqual(["amounts_disagree items[].PaidMoney"]);
  });

  it("outside_window: placing times more than a day outside the window being synced", () => {
    // The vending order was paid at 2024-02-20T02:29:44Z.
    const window = (since: string, until: string) =>
      normalize("yopoint", vending(), { window: { since, until } }).warnings;
    expect(window("2024-02-20T00:00:00Z", "2024-02-21T00:00:00Z")).toEqual([]);
    expect(window("2024-02-21T00:00:00Z", "2024-02-22T00:00:00Z")).toEqual([]); // within a day's slack
    expect(window("2024-03-01T00:00:00Z", "2024-03-02T00:00:00Z")).toMatchObject([
      { code: "outside_window", field: "PayTime" },
    ]);
    const since = new Date("2024-04-03T00:00:00Z");
    const later = normalize("yikayi", sale(), { window: { since, until: new Date("2024-04-04T00:00:00Z") } });
    expect(codes(later.warnings)).toEqual(["outside_window note.OperateTime"]);
  });
});

describe("the fast path", () => {
  it("a record with no issue is validated once and nothing more", () => {
    const calls = { validate: 0, relaxed: 0 };
    const validator: RecordValidator<Json> = {
      validate: (raw) => {
        calls.validate++;
        return { ok: true, value: raw as Json };
      },
      validateRelaxed: (raw) => {
        calls.relaxed++;
        return { ok: true, value: raw as Json };
      },
    };
    const ctx = new MappingContext("yopoint", "x");
    const record = vending();
    expect(decodeRecord(validator, new CompiledPolicy(YOPOINT_VENDING_FIELDS), record, ctx)).toBe(record);
    expect(calls).toEqual({ validate: 1, relaxed: 0 });
    expect(ctx.warnings).toEqual([]);
  });

  it("validatedInput keeps working: a record the client validated is mapped as it is", () => {
    const validated = YopointCabinetOrderSchema.parse(cabinet());
    expect(normalize("yopoint", validated, { validatedInput: true }).order).toEqual(
      normalize("yopoint", cabinet()).order,
    );
  });
});

describe("kinds", () => {
  it("are told from the record's shape, else the vendor's first kind", () => {
    expect(detectKind("yikayi", sale())).toBe("in_store");
    expect(detectKind("yikayi", goodsOrder())).toBe("online_mall");
    expect(detectKind("yopoint", vending())).toBe("vending");
    expect(detectKind("yopoint", cabinet())).toBe("cabinet");
    expect(detectKind("yopoint", { ReceiptNo: "x" })).toBe("cabinet");
    expect(detectKind("baifude", payOrder())).toBe("welfare_mall");
  });

  it("an explicit kind wins; a kind the vendor does not offer is a NormalizeError", () => {
    const error = thrown(() => normalize("yopoint", vending(), { kind: "cabinet" }));
    expect(error.field).toBe("Products"); // decoded as a cabinet order, as asked: it has no goods lines
    expect(thrown(() => normalize("baifude", payOrder(), { kind: "in_store" })).field).toBe("kind");
  });

  it("normalizePayload reads a consumer.order.list paginator and an array of sales", () => {
    const vendingRecords = normalizePayload("yopoint", text("./fixtures/consumer.order.list.json"));
    expect(vendingRecords.map((r) => r.ok && r.order.kind)).toEqual(["vending", "vending", "vending"]);
    const sales = normalizePayload("yikayi", text("./fixtures/yikayi.sales.sim.json"));
    expect(sales.map((r) => r.ok && r.order.id)).toEqual([
      "yikayi:XF202404010000002",
      "yikayi:XF202404020000005",
    ]);
  });
});
