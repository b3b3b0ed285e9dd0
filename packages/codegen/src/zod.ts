/**
 * Emits zod source for a set of JSON Schemas (OpenAPI `components.schemas` or JSON Schema `$defs`).
 *
 * Conventions the specs follow (see packages/codegen/README.md; read once in nodes.ts):
 * - objects accept and keep unknown extra fields (`z.looseObject`), since vendors add fields without notice;
 *   `additionalProperties: false` makes them strict;
 * - `format: decimal` (money in yuan sent as a number or a string) validates to its exact decimal text;
 * - `format: id` (an identifier sent as a number or a string) validates to a string;
 * - enumerations of vendor codes are documented, not enforced: an unknown code must reach the mapper,
 *   which has a fallback for it, instead of failing the whole page. `x-orderbridge-closed-enum: true`
 *   enforces one.
 */

import { type JsonSchema, readSchemas, type SchemaNode } from "./nodes.js";

export type { JsonSchema } from "./nodes.js";

export interface ZodEmitOptions {
  /** Prefix of local refs: `#/components/schemas/` or `#/$defs/`. */
  refPrefix: string;
  /** Name of the emitted constant for a schema name. */
  constName?: (schemaName: string) => string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function emitZodModule(schemas: Record<string, JsonSchema>, options: ZodEmitOptions): string {
  const constName = options.constName ?? ((name: string) => `${name}Schema`);
  const helpers = new Set<string>();
  const body: string[] = [];
  for (const { name, node } of readSchemas(schemas, options.refPrefix)) {
    const expression = printNode(node, { constName, helpers });
    body.push(`export const ${constName(name)} = ${expression};`);
    body.push(`export type ${name} = z.output<typeof ${constName(name)}>;`);
    body.push("");
  }
  const imports = ['import { z } from "zod";'];
  if (helpers.size) imports.push(`import { ${[...helpers].sort().join(", ")} } from "@orderbridge/core";`);
  return `${imports.join("\n")}\n\n${body.join("\n")}`;
}

interface PrintContext {
  constName: (schemaName: string) => string;
  helpers: Set<string>;
}

function printNode(node: SchemaNode, ctx: PrintContext): string {
  switch (node.kind) {
    case "ref":
      return ctx.constName(node.name);
    case "nullable":
      return `${printNode(node.inner, ctx)}.nullable()`;
    case "union":
      return `z.union([${node.members.map((member) => printNode(member, ctx)).join(", ")}])`;
    case "intersection": {
      const [first, ...rest] = node.members.map((member) => printNode(member, ctx));
      return rest.reduce((acc, next) => `z.intersection(${acc}, ${next})`, first!);
    }
    case "literal":
      return `z.literal(${JSON.stringify(node.value)})`;
    case "decimal":
      ctx.helpers.add("decimalSchema");
      return "decimalSchema";
    case "id":
      ctx.helpers.add("idSchema");
      return "idSchema";
    case "null":
      return "z.null()";
    case "unknown":
      return "z.unknown()";
    case "string": {
      let out = "z.string()";
      if (node.minLength !== undefined) out += `.min(${node.minLength})`;
      if (node.maxLength !== undefined) out += `.max(${node.maxLength})`;
      if (node.pattern) out += `.regex(new RegExp(${JSON.stringify(node.pattern)}))`;
      return out;
    }
    case "enum":
      return `z.enum(${JSON.stringify(node.values)})`;
    case "integer":
      ctx.helpers.add("integerSchema");
      return withBounds("integerSchema", node);
    case "integerEnum":
      ctx.helpers.add("integerSchema");
      return `integerSchema.pipe(z.union([${node.values.map((v) => `z.literal(${JSON.stringify(v)})`).join(", ")}]))`;
    case "number":
      ctx.helpers.add("numberSchema");
      return withBounds("numberSchema", node);
    case "boolean":
      return "z.boolean()";
    case "array": {
      let out = `z.array(${printNode(node.items, ctx)})`;
      if (node.minItems !== undefined) out += `.min(${node.minItems})`;
      if (node.maxItems !== undefined) out += `.max(${node.maxItems})`;
      return out;
    }
    case "record":
      return `z.record(z.string(), ${printNode(node.values, ctx)})`;
    case "object": {
      const entries = node.properties.map(({ key, node: value, required }) => {
        const expression = printNode(value, ctx);
        const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
        return `  ${name}: ${required ? expression : `${expression}.optional()`},`;
      });
      const ctor = node.closed ? "z.strictObject" : "z.looseObject";
      return entries.length ? `${ctor}({\n${entries.join("\n")}\n})` : `${ctor}({})`;
    }
  }
}

/** `minimum`/`maximum` become checks on the number the wire value decodes to (`pageSize` ≤ 100, …). */
function withBounds(base: string, node: { minimum?: number; maximum?: number }): string {
  const checks: string[] = [];
  if (node.minimum !== undefined) checks.push(`.min(${node.minimum})`);
  if (node.maximum !== undefined) checks.push(`.max(${node.maximum})`);
  return checks.length ? `${base}.pipe(z.number()${checks.join("")})` : base;
}
