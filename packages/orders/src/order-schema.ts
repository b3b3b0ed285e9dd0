import type { z } from "zod";
import { orderJsonSchema } from "./generated/order.schema.js";
import { OrderSchema as GeneratedOrderSchema } from "./generated/order.zod.js";

export { orderJsonSchema };

interface SchemaNode {
  $ref?: string;
  type?: string | readonly string[];
  format?: string;
  minimum?: number;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const definitions = orderJsonSchema.$defs as unknown as Record<string, SchemaNode>;

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(definitions[node.$ref.replace("#/$defs/", "")]!) : node;
}

// The pattern fixes the form (`2024-04-16T06:51:02.000Z`); a Date round trip rejects 2024-02-30 and 25:00.
function isCalendarTime(text: string): boolean {
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
}

/**
 * Checks what the zod emitter cannot express (`minimum`, and that a `date-time` is a real calendar time),
 * driven by the JSON Schema itself so the two cannot drift. The generated zod schema already checks shape,
 * types, enums and the date-time pattern.
 */
function checkKeywords(node: SchemaNode, value: unknown, path: PropertyKey[], ctx: z.RefinementCtx): void {
  const schema = resolve(node);
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum) {
    ctx.addIssue({ code: "custom", path, message: `must be >= ${schema.minimum}, received ${value}` });
  }
  if (typeof value === "string" && schema.format === "date-time" && !isCalendarTime(value)) {
    ctx.addIssue({ code: "custom", path, message: `not a real calendar time: ${value}` });
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => {
      checkKeywords(schema.items!, item, [...path, index], ctx);
    });
  } else if (value !== null && typeof value === "object" && schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) checkKeywords(child, item, [...path, key], ctx);
    }
  }
}

/**
 * The zod schema of the unified Order: generated from specs/order.schema.json (shape, types, enums,
 * patterns), plus the keywords the generator cannot emit (`minimum`, calendar-valid date-times). A test
 * proves it accepts exactly what Ajv accepts against {@link orderJsonSchema}.
 *
 * @example
 * const result = OrderSchema.safeParse(JSON.parse(line));
 * if (!result.success) console.error(result.error.issues);
 */
export const OrderSchema = GeneratedOrderSchema.superRefine((order, ctx) =>
  checkKeywords(orderJsonSchema as unknown as SchemaNode, order, [], ctx),
);
