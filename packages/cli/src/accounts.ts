import { createHash } from "node:crypto";

/**
 * How a vendor account is named wherever orderbridge shows or keys it: progress lines, the summary, `status`,
 * `failed`, and the store's `account` column (checkpoints, failed records, sync runs).
 *
 * Yopoint and Baifude accounts are named by their app id / app key: identifiers the vendor prints in its console,
 * not secrets. A 1card1 account's only identifier is its OpenId, which travels with every request as a credential
 * (orderbridge redacts it from debug logs like the Secret). So a 1card1 account is named by a short, stable hash of
 * the OpenId instead: `oid-` and the first 12 hex digits of its SHA-256. The OpenId is 32 random hex digits, so the
 * hash does not give it away, and the same OpenId always gives the same name (checkpoints stay put).
 *
 * @example
 * yikayiAccountName("0123456789ABCDEF0123456789ABCDEF"); // "oid-…" (12 hex digits)
 */
export function yikayiAccountName(openId: string): string {
  const trimmed = openId.trim();
  if (trimmed === "") return "";
  return `${YIKAYI_ACCOUNT_PREFIX}${createHash("sha256").update(trimmed).digest("hex").slice(0, 12)}`;
}

/** What every 1card1 account name starts with (a raw OpenId, 32 hex digits, never does). */
export const YIKAYI_ACCOUNT_PREFIX = "oid-";

/**
 * An account as stored, the way it is shown. Stores written before 1card1 accounts were named by a hash
 * (release 0.1.0 and its successors up to this one) keep the raw OpenId in their checkpoints and failed records;
 * such a value is shown as the name it has now, so the OpenId never reaches the screen and the old rows group
 * with the new ones.
 */
export function displayAccount(vendor: string, stored: string): string {
  if (vendor === "yikayi" && stored !== "" && !stored.startsWith(YIKAYI_ACCOUNT_PREFIX))
    return yikayiAccountName(stored);
  return stored;
}
