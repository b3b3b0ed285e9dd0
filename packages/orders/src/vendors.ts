import type { OrderKind, Vendor } from "./generated/order.js";

/** Every vendor orderbridge can normalize, in the order the docs list them. */
export const VENDORS = ["yopoint", "baifude", "yikayi"] as const satisfies readonly Vendor[];

/** Whether `value` is a vendor id orderbridge knows. */
export function isVendor(value: unknown): value is Vendor {
  return typeof value === "string" && (VENDORS as readonly string[]).includes(value);
}

/** Every kind of sale, in the order of the vendors that offer them. */
export const ORDER_KINDS = [
  "cabinet",
  "vending",
  "welfare_mall",
  "online_mall",
  "in_store",
] as const satisfies readonly OrderKind[];

/** The kinds of sale each vendor's accounts hold; the first is the one a vendor's `orders()` has always synced. */
export const KINDS_BY_VENDOR = {
  yopoint: ["cabinet", "vending"],
  baifude: ["welfare_mall"],
  yikayi: ["online_mall", "in_store"],
} as const satisfies Record<Vendor, readonly OrderKind[]>;

/** The vendor that offers a kind of sale. */
export const VENDOR_OF_KIND = {
  cabinet: "yopoint",
  vending: "yopoint",
  welfare_mall: "baifude",
  online_mall: "yikayi",
  in_store: "yikayi",
} as const satisfies Record<OrderKind, Vendor>;

/** Whether `value` is a kind of sale orderbridge knows. */
export function isOrderKind(value: unknown): value is OrderKind {
  return typeof value === "string" && (ORDER_KINDS as readonly string[]).includes(value);
}
