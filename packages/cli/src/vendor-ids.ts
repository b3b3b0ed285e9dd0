/** The vendor ids orderbridge speaks to, in the order commands list them. */
export const VENDOR_IDS = ["yopoint", "baifude", "yikayi"] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export function isVendorId(value: string): value is VendorId {
  return (VENDOR_IDS as readonly string[]).includes(value);
}
