import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseJsonLossless } from "../src/json.js";
import {
  isCalendarTime,
  isDecimal,
  isInteger,
  issuesInteger,
  type ValidationIssue,
} from "../src/validator-runtime.js";

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), "../src");

/** Every module specifier `file` imports, and those of the core modules it imports, transitively. */
async function importsOf(file: string, seen = new Set<string>()): Promise<Set<string>> {
  const text = await readFile(path.join(src, file), "utf8");
  for (const [, specifier] of text.matchAll(/^import [^;]*? from "([^"]+)";/gms)) {
    if (seen.has(specifier!)) continue;
    seen.add(specifier!);
    if (specifier!.startsWith("./")) await importsOf(specifier!.replace(/\.js$/, ".ts"), seen);
  }
  return seen;
}

describe("validator-runtime", () => {
  it("loads no zod: the clients' and the CLI's validators import it without the schemas", async () => {
    const imports = [...(await importsOf("validator-runtime.ts"))];
    expect(imports).toContain("./json.js");
    expect(imports.filter((s) => s === "zod" || s.startsWith("zod/") || s === "./schemas.js")).toEqual([]);
  });

  it("reads the LosslessNumbers parseJsonLossless builds (one class for parser and validators)", () => {
    const value = parseJsonLossless(
      '{"id":1234567890123456,"big":123456789012345678,"price":170.0000}',
    ) as Record<string, unknown>;
    expect(isInteger(value.id)).toBe(true);
    expect(isDecimal(value.price)).toBe(true);
    expect(isInteger(value.big)).toBe(false);
    const out: ValidationIssue[] = [];
    expect(issuesInteger(value.big, ["data", 0], "big", out, undefined, undefined)).toBe(2);
    expect(out).toEqual([
      {
        path: ["data", 0, "big"],
        code: "range",
        message: "the integer 123456789012345678 is beyond ±9007199254740991 and cannot be exact",
      },
    ]);
  });

  it("isCalendarTime refuses days, hours and leap days the calendar does not have, and agrees with Date", () => {
    expect(isCalendarTime("2024-02-29T23:59:59.000Z")).toBe(true);
    expect(isCalendarTime("2023-02-29T00:00:00.000Z")).toBe(false);
    expect(isCalendarTime("2024-04-31T00:00:00.000Z")).toBe(false);
    expect(isCalendarTime("2024-04-30T24:00:00.000Z")).toBe(false);
    expect(isCalendarTime("2000-02-29T00:00:00Z")).toBe(true);
    expect(isCalendarTime("1900-02-29T00:00:00Z")).toBe(false);
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000 * 7 + 3_723_001) {
      expect(isCalendarTime(new Date(t).toISOString())).toBe(true);
    }
  });
});
