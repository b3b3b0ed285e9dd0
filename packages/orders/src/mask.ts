import { isLosslessNumber, LosslessNumber } from "@orderbridge/core/json";
import { maskPersonalData } from "@orderbridge/core/redact";
import type { OrderKind, Vendor } from "./generated/order.js";
import { isOrderKind, isVendor, KINDS_BY_VENDOR } from "./vendors.js";

/**
 * Personal data by field name, per kind of vendor record. A name alone (`Mobile`) matches at any depth; a
 * `Parent.Name` entry only under that parent (a `UserVO.ImageUrl` is a face, a `ProductVO.ImageUrl` is not).
 */
export const PERSONAL_FIELDS: Readonly<Record<OrderKind, readonly string[]>> = {
  cabinet: [
    "OpenID", // payer's WeChat open id / Alipay user id
    "ClientIPAddress",
    "UserVO.LastIPAddress",
    "UserVO.NickName",
    "UserVO.ImageUrl", // the user's avatar
    "UserVO.Province",
    "UserVO.City",
    "MemberVO.Mobile",
    "MemberVO.NickName",
    "TradeRawData.buyerLogonId", // the payer's Alipay login (a phone number or e-mail)
    "TradeRawData.buyerUserId", // the payer's Alipay user id
    "PayExtend.AgreementNo", // the payer's Alipay agreement
  ],
  vending: [
    "UserVO.OpenID",
    "UserVO.LastIPAddress",
    "UserVO.NickName",
    "UserVO.ImageUrl",
    "UserVO.Province",
    "UserVO.City",
    "MemberVO.Mobile",
    "MemberVO.NickName",
  ],
  welfare_mall: [
    "receiver", // 收货人: a name, or in the docs' example a phone number
    "bfdAccount", // the employee's login (a mobile number in the example)
    "bfdUserId",
    "cardId", // 卡号/账户ID/三方支付流水号
    "refundAccount",
  ],
  online_mall: [
    "CardId", // membership card number; often the member's mobile number
    "TrueName",
    "Mobile",
    "Province",
    "City",
    "County",
    "Address",
    "Postcode",
    "Receiver",
    "ReceiverMobile",
  ],
  in_store: ["CardId", "TrueName"],
};

/** Field names that hold personal data whatever the vendor (case-insensitive, part of the name). */
const PERSONAL_NAME = /mobile|phone|openid|ipaddress|nickname|truename|receiver|address/i;

/** A mainland mobile number inside any text (`13800138000`, `+8613800138000`), not part of a longer number. */
const MOBILE_IN_TEXT = /(?<![0-9])(?:\+?86)?1[3-9][0-9]{9}(?![0-9])/g;
/** An IPv4 address inside any text. */
const IPV4_IN_TEXT = /(?<![0-9.])(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}(?![0-9.])/g;
const MOBILE_NUMBER = /^(?:86)?1[3-9][0-9]{9}$/;

function maskText(text: string): string {
  return text
    .replace(MOBILE_IN_TEXT, (m) => `${m.slice(0, -8)}****${m.slice(-4)}`)
    .replace(IPV4_IN_TEXT, (_m, a: string, b: string) => `${a}.${b}.*.*`);
}

function fieldsFor(vendor: string, kind: OrderKind | undefined): { names: Set<string>; paths: Set<string> } {
  const kinds: readonly OrderKind[] =
    kind !== undefined && isOrderKind(kind) ? [kind] : isVendor(vendor) ? KINDS_BY_VENDOR[vendor] : [];
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const k of kinds) {
    for (const field of PERSONAL_FIELDS[k]) (field.includes(".") ? paths : names).add(field);
  }
  return { names, paths };
}

/**
 * A deep copy of a vendor record (as parsed losslessly: `LosslessNumber`s are kept, with their text) with
 * personal data masked, for keeping a record that failed to normalize without `--include-personal-data`.
 *
 * Masked: every field named in {@link PERSONAL_FIELDS} for the record's kind (all the vendor's kinds when
 * `kind` is not given), every field whose name says mobile, phone, open id, IP address, nick or true name,
 * receiver or address, whatever the vendor — the whole value, with core's `maskPersonalData`
 * (`138****8000`); and, by value shape anywhere in the record, any mobile number or IPv4 address inside
 * text (`请送到13800138000` -> `请送到138****8000`) and any number that is a mobile number.
 *
 * @example
 * maskRecord("yikayi", parseJsonLossless(text)); // Mobile "13632651195" -> "136****1195"
 */
export function maskRecord(vendor: Vendor | string, raw: unknown, kind?: OrderKind): unknown {
  const { names, paths } = fieldsFor(vendor, kind);
  const personal = (parent: string | undefined, key: string) =>
    names.has(key) || PERSONAL_NAME.test(key) || (parent !== undefined && paths.has(`${parent}.${key}`));
  const copy = (value: unknown, whole: boolean, parent: string | undefined): unknown => {
    if (value === null || value === undefined || typeof value === "boolean") return value;
    if (typeof value === "string") return whole && value !== "" ? maskPersonalData(value) : maskText(value);
    if (typeof value === "number" || isLosslessNumber(value)) {
      const text = typeof value === "number" ? String(value) : (value as LosslessNumber).value;
      if (whole || MOBILE_NUMBER.test(text)) return maskPersonalData(text);
      return typeof value === "number" ? value : new LosslessNumber(text);
    }
    if (Array.isArray(value)) return value.map((item) => copy(item, whole, parent));
    if (typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        out[key] = copy(item, whole || personal(parent, key), key);
      }
      return out;
    }
    return value;
  };
  return copy(raw, false, undefined);
}
