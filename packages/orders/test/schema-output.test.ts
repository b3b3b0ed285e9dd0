import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { schemas as baifude } from "@orderbridge/baifude";
import { parseJsonLossless, toSchemaOutput } from "@orderbridge/core";
import { schemas as yikayi } from "@orderbridge/yikayi";
import { schemas as yopoint } from "@orderbridge/yopoint";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

/**
 * The clients check a record with the compiled validator and hand out `toSchemaOutput(Schema, record)`: it must
 * be what `Schema.parse(record)` gives (decimals and ids as text, lossless integers as numbers), on every
 * reference record and on the drifted ones the schema accepts.
 */
const lines = (name: string) =>
  gunzipSync(readFileSync(new URL(`./fixtures/reference/${name}.jsonl.gz`, import.meta.url)))
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "");

const cases: [string, z.ZodType, string[]][] = [
  ["yopoint CabinetOrder", yopoint.CabinetOrderSchema, lines("yopoint.records")],
  ["yopoint ConsumerOrder", yopoint.ConsumerOrderSchema, lines("vending.records")],
  ["baifude ResponseData", baifude.ResponseDataSchema, lines("baifude.records")],
  ["yikayi GoodsBill", yikayi.GoodsBillSchema, lines("yikayi.records")],
  [
    "yikayi ConsumeNote",
    yikayi.ConsumeNoteSchema,
    lines("in_store.records").map((line) => JSON.stringify((JSON.parse(line) as { note: unknown }).note)),
  ],
];

describe("toSchemaOutput gives what zod's parse gives", () => {
  for (const [name, schema, records] of cases) {
    it(name, () => {
      for (const text of records) {
        const expected = schema.parse(parseJsonLossless(text));
        expect(toSchemaOutput(schema, parseJsonLossless(text))).toEqual(expected);
      }
    });
  }

  it("drifted records the schemas accept, and lossless numbers where integers and ids are expected", () => {
    const drifted = lines("drift.records").map((line) => JSON.parse(line) as { kind: string; text: string });
    const schemaOf: Record<string, z.ZodType> = {
      cabinet: yopoint.CabinetOrderSchema,
      vending: yopoint.ConsumerOrderSchema,
      welfare_mall: baifude.ResponseDataSchema,
      online_mall: yikayi.GoodsBillSchema,
    };
    let compared = 0;
    for (const { kind, text } of drifted) {
      const schema = schemaOf[kind];
      if (!schema) continue;
      const result = schema.safeParse(parseJsonLossless(text));
      if (!result.success) continue;
      expect(toSchemaOutput(schema, parseJsonLossless(text))).toEqual(result.data);
      compared++;
    }
    expect(compared).toBeGreaterThan(2000);
    const long = parseJsonLossless(
      '{"sn": 1234567890123456789012, "userId": 28913265, "status": 1000000000000001, "amount": 5.50}',
    );
    const expected = baifude.ResponseDataSchema.shape.sn.parse(parseJsonLossless("1234567890123456789012"));
    expect(
      toSchemaOutput(
        baifude.ResponseDataSchema.pick({ sn: true, userId: true, status: true, amount: true }),
        long,
      ),
    ).toEqual({
      sn: expected,
      userId: "28913265",
      status: 1000000000000001,
      amount: "5.50",
    });
  });
});
