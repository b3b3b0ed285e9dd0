import { md5HexUpper } from "@orderbridge/core";

/**
 * Serializes the business parameters into the `data` string that is both sent and signed.
 *
 * Non-ASCII characters are written as `\uXXXX` escapes, as the official PHP SDK's `json_encode` does
 * (docs/vendors/yikayi.md §2.2): the docs do not say which byte encoding the server hashes, and ASCII-only text
 * makes the MD5 input the same under every encoding. Key order is the caller's (D1's order).
 *
 * @example
 * encodeYikayiData({ where: "TrueName = '张三'" }); // '{"where":"TrueName = \'\\u5f20\\u4e09\'"}'
 */
export function encodeYikayiData(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The 1card1 request signature (D1): `upper(md5(OpenId + Secret + Timestamp + data))`, 32 upper-case hex
 * digits, over the EXACT `data` string that is sent — the server hashes the received text, not a
 * canonical form (docs/vendors/yikayi.md §2.2), so sign what you send and send what you signed.
 *
 * @example
 * signYikayiRequest({ openId: "0123456789ABCDEF0123456789ABCDEF", secret: "ABC123", timestamp: "1466567648",
 *   data: '{"userAccount":"10003","where":" 1=1 and cardId=\'13632651195\' ","pageIndex":0,"pageSize":10,"orderBy":" cardId desc"}' });
 * // "B8D8261FD17785AA9E15A1E266B71B4D"
 */
export function signYikayiRequest(parts: {
  openId: string;
  secret: string;
  timestamp: string;
  data: string;
}): string {
  return md5HexUpper(parts.openId + parts.secret + parts.timestamp + parts.data);
}
