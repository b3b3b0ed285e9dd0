/**
 * The vendor ids and kinds of sale orderbridge speaks to, in the order commands list them. A copy of
 * `VENDORS`, `ORDER_KINDS` and `KINDS_BY_VENDOR` of `@orderbridge/orders` (a test keeps them equal): this module
 * is loaded by `--help` and option parsing, which must not pay for loading zod and the mappers.
 */
export const VENDOR_IDS = ["yopoint", "baifude", "yikayi"] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export function isVendorId(value: string): value is VendorId {
  return (VENDOR_IDS as readonly string[]).includes(value);
}

/** Every kind of sale, in the order of the vendors that offer them. */
export const KIND_IDS = ["cabinet", "vending", "welfare_mall", "online_mall", "in_store"] as const;
export type KindId = (typeof KIND_IDS)[number];

/** The kinds of sale (the streams) each vendor's accounts hold; the first is what `orders()` has always synced. */
export const KINDS_OF_VENDOR: Readonly<Record<VendorId, readonly KindId[]>> = {
  yopoint: ["cabinet", "vending"],
  baifude: ["welfare_mall"],
  yikayi: ["online_mall", "in_store"],
};

export function isKindId(value: string): value is KindId {
  return (KIND_IDS as readonly string[]).includes(value);
}

/** The vendor that offers a kind of sale. */
export function vendorOfKind(kind: KindId): VendorId {
  return VENDOR_IDS.find((vendor) => KINDS_OF_VENDOR[vendor].includes(kind))!;
}
