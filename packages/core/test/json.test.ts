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
