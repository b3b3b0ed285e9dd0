/**
 * Emits zod source for a set of JSON Schemas (OpenAPI `components.schemas` or JSON Schema `$defs`).
 *
 * Conventions the specs follow (see packages/codegen/README.md):
 * - objects accept and keep unknown extra fields (`z.looseObject`), since vendors add fields without notice;
 *   `additionalProperties: false` makes them strict;
 * - `format: decimal` (money in yuan sent as a number or a string) validates to its exact decimal text;
 * - `format: id` (an identifier sent as a number or a string) validates to a string;
 * - enumerations of vendor codes are documented, not enforced: an unknown code must reach the mapper,
 *   which has a fallback for it, instead of failing the whole page. `x-orderbridge-closed-enum: true`
 *   enforces one.
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  "x-orderbridge-closed-enum"?: boolean;
  [key: string]: unknown;
}

export interface ZodEmitOptions {
  /** Prefix of local refs: `#/components/schemas/` or `#/$defs/`. */
  refPrefix: string;
  /** Name of the emitted constant for a schema name. */
  constName?: (schemaName: string) => string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function emitZodModule(schemas: Record<string, JsonSchema>, options: ZodEmitOptions): string {
  const constName = options.constName ?? ((name: string) => `${name}Schema`);
  const order = topologicalOrder(schemas, options.refPrefix);
  const helpers = new Set<string>();
  const body: string[] = [];
  for (const name of order) {
    const expression = emitSchema(schemas[name]!, { ...options, constName, helpers });
    body.push(`export const ${constName(name)} = ${expression};`);
    body.push(`export type ${name} = z.output<typeof ${constName(name)}>;`);
    body.push("");
  }
  const imports = ['import { z } from "zod";'];
  if (helpers.size) imports.push(`import { ${[...helpers].sort().join(", ")} } from "@orderbridge/core";`);
  return `${imports.join("\n")}\n\n${body.join("\n")}`;
}

interface EmitContext extends ZodEmitOptions {
  constName: (schemaName: string) => string;
  helpers: Set<string>;
}

function emitSchema(schema: JsonSchema, ctx: EmitContext): string {
  if (schema.$ref) {
    if (!schema.$ref.startsWith(ctx.refPrefix)) throw new Error(`unsupported $ref ${schema.$ref}`);
    return ctx.constName(schema.$ref.slice(ctx.refPrefix.length));
  }
  if (schema.oneOf || schema.anyOf) {
    const members = (schema.oneOf ?? schema.anyOf)!.map((member) => emitSchema(member, ctx));
    return withNullable(members.length === 1 ? members[0]! : `z.union([${members.join(", ")}])`, schema);
  }
  if (schema.allOf) {
    const [first, ...rest] = schema.allOf.map((member) => emitSchema(member, ctx));
    return rest.reduce((acc, next) => `z.intersection(${acc}, ${next})`, first!);
  }
  if (schema.const !== undefined) return `z.literal(${JSON.stringify(schema.const)})`;

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes("null") || schema.nullable === true;
  const concrete = types.filter((t) => t !== "null");

  if (schema.format === "decimal") {
    ctx.helpers.add("decimalSchema");
    return withNullable("decimalSchema", { nullable });
  }
  if (schema.format === "id") {
    ctx.helpers.add("idSchema");
    return withNullable("idSchema", { nullable });
  }
  if (concrete.length === 0) {
    // `type: "null"` alone (a member of a oneOf) is null, not "anything or null".
    if (types.length > 0 && nullable) return "z.null()";
    if (schema.properties) return withNullable(emitObject(schema, ctx), { nullable });
    return withNullable("z.unknown()", { nullable });
  }
  const members = concrete.map((type) => emitType(type, schema, ctx));
  const expression = members.length === 1 ? members[0]! : `z.union([${members.join(", ")}])`;
  return withNullable(expression, { nullable });
}

function emitType(type: string, schema: JsonSchema, ctx: EmitContext): string {
  const closedEnum = schema["x-orderbridge-closed-enum"] === true && schema.enum;
  switch (type) {
    case "string": {
      if (closedEnum) return `z.enum(${JSON.stringify(schema.enum)})`;
      let out = "z.string()";
      if (schema.minLength !== undefined) out += `.min(${schema.minLength})`;
      if (schema.maxLength !== undefined) out += `.max(${schema.maxLength})`;
      if (schema.pattern) out += `.regex(new RegExp(${JSON.stringify(schema.pattern)}))`;
      return out;
    }
    case "integer":
      ctx.helpers.add("integerSchema");
      return closedEnum
        ? `integerSchema.pipe(z.union([${schema.enum!.map((v) => `z.literal(${JSON.stringify(v)})`).join(", ")}]))`
        : withBounds("integerSchema", schema);
    case "number":
      ctx.helpers.add("numberSchema");
      return withBounds("numberSchema", schema);
    case "boolean":
      return "z.boolean()";
    case "array": {
      let out = `z.array(${schema.items ? emitSchema(schema.items, ctx) : "z.unknown()"})`;
      if (schema.minItems !== undefined) out += `.min(${schema.minItems})`;
      if (schema.maxItems !== undefined) out += `.max(${schema.maxItems})`;
      return out;
    }
    case "object":
      return emitObject(schema, ctx);
    default:
      throw new Error(`unsupported type ${type}`);
  }
}

function emitObject(schema: JsonSchema, ctx: EmitContext): string {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([key, value]) => {
    const expression = emitSchema(value, ctx);
    const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
    return `  ${name}: ${required.has(key) ? expression : `${expression}.optional()`},`;
  });
  if (entries.length === 0 && typeof schema.additionalProperties === "object") {
    return `z.record(z.string(), ${emitSchema(schema.additionalProperties, ctx)})`;
  }
  const ctor = schema.additionalProperties === false ? "z.strictObject" : "z.looseObject";
  return entries.length ? `${ctor}({\n${entries.join("\n")}\n})` : `${ctor}({})`;
}

/** `minimum`/`maximum` become checks on the number the wire value decodes to (`pageSize` ≤ 100, …). */
function withBounds(base: string, schema: JsonSchema): string {
  const checks: string[] = [];
  if (schema.minimum !== undefined) checks.push(`.min(${schema.minimum})`);
  if (schema.maximum !== undefined) checks.push(`.max(${schema.maximum})`);
  return checks.length ? `${base}.pipe(z.number()${checks.join("")})` : base;
}

function withNullable(expression: string, schema: { nullable?: boolean; type?: string | string[] }): string {
  const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  return nullable ? `${expression}.nullable()` : expression;
}

function collectRefs(schema: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) collectRefs(item, prefix, out);
  } else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(prefix))
        out.add(value.slice(prefix.length));
      else if (key !== "examples" && key !== "example") collectRefs(value, prefix, out);
    }
  }
}

function topologicalOrder(schemas: Record<string, JsonSchema>, prefix: string): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting")
      throw new Error(`recursive schema ${[...trail, name].join(" -> ")} is not supported`);
    if (!schemas[name]) throw new Error(`$ref to missing schema ${name} (from ${trail.at(-1)})`);
    state.set(name, "visiting");
    const refs = new Set<string>();
    collectRefs(schemas[name], prefix, refs);
    for (const ref of [...refs].sort()) visit(ref, [...trail, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const name of Object.keys(schemas).sort()) visit(name, []);
  return order;
}
