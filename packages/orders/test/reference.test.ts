import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import { KINDS_BY_VENDOR, NormalizeError, normalize, type OrderKind, type Vendor } from "../src/index.js";

/**
 * 1,000 simulator records per vendor and the Orders the mappers made of them when these fixtures were
 * frozen (before the one-pass decoders): any rewrite of the mapping path must reproduce them byte for byte.
 * The only changes since are additive: `kind`, right after `vendor`; and, on a 1card1 goods order approved
 * into a till sale (a `ConsumeBillNumber`), `relatedOrderIds` and `duplicateOf` naming that sale, last.
 */
const lines = (name: string) =>
  gunzipSync(readFileSync(new URL(`./fixtures/reference/${name}.jsonl.gz`, import.meta.url)))
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "");

describe("reference Orders: today's mapping reproduces the frozen Orders byte for byte", () => {
  for (const vendor of ["yopoint", "baifude", "yikayi"] as Vendor[]) {
    const records = lines(`${vendor}.records`);
    for (const [variant, options] of [
      ["orders", {}],
      ["orders-personal", { includePersonalData: true }],
    ] as const) {
      it(`${vendor} (${variant})`, () => {
        const kind = KINDS_BY_VENDOR[vendor][0];
        const expected = lines(`${vendor}.${variant}`).map((line, i) => {
          const withKind = line.replace(`"vendor":"${vendor}",`, `"vendor":"${vendor}","kind":"${kind}",`);
          const sale = vendor === "yikayi" ? JSON.parse(records[i]!).ConsumeBillNumber : null;
          if (typeof sale !== "string" || sale === "") return withKind;
          const id = JSON.stringify(`yikayi:${sale}`);
          return `${withKind.slice(0, -1)},"relatedOrderIds":[${id}],"duplicateOf":${id}}`;
        });
        expect(records).toHaveLength(1000);
        expect(expected).toHaveLength(records.length);
        for (let i = 0; i < records.length; i++) {
          const { order } = normalize(vendor, parseJsonLossless(records[i]!), options);
          const actual = JSON.stringify(order);
          if (actual !== expected[i]) expect(actual, `record ${i}`).toBe(expected[i]);
        }
      });
    }
  }
});

describe("reference Orders of the kinds added since (vending, in_store): reproduced byte for byte", () => {
  for (const [vendor, kind] of [
    ["yopoint", "vending"],
    ["yikayi", "in_store"],
  ] as const) {
    const records = lines(`${kind}.records`);
    for (const [variant, options] of [
      ["orders", {}],
      ["orders-personal", { includePersonalData: true }],
    ] as const) {
      it(`${kind} (${variant})`, () => {
        const expected = lines(`${kind}.${variant}`);
        expect(records).toHaveLength(1000);
        expect(expected).toHaveLength(records.length);
        for (let i = 0; i < records.length; i++) {
          // Told from the record's shape (no kind given), as `orderbridge normalize` does.
          const { order } = normalize(vendor, parseJsonLossless(records[i]!), options);
          const actual = JSON.stringify(order);
          if (actual !== expected[i]) expect(actual, `record ${i}`).toBe(expected[i]);
        }
      });
    }
  }
});

/**
 * The validation engine's own wording inside an unreadable needed field's error (`Price: unreadable: a string
 * (<engine's words>); the mapping needs it …`): frozen with zod's, now the compiled validators' (which never
 * repeat the offending text). Everything else — every Order, warning, field and the rest of each message — is
 * compared byte for byte.
 */
const engineWordsMasked = (line: string) =>
  line.replace(/(unreadable: an? [a-z]+) \(.*?\); the mapping needs it/g, "$1 (…); the mapping needs it");

describe("reference outcomes of drifted and broken records (all five kinds): Orders, warnings and errors", () => {
  const records = lines("drift.records").map(
    (line) => JSON.parse(line) as { vendor: Vendor; kind: OrderKind; text: string },
  );
  const expected = lines("drift.results");
  it("5,000 records: every Order with its warnings, every NormalizeError's field and message", () => {
    expect(records).toHaveLength(5000);
    expect(expected).toHaveLength(records.length);
    for (let i = 0; i < records.length; i++) {
      const { vendor, kind, text } = records[i]!;
      let actual: string;
      try {
        const { order, warnings } = normalize(vendor, parseJsonLossless(text), { kind });
        actual = JSON.stringify({ order, warnings });
      } catch (error) {
        if (!(error instanceof NormalizeError)) throw error;
        actual = JSON.stringify({
          error: { field: error.field, orderId: error.orderId, message: error.message },
        });
      }
      if (actual !== expected[i])
        expect(engineWordsMasked(actual), `record ${i} (${kind})`).toBe(engineWordsMasked(expected[i]!));
    }
  });
});
