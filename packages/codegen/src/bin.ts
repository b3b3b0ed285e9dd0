#!/usr/bin/env node
import path from "node:path";
import { parseArgs } from "node:util";
import { generateFromJsonSchema, generateFromOpenApi, writeOrCheck } from "./generate.js";

const usage = `usage:
  orderbridge-codegen openapi <spec.yaml> <outDir> [--records A,B] [--check]
  orderbridge-codegen json-schema <schema.json> <outDir> --name <name> [--check]

Writes generated files (types, zod schemas, compiled validators); --records names the spec's record
types (strict and page validator variants). With --check (or CI=true) writes nothing and exits 1 when a committed file
differs from what the spec generates.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: "boolean", default: false },
    name: { type: "string" },
    records: { type: "string" },
    help: { type: "boolean" },
  },
});
const [kind, source, outDir] = positionals;
if (values.help || !kind || !source || !outDir) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
const check = values.check || process.env.CI === "true";
// Labels are repository-relative so the generated header does not depend on where the clone lives.
const label = path
  .relative(path.resolve(process.cwd(), "../.."), path.resolve(source))
  .split(path.sep)
  .join("/");
if (kind !== "openapi" && kind !== "json-schema") {
  console.error(usage);
  process.exit(2);
}
const files =
  kind === "openapi"
    ? await generateFromOpenApi(source, outDir, label, {
        records: values.records ? values.records.split(",").map((name) => name.trim()) : [],
      })
    : await generateFromJsonSchema(
        source,
        outDir,
        label,
        values.name ?? path.basename(source).split(".")[0]!,
      );
const stale = await writeOrCheck(files, check);
if (stale.length) {
  console.error(`generated code is stale — run \`pnpm generate\` and commit:\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `${check ? "checked" : "generated"} ${files.map((f) => path.relative(process.cwd(), f.path)).join(", ")}`,
);
