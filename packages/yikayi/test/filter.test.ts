import { LosslessNumber, ParseError } from "@orderbridge/core";
import { parseOrderBy, parseWhere } from "@orderbridge/mocks/yikayi";
import { describe, expect, it } from "vitest";
import {
  buildOrderBy,
  buildWhere,
  FILTER_FIELDS,
  isSqlFragment,
  renderLiteral,
  unsafeRawOrderBy,
  unsafeRawWhere,
} from "../src/index.js";

const GOODS_COLUMNS = FILTER_FIELDS.Get_GoodsBillPaged;

describe("buildWhere", () => {
  it("renders allow-listed fields, operators and quoted literals", () => {
    const where = buildWhere("Get_GoodsBillPaged", [
      ["CardId", "=", "O'Brien"],
      ["SubmitTime", ">=", new Date("2024-04-16T00:00:00+08:00")],
      ["Status", "in", [1, 3]],
      ["TotalMoney", ">", 99.5],
      ["TrueName", "<>", "张三🌸"],
    ]);
    expect(where.sql).toBe(
      "CardId = 'O''Brien' and SubmitTime >= '2024-04-16 00:00:00' and Status in (1, 3) and TotalMoney > 99.5 and TrueName <> '张三🌸'",
    );
    expect(String(where)).toBe(where.sql);
  });

  it("renders no condition as 1=1 and a Date in Beijing time across the UTC day boundary", () => {
    expect(buildWhere("Get_GoodsBillPaged", []).sql).toBe("1=1");
    expect(
      buildWhere("Get_GoodsBillPaged", [["SubmitTime", "<", new Date("2024-04-16T16:30:00Z")]]).sql,
    ).toBe("SubmitTime < '2024-04-17 00:30:00'");
  });

  it.each([
    ["' or 1=1 --"],
    ["x' or '1'='1"],
    ["'; drop table GoodsBill; --"],
    ["''''"],
    ['"double" quotes'],
    ["%_[wildcards]"],
    ["N'unicode'"],
  ])(
    "keeps %j inside one literal: the simulator's parser reads back exactly one condition with that value",
    (value) => {
      const where = buildWhere("Get_GoodsBillPaged", [["CardId", "=", value]]);
      expect(parseWhere(where.sql, GOODS_COLUMNS)).toEqual([
        { column: "CardId", operator: "=", values: [{ kind: "string", value }] },
      ]);
    },
  );

  it.each([
    ["backslash", "a\\' or 1=1 --"],
    ["newline", "x\n or 1=1"],
    ["carriage return", "x\r--"],
    ["tab", "a\tb"],
    ["NUL", "a\u0000b"],
    ["right single quotation mark", "x\u2019 or 1=1 --"],
    ["left single quotation mark", "\u2018x"],
    ["modifier letter apostrophe", "x\u02bc or 1=1"],
    ["fullwidth apostrophe", "x\uff07 or 1=1"],
    ["prime", "x\u2032"],
    ["backtick", "x` or 1=1"],
    ["line separator", "x\u2028y"],
  ])("refuses a value containing a %s", (_name, value) => {
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "=", value]])).toThrow(ParseError);
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "in", ["ok", value]]])).toThrow(
      /cannot be quoted safely/,
    );
  });

  it("refuses unknown fields and operators, even from untyped callers", () => {
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId = '' or 1=1 --" as never, "=", "x"]])).toThrow(
      /unknown Get_GoodsBillPaged filter field/,
    );
    expect(() => buildWhere("Get_GoodsBillPaged", [["OperateTime" as never, "=", "x"]])).toThrow(
      /filter field/,
    );
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "like" as never, "x%"]])).toThrow(/operator/);
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "= '' or 1=1 --" as never, "x"]])).toThrow(
      /operator/,
    );
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "in", []]])).toThrow(/non-empty/);
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "=", ["a"] as never]])).toThrow(/one value/);
    expect(() => buildWhere("Get_ConsumeNoteItemPagedV2" as never, [])).toThrow(/no where/);
  });

  it("refuses numbers that are not plain decimals and values of other types", () => {
    expect(renderLiteral(-3)).toBe("-3");
    expect(renderLiteral(true)).toBe("1");
    expect(() => renderLiteral(Number.NaN)).toThrow(ParseError);
    expect(() => renderLiteral(1e21)).toThrow(/exponent/);
    expect(() => renderLiteral(new Date("nope"))).toThrow(/invalid Date/);
    expect(() => renderLiteral({ toString: () => "1=1" } as never)).toThrow(/must be a string/);
  });

  it("every builder output parses in the simulator's grammar (round trip of mixed conditions)", () => {
    const where = buildWhere("Get_GoodsBillPaged", [
      ["Status", "in", [-1, 0, 1]],
      ["ThirdPayStatus", "<>", -3],
      ["BillNumber", ">=", "DG2024"],
      ["SubmitTime", "<=", new Date("2024-04-16T06:51:02Z")],
    ]);
    expect(
      parseWhere(where.sql, GOODS_COLUMNS).map((c) => [c.column, c.operator, c.values.map((v) => v.value)]),
    ).toEqual([
      ["Status", "in", [-1, 0, 1]],
      ["ThirdPayStatus", "<>", [-3]],
      ["BillNumber", ">=", ["DG2024"]],
      ["SubmitTime", "<=", ["2024-04-16 14:51:02"]],
    ]);
  });
});

describe("buildOrderBy", () => {
  it("renders allow-listed fields with asc/desc, and nothing as empty", () => {
    expect(buildOrderBy("Get_GoodsBillPaged", ["SubmitTime", ["BillNumber", "desc"]]).sql).toBe(
      "SubmitTime asc, BillNumber desc",
    );
    expect(buildOrderBy("Get_GoodsBillPaged", []).sql).toBe("");
    expect(parseOrderBy("SubmitTime asc, BillNumber desc", GOODS_COLUMNS)).toEqual([
      { column: "SubmitTime", descending: false },
      { column: "BillNumber", descending: true },
    ]);
  });

  it("refuses unknown fields and directions", () => {
    expect(() => buildOrderBy("Get_GoodsBillPaged", ["(select 1)" as never])).toThrow(/filter field/);
    expect(() => buildOrderBy("Get_GoodsBillPaged", [["CardId", "desc; drop table x" as never]])).toThrow(
      /asc or desc/,
    );
  });
});

describe("the explicit unsafe escape hatch", () => {
  it("passes text verbatim only under a name that says it is unsafe", () => {
    expect(unsafeRawWhere("CardId like 'VIP%'").sql).toBe("CardId like 'VIP%'");
    expect(unsafeRawOrderBy("len(CardId) desc").sql).toBe("len(CardId) desc");
  });

  it("what an injection through it would look like is refused by the simulator's grammar", () => {
    expect(() => parseWhere("CardId = '' or 1=1 --'", GOODS_COLUMNS)).toThrow(/unexpected character/);
    expect(() => parseWhere("CardId = '' or 1=1", GOODS_COLUMNS)).toThrow(/`and` expected/);
    expect(() => parseWhere("CardId = 'x'; drop table t", GOODS_COLUMNS)).toThrow(/unexpected character/);
    expect(() => parseWhere("CardId = 'unterminated", GOODS_COLUMNS)).toThrow(/unterminated/);
  });
});

describe("hostile input to the builder", () => {
  it("refuses a far-future or far-past Date instead of writing NaN into the SQL", () => {
    for (const date of [
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date("+010000-01-01T00:00:00Z"),
      new Date("1600-01-01T00:00:00Z"),
    ]) {
      expect(
        () => buildWhere("Get_GoodsBillPaged", [["SubmitTime", ">=", date]]),
        date.toISOString(),
      ).toThrow(/outside 1753–9999/);
    }
    expect(
      buildWhere("Get_GoodsBillPaged", [["SubmitTime", "<", new Date("9999-12-31T15:59:59Z")]]).sql,
    ).toBe("SubmitTime < '9999-12-31 23:59:59'");
  });

  it("sends a big decimal exactly as its text, or refuses it — never through a float", () => {
    const exact = new LosslessNumber("12345678901234567890.1234");
    const where = buildWhere("Get_GoodsBillPaged", [["TotalMoney", ">", exact]]);
    expect(where.sql).toBe("TotalMoney > 12345678901234567890.1234");
    expect(parseWhere(where.sql, GOODS_COLUMNS)[0]!.values[0]!.kind).toBe("number");
    expect(renderLiteral(12345678901234567890n)).toBe("12345678901234567890");
    // As a JS number it is already 12345678901234567000: refused, with the way out named.
    expect(() => renderLiteral(Number("12345678901234567890.1234"))).toThrow(/not exact.*LosslessNumber/);
    expect(() => renderLiteral(0.1 + 0.2)).toThrow(/not exact/);
    expect(renderLiteral(9007199254740991)).toBe("9007199254740991");
    expect(renderLiteral(170.5)).toBe("170.5");
    expect(() => renderLiteral(new LosslessNumber("1e30"))).toThrow(/plain decimal/);
  });

  it("refuses a fragment forged with the old registry symbol, or any look-alike object", () => {
    const forged = {
      [Symbol.for("orderbridge.yikayi.sqlFragment")]: "where",
      kind: "where",
      sql: "1=1 or 1=1",
      toString: () => "1=1 or 1=1",
    };
    expect(isSqlFragment(forged)).toBe(false);
    expect(isSqlFragment(Object.freeze({ ...buildWhere("Get_GoodsBillPaged", []) }))).toBe(false);
    expect(isSqlFragment(buildWhere("Get_GoodsBillPaged", []), "where")).toBe(true);
    expect(isSqlFragment(buildWhere("Get_GoodsBillPaged", []), "orderBy")).toBe(false);
  });

  it.each([
    ["U+02BB modifier letter turned comma", "x\u02bb or 1=1 --"],
    ["U+055A Armenian apostrophe", "x\u055a or 1=1 --"],
    ["U+05F3 Hebrew geresh", "x\u05f3 or 1=1 --"],
    ["U+FF40 fullwidth grave accent", "x\uff40 or 1=1 --"],
    ["U+02BE modifier letter right half ring", "x\u02be"],
    ["U+A78C saltillo", "x\ua78c"],
    ["U+1FEF Greek varia", "x\u1fef"],
    ["U+16F51 Miao sign aspiration", "x\u{16f51}"],
    ["U+FF3C fullwidth reverse solidus (NFKC \\)", "x\uff3c"],
    ["U+FE68 small reverse solidus (NFKC \\)", "x\ufe68"],
  ])("refuses %s", (_name, value) => {
    expect(() => buildWhere("Get_GoodsBillPaged", [["CardId", "=", value]])).toThrow(
      /cannot be quoted safely/,
    );
  });

  it("keeps ordinary Chinese, emoji and full-width letters", () => {
    for (const value of ["张三🌸", "龙园店", "ＡＢＣ１２３", "O'Brien"]) {
      expect(
        parseWhere(buildWhere("Get_GoodsBillPaged", [["TrueName", "=", value]]).sql, GOODS_COLUMNS)[0]!
          .values[0]!.value,
      ).toBe(value);
    }
  });
});
