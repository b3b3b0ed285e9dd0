/**
 * Validation alone, per record, on simulator records (as lossless parse trees): the zod schemas the clients
 * and `normalize` use today; the compiled validators generated from the specs (`isX`, the strict variants
 * `isXStrict` and `xStrictIssues`, and `xIssues` on records with a broken field); and Ajv's standalone code
 * compiled from the same schemas, with keywords for the lossless numbers and the Order's calendar check —
 * the measurement behind packages/codegen's choice of its own emitter.
 *
 *   pnpm --filter @orderbridge/bench bench:validators            # 3,000 records per type, 15 rounds
 *   node --expose-gc bench/dist/validators.js --records 10000 --rounds 21
 *
 * Each contender runs over all the records of a type once per round, contenders alternating in rotated
 * order with a forced GC before each; the figures are the median round and the fastest, in µs per record.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { schemas as baifudeSchemas, validators as baifudeValidators } from "@orderbridge/baifude";
import { readSpecNodes, type SchemaNode } from "@orderbridge/codegen/testing";
import { LosslessNumber, parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import { normalize, OrderSchema, validators as orderValidators, type Vendor } from "@orderbridge/orders";
import { schemas as yikayiSchemas, validators as yikayiValidators } from "@orderbridge/yikayi";
import { schemas as yopointSchemas, validators as yopointValidators } from "@orderbridge/yopoint";
import { _, Ajv, type KeywordCxt } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { median } from "./harness.js";

const { values } = parseArgs({
  options: { records: { type: "string", default: "3000" }, rounds: { type: "string", default: "15" } },
});
const COUNT = Number(values.records);
const ROUNDS = Number(values.rounds);

const spec = (file: string) => fileURLToPath(new URL(`../../specs/${file}`, import.meta.url));
const lossless = (value: unknown) => parseJsonLossless(stringifyJsonLossless(value));

// ------------------------------------------------------------------------------------------------------------
// Ajv standalone, from the same schema nodes the zod schemas and the compiled validators come from.

/** Runtime checks the Ajv keywords call (the same rules as the zod helpers in @orderbridge/core). */
const helpers = {
  isInteger(x: unknown, min: number | null, max: number | null): boolean {
    const n = typeof x === "number" ? x : x instanceof LosslessNumber ? Number(x.value) : Number.NaN;
    return (
      Number.isSafeInteger(n) &&
      (typeof x === "number" || /^-?\d+$/.test((x as LosslessNumber).value)) &&
      (min === null || n >= min) &&
      (max === null || n <= max)
    );
  },
  isNumber(x: unknown, min: number | null, max: number | null): boolean {
    if (typeof x === "number" ? !Number.isFinite(x) : !(x instanceof LosslessNumber)) return false;
    if (min === null && max === null) return true;
    const n = typeof x === "number" ? x : Number((x as LosslessNumber).value);
    return Number.isFinite(n) && (min === null || n >= min) && (max === null || n <= max);
  },
  // The same shortcuts as the generated validators: a JS number's text is plain digits exactly when it
  // needs no exponent (0, or 1e-6 <= |x| < 1e21).
  isDecimal(x: unknown): boolean {
    if (typeof x === "string") return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(x);
    if (typeof x === "number") return x === 0 || (Math.abs(x) >= 1e-6 && Math.abs(x) < 1e21);
    return x instanceof LosslessNumber && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(x.value);
  },
  /** The calendar check of the Order's date-times (the pattern has fixed the form). */
  isCalendarTime(text: string): boolean {
    const digits = (start: number, end: number) => Number(text.slice(start, end));
    const [year, month, day] = [digits(0, 4), digits(5, 7), digits(8, 10)];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 && leap ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return (
      days !== undefined &&
      day >= 1 &&
      day <= days &&
      digits(11, 13) <= 23 &&
      digits(14, 16) <= 59 &&
      digits(17, 19) <= 59
    );
  },
  isId(x: unknown): boolean {
    if (typeof x === "string") return true;
    if (typeof x === "number") return Number.isInteger(x) && Math.abs(x) < 1e21;
    return x instanceof LosslessNumber && /^-?\d+$/.test(x.value);
  },
};

function ajvSchema(node: SchemaNode): Record<string, unknown> | boolean {
  switch (node.kind) {
    case "ref":
      return { $ref: `#/$defs/${node.name}` };
    case "nullable":
      return { anyOf: [{ type: "null" }, ajvSchema(node.inner)] };
    case "union":
      return { anyOf: node.members.map(ajvSchema) };
    case "intersection":
      return { allOf: node.members.map(ajvSchema) };
    case "literal":
      return { const: node.value };
    case "decimal":
      return { obDecimal: true };
    case "id":
      return { obId: true };
    case "null":
      return { type: "null" };
    case "unknown":
      return true;
    case "string": {
      const out: Record<string, unknown> = { type: "string" };
      if (node.minLength !== undefined) out.minLength = node.minLength;
      if (node.maxLength !== undefined) out.maxLength = node.maxLength;
      if (node.pattern) out.pattern = node.pattern;
      if (node.format === "date-time") out.obCalendar = true;
      return out;
    }
    case "enum":
      return { enum: node.values };
    case "integer":
      return { obInteger: [node.minimum ?? null, node.maximum ?? null] };
    case "integerEnum":
      return { allOf: [{ obInteger: [null, null] }, { obIntegerIn: node.values }] };
    case "number":
      return { obNumber: [node.minimum ?? null, node.maximum ?? null] };
    case "boolean":
      return { type: "boolean" };
    case "array": {
      const out: Record<string, unknown> = { type: "array", items: ajvSchema(node.items) };
      if (node.minItems !== undefined) out.minItems = node.minItems;
      if (node.maxItems !== undefined) out.maxItems = node.maxItems;
      return out;
    }
    case "record":
      return { type: "object", additionalProperties: ajvSchema(node.values) };
    case "object":
      return {
        type: "object",
        properties: Object.fromEntries(node.properties.map((p) => [p.key, ajvSchema(p.node)])),
        required: node.properties.filter((p) => p.required).map((p) => p.key),
        ...(node.closed ? { additionalProperties: false } : {}),
      };
  }
}

type AjvValidate = ((value: unknown) => boolean) & { errors?: unknown[] | null };

/** Ajv standalone code for `names` of a spec (the fast path, or all errors), loaded as a module. */
function ajvStandalone(nodes: Map<string, SchemaNode>, names: string[], allErrors: boolean) {
  const ajv = new Ajv({
    code: { source: true },
    allErrors,
    strict: false,
    unicodeRegExp: false, // zod's patterns are plain RegExps
  });
  const helper = (name: keyof typeof helpers) => (cxt: KeywordCxt) =>
    cxt.gen.scopeValue("func", { ref: helpers[name], code: _`require("ob-helpers")[${name}]` as never });
  ajv.addKeyword({
    keyword: "obInteger",
    schemaType: "array",
    code(cxt) {
      const [min, max] = cxt.schema as [number | null, number | null];
      const fn = helper("isInteger")(cxt);
      cxt.fail(_`!${fn}(${cxt.data}, ${min}, ${max})`);
    },
  });
  ajv.addKeyword({
    keyword: "obIntegerIn",
    schemaType: "array",
    code(cxt) {
      const list = cxt.gen.scopeValue("obj", {
        ref: cxt.schema,
        code: _`${JSON.stringify(cxt.schema)}` as never,
      });
      cxt.fail(
        _`!${list}.includes(typeof ${cxt.data} == "number" ? ${cxt.data} : Number(${cxt.data}.value))`,
      );
    },
  });
  ajv.addKeyword({
    keyword: "obNumber",
    schemaType: "array",
    code(cxt) {
      const [min, max] = cxt.schema as [number | null, number | null];
      const fn = helper("isNumber")(cxt);
      cxt.fail(_`!${fn}(${cxt.data}, ${min}, ${max})`);
    },
  });
  ajv.addKeyword({
    keyword: "obDecimal",
    schemaType: "boolean",
    code(cxt) {
      cxt.fail(_`!${helper("isDecimal")(cxt)}(${cxt.data})`);
    },
  });
  ajv.addKeyword({
    keyword: "obCalendar",
    schemaType: "boolean",
    code(cxt) {
      cxt.fail(_`typeof ${cxt.data} == "string" && !${helper("isCalendarTime")(cxt)}(${cxt.data})`);
    },
  });
  ajv.addKeyword({
    keyword: "obId",
    schemaType: "boolean",
    code(cxt) {
      cxt.fail(_`!${helper("isId")(cxt)}(${cxt.data})`);
    },
  });
  const $defs = Object.fromEntries([...nodes].map(([name, node]) => [name, ajvSchema(node)]));
  ajv.addSchema({ $id: "spec", $defs });
  const code = standalone.default(
    ajv,
    Object.fromEntries(names.map((name) => [name, `spec#/$defs/${name}`])),
  );
  const requireReal = createRequire(import.meta.url);
  const module = { exports: {} as Record<string, AjvValidate> };
  new Function("require", "module", "exports", code)(
    (id: string) => (id === "ob-helpers" ? helpers : requireReal(id)),
    module,
    module.exports,
  );
  return module.exports;
}

// ------------------------------------------------------------------------------------------------------------

interface Case {
  label: string;
  records: unknown[];
  zod: { safeParse(value: unknown): { success: boolean } };
  compiled: (value: unknown) => boolean;
  compiledStrict: (value: unknown) => boolean;
  issues: (value: unknown) => unknown[];
  strict: (value: unknown) => unknown[];
  /** A copy of a record with one field the spec refuses (the slow path). */
  breakRecord: (record: unknown) => unknown;
  ajvFast: AjvValidate;
  ajvAll: AjvValidate;
}

/** µs per record of each contender: the median round and the fastest (least disturbed by other load). */
function timeRounds(contenders: [string, (records: unknown[]) => unknown][], records: unknown[]) {
  const runs = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  for (const [, fn] of contenders) fn(records); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const [name, fn] = contenders[(i + round) % contenders.length]!;
      globalThis.gc?.();
      const started = performance.now();
      fn(records);
      runs.get(name)!.push(((performance.now() - started) * 1000) / records.length);
    }
  }
  return new Map(
    [...runs].map(([name, samples]) => [name, { median: median(samples), min: Math.min(...samples) }]),
  );
}

/** A copy of a record with `field` set to `value` (or removed, for undefined). */
const breakField = (field: string, value: unknown) => (record: unknown) => {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
};

const loop = (check: (value: unknown) => unknown) => (records: unknown[]) => {
  let n = 0;
  for (const record of records) if (check(record)) n++;
  return n;
};

async function main() {
  const yopoint = createYopointSimulator({ orderCount: COUNT, consumerOrderCount: COUNT });
  const baifude = createBaifudeSimulator({ orderCount: COUNT });
  const yikayi = createYikayiSimulator({ orderCount: COUNT });
  const cabinet = Array.from({ length: COUNT }, (_, i) => lossless(yopoint.orderAt(i)));
  const vending = Array.from({ length: COUNT }, (_, i) => lossless(yopoint.consumerOrderAt(i)));
  const payOrders = Array.from({ length: COUNT }, (_, i) => baifude.payOrder(i))
    .filter((order) => order !== undefined)
    .map(lossless);
  const goodsBills = Array.from({ length: COUNT }, (_, i) => lossless(yikayi.goodsBill(i)));
  const orders = (vendor: Vendor, records: unknown[]) =>
    records.map((record) => normalize(vendor, record).order);

  const yopointNodes = await readSpecNodes(spec("yopoint.openapi.yaml"));
  const baifudeNodes = await readSpecNodes(spec("baifude.openapi.yaml"));
  const yikayiNodes = await readSpecNodes(spec("yikayi.openapi.yaml"));
  const orderNodes = await readSpecNodes(spec("order.schema.json"));
  const ajv = (nodes: Map<string, SchemaNode>, names: string[]) => ({
    fast: ajvStandalone(nodes, names, false),
    all: ajvStandalone(nodes, names, true),
  });
  const yopointAjv = ajv(yopointNodes, ["CabinetOrder", "ConsumerOrder"]);
  const baifudeAjv = ajv(baifudeNodes, ["ResponseData"]);
  const yikayiAjv = ajv(yikayiNodes, ["GoodsBill"]);
  const orderAjv = ajv(orderNodes, ["Order"]);

  const cases: Case[] = [
    {
      label: "yopoint CabinetOrder",
      records: cabinet,
      zod: yopointSchemas.CabinetOrderSchema,
      compiled: yopointValidators.isCabinetOrder,
      compiledStrict: yopointValidators.isCabinetOrderStrict,
      issues: yopointValidators.cabinetOrderIssues,
      strict: yopointValidators.cabinetOrderStrictIssues,
      breakRecord: breakField("Price", "12.50"),
      ajvFast: yopointAjv.fast.CabinetOrder!,
      ajvAll: yopointAjv.all.CabinetOrder!,
    },
    {
      label: "yopoint ConsumerOrder",
      records: vending,
      zod: yopointSchemas.ConsumerOrderSchema,
      compiled: yopointValidators.isConsumerOrder,
      compiledStrict: yopointValidators.isConsumerOrderStrict,
      issues: yopointValidators.consumerOrderIssues,
      strict: yopointValidators.consumerOrderStrictIssues,
      breakRecord: breakField("Price", null),
      ajvFast: yopointAjv.fast.ConsumerOrder!,
      ajvAll: yopointAjv.all.ConsumerOrder!,
    },
    {
      label: "baifude pay order",
      records: payOrders,
      zod: baifudeSchemas.ResponseDataSchema,
      compiled: baifudeValidators.isResponseData,
      compiledStrict: baifudeValidators.isResponseDataStrict,
      issues: baifudeValidators.responseDataIssues,
      strict: baifudeValidators.responseDataStrictIssues,
      breakRecord: breakField("paidAmount", "12,50"),
      ajvFast: baifudeAjv.fast.ResponseData!,
      ajvAll: baifudeAjv.all.ResponseData!,
    },
    {
      label: "yikayi GoodsBill",
      records: goodsBills,
      zod: yikayiSchemas.GoodsBillSchema,
      compiled: yikayiValidators.isGoodsBill,
      compiledStrict: yikayiValidators.isGoodsBillStrict,
      issues: yikayiValidators.goodsBillIssues,
      strict: yikayiValidators.goodsBillStrictIssues,
      breakRecord: breakField("TotalMoney", undefined),
      ajvFast: yikayiAjv.fast.GoodsBill!,
      ajvAll: yikayiAjv.all.GoodsBill!,
    },
    ...(
      [
        ["yopoint", cabinet],
        ["baifude", payOrders],
        ["yikayi", goodsBills],
      ] as const
    ).map(([vendor, records]) => ({
      label: `Order (from ${vendor})`,
      records: orders(vendor, records),
      zod: OrderSchema,
      compiled: orderValidators.isOrder,
      compiledStrict: orderValidators.isOrderStrict,
      issues: orderValidators.orderIssues,
      strict: orderValidators.orderStrictIssues,
      breakRecord: breakField("paidAmount", -1),
      ajvFast: orderAjv.fast.Order!,
      ajvAll: orderAjv.all.Order!,
    })),
  ];

  const table = (title: string, columns: string[], rows: string[][]) => {
    const header = ["record type", "records", ...columns.map((c) => `${c} µs`), "zod / compiled"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd();
    return `${title}\n${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
  };
  const row = (
    c: Case,
    records: unknown[],
    timed: Map<string, { median: number; min: number }>,
    columns: string[],
  ) => [
    c.label,
    String(records.length),
    ...columns.map((name) => {
      const { median, min } = timed.get(name)!;
      return `${median.toFixed(2)} (${min.toFixed(2)})`;
    }),
    `${(timed.get(columns[0]!)!.median / timed.get(columns[1]!)!.median).toFixed(1)}x`,
  ];

  // Valid records: the fast path every record of a sync takes.
  const fastColumns = [
    "zod safeParse",
    "compiled isX",
    "compiled isXStrict",
    "compiled xStrictIssues",
    "Ajv standalone",
    "Ajv allErrors",
  ];
  const fastRows: string[][] = [];
  // Records with one broken field: what reporting the issues costs.
  const slowColumns = ["zod safeParse", "compiled isX + xIssues", "compiled xStrictIssues", "Ajv allErrors"];
  const slowRows: string[][] = [];
  for (const c of cases) {
    for (const record of c.records) {
      const expected = c.zod.safeParse(record).success;
      if (!expected || !c.compiled(record) || !c.ajvFast(record))
        throw new Error(`${c.label}: a generated record is refused`);
    }
    const fast = timeRounds(
      [
        ["zod safeParse", loop((r) => c.zod.safeParse(r).success)],
        ["compiled isX", loop(c.compiled)],
        ["compiled isXStrict", loop(c.compiledStrict)],
        ["compiled xStrictIssues", loop((r) => c.strict(r).length === 0)],
        ["Ajv standalone", loop(c.ajvFast)],
        ["Ajv allErrors", loop(c.ajvAll)],
      ],
      c.records,
    );
    fastRows.push(row(c, c.records, fast, fastColumns));

    const broken = c.records.map(c.breakRecord);
    for (const record of broken) {
      if (
        c.zod.safeParse(record).success ||
        c.compiled(record) ||
        c.issues(record).length === 0 ||
        c.ajvAll(record)
      )
        throw new Error(`${c.label}: a broken record is accepted`);
    }
    const slow = timeRounds(
      [
        ["zod safeParse", loop((r) => c.zod.safeParse(r).success)],
        ["compiled isX + xIssues", loop((r) => c.compiled(r) || c.issues(r).length === 0)],
        ["compiled xStrictIssues", loop((r) => c.strict(r).length === 0)],
        ["Ajv allErrors", loop(c.ajvAll)],
      ],
      broken,
    );
    slowRows.push(row(c, broken, slow, slowColumns));
  }
  process.stdout.write(
    `${table("Valid records (the fast path):", fastColumns, fastRows)}\n` +
      `${table("Records with one field broken (the slow path):", slowColumns, slowRows)}\n` +
      `µs per record: median of ${ROUNDS} rounds (fastest round); Node ${process.version}, ${COUNT} records per vendor.\n`,
  );
}

await main();
