import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeOrCheck } from "../src/generate.js";
import { emitZodModule } from "../src/zod.js";

describe("emitZodModule", () => {
  const source = emitZodModule(
    {
      Order: {
        type: "object",
        required: ["Id", "Price"],
        properties: {
          Id: { type: ["integer", "string"], format: "id" },
          Price: { type: ["number", "string"], format: "decimal" },
          Items: { type: "array", items: { $ref: "#/components/schemas/Item" } },
          Note: { type: ["string", "null"] },
          "odd-name": { type: "boolean" },
        },
      },
      Item: {
        type: "object",
        additionalProperties: false,
        properties: { Qty: { type: "integer", enum: [1, 2] } },
      },
      Kind: { type: "string", enum: ["a", "b"], "x-orderbridge-closed-enum": true },
    },
    { refPrefix: "#/components/schemas/" },
  );

  it("emits referenced schemas before their users", () => {
    expect(source.indexOf("export const ItemSchema")).toBeLessThan(
      source.indexOf("export const OrderSchema"),
    );
  });

  it("maps decimal and id formats to the exact-value helpers from core", () => {
    expect(source).toContain('import { decimalSchema, idSchema, integerSchema } from "@orderbridge/core";');
    expect(source).toMatch(/Id: idSchema,/);
    expect(source).toMatch(/Price: decimalSchema,/);
  });

  it("keeps unknown fields unless additionalProperties is false, and marks optional and nullable", () => {
    expect(source).toContain("export const OrderSchema = z.looseObject({");
    expect(source).toContain("export const ItemSchema = z.strictObject({");
    expect(source).toContain("Note: z.string().nullable().optional(),");
    expect(source).toContain('"odd-name": z.boolean().optional(),');
  });

  it("documents enums without enforcing them unless closed", () => {
    expect(source).toContain("Qty: integerSchema.optional(),");
    expect(source).toContain('export const KindSchema = z.enum(["a","b"]);');
  });

  it("emits a lone null type as z.null(), not as anything-or-null", () => {
    const out = emitZodModule(
      { Maybe: { oneOf: [{ type: "string" }, { type: "null" }] } },
      { refPrefix: "#/components/schemas/" },
    );
    expect(out).toContain("export const MaybeSchema = z.union([z.string(), z.null()]);");
  });

  it("checks minimum and maximum on the decoded number", () => {
    const out = emitZodModule(
      { Page: { type: "object", properties: { pageSize: { type: "integer", minimum: 1, maximum: 100 } } } },
      { refPrefix: "#/components/schemas/" },
    );
    expect(out).toContain("pageSize: integerSchema.pipe(z.number().min(1).max(100)).optional(),");
  });

  it("refuses refs to missing schemas and recursion", () => {
    expect(() =>
      emitZodModule({ A: { $ref: "#/components/schemas/B" } }, { refPrefix: "#/components/schemas/" }),
    ).toThrow(/missing schema B/);
    expect(() =>
      emitZodModule(
        { A: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } } },
        { refPrefix: "#/components/schemas/" },
      ),
    ).toThrow(/recursive/);
  });
});

describe("writeOrCheck", () => {
  it("writes, then reports nothing stale, then reports a hand edit", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "codegen-"));
    const file = { path: path.join(dir, "generated", "x.ts"), contents: "export const x = 1;\n" };
    expect(await writeOrCheck([file], false)).toEqual([]);
    expect(await readFile(file.path, "utf8")).toBe(file.contents);
    expect(await writeOrCheck([file], true)).toEqual([]);
    await writeFile(file.path, "export const x = 2;\n");
    expect(await writeOrCheck([file], true)).toEqual([file.path]);
    expect(await readFile(file.path, "utf8")).toBe("export const x = 2;\n"); // check mode never writes
  });
});
