import { createHash } from "node:crypto";

/**
 * What the simulator's signature check sees of a request. Structurally the same as the client's
 * `BaifudeSignInput`, so one alternative signer function can configure both sides of a test.
 */
export interface BaifudeSimulatorSignInput {
  path: string;
  /** Every query parameter (business calls) or form field (token request) except `sign`. */
  params: Readonly<Record<string, string>>;
  /** The request body exactly as received (`""` for the form-encoded token request). */
  body: string;
  appSecret: string;
}

export type BaifudeSimulatorSigner = (input: BaifudeSimulatorSignInput) => string;

/**
 * The simulator's own copy of the default rule (docs/vendors/baifude.md §3.4 C-S1, MD5 digest), written
 * apart from the client's on purpose so a bug in one is caught by the other:
 * sorted `k=v&…` over the parameters + `_body` + `appsecret`, empty values dropped, lower-case MD5 hex.
 */
export const simulatorDefaultSigner: BaifudeSimulatorSigner = ({ params, body, appSecret }) => {
  const pairs: [string, string][] = Object.entries(params).filter(([key]) => key !== "sign");
  pairs.push(["appsecret", appSecret]);
  if (body.length > 0) pairs.push(["_body", body]);
  const canonical = pairs
    .filter(([, value]) => value.length > 0)
    .sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1))
    .map(([key, value]) => key + "=" + value)
    .join("&");
  return createHash("md5").update(Buffer.from(canonical, "utf8")).digest("hex");
};
