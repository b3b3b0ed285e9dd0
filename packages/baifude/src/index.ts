import { ResponseDataSchema } from "./generated/schemas.js";

/** The vendor id every error and record carries. */
export const VENDOR = "baifude";

/**
 * One Baifude pay order (支付单) as 4.1 批量查询支付单明细 returns it — goods lines, payment flows, refund
 * orders with their refund flows — validated. This is what `client.orders()` yields.
 */
export const BaifudePayOrderSchema = ResponseDataSchema;
/** A validated Baifude pay order (zod output of {@link BaifudePayOrderSchema}). */
export type BaifudeOrder = import("zod").output<typeof BaifudePayOrderSchema>;

export type { components, operations, paths } from "./generated/openapi.js";
export type * from "./generated/schemas.js";
export * as schemas from "./generated/schemas.js";
