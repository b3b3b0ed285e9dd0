/**
 * The spec conventions of packages/codegen/README.md, read once: every JSON Schema the specs use becomes a
 * {@link SchemaNode}, and both emitters (zod in zod.ts, compiled validators in validators.ts) print from these
 * nodes. One reading for both is what keeps a zod schema and its compiled validator accepting the same
 * documents.
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

/** One property of an object node, in the spec's order. */
export interface PropertyNode {
  key: string;
  node: SchemaNode;
  required: boolean;
}

/**
 * What a schema means once the conventions are applied. `integer`/`number` accept JSON numbers and
 * lossless-parsed `LosslessNumber`s, checked on the number they decode to; `decimal` and `id` are the
 * `format: decimal` / `format: id` values; `enum` and `integerEnum` exist only for closed enums
 * (`x-orderbridge-closed-enum: true`) — an open enum is its base type.
 */
export type SchemaNode =
  | { kind: "ref"; name: string }
  | { kind: "nullable"; inner: SchemaNode }
  | { kind: "union"; members: SchemaNode[] }
  | { kind: "intersection"; members: SchemaNode[] }
  | { kind: "literal"; value: unknown }
  | { kind: "decimal" }
  | { kind: "id" }
  | { kind: "null" }
  | { kind: "unknown" }
  | { kind: "string"; minLength?: number; maxLength?: number; pattern?: string; format?: string }
  | { kind: "enum"; values: unknown[] }
  | { kind: "integer"; minimum?: number; maximum?: number }
  | { kind: "integerEnum"; values: unknown[] }
  | { kind: "number"; minimum?: number; maximum?: number }
  | { kind: "boolean" }
  | { kind: "array"; items: SchemaNode; minItems?: number; maxItems?: number }
  | { kind: "object"; properties: PropertyNode[]; closed: boolean }
  | { kind: "record"; values: SchemaNode };

export type NodeKind = SchemaNode["kind"];

/** Reads one schema. `refPrefix` is `#/components/schemas/` or `#/$defs/`. */
export function readSchema(schema: JsonSchema, refPrefix: string): SchemaNode {
  if (schema.$ref) {
    if (!schema.$ref.startsWith(refPrefix)) throw new Error(`unsupported $ref ${schema.$ref}`);
    return { kind: "ref", name: schema.$ref.slice(refPrefix.length) };
  }
  if (schema.oneOf || schema.anyOf) {
    const members = (schema.oneOf ?? schema.anyOf)!.map((member) => readSchema(member, refPrefix));
    return withNullable(members.length === 1 ? members[0]! : { kind: "union", members }, isNullable(schema));
  }
  if (schema.allOf) {
    const members = schema.allOf.map((member) => readSchema(member, refPrefix));
    return members.length === 1 ? members[0]! : { kind: "intersection", members };
  }
  if (schema.const !== undefined) return { kind: "literal", value: schema.const };

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes("null") || schema.nullable === true;
  const concrete = types.filter((t) => t !== "null");

  if (schema.format === "decimal") return withNullable({ kind: "decimal" }, nullable);
  if (schema.format === "id") return withNullable({ kind: "id" }, nullable);
  if (concrete.length === 0) {
    // `type: "null"` alone (a member of a oneOf) is null, not "anything or null".
    if (types.length > 0 && nullable) return { kind: "null" };
    if (schema.properties) return withNullable(readObject(schema, refPrefix), nullable);
    return withNullable({ kind: "unknown" }, nullable);
  }
  const members = concrete.map((type) => readType(type, schema, refPrefix));
  return withNullable(members.length === 1 ? members[0]! : { kind: "union", members }, nullable);
}

function readType(type: string, schema: JsonSchema, refPrefix: string): SchemaNode {
  const closedEnum = schema["x-orderbridge-closed-enum"] === true && schema.enum;
  switch (type) {
    case "string":
      if (closedEnum) return { kind: "enum", values: schema.enum! };
      return pick({ kind: "string" }, schema, ["minLength", "maxLength", "pattern", "format"]);
    case "integer":
      if (closedEnum) return { kind: "integerEnum", values: schema.enum! };
      return pick({ kind: "integer" }, schema, ["minimum", "maximum"]);
    case "number":
      return pick({ kind: "number" }, schema, ["minimum", "maximum"]);
    case "boolean":
      return { kind: "boolean" };
    case "array":
      return pick(
        { kind: "array", items: schema.items ? readSchema(schema.items, refPrefix) : { kind: "unknown" } },
        schema,
        ["minItems", "maxItems"],
      );
    case "object":
      return readObject(schema, refPrefix);
    default:
      throw new Error(`unsupported type ${type}`);
  }
}

function readObject(schema: JsonSchema, refPrefix: string): SchemaNode {
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}).map(([key, value]) => ({
    key,
    node: readSchema(value, refPrefix),
    required: required.has(key),
  }));
  if (properties.length === 0 && typeof schema.additionalProperties === "object") {
    return { kind: "record", values: readSchema(schema.additionalProperties, refPrefix) };
  }
  return { kind: "object", properties, closed: schema.additionalProperties === false };
}

function isNullable(schema: JsonSchema): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
}

function withNullable(node: SchemaNode, nullable: boolean): SchemaNode {
  return nullable ? { kind: "nullable", inner: node } : node;
}

function pick<N extends SchemaNode>(node: N, schema: JsonSchema, keys: string[]): N {
  const out: Record<string, unknown> = { ...node };
  for (const key of keys) if (schema[key] !== undefined) out[key] = schema[key];
  return out as N;
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

/**
 * Schema names with every referenced schema before its users (names sorted otherwise), so the output
 * does not depend on the spec's key order. Refuses recursion and refs to missing schemas.
 */
export function topologicalOrder(schemas: Record<string, JsonSchema>, prefix: string): string[] {
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

/** Every schema in dependency order, read into nodes. */
export function readSchemas(
  schemas: Record<string, JsonSchema>,
  refPrefix: string,
): { name: string; node: SchemaNode }[] {
  return topologicalOrder(schemas, refPrefix).map((name) => ({
    name,
    node: readSchema(schemas[name]!, refPrefix),
  }));
}
