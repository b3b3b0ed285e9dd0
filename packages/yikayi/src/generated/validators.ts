// This file is generated. Do not edit it by hand.
// Source: specs/yikayi.openapi.yaml — regenerate with `pnpm generate` (orderbridge-codegen validators).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import {
  type Fields,
  isDecimal,
  isInteger,
  isIntegerBetween,
  isObject,
  issuesDecimal,
  issuesInteger,
  issuesString,
  type Key,
  notOneOf,
  type Path,
  unknownField,
  type ValidationIssue,
  wrongType,
} from "@orderbridge/core/validator-runtime";

export type { ValidationIssue, ValidationIssueCode } from "@orderbridge/core/validator-runtime";

const PATTERN_1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$");
const PATTERN_2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?$");

function isDeclared1(key: string): boolean {
  switch (key) {
    case "Guid":
    case "CardId":
    case "TrueName":
    case "BillNumber":
    case "Meno":
    case "IsUndo":
    case "TotalMoney":
    case "TotalPaid":
    case "PaidMoney":
    case "PaidValue":
    case "PaidPoint":
    case "Point":
    case "StoreName":
    case "UserAccount":
    case "OperateTime":
      return true;
    default:
      return false;
  }
}

function isDeclared2(key: string): boolean {
  switch (key) {
    case "Guid":
    case "GoodsItemGuid":
    case "Barcode":
    case "GoodItemName":
    case "TotalMoney":
    case "Number":
    case "OldPrice":
    case "PaidMoney":
    case "Discount":
    case "Point":
    case "Meno":
      return true;
    default:
      return false;
  }
}

function isDeclared3(key: string): boolean {
  switch (key) {
    case "status":
    case "total":
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared4(key: string): boolean {
  switch (key) {
    case "guid":
    case "userAccount":
      return true;
    default:
      return false;
  }
}

function isDeclared5(key: string): boolean {
  switch (key) {
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared6(key: string): boolean {
  switch (key) {
    case "status":
    case "message":
    case "total":
      return true;
    default:
      return false;
  }
}

function isDeclared7(key: string): boolean {
  switch (key) {
    case "status":
    case "message":
      return true;
    default:
      return false;
  }
}

function isDeclared8(key: string): boolean {
  switch (key) {
    case "BarCode":
    case "Name":
    case "Number":
    case "Price":
    case "GoodsItemSkuDesc":
    case "SkuCode":
      return true;
    default:
      return false;
  }
}

function isDeclared9(key: string): boolean {
  switch (key) {
    case "Guid":
    case "BillNumber":
    case "Status":
    case "StatusName":
    case "SubmitTime":
    case "TotalMoney":
    case "PaidMoney":
    case "PaidValue":
    case "PaidPoint":
    case "PaidCoupon":
    case "PaidOther":
    case "PaidThirdpay":
    case "ThirdpayType":
    case "ThirdPayStatus":
    case "ConsumeBillNumber":
    case "IsCashOnDeliver":
    case "IsSelfPickUp":
    case "SelfPickUpTime":
    case "SelfPickUpStoreName":
    case "AssignChainStoreGuid":
    case "AssignStoreName":
    case "CardId":
    case "TrueName":
    case "Mobile":
    case "Province":
    case "City":
    case "County":
    case "Address":
    case "Postcode":
    case "Receiver":
    case "ReceiverMobile":
    case "Meno":
    case "ItemList":
      return true;
    default:
      return false;
  }
}

function isDeclared10(key: string): boolean {
  switch (key) {
    case "Guid":
    case "CardId":
    case "TrueName":
    case "Mobile":
    case "MemberGroupName":
    case "Sex":
    case "Birthday":
    case "EnablePoint":
    case "EnableValue":
    case "RegisterTime":
    case "ThirdOpenId":
      return true;
    default:
      return false;
  }
}

function isDeclared11(key: string): boolean {
  switch (key) {
    case "userAccount":
    case "where":
    case "pageIndex":
    case "pageSize":
    case "orderBy":
      return true;
    default:
      return false;
  }
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNote`

/** True when `value` is what ConsumeNoteSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumeNote(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.CardId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.TrueName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.BillNumber;
  if (!(typeof v === "string")) return false;
  v = o.Meno;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.IsUndo;
  if (v !== undefined && !(typeof v === "boolean" || isInteger(v) || typeof v === "string")) return false;
  v = o.TotalMoney;
  if (!isDecimal(v)) return false;
  v = o.TotalPaid;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidMoney;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidValue;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidPoint;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Point;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.StoreName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.UserAccount;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.OperateTime;
  if (!(typeof v === "string" && PATTERN_1.test(v))) return false;
  return true;
}

function issuesConsumeNote(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Guid;
  s |= issuesString(v, p, "Guid", out, 1, undefined, undefined);
  v = o.CardId;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "CardId", out, undefined, undefined, undefined));
  v = o.TrueName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "TrueName", out, undefined, undefined, undefined));
  v = o.BillNumber;
  s |= issuesString(v, p, "BillNumber", out, undefined, undefined, undefined);
  v = o.Meno;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Meno", out, undefined, undefined, undefined));
  v = o.IsUndo;
  if (v !== undefined) s |= (!strict && (typeof v === "boolean" || isInteger(v) || typeof v === "string") ? 0 : issuesConsumeNote$1(v, p, "IsUndo", out, strict));
  v = o.TotalMoney;
  s |= issuesDecimal(v, p, "TotalMoney", out);
  v = o.TotalPaid;
  if (v !== undefined) s |= issuesDecimal(v, p, "TotalPaid", out);
  v = o.PaidMoney;
  if (v !== undefined) s |= issuesDecimal(v, p, "PaidMoney", out);
  v = o.PaidValue;
  if (v !== undefined) s |= issuesDecimal(v, p, "PaidValue", out);
  v = o.PaidPoint;
  if (v !== undefined) s |= issuesDecimal(v, p, "PaidPoint", out);
  v = o.Point;
  if (v !== undefined) s |= issuesDecimal(v, p, "Point", out);
  v = o.StoreName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "StoreName", out, undefined, undefined, undefined));
  v = o.UserAccount;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "UserAccount", out, undefined, undefined, undefined));
  v = o.OperateTime;
  s |= issuesString(v, p, "OperateTime", out, undefined, undefined, PATTERN_1);
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumeNote` (none when `isConsumeNote` is true), each with its path from `value`. The slow path. */
export function consumeNoteIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNote(value)) issuesConsumeNote(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isConsumeNote` and has no property the spec does not declare, at any depth (exactly when `consumeNoteStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isConsumeNoteStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.CardId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.TrueName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.BillNumber;
  if (!(typeof v === "string")) return false;
  v = o.Meno;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.IsUndo;
  if (v !== undefined && !(typeof v === "boolean" || isInteger(v) || typeof v === "string")) return false;
  v = o.TotalMoney;
  if (!isDecimal(v)) return false;
  v = o.TotalPaid;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidMoney;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidValue;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidPoint;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Point;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.StoreName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.UserAccount;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.OperateTime;
  if (!(typeof v === "string" && PATTERN_1.test(v))) return false;
  for (const k in o) if (!isDeclared1(k)) return false;
  return true;
}

/** {@link consumeNoteIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function consumeNoteStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesConsumeNote(value, [], undefined, out, true);
  return out;
}

function issuesConsumeNote$1(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (typeof x === "boolean") return 0;
  if (isInteger(x)) return 0;
  if (typeof x === "string") return 0;
  const out0: ValidationIssue[] = [];
  const s0 = (typeof x === "boolean" ? 0 : wrongType(x, "true or false", path, key, out0));
  const out1: ValidationIssue[] = [];
  const s1 = issuesInteger(x, path, key, out1, undefined, undefined);
  const out2: ValidationIssue[] = [];
  const s2 = issuesString(x, path, key, out2, undefined, undefined, undefined);
  let checksOnly = 0;
  let only: ValidationIssue[] = [];
  if (!(s0 & 2)) {
    checksOnly++;
    only = out0;
  }
  if (!(s1 & 2)) {
    checksOnly++;
    only = out1;
  }
  if (!(s2 & 2)) {
    checksOnly++;
    only = out2;
  }
  if (checksOnly === 1) {
    for (const issue of only) out.push(issue);
    return 1;
  }
  return wrongType(x, "true or false or an integer or text", path, key, out);
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNoteItem`

/** True when `value` is what ConsumeNoteItemSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumeNoteItem(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string")) return false;
  v = o.GoodsItemGuid;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Barcode;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.GoodItemName;
  if (!(typeof v === "string")) return false;
  v = o.TotalMoney;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Number;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.OldPrice;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidMoney;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Discount;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Point;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Meno;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesConsumeNoteItem(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Guid;
  s |= issuesString(v, p, "Guid", out, undefined, undefined, undefined);
  v = o.GoodsItemGuid;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "GoodsItemGuid", out, undefined, undefined, undefined));
  v = o.Barcode;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Barcode", out, undefined, undefined, undefined));
  v = o.GoodItemName;
  s |= issuesString(v, p, "GoodItemName", out, undefined, undefined, undefined);
  v = o.TotalMoney;
  if (v !== undefined) s |= issuesDecimal(v, p, "TotalMoney", out);
  v = o.Number;
  if (v !== undefined) s |= issuesDecimal(v, p, "Number", out);
  v = o.OldPrice;
  if (v !== undefined) s |= issuesDecimal(v, p, "OldPrice", out);
  v = o.PaidMoney;
  if (v !== undefined) s |= issuesDecimal(v, p, "PaidMoney", out);
  v = o.Discount;
  if (v !== undefined) s |= issuesDecimal(v, p, "Discount", out);
  v = o.Point;
  if (v !== undefined) s |= issuesDecimal(v, p, "Point", out);
  v = o.Meno;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Meno", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared2(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumeNoteItem` (none when `isConsumeNoteItem` is true), each with its path from `value`. The slow path. */
export function consumeNoteItemIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNoteItem(value)) issuesConsumeNoteItem(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isConsumeNoteItem` and has no property the spec does not declare, at any depth (exactly when `consumeNoteItemStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isConsumeNoteItemStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string")) return false;
  v = o.GoodsItemGuid;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Barcode;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.GoodItemName;
  if (!(typeof v === "string")) return false;
  v = o.TotalMoney;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Number;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.OldPrice;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.PaidMoney;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Discount;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Point;
  if (v !== undefined && !isDecimal(v)) return false;
  v = o.Meno;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  for (const k in o) if (!isDeclared2(k)) return false;
  return true;
}

/** {@link consumeNoteItemIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function consumeNoteItemStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesConsumeNoteItem(value, [], undefined, out, true);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNoteItemPagedResponse`

/** True when `value` is what ConsumeNoteItemPagedResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumeNoteItemPagedResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!isConsumeNoteItemPagedResponse$1(v)) return false;
  return true;
}

function issuesConsumeNoteItemPagedResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (!strict && isConsumeNoteItemPagedResponse$1(v) ? 0 : issuesConsumeNoteItemPagedResponse$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumeNoteItemPagedResponse` (none when `isConsumeNoteItemPagedResponse` is true), each with its path from `value`. The slow path. */
export function consumeNoteItemPagedResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNoteItemPagedResponse(value)) issuesConsumeNoteItemPagedResponse(value, [], undefined, out, false);
  return out;
}

function isConsumeNoteItemPagedResponse$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isConsumeNoteItem(e)) return false;
  }
  return true;
}

function issuesConsumeNoteItemPagedResponse$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isConsumeNoteItem(e) ? 0 : issuesConsumeNoteItem(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNoteItemPagedResponse` with its records left unchecked (each record is checked on its own)

/** True when `value` is the envelope ConsumeNoteItemPagedResponseSchema describes, except that its records may be anything. The fast path: no allocation, stops at the first problem. */
export function isConsumeNoteItemPagedResponsePage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!Array.isArray(v)) return false;
  return true;
}

function issuesConsumeNoteItemPagedResponsePage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (Array.isArray(v) ? 0 : wrongType(v, "an array", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as that envelope (none when `isConsumeNoteItemPagedResponsePage` is true), each with its path from `value`. The slow path. */
export function consumeNoteItemPagedResponsePageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNoteItemPagedResponsePage(value)) issuesConsumeNoteItemPagedResponsePage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNoteItemQuery`

/** True when `value` is what ConsumeNoteItemQuerySchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumeNoteItemQuery(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.guid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.userAccount;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared4(k)) return false;
  return true;
}

function issuesConsumeNoteItemQuery(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.guid;
  s |= issuesString(v, p, "guid", out, 1, undefined, undefined);
  v = o.userAccount;
  if (v !== undefined) s |= issuesString(v, p, "userAccount", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared4(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumeNoteItemQuery` (none when `isConsumeNoteItemQuery` is true), each with its path from `value`. The slow path. */
export function consumeNoteItemQueryIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNoteItemQuery(value)) issuesConsumeNoteItemQuery(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNotePagedResponse`

/** True when `value` is what ConsumeNotePagedResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumeNotePagedResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!isConsumeNotePagedResponse$1(v)) return false;
  return true;
}

function issuesConsumeNotePagedResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (!strict && isConsumeNotePagedResponse$1(v) ? 0 : issuesConsumeNotePagedResponse$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumeNotePagedResponse` (none when `isConsumeNotePagedResponse` is true), each with its path from `value`. The slow path. */
export function consumeNotePagedResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNotePagedResponse(value)) issuesConsumeNotePagedResponse(value, [], undefined, out, false);
  return out;
}

function isConsumeNotePagedResponse$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isConsumeNote(e)) return false;
  }
  return true;
}

function issuesConsumeNotePagedResponse$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isConsumeNote(e) ? 0 : issuesConsumeNote(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumeNotePagedResponse` with its records left unchecked (each record is checked on its own)

/** True when `value` is the envelope ConsumeNotePagedResponseSchema describes, except that its records may be anything. The fast path: no allocation, stops at the first problem. */
export function isConsumeNotePagedResponsePage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!Array.isArray(v)) return false;
  return true;
}

function issuesConsumeNotePagedResponsePage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (Array.isArray(v) ? 0 : wrongType(v, "an array", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as that envelope (none when `isConsumeNotePagedResponsePage` is true), each with its path from `value`. The slow path. */
export function consumeNotePagedResponsePageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumeNotePagedResponsePage(value)) issuesConsumeNotePagedResponsePage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `DataForm`

/** True when `value` is what DataFormSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isDataForm(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.data;
  if (!(typeof v === "string" && v.length >= 2)) return false;
  return true;
}

function issuesDataForm(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.data;
  s |= issuesString(v, p, "data", out, 2, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared5(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `DataForm` (none when `isDataForm` is true), each with its path from `value`. The slow path. */
export function dataFormIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isDataForm(value)) issuesDataForm(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Envelope`

/** True when `value` is what EnvelopeSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isEnvelope(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!isInteger(v)) return false;
  v = o.message;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.total;
  if (v !== undefined && !isInteger(v)) return false;
  return true;
}

function issuesEnvelope(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= issuesInteger(v, p, "status", out, undefined, undefined);
  v = o.message;
  if (v !== undefined) s |= issuesString(v, p, "message", out, undefined, undefined, undefined);
  v = o.total;
  if (v !== undefined) s |= issuesInteger(v, p, "total", out, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared6(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Envelope` (none when `isEnvelope` is true), each with its path from `value`. The slow path. */
export function envelopeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isEnvelope(value)) issuesEnvelope(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ErrorEnvelope`

/** True when `value` is what ErrorEnvelopeSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isErrorEnvelope(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!isInteger(v)) return false;
  v = o.message;
  if (!(typeof v === "string")) return false;
  return true;
}

function issuesErrorEnvelope(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= issuesInteger(v, p, "status", out, undefined, undefined);
  v = o.message;
  s |= issuesString(v, p, "message", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ErrorEnvelope` (none when `isErrorEnvelope` is true), each with its path from `value`. The slow path. */
export function errorEnvelopeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isErrorEnvelope(value)) issuesErrorEnvelope(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `GoodsBillItem`

/** True when `value` is what GoodsBillItemSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGoodsBillItem(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (!(typeof v === "string")) return false;
  v = o.Number;
  if (!isDecimal(v)) return false;
  v = o.Price;
  if (!isDecimal(v)) return false;
  v = o.GoodsItemSkuDesc;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.SkuCode;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesGoodsBillItem(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.BarCode;
  s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.Name;
  s |= issuesString(v, p, "Name", out, undefined, undefined, undefined);
  v = o.Number;
  s |= issuesDecimal(v, p, "Number", out);
  v = o.Price;
  s |= issuesDecimal(v, p, "Price", out);
  v = o.GoodsItemSkuDesc;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "GoodsItemSkuDesc", out, undefined, undefined, undefined));
  v = o.SkuCode;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "SkuCode", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared8(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GoodsBillItem` (none when `isGoodsBillItem` is true), each with its path from `value`. The slow path. */
export function goodsBillItemIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGoodsBillItem(value)) issuesGoodsBillItem(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `GoodsBill`

/** True when `value` is what GoodsBillSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGoodsBill(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.BillNumber;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.Status;
  if (!isInteger(v)) return false;
  v = o.StatusName;
  if (!(typeof v === "string")) return false;
  v = o.SubmitTime;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.TotalMoney;
  if (!isDecimal(v)) return false;
  v = o.PaidMoney;
  if (!isDecimal(v)) return false;
  v = o.PaidValue;
  if (!isDecimal(v)) return false;
  v = o.PaidPoint;
  if (!isDecimal(v)) return false;
  v = o.PaidCoupon;
  if (!isDecimal(v)) return false;
  v = o.PaidOther;
  if (!isDecimal(v)) return false;
  v = o.PaidThirdpay;
  if (!isDecimal(v)) return false;
  v = o.ThirdpayType;
  if (!isInteger(v)) return false;
  v = o.ThirdPayStatus;
  if (!isInteger(v)) return false;
  v = o.ConsumeBillNumber;
  if (!(v === null || typeof v === "string")) return false;
  v = o.IsCashOnDeliver;
  if (!(typeof v === "boolean")) return false;
  v = o.IsSelfPickUp;
  if (!(typeof v === "boolean")) return false;
  v = o.SelfPickUpTime;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.SelfPickUpStoreName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.AssignChainStoreGuid;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.AssignStoreName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.CardId;
  if (!(typeof v === "string")) return false;
  v = o.TrueName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Mobile;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Province;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.City;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.County;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Address;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Postcode;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Receiver;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.ReceiverMobile;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Meno;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.ItemList;
  if (!isGoodsBill$1(v)) return false;
  return true;
}

function issuesGoodsBill(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Guid;
  s |= issuesString(v, p, "Guid", out, 1, undefined, undefined);
  v = o.BillNumber;
  s |= issuesString(v, p, "BillNumber", out, 1, undefined, undefined);
  v = o.Status;
  s |= issuesInteger(v, p, "Status", out, undefined, undefined);
  v = o.StatusName;
  s |= issuesString(v, p, "StatusName", out, undefined, undefined, undefined);
  v = o.SubmitTime;
  s |= issuesString(v, p, "SubmitTime", out, undefined, undefined, PATTERN_2);
  v = o.TotalMoney;
  s |= issuesDecimal(v, p, "TotalMoney", out);
  v = o.PaidMoney;
  s |= issuesDecimal(v, p, "PaidMoney", out);
  v = o.PaidValue;
  s |= issuesDecimal(v, p, "PaidValue", out);
  v = o.PaidPoint;
  s |= issuesDecimal(v, p, "PaidPoint", out);
  v = o.PaidCoupon;
  s |= issuesDecimal(v, p, "PaidCoupon", out);
  v = o.PaidOther;
  s |= issuesDecimal(v, p, "PaidOther", out);
  v = o.PaidThirdpay;
  s |= issuesDecimal(v, p, "PaidThirdpay", out);
  v = o.ThirdpayType;
  s |= issuesInteger(v, p, "ThirdpayType", out, undefined, undefined);
  v = o.ThirdPayStatus;
  s |= issuesInteger(v, p, "ThirdPayStatus", out, undefined, undefined);
  v = o.ConsumeBillNumber;
  s |= (v === null ? 0 : issuesString(v, p, "ConsumeBillNumber", out, undefined, undefined, undefined));
  v = o.IsCashOnDeliver;
  s |= (typeof v === "boolean" ? 0 : wrongType(v, "true or false", p, "IsCashOnDeliver", out));
  v = o.IsSelfPickUp;
  s |= (typeof v === "boolean" ? 0 : wrongType(v, "true or false", p, "IsSelfPickUp", out));
  v = o.SelfPickUpTime;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "SelfPickUpTime", out, undefined, undefined, undefined));
  v = o.SelfPickUpStoreName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "SelfPickUpStoreName", out, undefined, undefined, undefined));
  v = o.AssignChainStoreGuid;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "AssignChainStoreGuid", out, undefined, undefined, undefined));
  v = o.AssignStoreName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "AssignStoreName", out, undefined, undefined, undefined));
  v = o.CardId;
  s |= issuesString(v, p, "CardId", out, undefined, undefined, undefined);
  v = o.TrueName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "TrueName", out, undefined, undefined, undefined));
  v = o.Mobile;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Mobile", out, undefined, undefined, undefined));
  v = o.Province;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Province", out, undefined, undefined, undefined));
  v = o.City;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "City", out, undefined, undefined, undefined));
  v = o.County;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "County", out, undefined, undefined, undefined));
  v = o.Address;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Address", out, undefined, undefined, undefined));
  v = o.Postcode;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Postcode", out, undefined, undefined, undefined));
  v = o.Receiver;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Receiver", out, undefined, undefined, undefined));
  v = o.ReceiverMobile;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "ReceiverMobile", out, undefined, undefined, undefined));
  v = o.Meno;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Meno", out, undefined, undefined, undefined));
  v = o.ItemList;
  s |= (!strict && isGoodsBill$1(v) ? 0 : issuesGoodsBill$2(v, p, "ItemList", out, strict));
  if (strict) for (const k in o) if (!isDeclared9(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GoodsBill` (none when `isGoodsBill` is true), each with its path from `value`. The slow path. */
export function goodsBillIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGoodsBill(value)) issuesGoodsBill(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isGoodsBill` and has no property the spec does not declare, at any depth (exactly when `goodsBillStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isGoodsBillStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.BillNumber;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.Status;
  if (!isInteger(v)) return false;
  v = o.StatusName;
  if (!(typeof v === "string")) return false;
  v = o.SubmitTime;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.TotalMoney;
  if (!isDecimal(v)) return false;
  v = o.PaidMoney;
  if (!isDecimal(v)) return false;
  v = o.PaidValue;
  if (!isDecimal(v)) return false;
  v = o.PaidPoint;
  if (!isDecimal(v)) return false;
  v = o.PaidCoupon;
  if (!isDecimal(v)) return false;
  v = o.PaidOther;
  if (!isDecimal(v)) return false;
  v = o.PaidThirdpay;
  if (!isDecimal(v)) return false;
  v = o.ThirdpayType;
  if (!isInteger(v)) return false;
  v = o.ThirdPayStatus;
  if (!isInteger(v)) return false;
  v = o.ConsumeBillNumber;
  if (!(v === null || typeof v === "string")) return false;
  v = o.IsCashOnDeliver;
  if (!(typeof v === "boolean")) return false;
  v = o.IsSelfPickUp;
  if (!(typeof v === "boolean")) return false;
  v = o.SelfPickUpTime;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.SelfPickUpStoreName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.AssignChainStoreGuid;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.AssignStoreName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.CardId;
  if (!(typeof v === "string")) return false;
  v = o.TrueName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Mobile;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Province;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.City;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.County;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Address;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Postcode;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Receiver;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.ReceiverMobile;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Meno;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.ItemList;
  if (!isGoodsBill$3(v)) return false;
  for (const k in o) if (!isDeclared9(k)) return false;
  return true;
}

/** {@link goodsBillIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function goodsBillStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesGoodsBill(value, [], undefined, out, true);
  return out;
}

function isGoodsBill$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isGoodsBillItem(e)) return false;
  }
  return true;
}

function issuesGoodsBill$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isGoodsBillItem(e) ? 0 : issuesGoodsBillItem(e, p, i, out, strict));
  }
  return s;
}

function isGoodsBill$3(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isGoodsBillItem$strict(e)) return false;
  }
  return true;
}

// ----------------------------------------------------------------------------------------------------
// `GoodsBillPagedResponse`

/** True when `value` is what GoodsBillPagedResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGoodsBillPagedResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!isGoodsBillPagedResponse$1(v)) return false;
  return true;
}

function issuesGoodsBillPagedResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (!strict && isGoodsBillPagedResponse$1(v) ? 0 : issuesGoodsBillPagedResponse$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GoodsBillPagedResponse` (none when `isGoodsBillPagedResponse` is true), each with its path from `value`. The slow path. */
export function goodsBillPagedResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGoodsBillPagedResponse(value)) issuesGoodsBillPagedResponse(value, [], undefined, out, false);
  return out;
}

function isGoodsBillPagedResponse$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isGoodsBill(e)) return false;
  }
  return true;
}

function issuesGoodsBillPagedResponse$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isGoodsBill(e) ? 0 : issuesGoodsBill(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `GoodsBillPagedResponse` with its records left unchecked (each record is checked on its own)

/** True when `value` is the envelope GoodsBillPagedResponseSchema describes, except that its records may be anything. The fast path: no allocation, stops at the first problem. */
export function isGoodsBillPagedResponsePage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!Array.isArray(v)) return false;
  return true;
}

function issuesGoodsBillPagedResponsePage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (Array.isArray(v) ? 0 : wrongType(v, "an array", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as that envelope (none when `isGoodsBillPagedResponsePage` is true), each with its path from `value`. The slow path. */
export function goodsBillPagedResponsePageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGoodsBillPagedResponsePage(value)) issuesGoodsBillPagedResponsePage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Member`

/** True when `value` is what MemberSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isMember(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Guid;
  if (!(typeof v === "string")) return false;
  v = o.CardId;
  if (!(typeof v === "string")) return false;
  v = o.TrueName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Mobile;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.MemberGroupName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.Sex;
  if (v !== undefined && !(v === null || isInteger(v))) return false;
  v = o.Birthday;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.EnablePoint;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.EnableValue;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.RegisterTime;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.ThirdOpenId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesMember(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Guid;
  s |= issuesString(v, p, "Guid", out, undefined, undefined, undefined);
  v = o.CardId;
  s |= issuesString(v, p, "CardId", out, undefined, undefined, undefined);
  v = o.TrueName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "TrueName", out, undefined, undefined, undefined));
  v = o.Mobile;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Mobile", out, undefined, undefined, undefined));
  v = o.MemberGroupName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "MemberGroupName", out, undefined, undefined, undefined));
  v = o.Sex;
  if (v !== undefined) s |= (v === null ? 0 : issuesInteger(v, p, "Sex", out, undefined, undefined));
  v = o.Birthday;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "Birthday", out, undefined, undefined, undefined));
  v = o.EnablePoint;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "EnablePoint", out));
  v = o.EnableValue;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "EnableValue", out));
  v = o.RegisterTime;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "RegisterTime", out, undefined, undefined, undefined));
  v = o.ThirdOpenId;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "ThirdOpenId", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared10(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Member` (none when `isMember` is true), each with its path from `value`. The slow path. */
export function memberIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isMember(value)) issuesMember(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `MembersPagedResponse`

/** True when `value` is what MembersPagedResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isMembersPagedResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.status;
  if (!(v === 0)) return false;
  v = o.total;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.data;
  if (!isMembersPagedResponse$1(v)) return false;
  return true;
}

function issuesMembersPagedResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.status;
  s |= (v === 0 ? 0 : notOneOf(v, [0], p, "status", out));
  v = o.total;
  s |= issuesInteger(v, p, "total", out, 0, undefined);
  v = o.data;
  s |= (!strict && isMembersPagedResponse$1(v) ? 0 : issuesMembersPagedResponse$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `MembersPagedResponse` (none when `isMembersPagedResponse` is true), each with its path from `value`. The slow path. */
export function membersPagedResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isMembersPagedResponse(value)) issuesMembersPagedResponse(value, [], undefined, out, false);
  return out;
}

function isMembersPagedResponse$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isMember(e)) return false;
  }
  return true;
}

function issuesMembersPagedResponse$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isMember(e) ? 0 : issuesMember(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `PagedQuery`

/** True when `value` is what PagedQuerySchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPagedQuery(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.userAccount;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.where;
  if (!(typeof v === "string")) return false;
  v = o.pageIndex;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  v = o.pageSize;
  if (!isIntegerBetween(v, 1, 200)) return false;
  v = o.orderBy;
  if (!(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared11(k)) return false;
  return true;
}

function issuesPagedQuery(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.userAccount;
  s |= issuesString(v, p, "userAccount", out, 1, undefined, undefined);
  v = o.where;
  s |= issuesString(v, p, "where", out, undefined, undefined, undefined);
  v = o.pageIndex;
  s |= issuesInteger(v, p, "pageIndex", out, 0, undefined);
  v = o.pageSize;
  s |= issuesInteger(v, p, "pageSize", out, 1, 200);
  v = o.orderBy;
  s |= issuesString(v, p, "orderBy", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared11(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `PagedQuery` (none when `isPagedQuery` is true), each with its path from `value`. The slow path. */
export function pagedQueryIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPagedQuery(value)) issuesPagedQuery(value, [], undefined, out, false);
  return out;
}

function isGoodsBillItem$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (!(typeof v === "string")) return false;
  v = o.Number;
  if (!isDecimal(v)) return false;
  v = o.Price;
  if (!isDecimal(v)) return false;
  v = o.GoodsItemSkuDesc;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.SkuCode;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  for (const k in o) if (!isDeclared8(k)) return false;
  return true;
}
