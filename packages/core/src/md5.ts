import { createHash, timingSafeEqual } from "node:crypto";

/** MD5 of the UTF-8 bytes of `input`, as lower-case hex. */
export function md5Hex(input: string | Uint8Array): string {
  return createHash("md5").update(input).digest("hex");
}

/** MD5 as upper-case hex (1card1 signs this way). */
export function md5HexUpper(input: string | Uint8Array): string {
  return md5Hex(input).toUpperCase();
}

/**
 * Compares two signatures in constant time (for equal lengths), so a forger cannot learn how many
 * leading characters were right. Case-insensitive for hex signatures when `ignoreCase` is set.
 */
export function signaturesEqual(expected: string, received: string, ignoreCase = false): boolean {
  const a = Buffer.from(ignoreCase ? expected.toLowerCase() : expected, "utf8");
  const b = Buffer.from(ignoreCase ? received.toLowerCase() : received, "utf8");
  if (a.length !== b.length) {
    // Still spend the comparison so timing does not reveal the length check alone.
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}
