import { LosslessNumber, parse as losslessParse } from "lossless-json";
import { describe, expect, it } from "vitest";
import { ParseError } from "../src/errors.js";
import { isLosslessNumber, parseJsonLossless, stringifyJsonLossless, toPlainJson } from "../src/json.js";

describe("parseJsonLossless", () => {
  it("keeps the source text of decimals and long integers", () => {
    const value = parseJsonLossless(
      '{"Price":170.0000,"Id":12345678901234567890,"Qty":5,"Text":"20.0000"}',
    ) as Record<string, unknown>;
    expect(isLosslessNumber(value.Price)).toBe(true);
    expect((value.Price as { value: string }).value).toBe("170.0000");
    expect((value.Id as { value: string }).value).toBe("12345678901234567890");
    expect(value.Qty).toBe(5);
    expect(value.Text).toBe("20.0000");
    // What JSON.parse would have done:
    expect(JSON.parse('{"Id":12345678901234567890}').Id).toBe(12345678901234567000);
  });

  it("round-trips numbers byte for byte", () => {
    const text = '{"a":170.0000,"b":[1,2.50,-0.0100],"c":null}';
    expect(stringifyJsonLossless(parseJsonLossless(text))).toBe(text);
  });

  it("throws a ParseError on malformed or truncated JSON", () => {
    expect(() => parseJsonLossless('{"a":1', { vendor: "v", operation: "m" })).toThrow(ParseError);
    expect(() => parseJsonLossless("<html>")).toThrow(/malformed JSON/);
  });

  it("toPlainJson turns decimals into their text and safe integers into numbers", () => {
    expect(toPlainJson(parseJsonLossless('{"a":170.0000,"b":[12345678901234567890, 7]}'))).toEqual({
      a: "170.0000",
      b: ["12345678901234567890", 7],
    });
  });
});

describe("parseJsonLossless agrees with lossless-json", () => {
  // A small deterministic generator of awkward JSON: decimals, exponents, long ids, negative zero,
  // strings that look like numbers or contain quotes and backslashes.
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const numbers = [
    "0",
    "-0",
    "7",
    "-15",
    "170.0000",
    "4.35",
    "-3.50",
    "1e2",
    "1.5E-7",
    "123456789012345",
    "1234567890123456",
    "-98765432109876543210",
    "0.1",
  ];
  const strings = [
    '"20.0000"',
    '"a\\\\"',
    '"say \\"1.5\\""',
    '"1,2.3"',
    '"\\u4e2d"',
    '"中文 12.50 元"',
    '""',
    '"\\\\"',
  ];
  const value = (depth: number): string => {
    const kind = depth > 3 ? pick(["n", "s", "l"]) : pick(["n", "s", "l", "a", "o"]);
    if (kind === "n") return pick(numbers);
    if (kind === "s") return pick(strings);
    if (kind === "l") return pick(["true", "false", "null"]);
    const count = Math.floor(random() * 4);
    if (kind === "a") return ` [ ${Array.from({ length: count }, () => value(depth + 1)).join(" , ")} ]`;
    return `{${Array.from({ length: count }, (_, i) => `"k${i}": ${value(depth + 1)}`).join(",\n")}}`;
  };
  const reference = (text: string) =>
    losslessParse(text, null, (n) => (/^-?\d{1,15}$/.test(n) ? Number(n) : new LosslessNumber(n)));

  it("on 500 generated documents", () => {
    for (let i = 0; i < 500; i++) {
      const text = value(0);
      expect(parseJsonLossless(text), text).toEqual(reference(text));
    }
  });

  it("on 500 documents with awkward keys: escaped, numeric, duplicated, __proto__", () => {
    const keys = ["k", "2", "10", '"a\\"b"', '"\\u0041"', "__proto__", "x y", "z"];
    const object = (depth: number): string => {
      const count = 1 + Math.floor(random() * 4);
      const used = new Set<string>();
      return `{${Array.from({ length: count }, () => {
        let key = pick(keys);
        while (used.has(key)) key = pick(keys);
        used.add(key);
        const child = depth < 2 && random() < 0.4 ? object(depth + 1) : pick(numbers);
        return `${key.startsWith('"') ? key : `"${key}"`}: ${child}`;
      }).join(", ")}}`;
    };
    for (let i = 0; i < 500; i++) {
      const text = `[${object(0)}, ${object(0)}]`;
      expect(parseJsonLossless(text), text).toEqual(reference(text));
    }
  });

  it("duplicate keys: the last one wins, as JSON.parse does", () => {
    expect(parseJsonLossless('{"a": 1.5, "a": 2.5}')).toEqual({ a: new LosslessNumber("2.5") });
    expect(parseJsonLossless('{"a": 1.50, "a": 1.5}')).toEqual({ a: new LosslessNumber("1.5") });
    expect(parseJsonLossless('{"a": 1.5, "a": "x"}')).toEqual({ a: "x" });
    expect(parseJsonLossless('[{"a": 2.5, "a": 7}, 0.5]')).toEqual([{ a: 7 }, new LosslessNumber("0.5")]);
  });

  it("refuses what lossless-json refuses", () => {
    for (const bad of ['{"a": 1.2.3}', '{"a": 1.}', "[01]", '{"a": -}', '["unterminated]', "[1e]", "{} x"]) {
      expect(() => reference(bad), bad).toThrow();
      expect(() => parseJsonLossless(bad), bad).toThrow(ParseError);
    }
  });
});
