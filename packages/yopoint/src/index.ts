/**
 * @orderbridge/yopoint — typed, signed client for the Yopoint (友朋) operator open platform.
 * Types and zod schemas are generated from specs/yopoint.openapi.yaml (see src/generated/).
 */
import { CabinetOrderSchema } from "./generated/schemas.js";

export type * from "./generated/openapi.js";
export * as schemas from "./generated/schemas.js";

/** The vendor id. */
export const VENDOR = "yopoint";

/** A cabinet order as `client.orders()` yields it (validated by the spec's `CabinetOrder` schema). */
export const YopointCabinetOrderSchema = CabinetOrderSchema;
export type YopointCabinetOrder = import("./generated/schemas.js").CabinetOrder;
/** What `client.orders()` yields: a cabinet order from `cabinet.order.list`. */
export type YopointOrder = YopointCabinetOrder;
