import { createHash } from "node:crypto";

/**
 * What a signer sees of one request: the path, every public parameter that will be sent except `sign`
 * (`access_token`, `timestamp`, `version` for business calls; the form fields for the token request),
 * the exact body text that will be sent (`""` when the parameters are the body), and the app secret.
 */
export interface BaifudeSignInput {
  path: string;
  params: Readonly<Record<string, string>>;
  body: string;
  appSecret: string;
}

/** Computes the `sign` query parameter. Synchronous and pure, so it is easy to swap and to test. */
export type BaifudeSigner = (input: BaifudeSignInput) => string;

/**
 * The default signer: 关爱通 (Guanaitong)'s rule with an MD5 digest — docs/vendors/baifude.md §3.4 C-S1.
 *
 * Why this candidate: the signing rule is not public, but Baifude's doc pages copy Guanaitong's
 * public-parameter table and request examples word for word (§3.3), and the one sample `sign` is 32 hex
 * characters — an MD5 length, where Guanaitong's SHA-1 would give 40. It also covers the body, so a
 * tampered body is refused, which the other common candidates (C-S2's data field aside) do not all do.
 *
 * Rule: every parameter except `sign`, plus `_body` = the exact JSON text sent (when there is a body)
 * and `appsecret` = the app secret; empty values dropped; keys sorted by code point; joined as
 * `k=v` with `&`; lower-case hex MD5 of the UTF-8 bytes.
 *
 * @example
 * signGuanaitongMd5({ path: "/openApi/open/order/getList", params: { access_token: "abc", timestamp: "1597300776947" },
 *   body: '{"paySnList":["217132502617316312401131698"]}', appSecret: "s3cret" }); // 32 hex characters
 */
export const signGuanaitongMd5: BaifudeSigner = ({ params, body, appSecret }) => {
  const entries: Record<string, string> = { ...params, appsecret: appSecret };
  if (body) entries._body = body;
  delete entries.sign;
  const text = Object.keys(entries)
    .filter((key) => entries[key] !== "")
    .sort(compareCodePoints)
    .map((key) => `${key}=${entries[key]}`)
    .join("&");
  return createHash("md5").update(text, "utf8").digest("hex");
};

/**
 * An alternative candidate: 分贝通 (Fenbeitong)'s rule — docs/vendors/baifude.md §3.4 C-S2 —
 * `md5("timestamp=" + ts + "&data=" + body + "&sign_key=" + secret)`, lower-case hex. For the token
 * request (no JSON body) `data` is the form fields other than timestamp and sign, sorted, as `k=v&…`.
 *
 * @example
 * createClient({ appKey, appSecret, baseUrl, signer: signFenbeitongMd5 });
 */
export const signFenbeitongMd5: BaifudeSigner = ({ params, body, appSecret }) => {
  const data =
    body ||
    Object.keys(params)
      .filter((key) => key !== "timestamp" && key !== "sign")
      .sort(compareCodePoints)
      .map((key) => `${key}=${params[key]}`)
      .join("&");
  return createHash("md5")
    .update(`timestamp=${params.timestamp ?? ""}&data=${data}&sign_key=${appSecret}`, "utf8")
    .digest("hex");
};

/** The named signers `BAIFUDE_SIGNER` can choose. */
export const BAIFUDE_SIGNERS: Readonly<Record<string, BaifudeSigner>> = {
  "guanaitong-md5": signGuanaitongMd5,
  "fenbeitong-md5": signFenbeitongMd5,
};

// Java's TreeMap<String,…> orders keys by UTF-16 code unit; for the ASCII keys used here that is the
// same as code-point order, and unlike localeCompare it does not depend on the machine's locale.
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
