import { md5Hex } from "@orderbridge/core";

/**
 * The string Yopoint signs (docs/vendors/yopoint.md §2.1): every parameter except `sign`, sorted by name (plain code-unit
 * order, which is ASCII order for Yopoint's parameter names), joined as `key=value&key=value` with the raw values —
 * not URL-encoded — then `&` and the secret.
 *
 * @example
 * signingString({ appid: "1", method: "api.test" }, "s3cr3t"); // "appid=1&method=api.test&s3cr3t"
 */
export function signingString(parameters: Readonly<Record<string, string>>, secret: string): string {
  const joined = Object.keys(parameters)
    .filter((key) => key !== "sign")
    .sort()
    .map((key) => `${key}=${parameters[key]}`)
    .join("&");
  return `${joined}&${secret}`;
}

/**
 * Yopoint's `sign`: lower-case hex MD5 of the UTF-8 bytes of {@link signingString}.
 *
 * @example
 * signParameters({ appid: "930859529955", method: "consumer.order.get", … }, appSecret); // "cffb2a0c…"
 */
export function signParameters(parameters: Readonly<Record<string, string>>, secret: string): string {
  return md5Hex(signingString(parameters, secret));
}
