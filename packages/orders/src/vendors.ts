import type { Vendor } from "./generated/order.js";

/** Every vendor orderbridge can normalize, in the order the docs list them. */
export const VENDORS = ["yopoint", "baifude", "yikayi"] as const satisfies readonly Vendor[];

/** Whether `value` is a vendor id orderbridge knows. */
export function isVendor(value: unknown): value is Vendor {
  return typeof value === "string" && (VENDORS as readonly string[]).includes(value);
}
