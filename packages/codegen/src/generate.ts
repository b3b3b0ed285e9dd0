import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { compile } from "json-schema-to-typescript";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import YAML from "yaml";
import type { JsonSchema } from "./nodes.js";
import { dateTimePlaces, emitValidatorModule } from "./validators.js";
import { emitZodModule } from "./zod.js";

export interface GeneratedFile {
  path: string;
  contents: string;
}

function header(source: string, tool: string): string {
  return [
    "// This file is generated. Do not edit it by hand.",
    `// Source: ${source} — regenerate with \`pnpm generate\` (${tool}).`,
    "// `pnpm test` fails when this file and the spec disagree.",
    "/* eslint-disable */",
    "",
  ].join("\n");
}

const STRING_TYPE = ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
const NULL_TYPE = ts.factory.createLiteralTypeNode(ts.factory.createNull());

export interface GenerateOptions {
  /**
   * The spec's record types (`CabinetOrder`, …): their compiled validators get a strict variant, and the
   * envelopes that list them a page variant (see validators.ts).
   */
  records?: readonly string[];
}

/**
 * Generates `openapi.ts` (openapi-typescript), `schemas.ts` (zod, from components.schemas) and
 * `validators.ts` (compiled validators of the same schemas) for one OpenAPI spec. `format: decimal` and
 * `format: id` values are typed as the strings the zod schemas deliver them as.
 */
export async function generateFromOpenApi(
  specPath: string,
  outDir: string,
  sourceLabel: string,
  options: GenerateOptions = {},
): Promise<GeneratedFile[]> {
  const text = await readFile(specPath, "utf8");
  const document = YAML.parse(text) as { components?: { schemas?: Record<string, JsonSchema> } };
  const ast = await openapiTS(document as never, {
    alphabetize: false,
    exportType: false,
    transform(schema) {
      const format = (schema as { format?: string }).format;
      if (format !== "decimal" && format !== "id") return undefined;
      const types = (schema as { type?: string | string[] }).type;
      const nullable = Array.isArray(types) && types.includes("null");
      return nullable ? ts.factory.createUnionTypeNode([STRING_TYPE, NULL_TYPE]) : STRING_TYPE;
    },
  });
  const types = header(sourceLabel, "openapi-typescript") + astToString(ast);
  const zod =
    header(sourceLabel, "orderbridge-codegen zod") +
    emitZodModule(document.components?.schemas ?? {}, {
      refPrefix: "#/components/schemas/",
    });
  const validators =
    header(sourceLabel, "orderbridge-codegen validators") +
    emitValidatorModule(document.components?.schemas ?? {}, {
      refPrefix: "#/components/schemas/",
      records: options.records ?? [],
    });
  return [
    { path: path.join(outDir, "openapi.ts"), contents: types },
    { path: path.join(outDir, "schemas.ts"), contents: zod },
    { path: path.join(outDir, "validators.ts"), contents: validators },
  ];
}

/**
 * Generates `<name>.ts` (json-schema-to-typescript), `<name>.zod.ts` (zod, from `$defs` and the root) and
 * `<name>.validators.ts` (compiled validators of the same schemas; the root is the record type, and its
 * `format: date-time` values must be real calendar times) for one JSON Schema document.
 */
export async function generateFromJsonSchema(
  schemaPath: string,
  outDir: string,
  sourceLabel: string,
  name: string,
): Promise<GeneratedFile[]> {
  const schema = JSON.parse(await readFile(schemaPath, "utf8")) as JsonSchema & {
    $defs?: Record<string, JsonSchema>;
    title?: string;
  };
  const types = await compile(schema as never, schema.title ?? name, {
    bannerComment: header(sourceLabel, "json-schema-to-typescript").trimEnd(),
    additionalProperties: false,
    cwd: path.dirname(schemaPath),
    strictIndexSignatures: true,
    unreachableDefinitions: true,
    format: false,
  });
  const { $defs = {}, ...root } = schema;
  const rootName = schema.title ?? name;
  const all: Record<string, JsonSchema> = { ...$defs, [rootName]: stripMeta(root) };
  const zod = header(sourceLabel, "orderbridge-codegen zod") + emitZodModule(all, { refPrefix: "#/$defs/" });
  const places = dateTimePlaces(schema);
  const validators =
    header(sourceLabel, "orderbridge-codegen validators") +
    emitValidatorModule(all, {
      refPrefix: "#/$defs/",
      records: [rootName],
      ...(places.length ? { calendar: { schema: rootName, places } } : {}),
    });
  return [
    { path: path.join(outDir, `${name}.ts`), contents: types },
    { path: path.join(outDir, `${name}.zod.ts`), contents: zod },
    { path: path.join(outDir, `${name}.validators.ts`), contents: validators },
  ];
}

function stripMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, title: _t, ...rest } = schema as JsonSchema & Record<string, unknown>;
  return rest;
}

/** Writes the files, or in check mode returns the ones whose committed contents differ. */
export async function writeOrCheck(files: GeneratedFile[], check: boolean): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(file.path, "utf8").catch(() => undefined);
    if (current === file.contents) continue;
    if (check) {
      stale.push(file.path);
    } else {
      await mkdir(path.dirname(file.path), { recursive: true });
      await writeFile(file.path, file.contents);
    }
  }
  return stale;
}
