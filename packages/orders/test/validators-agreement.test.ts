import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import {
  schemas as baifudeSchemas,
  validators as baifudeValidators,
  createClient as createBaifude,
} from "@orderbridge/baifude";
import {
  plantArbitrary,
  readSpecNodes,
  type SchemaNode,
  schemaArbitrary,
} from "@orderbridge/codegen/testing";
import { formatIssuePath, LosslessNumber, parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import { createBaifudeSimulator } from "@orderbridge/mocks/baifude";
import { createYikayiSimulator } from "@orderbridge/mocks/yikayi";
import { createYopointSimulator } from "@orderbridge/mocks/yopoint";
import {
  createClient as createYikayi,
  schemas as yikayiSchemas,
  validators as yikayiValidators,
} from "@orderbridge/yikayi";
import {
  createClient as createYopoint,
  schemas as yopointSchemas,
  validators as yopointValidators,
} from "@orderbridge/yopoint";
import fc from "fast-check";
import { getResponse, type RequestHandler } from "msw";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as orderValidators from "../src/generated/order.validators.js";
import * as orderZod from "../src/generated/order.zod.js";
import { normalize, OrderSchema, type Vendor } from "../src/index.js";

/**
 * The compiled validators generated from the specs (`src/generated/validators.ts` of each package) must
 * accept and refuse exactly what the zod schemas accept and refuse, and report issues at the same paths:
 * on documents generated from the specs, on near misses and hostile values planted in them, and on every
 * fixture, reference record and simulator record and page. The unified Order's validator is held to
 * `OrderSchema` (the generated schema plus the calendar check of its date-times).
 */

type Issue = { path: (string | number)[]; code: string; message: string };
type Module = Record<string, unknown>;

interface Suite {
  name: string;
  spec: string;
  zod: Record<string, unknown>;
  compiled: Module;
}

const spec = (file: string) => fileURLToPath(new URL(`../../../specs/${file}`, import.meta.url));

const SUITES: Suite[] = [
  { name: "yopoint", spec: spec("yopoint.openapi.yaml"), zod: yopointSchemas, compiled: yopointValidators },
  { name: "baifude", spec: spec("baifude.openapi.yaml"), zod: baifudeSchemas, compiled: baifudeValidators },
  { name: "yikayi", spec: spec("yikayi.openapi.yaml"), zod: yikayiSchemas, compiled: yikayiValidators },
  {
    name: "order",
    spec: spec("order.schema.json"),
    zod: { ...orderZod, OrderSchema },
    compiled: orderValidators,
  },
];

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** zod's issue paths, with an `unrecognized_keys` issue counted at each key (where the validators put it). */
function zodPaths(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => formatIssuePath([...issue.path, key]))
      : [formatIssuePath(issue.path)],
  );
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
      JSON.stringify(value, (_, v) => (v instanceof LosslessNumber ? `LN(${v.value})` : v))?.slice(0, 600) ??
      String(value)
    );
  } catch {
    return String(value);
  }
}

/** One compiled schema and the zod schema it must agree with. */
interface Pair {
  label: string;
  zod: z.ZodType;
  is: (value: unknown) => boolean;
  issues: (value: unknown) => Issue[];
  strict?: (value: unknown) => Issue[];
  isStrict?: (value: unknown) => boolean;
}

function agree(pair: Pair, value: unknown): boolean {
  const result = pair.zod.safeParse(value);
  const accepted = pair.is(value);
  if (accepted !== result.success) {
    expect.fail(`${pair.label}: compiled ${accepted}, zod ${result.success} on ${show(value)}`);
  }
  const issues = pair.issues(value);
  expect(issues.length === 0, `${pair.label}: issues exactly when refused`).toBe(accepted);
  const expected = result.success ? [] : zodPaths(result.error.issues);
  expect(
    new Set(issues.map((i) => formatIssuePath(i.path))),
    `${pair.label} paths on ${show(value)}`,
  ).toEqual(new Set(expected));
  // …and in zod's order (zod sometimes reports two issues at one path where the validators report one).
  expect(collapse(issues.map((i) => formatIssuePath(i.path))), `${pair.label}: issue order`).toEqual(
    collapse(expected),
  );
  if (pair.strict) {
    const strict = pair.strict(value);
    expectStrictExtends(strict, issues);
    expect(pair.isStrict!(value), `${pair.label}Strict exactly when the strict issues are none`).toBe(
      strict.length === 0,
    );
  }
  return accepted;
}

/** Paths without consecutive repeats. */
function collapse(paths: string[]): string[] {
  return paths.filter((path, i) => path !== paths[i - 1]);
}

/** The zod schema of a page: the envelope with the record arrays as `unknown[]`, as the clients check it. */
function pageSchema(envelope: z.ZodType, recordArrays: string[]): z.ZodType {
  const unknownItems = (schema: z.ZodType): z.ZodType => {
    if (schema instanceof z.ZodOptional) return unknownItems(schema.unwrap() as z.ZodType).optional();
    if (schema instanceof z.ZodNullable) return unknownItems(schema.unwrap() as z.ZodType).nullable();
    if (schema instanceof z.ZodArray) return z.array(z.unknown());
    throw new Error("not an array of records");
  };
  const object = envelope as z.ZodObject;
  return object.extend(
    Object.fromEntries(recordArrays.map((key) => [key, unknownItems(object.shape[key] as z.ZodType)])),
  );
}

function recordArraysOf(node: SchemaNode, records: Set<string>): string[] {
  if (node.kind !== "object") return [];
  const isRecordArray = (n: SchemaNode): boolean =>
    n.kind === "nullable"
      ? isRecordArray(n.inner)
      : n.kind === "array" && n.items.kind === "ref" && records.has(n.items.name);
  return node.properties.filter((p) => isRecordArray(p.node)).map((p) => p.key);
}

interface LoadedSuite extends Suite {
  nodes: Map<string, SchemaNode>;
  pairs: Map<string, Pair>;
}

const loaded = new Map<string, LoadedSuite>();

// Read at load time (top-level await), so every schema gets a test of its own.
for (const suite of SUITES) {
  const nodes = await readSpecNodes(suite.spec);
  const compiled = suite.compiled;
  const records = new Set(
    [...nodes.keys()].filter((name) => typeof compiled[`${lowerFirst(name)}StrictIssues`] === "function"),
  );
  const pairs = new Map<string, Pair>();
  for (const name of nodes.keys()) {
    const is = compiled[`is${name}`] as Pair["is"] | undefined;
    if (!is) continue;
    const lower = lowerFirst(name);
    pairs.set(name, {
      label: `${suite.name} ${name}`,
      zod: suite.zod[`${name}Schema`] as z.ZodType,
      is,
      issues: compiled[`${lower}Issues`] as Pair["issues"],
      ...(records.has(name)
        ? {
            strict: compiled[`${lower}StrictIssues`] as Pair["issues"],
            isStrict: compiled[`is${name}Strict`] as Pair["is"],
          }
        : {}),
    });
    const pageIs = compiled[`is${name}Page`] as Pair["is"] | undefined;
    if (pageIs) {
      pairs.set(`${name}Page`, {
        label: `${suite.name} ${name}Page`,
        zod: pageSchema(suite.zod[`${name}Schema`] as z.ZodType, recordArraysOf(nodes.get(name)!, records)),
        is: pageIs,
        issues: compiled[`${lower}PageIssues`] as Pair["issues"],
      });
    }
  }
  loaded.set(suite.name, { ...suite, nodes, pairs });
}

const suite = (name: string) => loaded.get(name)!;
const pair = (suiteName: string, schema: string) => {
  const found = suite(suiteName).pairs.get(schema);
  if (!found) throw new Error(`${suiteName} has no compiled ${schema}`);
  return found;
};

describe("every schema of every spec is compiled, except what zod merges (allOf)", () => {
  it.each(SUITES.map((s) => s.name))("%s", (name) => {
    const { nodes, pairs, compiled } = suite(name);
    const hasIntersection = (node: SchemaNode, seen = new Set<string>()): boolean => {
      switch (node.kind) {
        case "intersection":
          return true;
        case "ref":
          if (seen.has(node.name)) return false;
          seen.add(node.name);
          return hasIntersection(nodes.get(node.name)!, seen);
        case "nullable":
          return hasIntersection(node.inner, seen);
        case "union":
          return node.members.some((m) => hasIntersection(m, seen));
        case "array":
          return hasIntersection(node.items, seen);
        case "record":
          return hasIntersection(node.values, seen);
        case "object":
          return node.properties.some((p) => hasIntersection(p.node, seen));
        default:
          return false;
      }
    };
    for (const [schemaName, node] of nodes) {
      expect(typeof compiled[`is${schemaName}`] === "function", schemaName).toBe(!hasIntersection(node));
    }
    expect(pairs.size).toBeGreaterThan(5);
  });

  it("the record types the clients yield have a strict variant; their list envelopes a page variant", () => {
    for (const [name, schema] of [
      ["yopoint", "CabinetOrder"],
      ["yopoint", "ConsumerOrder"],
      ["baifude", "ResponseData"],
      ["yikayi", "GoodsBill"],
      ["yikayi", "ConsumeNote"],
      ["yikayi", "ConsumeNoteItem"],
      ["order", "Order"],
    ] as const) {
      expect(pair(name, schema).strict, `${name} ${schema}`).toBeDefined();
    }
    for (const [name, schema] of [
      ["yopoint", "CabinetOrderListDataPage"],
      ["yopoint", "ConsumerOrderListDataPage"],
      ["baifude", "GetListResponsePage"],
      ["yikayi", "GoodsBillPagedResponsePage"],
      ["yikayi", "ConsumeNotePagedResponsePage"],
      ["yikayi", "ConsumeNoteItemPagedResponsePage"],
    ] as const) {
      expect(pair(name, schema), `${name} ${schema}`).toBeDefined();
    }
  });
});

describe("compiled validators and zod agree on documents generated from the specs", () => {
  for (const { name } of SUITES) {
    const { nodes, pairs } = suite(name);
    describe(name, () => {
      for (const [schemaName, target] of pairs) {
        it(`${schemaName}: valid documents, near misses and planted hostile values`, () => {
          const base =
            schemaName.endsWith("Page") && !nodes.has(schemaName) ? schemaName.slice(0, -4) : schemaName;
          const node = nodes.get(base)!;
          // The record types and pages the clients check get the most runs.
          const runs = target.strict || base !== schemaName ? 200 : 40;
          fc.assert(
            fc.property(schemaArbitrary(nodes, node), (value) => {
              expect(agree(target, value), `${target.label} accepts a generated document`).toBe(true);
            }),
            { numRuns: runs },
          );
          fc.assert(
            fc.property(schemaArbitrary(nodes, node, { mistakes: 0.1 }), (value) => {
              agree(target, value);
            }),
            { numRuns: runs },
          );
          fc.assert(
            fc.property(plantArbitrary(schemaArbitrary(nodes, node)), (value) => {
              agree(target, value);
            }),
            { numRuns: runs },
          );
        });
      }
    });
  }
});

// ----------------------------------------------------------------------------------------------------------
// Real documents: fixtures, reference records, simulator records and the raw pages the clients receive.

const lossless = (value: unknown) => parseJsonLossless(stringifyJsonLossless(value));
const fixture = (path: string) =>
  parseJsonLossless(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const referenceRecords = (vendor: Vendor) =>
  gunzipSync(readFileSync(new URL(`./fixtures/reference/${vendor}.records.jsonl.gz`, import.meta.url)))
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => parseJsonLossless(line));

/** A fetch that answers from msw handlers in process and keeps every request and raw answer. */
function recordingFetch(handlers: RequestHandler[]) {
  const exchanges: { url: URL; body: string; text: string }[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.clone().text();
    const response = (await getResponse(handlers, request)) ?? new Response("no handler", { status: 404 });
    const text = await response.text();
    exchanges.push({ url: new URL(request.url), body, text });
    return new Response(text, { status: response.status, headers: response.headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, exchanges };
}

async function drain(iterable: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of iterable) n++;
  return n;
}

function agreeAll(suiteName: string, schema: string, values: unknown[], expectValid = true) {
  const target = pair(suiteName, schema);
  expect(values.length, `${suiteName} ${schema}: documents`).toBeGreaterThan(0);
  for (const value of values) {
    const accepted = agree(target, value);
    if (expectValid) expect(accepted, `${target.label} accepts ${show(value)}`).toBe(true);
  }
}

describe("compiled validators and zod agree on every fixture, reference record and simulator record", () => {
  it("yopoint: cabinet and vending orders, the gateway envelope and the list pages", async () => {
    const sim = createYopointSimulator({ orderCount: 600, consumerOrderCount: 300 });
    const orders = Array.from({ length: sim.orderCount }, (_, i) => lossless(sim.orderAt(i)));
    agreeAll("yopoint", "CabinetOrder", [...orders, ...referenceRecords("yopoint")]);
    agreeAll(
      "yopoint",
      "ConsumerOrder",
      Array.from({ length: sim.consumerOrderCount }, (_, i) => lossless(sim.consumerOrderAt(i))),
    );
    const seed = fixture("orders/test/fixtures/cabinet.order.list.seed.json") as { data: unknown };
    agreeAll("yopoint", "GatewayEnvelope", [seed]);
    agreeAll("yopoint", "CabinetOrder", [seed.data]);

    const { fetch, exchanges } = recordingFetch(sim.handlers);
    const client = createYopoint({
      ...sim.credentials,
      baseUrl: "https://yopoint.test",
      fetch,
      pageSize: 50,
    });
    expect(
      await drain(client.orders({ since: "2024-02-20T00:00:00+08:00", until: "2024-03-06T00:00:00+08:00" })),
    ).toBe(sim.orderCount);
    await client.consumerOrderList({ Page: 1, StartTime: 1708358400, EndTime: 1709654400 });
    const pages = {
      "cabinet.order.list": "CabinetOrderListData",
      "consumer.order.list": "ConsumerOrderListData",
    };
    let checked = 0;
    for (const { body, text } of exchanges) {
      const method = new URLSearchParams(body).get("method") as keyof typeof pages;
      const envelope = parseJsonLossless(text) as { data: unknown };
      agreeAll("yopoint", "GatewayEnvelope", [envelope]);
      agreeAll("yopoint", `${pages[method]}Page`, [envelope.data]);
      agreeAll("yopoint", pages[method], [envelope.data]);
      checked++;
    }
    expect(checked).toBeGreaterThan(12);
  });

  it("baifude: pay orders, the getList and statement pages, the token answer", async () => {
    const sim = createBaifudeSimulator({ orderCount: 600 });
    const payOrders = Array.from({ length: 600 }, (_, i) => sim.payOrder(i))
      .filter((order) => order !== undefined)
      .map(lossless);
    agreeAll("baifude", "ResponseData", [...payOrders, ...referenceRecords("baifude")]);
    const seed = fixture("baifude/test/fixtures/getList.seed.json") as { data: unknown[] };
    agreeAll("baifude", "GetListResponse", [seed]);
    agreeAll("baifude", "GetListResponsePage", [
      seed,
      fixture("baifude/test/fixtures/getList.fail.seed.json"),
    ]);
    agreeAll("baifude", "ResponseData", seed.data);

    const { fetch, exchanges } = recordingFetch(sim.handlers);
    const client = createBaifude({ ...sim.credentials, baseUrl: "https://baifude.test", fetch });
    expect(
      await drain(client.orders({ since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" })),
    ).toBeGreaterThan(100);
    const byPath: Record<string, string[]> = {
      "/openApi/open/order/getList": ["GetListResponse", "GetListResponsePage"],
      "/openApi/open/order/settlement/item/list": ["SettlementItemListResponse"],
      "/token/create": ["TokenResponse"],
    };
    const seen = new Set<string>();
    for (const { url, text } of exchanges) {
      for (const schema of byPath[url.pathname] ?? []) {
        agreeAll("baifude", schema, [parseJsonLossless(text)]);
        seen.add(schema);
      }
    }
    expect([...seen].sort()).toEqual([
      "GetListResponse",
      "GetListResponsePage",
      "SettlementItemListResponse",
      "TokenResponse",
    ]);
  });

  it("yikayi: goods orders, sales and their lines, and the paged envelopes", async () => {
    const sim = createYikayiSimulator({ orderCount: 600, consumeNoteCount: 150 });
    agreeAll("yikayi", "GoodsBill", [
      ...Array.from({ length: 600 }, (_, i) => lossless(sim.goodsBill(i))),
      ...referenceRecords("yikayi"),
    ]);
    const seed = fixture("yikayi/test/fixtures/Get_GoodsBillPaged.seed.json") as { data: unknown[] };
    agreeAll("yikayi", "GoodsBillPagedResponse", [seed]);
    agreeAll("yikayi", "GoodsBillPagedResponsePage", [seed]);
    agreeAll("yikayi", "Envelope", [seed]);

    const { fetch, exchanges } = recordingFetch(sim.handlers);
    const client = createYikayi({ ...sim.credentials, baseUrl: "https://yikayi.test", fetch, pageSize: 200 });
    expect(
      await drain(client.orders({ since: "2024-04-01T00:00:00+08:00", until: "2024-05-01T00:00:00+08:00" })),
    ).toBe(600);
    const notes = await client.getConsumeNotePagedV2({ pageIndex: 0, pageSize: 200 });
    for (const note of notes.data.slice(0, 40)) await client.getConsumeNoteItemPagedV2({ guid: note.Guid });
    const byMethod: Record<string, [string, string]> = {
      Get_GoodsBillPaged: ["GoodsBillPagedResponse", "GoodsBill"],
      Get_ConsumeNotePagedV2: ["ConsumeNotePagedResponse", "ConsumeNote"],
      Get_ConsumeNoteItemPagedV2: ["ConsumeNoteItemPagedResponse", "ConsumeNoteItem"],
    };
    const counts: Record<string, number> = {};
    for (const { url, text } of exchanges) {
      const [envelope, record] = byMethod[url.pathname.split("/").at(-1)!]!;
      const page = parseJsonLossless(text) as { data: unknown[] };
      agreeAll("yikayi", "Envelope", [page]);
      agreeAll("yikayi", envelope, [page]);
      agreeAll("yikayi", `${envelope}Page`, [page]);
      if (page.data.length) agreeAll("yikayi", record, page.data);
      counts[record] = (counts[record] ?? 0) + page.data.length;
    }
    expect(counts.GoodsBill).toBe(600);
    expect(counts.ConsumeNote).toBe(150);
    expect(counts.ConsumeNoteItem).toBeGreaterThan(40);
  });

  it("order: the Orders made of the reference records, with and without personal data and raw", () => {
    const orders: unknown[] = [];
    for (const vendor of ["yopoint", "baifude", "yikayi"] as Vendor[]) {
      for (const record of referenceRecords(vendor).slice(0, 300)) {
        orders.push(normalize(vendor, record).order);
        orders.push(normalize(vendor, record, { includePersonalData: true, includeRaw: true }).order);
      }
    }
    agreeAll("order", "Order", orders);
    agreeAll("order", "Order", orderExamples());
  });
});

function orderExamples(): unknown[] {
  const document = JSON.parse(readFileSync(spec("order.schema.json"), "utf8")) as { examples: unknown[] };
  return document.examples;
}

describe("the strict variants tell an unknown field from a type error", () => {
  it("a record with a new vendor field passes, and only the strict variant names the field", () => {
    const sim = createYopointSimulator({ orderCount: 1 });
    const order = lossless({
      ...sim.orderAt(0),
      NewField: 1,
      UserVO: { ...(sim.orderAt(0).UserVO as object), Extra: "x" },
    });
    expect(yopointValidators.isCabinetOrder(order)).toBe(true);
    expect(yopointValidators.isCabinetOrderStrict(order)).toBe(false);
    expect(yopointValidators.isCabinetOrderStrict(lossless(sim.orderAt(0)))).toBe(true);
    expect(yopointValidators.cabinetOrderIssues(order)).toEqual([]);
    expect(
      yopointValidators.cabinetOrderStrictIssues(order).map((i) => [formatIssuePath(i.path), i.code]),
    ).toEqual([
      ["UserVO.Extra", "unknown_field"],
      ["NewField", "unknown_field"],
    ]);
    const broken = lossless({ ...sim.orderAt(0), Price: "12.5", NewField: 1 }) as Record<string, unknown>;
    expect(
      yopointValidators.cabinetOrderStrictIssues(broken).map((i) => [formatIssuePath(i.path), i.code]),
    ).toEqual([
      ["Price", "type"],
      ["NewField", "unknown_field"],
    ]);
  });
});
