#!/usr/bin/env node
// Embeds specs/order.schema.json as a TypeScript module (src/generated/order.schema.ts) so the package ships
// the exact JSON Schema its types come from. Under CI=true (or --check) it only compares and fails when stale,
// like orderbridge-codegen does for the other generated files.
import { readFile, writeFile } from "node:fs/promises";

const source = new URL("../../../specs/order.schema.json", import.meta.url);
const target = new URL("../src/generated/order.schema.ts", import.meta.url);
const schema = JSON.parse(await readFile(source, "utf8"));
const contents = [
  "// This file is generated. Do not edit it by hand.",
  "// Source: specs/order.schema.json — regenerate with `pnpm generate` (packages/orders/scripts/embed-schema.mjs).",
  "// `pnpm test` fails when this file and the spec disagree.",
  "/* eslint-disable */",
  "",
  "/** The unified Order JSON Schema (2020-12), exactly as in specs/order.schema.json. */",
  `export const orderJsonSchema = ${JSON.stringify(schema, null, 2)} as const;`,
  "",
].join("\n");
const current = await readFile(target, "utf8").catch(() => undefined);
const check = process.argv.includes("--check") || process.env.CI === "true";
if (current !== contents) {
  if (check) {
    console.error(
      "generated code is stale — run `pnpm generate` and commit:\n  src/generated/order.schema.ts",
    );
    process.exit(1);
  }
  await writeFile(target, contents);
}
console.log(`${check ? "checked" : "generated"} src/generated/order.schema.ts`);
