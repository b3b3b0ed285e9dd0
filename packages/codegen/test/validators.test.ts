import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatIssuePath } from "@orderbridge/core";
import fc from "fast-check";
import { LosslessNumber } from "lossless-json";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { generateFromOpenApi, writeOrCheck } from "../src/generate.js";
import { type JsonSchema, readSchemas } from "../src/nodes.js";
import { plantArbitrary, schemaArbitrary } from "../src/testing.js";
import { dateTimePlaces, emitValidatorModule, lowerFirst } from "../src/validators.js";
import { emitZodModule } from "../src/zod.js";

/** Every construct the spec conventions know, in one spec. */
const SCHEMAS: Record<string, JsonSchema> = {
  Money: { type: ["number", "string"], format: "decimal" },
  Code: { type: "integer", enum: [1, 2, 3] },
  ClosedCode: { type: "integer", enum: [1, 2, 3], "x-orderbridge-closed-enum": true },
  Kind: { type: "string", enum: ["a", "b"], "x-orderbridge-closed-enum": true },
  Stamp: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}$" },
  Item: {
    type: "object",
    required: ["sku", "qty", "price"],
    properties: {
      sku: { type: "string", minLength: 1, maxLength: 8 },
      qty: { type: "integer", minimum: 0, maximum: 99 },
      price: { $ref: "#/components/schemas/Money" },
      weight: { type: "number", minimum: 0 },
      ratio: { type: "number" },
      note: { type: ["string", "null"] },
    },
  },
  Order: {
    type: "object",
    required: ["id", "total", "items", "kind", "payload", "when"],
    properties: {
      id: { type: ["integer", "string"], format: "id" },
      total: { $ref: "#/components/schemas/Money" },
      discount: { type: ["number", "string", "null"], format: "decimal" },
      items: { type: "array", minItems: 1, maxItems: 3, items: { $ref: "#/components/schemas/Item" } },
      kind: { $ref: "#/components/schemas/Kind" },
      code: { $ref: "#/components/schemas/Code" },
      closedCode: { $ref: "#/components/schemas/ClosedCode" },
      payload: {},
      extra: { type: "object" },
      flags: { type: "object", additionalProperties: { type: ["string", "integer", "boolean", "null"] } },
      when: { oneOf: [{ $ref: "#/components/schemas/Stamp" }, { type: "integer", minimum: 0 }] },
      shipping: {
        oneOf: [
          {
            type: "object",
            required: ["city"],
            properties: { city: { type: "string", pattern: "^[A-Z]" }, zip: { type: "string" } },
          },
          { type: "null" },
        ],
      },
      version: { const: 2 },
      paid: { type: "boolean" },
      tags: { type: "array", items: { type: "string" }, maxItems: 2 },
      "odd-key": { type: "string" },
    },
  },
  Closed: {
    type: "object",
    additionalProperties: false,
    required: ["a"],
    properties: { a: { type: "string" }, b: { $ref: "#/components/schemas/Item" } },
  },
  OrderPage: {
    type: "object",
    required: ["status", "data"],
    properties: {
      status: { const: 0 },
      total: { type: "integer", minimum: 0 },
      data: { type: ["array", "null"], items: { $ref: "#/components/schemas/Order" } },
    },
  },
  Merged: { allOf: [{ $ref: "#/components/schemas/Item" }, { type: "object", properties: { x: {} } }] },
  UsesMerged: { type: "object", properties: { m: { $ref: "#/components/schemas/Merged" } } },
};
const RECORDS = ["Order"];
const REF = "#/components/schemas/";

type Validators = Record<string, (value: unknown) => unknown>;
type Issue = { path: (string | number)[]; code: string; message: string };

const here = path.dirname(fileURLToPath(import.meta.url));
const resolveFrom = (specifier: string) => import.meta.resolve(specifier, pathToFileURL(here).href);

/** Writes generated TypeScript as JavaScript with its bare imports pointed at this package's copies. */
async function load(dir: string, name: string, source: string): Promise<Record<string, unknown>> {
  let js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  for (const specifier of [
    "zod",
    "lossless-json",
    "@orderbridge/core",
    "@orderbridge/core/validator-runtime",
  ])
    js = js.replaceAll(`from "${specifier}"`, `from "${resolveFrom(specifier)}"`);
  const file = path.join(dir, `${name}.mjs`);
  await writeFile(file, js);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

let zodModule: Record<string, z.ZodType>;
let validators: Validators;
const validatorSource = emitValidatorModule(SCHEMAS, { refPrefix: REF, records: RECORDS });

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "codegen-validators-"));
  zodModule = (await load(dir, "schemas", emitZodModule(SCHEMAS, { refPrefix: REF }))) as Record<
    string,
    z.ZodType
  >;
  validators = (await load(dir, "validators", validatorSource)) as Validators;
});

/** zod's issue paths, with an `unrecognized_keys` issue counted at each key (where the validators put it). */
function zodPaths(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => formatIssuePath([...issue.path, key]))
      : [formatIssuePath(issue.path)],
  );
}

function compare(name: string, value: unknown, zodName = `${name}Schema`, lower = lowerFirst(name)) {
  const zodResult = zodModule[zodName]!.safeParse(value);
  const accepted = validators[`is${name}`]!(value) as boolean;
  const issues = validators[`${lower}Issues`]!(value) as Issue[];
  expect(accepted, `is${name} vs zod on ${show(value)}`).toBe(zodResult.success);
  expect(issues.length === 0, `${lower}Issues is empty exactly when is${name} is true`).toBe(accepted);
  const expected = zodResult.success ? [] : zodPaths(zodResult.error.issues);
  expect(new Set(issues.map((i) => formatIssuePath(i.path))), `issue paths on ${show(value)}`).toEqual(
    new Set(expected),
  );
  // …and in zod's order (zod sometimes reports two issues at one path where the validators report one).
  const collapse = (paths: string[]) => paths.filter((path, i) => path !== paths[i - 1]);
  expect(collapse(issues.map((i) => formatIssuePath(i.path))), "issue order").toEqual(collapse(expected));
  const strict = validators[`${lower}StrictIssues`] as ((value: unknown) => Issue[]) | undefined;
  if (strict) {
    const all = strict(value);
    expectStrictExtends(all, issues);
    const isStrict = validators[`is${name}Strict`] as (value: unknown) => boolean;
    expect(isStrict(value), `is${name}Strict exactly when ${lower}StrictIssues finds nothing`).toBe(
      all.length === 0,
    );
  }
  return { accepted, issues };
}

/** The strict variant reports the same issues, in the same order, plus `unknown_field` issues only. */
function expectStrictExtends(strict: Issue[], issues: Issue[]) {
  const key = (i: Issue) => `${i.code} ${formatIssuePath(i.path)} ${i.message}`;
  const normal = new Set(issues.map(key));
  expect(strict.filter((i) => normal.has(key(i)))).toEqual(issues);
  expect(strict.filter((i) => !normal.has(key(i))).every((i) => i.code === "unknown_field")).toBe(true);
}

function show(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, v) => (v instanceof LosslessNumber ? `LN(${v.value})` : v)) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

const nodes = new Map(readSchemas(SCHEMAS, REF).map(({ name, node }) => [name, node]));
const COMPILED = [...nodes.keys()].filter((name) => name !== "Merged" && name !== "UsesMerged");

describe("emitValidatorModule", () => {
  it("compiles every schema zod can be matched on, and lists the rest", () => {
    for (const name of COMPILED) {
      expect(validatorSource).toContain(`export function is${name}(x: unknown): boolean {`);
      expect(validatorSource).toContain(`export function ${lowerFirst(name)}Issues(value: unknown)`);
    }
    expect(validatorSource).toContain("export function orderStrictIssues(value: unknown)");
    expect(validatorSource).toContain("export function isOrderStrict(x: unknown): boolean {");
    expect(validatorSource).not.toContain("itemStrictIssues");
    expect(validatorSource).toMatch(/Not compiled here[\s\S]*allOf[\s\S]*Merged/);
    expect(validatorSource).toMatch(/uses Merged:\n\/\/ {3}UsesMerged/);
    expect(validatorSource).not.toContain("function isMerged");
  });

  it("gives an envelope that lists records a page variant with the records unchecked", () => {
    expect(validatorSource).toContain("export function isOrderPagePage(x: unknown): boolean {");
    expect(validators.isOrderPagePage!({ status: 0, data: [1, "x", null] })).toBe(true);
    expect(validators.isOrderPage!({ status: 0, data: [1] })).toBe(false);
    expect(validators.orderPagePageIssues!({ status: 1, total: -1, data: {} })).toEqual([
      { path: ["status"], code: "enum", message: "expected one of 0, received the number 1" },
      { path: ["total"], code: "range", message: "expected at least 0, received -1" },
      { path: ["data"], code: "type", message: "expected an array, received an object" },
    ]);
  });

  it("is deterministic: the same text on every run and whatever the spec's key order", () => {
    const reversed = Object.fromEntries(Object.entries(SCHEMAS).reverse());
    expect(emitValidatorModule(reversed, { refPrefix: REF, records: RECORDS })).toBe(validatorSource);
  });

  it("refuses record types the spec does not define", () => {
    expect(() => emitValidatorModule(SCHEMAS, { refPrefix: REF, records: ["Nope"] })).toThrow(
      /record type Nope/,
    );
  });

  it("type-checks under the repository's strict settings", () => {
    const file = path.join(here, "__generated__.ts");
    const host = ts.createCompilerHost({});
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === file ? validatorSource : readFile(name));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === file || fileExists(name);
    const program = ts.createProgram({
      rootNames: [file],
      options: {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2023.d.ts"],
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: true,
        types: [],
      },
      host,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 120_000); // a whole TypeScript program: seconds on a busy machine
});

describe("compiled validators accept and refuse what the zod schemas accept and refuse, with the same issue paths", () => {
  const runs = { numRuns: 300 };
  for (const name of COMPILED) {
    const node = nodes.get(name)!;
    it(`${name}: generated valid values`, () => {
      fc.assert(
        fc.property(schemaArbitrary(nodes, node), (value) => {
          expect(compare(name, value).accepted).toBe(true);
        }),
        runs,
      );
    });
    it(`${name}: near misses at any depth`, () => {
      fc.assert(
        fc.property(schemaArbitrary(nodes, node, { mistakes: 0.15 }), (value) => {
          compare(name, value);
        }),
        runs,
      );
    });
    it(`${name}: hostile values planted anywhere`, () => {
      fc.assert(
        fc.property(plantArbitrary(schemaArbitrary(nodes, node)), (value) => {
          compare(name, value);
        }),
        runs,
      );
    });
  }
});

describe("issues name the kind of problem and where it is", () => {
  const order = () => ({
    id: 1,
    total: new LosslessNumber("12.50"),
    items: [{ sku: "A1", qty: 1, price: "12.50" }],
    kind: "a",
    payload: null,
    when: "2024-04",
  });
  const issuesOf = (value: unknown) => compare("Order", value).issues;

  it("accepts a plain valid order and lossless numbers where numbers go", () => {
    expect(issuesOf(order())).toEqual([]);
    expect(issuesOf({ ...order(), id: new LosslessNumber("12345678901234567890") })).toEqual([]);
    expect(issuesOf({ ...order(), when: new LosslessNumber("1712000000") })).toEqual([]);
  });

  it("missing, null, type, format, range, enum", () => {
    const { total: _t, ...noTotal } = order();
    expect(issuesOf(noTotal)).toMatchObject([{ path: ["total"], code: "missing" }]);
    expect(issuesOf({ ...order(), kind: null })).toMatchObject([{ path: ["kind"], code: "null" }]);
    expect(issuesOf({ ...order(), paid: "yes" })).toMatchObject([{ path: ["paid"], code: "type" }]);
    expect(issuesOf({ ...order(), total: "12,50" })).toMatchObject([{ path: ["total"], code: "format" }]);
    expect(issuesOf({ ...order(), id: 1.5 })).toMatchObject([{ path: ["id"], code: "format" }]);
    expect(issuesOf({ ...order(), items: [] })).toMatchObject([{ path: ["items"], code: "range" }]);
    expect(issuesOf({ ...order(), kind: "c" })).toMatchObject([
      { path: ["kind"], code: "enum", message: 'expected one of "a", "b", received "c"' },
    ]);
    expect(issuesOf({ ...order(), closedCode: 9 })).toMatchObject([{ path: ["closedCode"], code: "enum" }]);
    expect(issuesOf({ ...order(), code: 9 })).toEqual([]); // open enum: documented, not enforced
    expect(
      issuesOf({ ...order(), items: [{ sku: "", qty: new LosslessNumber("123456789012345678"), price: 1 }] }),
    ).toMatchObject([
      { path: ["items", 0, "sku"], code: "range" },
      { path: ["items", 0, "qty"], code: "range" },
    ]);
  });

  it("a required key that may hold anything must still be there", () => {
    const { payload: _p, ...noPayload } = order();
    expect(issuesOf(noPayload)).toMatchObject([{ path: ["payload"], code: "missing" }]);
    expect(issuesOf({ ...order(), payload: undefined })).toEqual([]);
  });

  it("reports a union at its own path, or the one alternative that failed only on checks", () => {
    expect(issuesOf({ ...order(), when: true })).toMatchObject([{ path: ["when"], code: "type" }]);
    // "2024" is text (the integer alternative fails on type), so the pattern failure is the issue.
    expect(issuesOf({ ...order(), when: "2024" })).toMatchObject([{ path: ["when"], code: "format" }]);
    expect(issuesOf({ ...order(), shipping: { city: 1 } })).toMatchObject([
      { path: ["shipping"], code: "type" },
    ]);
    expect(issuesOf({ ...order(), shipping: { city: "x" } })).toMatchObject([
      { path: ["shipping", "city"], code: "format" },
    ]);
  });

  it("the strict variant adds unknown fields at any depth, the lenient one keeps them", () => {
    const value = {
      ...order(),
      surprise: 1,
      items: [{ sku: "A1", qty: 1, price: "1", added: true }],
      shipping: { city: "X", floor: 3 },
      extra: { anything: 1 },
      flags: { any: "key" },
    };
    expect(issuesOf(value)).toEqual([]);
    expect(validators.isOrder!(value)).toBe(true);
    expect(validators.isOrderStrict!(value)).toBe(false);
    expect(validators.isOrderStrict!(order())).toBe(true);
    expect(validators.orderStrictIssues!(value)).toEqual([
      { path: ["items", 0, "added"], code: "unknown_field", message: "a property the spec does not declare" },
      { path: ["shipping", "floor"], code: "unknown_field", message: "a property the spec does not declare" },
      { path: ["surprise"], code: "unknown_field", message: "a property the spec does not declare" },
    ]);
  });

  it("a closed object refuses undeclared properties, each at its own path", () => {
    expect(compare("Closed", { a: "x", b1: 1, c: 2 }).issues).toMatchObject([
      { path: ["b1"], code: "unknown_field" },
      { path: ["c"], code: "unknown_field" },
    ]);
  });
});

describe("generateFromOpenApi", () => {
  it("writes validators.ts beside the types and zod schemas, the same bytes every run, and --check sees a hand edit", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "codegen-generate-"));
    const specPath = path.join(dir, "spec.json"); // YAML's superset: JSON parses as YAML
    await writeFile(
      specPath,
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {},
        components: { schemas: SCHEMAS },
      }),
    );
    const outDir = path.join(dir, "generated");
    const files = await generateFromOpenApi(specPath, outDir, "specs/t.yaml", { records: RECORDS });
    expect(files.map((f) => path.basename(f.path))).toEqual(["openapi.ts", "schemas.ts", "validators.ts"]);
    const validators = files[2]!.contents;
    expect(validators.startsWith("// This file is generated. Do not edit it by hand.")).toBe(true);
    expect(validators).toContain(validatorSource);
    const again = await generateFromOpenApi(specPath, outDir, "specs/t.yaml", { records: RECORDS });
    expect(again.map((f) => f.contents)).toEqual(files.map((f) => f.contents));
    expect(await writeOrCheck(files, false)).toEqual([]);
    expect(await writeOrCheck(files, true)).toEqual([]);
    await writeFile(files[2]!.path, `${await readFile(files[2]!.path, "utf8")}// edited\n`);
    expect(await writeOrCheck(files, true)).toEqual([files[2]!.path]);
    await expect(
      generateFromOpenApi(specPath, outDir, "specs/t.yaml", { records: ["Nope"] }),
    ).rejects.toThrow(/record type Nope \(--records\)/);
  });
});

describe("dateTimePlaces", () => {
  it("finds date-times through refs, items and properties", () => {
    const places = dateTimePlaces({
      type: "object",
      properties: {
        at: { type: "string", format: "date-time" },
        list: { type: "array", items: { $ref: "#/$defs/Flow" } },
      },
      $defs: { Flow: { type: "object", properties: { paidAt: { type: "string", format: "date-time" } } } },
    });
    expect(places).toEqual([["at"], ["list", "*", "paidAt"]]);
  });

  it("the calendar schema's validators refuse impossible dates, after every other check", async () => {
    const schemas: Record<string, JsonSchema> = {
      Event: {
        type: "object",
        additionalProperties: false,
        required: ["at"],
        properties: {
          at: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
            format: "date-time",
          },
          n: { type: "integer" },
        },
      },
    };
    const source = emitValidatorModule(schemas, {
      refPrefix: "#/$defs/",
      records: ["Event"],
      calendar: { schema: "Event", places: [["at"]] },
    });
    const dir = await mkdtemp(path.join(tmpdir(), "codegen-calendar-"));
    const v = (await load(dir, "calendar", source)) as Validators;
    expect(v.isEvent!({ at: "2024-02-29T00:00:00.000Z" })).toBe(true);
    expect(v.isEvent!({ at: "2023-02-29T00:00:00.000Z" })).toBe(false);
    expect(v.eventIssues!({ at: "2024-04-16T24:00:00.000Z" })).toMatchObject([
      { path: ["at"], code: "format" },
    ]);
    // A type error elsewhere stops the calendar check, as zod skips a refinement after a type error.
    expect(v.eventIssues!({ at: "2024-02-30T00:00:00.000Z", n: "x" })).toMatchObject([
      { path: ["n"], code: "type" },
    ]);
  });
});
