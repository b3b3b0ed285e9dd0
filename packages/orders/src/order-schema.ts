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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The integer in `text` at [start, end) (digits only; the schema's pattern already fixed the form). */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

// The pattern fixes the form (`2024-04-16T06:51:02.000Z`); this rejects 2024-02-30, 2023-02-29 and 25:00.
// Field arithmetic instead of a Date round trip: it runs for every time of every order.
function isCalendarTime(text: string): boolean {
  if (text.length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 84) {
    const time = Date.parse(text);
    return !Number.isNaN(time) && new Date(time).toISOString() === text;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return (
    days !== undefined &&
    day >= 1 &&
    day <= days &&
    digitsAt(text, 11, 13) <= 23 &&
    digitsAt(text, 14, 16) <= 59 &&
    digitsAt(text, 17, 19) <= 59
  );
}

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
