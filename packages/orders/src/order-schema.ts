import { isCalendarTime } from "@orderbridge/core/validator-runtime";
import type { z } from "zod";
import { orderJsonSchema } from "./generated/order.schema.js";
import { OrderSchema as GeneratedOrderSchema } from "./generated/order.zod.js";

export { orderJsonSchema };

interface SchemaNode {
  $ref?: string;
  format?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const definitions = orderJsonSchema.$defs as unknown as Record<string, SchemaNode>;

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(definitions[node.$ref.replace("#/$defs/", "")]!) : node;
}

/** Every path to a `format: date-time` value, read once from the JSON Schema (`"*"` = any array index). */
function dateTimePaths(node: SchemaNode, path: string[] = [], seen = new Set<SchemaNode>()): string[][] {
  const schema = resolve(node);
  if (seen.has(schema)) return [];
  if (schema.format === "date-time") return [path];
  const next = new Set(seen).add(schema);
  if (schema.items) return dateTimePaths(schema.items, [...path, "*"], next);
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
    dateTimePaths(child, [...path, key], next),
  );
}

const DATE_TIME_PATHS = dateTimePaths(orderJsonSchema as unknown as SchemaNode);

function checkCalendarTimes(
  value: unknown,
  path: readonly string[],
  at: number,
  trail: PropertyKey[],
  ctx: z.RefinementCtx,
) {
  if (at === path.length) {
    if (typeof value === "string" && !isCalendarTime(value)) {
      ctx.addIssue({ code: "custom", path: trail, message: `not a real calendar time: ${value}` });
    }
    return;
  }
  const step = path[at]!;
  if (step === "*") {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) checkCalendarTimes(value[i], path, at + 1, [...trail, i], ctx);
    }
  } else if (value !== null && typeof value === "object") {
    const item = (value as Record<string, unknown>)[step];
    if (item !== undefined) checkCalendarTimes(item, path, at + 1, [...trail, step], ctx);
  }
}

/**
 * The zod schema of the unified Order: generated from specs/order.schema.json (shape, types, enums,
 * patterns, minimum/maximum), plus the one keyword the generator cannot emit: that a `date-time` is a real
 * calendar time. The date-time places are read from the JSON Schema once, so the two cannot drift, and
 * only those places are visited per order. A test proves it accepts exactly what Ajv accepts against
 * {@link orderJsonSchema}.
 *
 * @example
 * const result = OrderSchema.safeParse(JSON.parse(line));
 * if (!result.success) console.error(result.error.issues);
 */
export const OrderSchema = GeneratedOrderSchema.superRefine((order, ctx) => {
  for (const path of DATE_TIME_PATHS) checkCalendarTimes(order, path, 0, [], ctx);
});
