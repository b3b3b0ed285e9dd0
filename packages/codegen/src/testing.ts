/**
 * fast-check arbitraries of the documents a spec's schemas describe, for tests that hold two validators of
 * the same schema against each other (the zod schemas and the compiled validators): values the schema
 * accepts, values with a few near misses planted at random depths, and hostile values planted anywhere.
 * Values look like a lossless parse tree: decimals and long integers may come as `LosslessNumber`s. Also the
 * labels of a spec's `x-orderbridge-assumed` marks, for the tests that hold a vendor README's table of
 * assumptions to its spec.
 *
 * `@orderbridge/codegen/testing` — test tooling only; the generator never loads it.
 */
import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { LosslessNumber } from "lossless-json";
import YAML from "yaml";
import { type JsonSchema, readSchemas, type SchemaNode } from "./nodes.js";

export type { SchemaNode } from "./nodes.js";

/** Every schema of a spec file (OpenAPI `components.schemas`, or a JSON Schema's `$defs` plus its root). */
export async function readSpecNodes(specPath: string): Promise<Map<string, SchemaNode>> {
  const text = await readFile(specPath, "utf8");
  if (specPath.endsWith(".json")) {
    const {
      $defs = {},
      $schema: _s,
      $id: _i,
      title,
      ...root
    } = JSON.parse(text) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
      title?: string;
    };
    const all = { ...$defs, [title ?? "Root"]: root };
    return new Map(readSchemas(all, "#/$defs/").map(({ name, node }) => [name, node]));
  }
  const document = YAML.parse(text) as { components?: { schemas?: Record<string, JsonSchema> } };
  const schemas = document.components?.schemas ?? {};
  return new Map(readSchemas(schemas, "#/components/schemas/").map(({ name, node }) => [name, node]));
}

const lossless = (text: string) => new LosslessNumber(text);

/** Values no schema should be surprised by: wrong kinds, edge numbers, lossless numbers, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    1,
    -1,
    1.5,
    2 ** 53,
    -(2 ** 53),
    Number.MAX_VALUE,
    1e21,
    -1e21,
    1e20,
    1e-7,
    0.000001,
    -2.5e-6,
    Number.MIN_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "",
    " ",
    "abc",
    "0",
    "12.5",
    "-3",
    "1e5",
    ".5",
    "5.",
    "+1",
    "12,50",
    "１２",
    "2024-02-30T00:00:00.000Z",
    "2024-04-16T24:00:00.000Z",
    "2024-04-16 14:51:02",
    "UNKNOWN_CODE",
    [],
    {},
    [null],
    { a: 1 },
    new Date(0),
    new Map(),
  ),
  fc
    .constantFrom(
      "1.5",
      "0.0",
      "-0.5",
      "170.0000",
      "12345678901234567890",
      "-12345678901234567890",
      "1234567890123456",
      "9007199254740993",
      "1e400",
      "-1e400",
      "1E2",
      "0.10000000000000000001",
    )
    .map(lossless),
  fc.integer({ min: 2, max: 40 }).map((depth) => {
    let value: unknown = "bottom";
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
    return value;
  }),
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

export interface ArbitraryOptions {
  /**
   * Per leaf, object and array: the chance of a near miss (a value of the right kind that breaks a rule, an
   * unknown code, a missing required or an extra property, one item too many). 0 = valid values only.
   */
  mistakes?: number;
  /** Longest array generated (default 3). */
  maxItems?: number;
}

/** Arbitraries of the values `node` describes (resolving refs in `nodes`). */
export function schemaArbitrary(
  nodes: ReadonlyMap<string, SchemaNode>,
  node: SchemaNode,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const mistakes = options.mistakes ?? 0;
  const maxItems = options.maxItems ?? 3;
  const cache = new Map<string, fc.Arbitrary<unknown>>();

  const withMistakes = (valid: fc.Arbitrary<unknown>, miss: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => {
    if (mistakes <= 0) return valid;
    const weight = Math.max(1, Math.round(1000 * mistakes));
    return fc.oneof({ arbitrary: valid, weight: 1000 - weight }, { arbitrary: miss, weight });
  };

  const build = (n: SchemaNode): fc.Arbitrary<unknown> => {
    switch (n.kind) {
      case "ref": {
        let arbitrary = cache.get(n.name);
        if (!arbitrary) {
          const target = nodes.get(n.name);
          if (!target) throw new Error(`no schema ${n.name}`);
          arbitrary = build(target);
          cache.set(n.name, arbitrary);
        }
        return arbitrary;
      }
      case "nullable":
        return fc.oneof(
          { arbitrary: fc.constant(null), weight: 1 },
          { arbitrary: build(n.inner), weight: 4 },
        );
      case "union":
        return fc.oneof(...n.members.map(build));
      case "intersection":
        throw new Error("intersections are not generated");
      case "literal":
        return withMistakes(fc.constant(n.value), fc.constantFrom<unknown>("other", 1, null));
      case "decimal":
        return withMistakes(
          fc.oneof(
            fc
              .tuple(fc.integer({ min: -99_999, max: 999_999 }), fc.integer({ min: 0, max: 9999 }))
              .map(([whole, frac]) => lossless(`${whole}.${String(frac).padStart(4, "0")}`)),
            fc
              .tuple(fc.nat(99_999), fc.nat(99))
              .map(([whole, frac]) => `${whole}.${String(frac).padStart(2, "0")}`),
            fc.integer({ min: -1000, max: 100_000 }),
            fc.constantFrom<unknown>("0", ".5", "5.", "+1.25", "-0.00"),
          ),
          fc.constantFrom<unknown>(
            "12,50",
            "1e5",
            "¥12",
            "",
            "NaN",
            lossless("1e5"),
            1e21,
            1e-7,
            0.1,
            123.456,
            true,
          ),
        );
      case "id":
        return withMistakes(
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.stringMatching(/^[0-9]{6,20}$/),
            fc.integer({ min: -1, max: 2 ** 40 }),
            fc.stringMatching(/^[1-9][0-9]{15,22}$/).map(lossless),
          ),
          fc.constantFrom<unknown>(1.5, lossless("1.5"), lossless("1e3"), 1e21, 1e20, -0, 1e-7, true, null),
        );
      case "null":
        return fc.constant(null);
      case "unknown":
        return fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(lossless("1.50")));
      case "string": {
        let valid: fc.Arbitrary<string>;
        if (n.format === "date-time") {
          valid = fc
            .date({
              min: new Date("2000-01-01T00:00:00Z"),
              max: new Date("2099-12-31T23:59:59Z"),
              noInvalidDate: true,
            })
            .map((date) => date.toISOString());
        } else if (n.pattern) {
          const pattern = new RegExp(n.pattern);
          valid = fc.stringMatching(pattern);
          if (n.minLength !== undefined || n.maxLength !== undefined)
            valid = valid.filter(
              (s) => s.length >= (n.minLength ?? 0) && s.length <= (n.maxLength ?? Number.POSITIVE_INFINITY),
            );
        } else {
          valid = fc.string({
            minLength: n.minLength ?? 0,
            maxLength: n.maxLength ?? Math.max(12, (n.minLength ?? 0) + 4),
          });
        }
        const misses: fc.Arbitrary<unknown>[] = [fc.constantFrom<unknown>(1, null, true, lossless("1.5"))];
        if (n.pattern) misses.push(fc.string({ maxLength: 20 }));
        if (n.format === "date-time")
          misses.push(
            fc.constantFrom("2023-02-29T00:00:00.000Z", "2024-04-16T24:00:00.000Z", "2024-04-16 14:51:02"),
          );
        if (n.minLength) misses.push(fc.string({ maxLength: n.minLength - 1 }));
        if (n.maxLength !== undefined)
          misses.push(fc.string({ minLength: n.maxLength + 1, maxLength: n.maxLength + 3 }));
        return withMistakes(valid, fc.oneof(...misses));
      }
      case "enum":
        return withMistakes(
          fc.constantFrom(...n.values),
          fc.constantFrom<unknown>("UNKNOWN_CODE", "", 1, null),
        );
      case "integer": {
        const min = Math.max(n.minimum ?? -1_000_000, Number.MIN_SAFE_INTEGER);
        const max = Math.min(n.maximum ?? 1_000_000_000, Number.MAX_SAFE_INTEGER);
        const misses: unknown[] = [
          1.5,
          "1",
          lossless("1.0"),
          lossless("12345678901234567890"),
          2 ** 53,
          null,
        ];
        if (n.minimum !== undefined) misses.push(n.minimum - 1);
        if (n.maximum !== undefined) misses.push(n.maximum + 1, lossless(String(n.maximum + 1)));
        return withMistakes(
          fc.oneof(
            { arbitrary: fc.integer({ min, max }), weight: 4 },
            { arbitrary: fc.integer({ min, max }).map((i) => lossless(String(i))), weight: 1 },
          ),
          fc.constantFrom(...misses),
        );
      }
      case "integerEnum":
        return withMistakes(fc.constantFrom(...n.values), fc.constantFrom<unknown>(999, -7, 1.5, "1", null));
      case "number": {
        const min = n.minimum ?? -1e9;
        const max = n.maximum ?? 1e9;
        const misses: unknown[] = ["1.5", null, lossless("1e400"), Number.POSITIVE_INFINITY];
        if (n.minimum !== undefined) misses.push(n.minimum - 0.5, lossless(String(n.minimum - 1)));
        if (n.maximum !== undefined) misses.push(n.maximum + 0.5);
        return withMistakes(
          fc
            .oneof(
              fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
              fc
                .integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 1e9)) })
                .map((i) => lossless(`${i}.25`)),
            )
            .filter((v) => {
              const x = typeof v === "number" ? v : Number((v as LosslessNumber).value);
              return x >= min && x <= max;
            }),
          fc.constantFrom(...misses),
        );
      }
      case "boolean":
        return withMistakes(fc.boolean(), fc.constantFrom<unknown>(0, 1, "true", null));
      case "array": {
        const minLength = n.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(n.maxItems ?? maxItems, maxItems));
        const items = build(n.items);
        const valid = fc.array(items, { minLength, maxLength });
        const misses: fc.Arbitrary<unknown>[] = [fc.constantFrom<unknown>({}, "[]", null)];
        if (n.minItems) misses.push(fc.array(items, { maxLength: n.minItems - 1 }));
        if (n.maxItems !== undefined)
          misses.push(fc.array(items, { minLength: n.maxItems + 1, maxLength: n.maxItems + 2 }));
        return withMistakes(valid, fc.oneof(...misses));
      }
      case "record":
        return fc.dictionary(fc.string({ maxLength: 8 }), build(n.values), { maxKeys: 4 });
      case "object": {
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const p of n.properties) shape[p.key] = build(p.node);
        const requiredKeys = n.properties.filter((p) => p.required).map((p) => p.key);
        const base = fc.record(shape, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
        const extras = n.closed
          ? fc.constant({})
          : fc.dictionary(
              fc.constantFrom("extraField", "新字段", "Note2", "__proto__"),
              fc.jsonValue({ maxDepth: 1 }),
              {
                maxKeys: 2,
              },
            );
        const valid = fc.tuple(base, extras).map(([record, extra]) => {
          const out: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(extra)) defineKey(out, key, value);
          for (const [key, value] of Object.entries(record)) defineKey(out, key, value);
          return out;
        });
        if (mistakes <= 0) return valid;
        const missingRequired =
          requiredKeys.length === 0
            ? valid
            : fc.tuple(valid, fc.constantFrom(...requiredKeys)).map(([record, key]) => {
                const copy = { ...record };
                delete copy[key];
                return copy;
              });
        const extraField = valid.map((record) => ({ ...record, unexpected: 1 }));
        return withMistakes(
          valid,
          fc.oneof(missingRequired, extraField, fc.constantFrom<unknown>([], "x", null)),
        );
      }
    }
  };
  return build(node);
}

/** Sets an own property, even `__proto__` (as JSON.parse does). */
function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainTree(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A copy of a parse tree: arrays and plain objects copied, everything else (LosslessNumbers, …) shared. */
export function cloneTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneTree);
  if (isPlainTree(value)) {
    const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
    for (const key of Object.keys(value))
      defineKey(out, key, cloneTree((value as Record<string, unknown>)[key]));
    return out;
  }
  return value;
}

/**
 * `base` with one hostile change somewhere inside it: a value replaced, a property or item deleted, or an
 * unknown property added. `steps` choose the way down (each step picks a child, or stops there).
 */
export function plantArbitrary(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      base,
      fc.array(fc.nat(), { maxLength: 6 }),
      hostileValue,
      fc.constantFrom("replace", "replace", "delete", "add"),
    )
    .map(([value, steps, hostile, action]) => plant(cloneTree(value), steps, hostile, action));
}

function plant(root: unknown, steps: number[], hostile: unknown, action: string): unknown {
  let parent: unknown;
  let key: string | number | undefined;
  let node = root;
  for (const step of steps) {
    const keys: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : isPlainTree(node)
        ? Object.keys(node)
        : [];
    if (keys.length === 0 || step % (keys.length + 1) === keys.length) break;
    parent = node;
    key = keys[step % (keys.length + 1)]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (action === "add" && node !== null && typeof node === "object" && !Array.isArray(node)) {
    defineKey(node as Record<string, unknown>, "unexpectedField", hostile);
    return root;
  }
  if (parent === undefined || key === undefined) return action === "delete" ? undefined : hostile;
  if (action === "delete") {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key as string];
  } else {
    (parent as Record<string | number, unknown>)[key] = hostile;
  }
  return root;
}

/**
 * Every place in the spec marked `x-orderbridge-assumed`, labelled as the README's table names it: an operation by
 * its operationId, a schema by its name, a property as `Schema.property` (at any depth of the schema), a
 * component parameter or response by its name. A mark anywhere else gets its JSON path, which no README row has —
 * so a new mark in an unexpected place fails this test until the labelling (and the README) covers it.
 */
export function assumedLabels(spec: unknown): string[] {
  const labels: string[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, [...path, i]);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record["x-orderbridge-assumed"] !== undefined) labels.push(labelOf(record, path));
    for (const [key, value] of Object.entries(record)) walk(value, [...path, key]);
  };
  walk(spec, []);
  return labels;
}

function labelOf(node: Record<string, unknown>, path: (string | number)[]): string {
  const [top, group, name] = path;
  if ((top === "paths" || top === "webhooks") && path.length === 3 && typeof node.operationId === "string")
    return node.operationId;
  if (top === "components" && (group === "parameters" || group === "responses") && path.length === 3)
    return String(name);
  if (top === "components" && group === "schemas") {
    if (path.length === 3) return String(name);
    if (path.at(-2) === "properties") return `${String(name)}.${String(path.at(-1))}`;
  }
  return path.join(".");
}

/** The labels in the first column of a README's "What the public docs do not say" table (each in backticks). */
export function readmeAssumptionLabels(readme: string): string[] {
  const section = readme.split("## What the public docs do not say")[1]?.split("\n## ")[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  return rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}
