import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ResponseValidationError } from "../src/errors.js";
import { parseJsonLossless } from "../src/json.js";
import { formatIssuePath } from "../src/paths.js";
import { decimalSchema, idSchema, integerSchema, numberSchema, validateResponse } from "../src/schemas.js";

describe("wire value schemas", () => {
  const parsed = parseJsonLossless(
    '{"p":170.0000,"q":"20.0000","id":98765432109876543210,"n":3,"f":1.5}',
  ) as Record<string, unknown>;

  it("decimalSchema yields the exact decimal text", () => {
    expect(decimalSchema.parse(parsed.p)).toBe("170.0000");
    expect(decimalSchema.parse(parsed.q)).toBe("20.0000");
    expect(decimalSchema.parse(7)).toBe("7");
    expect(decimalSchema.safeParse("12abc").success).toBe(false);
    expect(decimalSchema.safeParse(true).success).toBe(false);
  });

  it("idSchema yields strings from numbers, long numbers and strings", () => {
    expect(idSchema.parse(parsed.id)).toBe("98765432109876543210");
    expect(idSchema.parse(42)).toBe("42");
    expect(idSchema.parse("A-1")).toBe("A-1");
    expect(idSchema.safeParse(1.5).success).toBe(false);
  });

  it("integerSchema and numberSchema accept lossless numbers", () => {
    expect(integerSchema.parse(parsed.n)).toBe(3);
    expect(integerSchema.safeParse(parsed.f).success).toBe(false);
    expect(integerSchema.safeParse(parsed.id).success).toBe(false);
    expect(numberSchema.parse(parsed.f)).toBe(1.5);
  });
});

describe("validateResponse", () => {
  const schema = z.object({ data: z.array(z.object({ TotalPrice: integerSchema })) });

  it("returns the parsed value", () => {
    expect(validateResponse(schema, { data: [{ TotalPrice: 100 }] }, { raw: "" })).toEqual({
      data: [{ TotalPrice: 100 }],
    });
  });

  it("throws a ResponseValidationError naming the failing path", () => {
    const raw = '{"data":[{"TotalPrice":1},{"TotalPrice":"x"}]}';
    const error = (() => {
      try {
        validateResponse(schema, JSON.parse(raw), {
          vendor: "yopoint",
          operation: "cabinet.order.list",
          raw,
          root: "response",
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).path).toBe("response.data[1].TotalPrice");
    expect((error as ResponseValidationError).rawSnippet).toBe(raw);
  });

  it("formats paths", () => {
    expect(formatIssuePath(["a", 0, "b"])).toBe("a[0].b");
    expect(formatIssuePath([])).toBe("(root)");
  });
});
