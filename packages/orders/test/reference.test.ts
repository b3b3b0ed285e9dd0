import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseJsonLossless } from "@orderbridge/core";
import { describe, expect, it } from "vitest";
import { KINDS_BY_VENDOR, normalize, type Vendor } from "../src/index.js";

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
