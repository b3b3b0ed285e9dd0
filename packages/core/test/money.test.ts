import { LosslessNumber } from "lossless-json";
import { describe, expect, it } from "vitest";
import { ParseError } from "../src/errors.js";
import {
  decimalToScaledInteger,
  formatFenAsYuan,
  hasSubFenDigits,
  parseFen,
  parseYuanToFen,
} from "../src/money.js";

describe("parseYuanToFen", () => {
  it.each([
    ["170.0000", 17000],
    ["20.0000", 2000],
    ["0.10", 10],
    ["-3.50", -350],
    ["4.35", 435],
    ["1.005", 101],
    ["0.004", 0],
    ["-0.005", -1],
    ["0.1", 10],
    [".5", 50],
    ["7", 700],
    ["7.", 700],
    ["+1.23", 123],
    ["90071992547409.91", 9007199254740991],
  ])("%s yuan -> %i fen", (input, fen) => {
    expect(parseYuanToFen(input)).toBe(fen);
  });

  it("accepts JSON numbers and lossless numbers by their decimal text", () => {
    expect(parseYuanToFen(170)).toBe(17000);
    expect(parseYuanToFen(4.35)).toBe(435); // 4.35 * 100 === 434.99999999999994 in floating point
    expect(parseYuanToFen(new LosslessNumber("170.0000"))).toBe(17000);
    expect(parseYuanToFen(new LosslessNumber("0.29"))).toBe(29); // 0.29 * 100 === 28.999999999999996
  });

  it("keeps sums exact where floating point would not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(parseYuanToFen("0.1") + parseYuanToFen("0.2")).toBe(parseYuanToFen("0.3"));
  });

  it.each(["1e2", "abc", "", " 1.00", "1,000.00", "1.2.3", "¥5", "--1", "0x10", "Infinity", "NaN", "-"])(
    "rejects %j with a ParseError naming the input",
    (input) => {
      expect(() => parseYuanToFen(input)).toThrow(ParseError);
      expect(() => parseYuanToFen(input)).toThrow(/not a yuan amount/);
    },
  );

  it("rejects non-finite numbers and out-of-range amounts", () => {
    expect(() => parseYuanToFen(Number.NaN)).toThrow(ParseError);
    expect(() => parseYuanToFen(Number.POSITIVE_INFINITY)).toThrow(ParseError);
    expect(() => parseYuanToFen(1e21)).toThrow(ParseError); // String(1e21) is "1e+21"
    expect(() => parseYuanToFen("99999999999999999.00")).toThrow(/out of range/);
  });

  it("quotes the offending input in the error message", () => {
    expect(() => parseYuanToFen("abc")).toThrow('"abc"');
  });
});

describe("parseFen", () => {
  it("parses integer fen from text or numbers", () => {
    expect(parseFen("15000")).toBe(15000);
    expect(parseFen(15000)).toBe(15000);
    expect(parseFen("150.00")).toBe(150);
    expect(parseFen("-20")).toBe(-20);
    expect(parseFen(new LosslessNumber("12345678901"))).toBe(12345678901);
  });

  it("refuses fractions of a fen and junk", () => {
    expect(() => parseFen("1.5")).toThrow(/fraction of a fen/);
    expect(() => parseFen("1e3")).toThrow(ParseError);
    expect(() => parseFen("abc")).toThrow(ParseError);
  });
});

describe("decimalToScaledInteger", () => {
  it("scales to any number of places, rounding half away from zero", () => {
    expect(decimalToScaledInteger("1.23456", 4)).toBe(12346);
    expect(decimalToScaledInteger("-1.23455", 4)).toBe(-12346);
    expect(decimalToScaledInteger("5", 0)).toBe(5);
    expect(Object.is(decimalToScaledInteger("-0.001", 2), 0)).toBe(true);
  });
});

describe("formatFenAsYuan", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [-350, "-3.50"],
    [17000, "170.00"],
    [150190, "1501.90"],
  ])("%i fen -> %s", (fen, text) => {
    expect(formatFenAsYuan(fen)).toBe(text);
  });

  it("round-trips with parseYuanToFen", () => {
    for (const fen of [1, 99, 100, 12345, -7, 9007199254740991]) {
      expect(parseYuanToFen(formatFenAsYuan(fen))).toBe(fen);
    }
  });

  it("refuses non-integers", () => {
    expect(() => formatFenAsYuan(1.5)).toThrow(ParseError);
  });
});

describe("hasSubFenDigits", () => {
  it("is true only when digits past the fen are not all zero", () => {
    expect(hasSubFenDigits("170.0000")).toBe(false);
    expect(hasSubFenDigits(new LosslessNumber("0.001"))).toBe(true);
    expect(hasSubFenDigits("4.355")).toBe(true);
    expect(hasSubFenDigits("4.35")).toBe(false);
    expect(hasSubFenDigits(".1234")).toBe(true);
    expect(hasSubFenDigits(12)).toBe(false);
    expect(hasSubFenDigits("not a number")).toBe(false);
  });
});

describe("the one-pass decimal scan agrees with the exact BigInt path", () => {
  it("parseYuanToFen and parseFen, over 50,000 generated decimals (signs, padding, 0–19 digits, rounding digits)", () => {
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
    for (let i = 0; i < 50_000; i++) {
      const sign = ["", "-", "+"][i % 3]!;
      const whole = digits(Math.floor(Math.random() * 17));
      const fraction = i % 4 === 0 ? "" : `.${digits(Math.floor(Math.random() * 6))}`;
      const text = `${sign}${whole}${fraction}`;
      const exact = (scale: number) => {
        try {
          return decimalToScaledInteger(text, scale);
        } catch (error) {
          return (error as Error).constructor.name;
        }
      };
      const fast = (parse: (t: string) => number) => {
        try {
          return parse(text);
        } catch (error) {
          return (error as Error).constructor.name;
        }
      };
      expect(fast(parseYuanToFen), text).toEqual(exact(2));
      if (!/\.\d*[1-9]/.test(text)) expect(fast(parseFen), text).toEqual(exact(0));
    }
  });
});
