// This file is generated. Do not edit it by hand.
// Source: specs/order.schema.json — regenerate with `pnpm generate` (orderbridge-codegen validators).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import {
  type Fields,
  hasEnumerableSymbol,
  isCalendarTime,
  isInteger,
  isIntegerBetween,
  isNumberBetween,
  isObject,
  isPlainObject,
  issuesInteger,
  issuesNumber,
  issuesString,
  type Key,
  notOneOf,
  type Path,
  symbolKeyIssues,
  unknownField,
  type ValidationIssue,
  wrongType,
} from "@orderbridge/core/validator-runtime";

export type { ValidationIssue, ValidationIssueCode } from "@orderbridge/core/validator-runtime";

/** Where the date-times are (`*` = any array index): each must be a real calendar time. */
const CALENDAR_PLACES: readonly (readonly string[])[] = [["createdAt"],["paidAt"],["updatedAt"],["payments","*","paidAt"],["refunds","*","createdAt"],["refunds","*","refundedAt"],["firstSeenAt"],["syncedAt"]];

function calendarTimesOk(value: unknown): boolean {
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["createdAt"];
      if (typeof v1 === "string" && !isCalendarTime(v1)) return false;
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["paidAt"];
      if (typeof v1 === "string" && !isCalendarTime(v1)) return false;
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["updatedAt"];
      if (typeof v1 === "string" && !isCalendarTime(v1)) return false;
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["payments"];
      if (Array.isArray(v1)) for (let i2 = 0; i2 < v1.length; i2++) {
        const v2: unknown = v1[i2];
        if (v2 !== null && typeof v2 === "object") {
          const v3 = (v2 as Fields)["paidAt"];
          if (typeof v3 === "string" && !isCalendarTime(v3)) return false;
        }
      }
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["refunds"];
      if (Array.isArray(v1)) for (let i2 = 0; i2 < v1.length; i2++) {
        const v2: unknown = v1[i2];
        if (v2 !== null && typeof v2 === "object") {
          const v3 = (v2 as Fields)["createdAt"];
          if (typeof v3 === "string" && !isCalendarTime(v3)) return false;
        }
      }
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["refunds"];
      if (Array.isArray(v1)) for (let i2 = 0; i2 < v1.length; i2++) {
        const v2: unknown = v1[i2];
        if (v2 !== null && typeof v2 === "object") {
          const v3 = (v2 as Fields)["refundedAt"];
          if (typeof v3 === "string" && !isCalendarTime(v3)) return false;
        }
      }
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["firstSeenAt"];
      if (typeof v1 === "string" && !isCalendarTime(v1)) return false;
    }
  }
  {
    if (value !== null && typeof value === "object") {
      const v1 = (value as Fields)["syncedAt"];
      if (typeof v1 === "string" && !isCalendarTime(v1)) return false;
    }
  }
  return true;
}

function calendarIssuesAt(
  value: unknown,
  place: readonly string[],
  at: number,
  trail: (string | number)[],
  out: ValidationIssue[],
): number {
  if (at === place.length) {
    if (typeof value !== "string" || isCalendarTime(value)) return 0;
    out.push({ path: trail, code: "format", message: "not a real calendar time" });
    return 1;
  }
  const step = place[at]!;
  let s = 0;
  if (step === "*") {
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) s |= calendarIssuesAt(value[i], place, at + 1, [...trail, i], out);
  } else if (value !== null && typeof value === "object") {
    const item = (value as Fields)[step];
    if (item !== undefined) s |= calendarIssuesAt(item, place, at + 1, [...trail, step], out);
  }
  return s;
}

function calendarTimeIssues(value: unknown, path: Path, out: ValidationIssue[]): number {
  let s = 0;
  for (const place of CALENDAR_PLACES) s |= calendarIssuesAt(value, place, 0, [...path], out);
  return s;
}

const PATTERN_1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$");
const PATTERN_2 = new RegExp("^(yopoint|baifude|yikayi):.+$");

function isDeclared1(key: string): boolean {
  switch (key) {
    case "id":
    case "name":
    case "mobile":
      return true;
    default:
      return false;
  }
}

function isDeclared2(key: string): boolean {
  switch (key) {
    case "sku":
    case "name":
    case "variant":
    case "quantity":
    case "unitPrice":
    case "amount":
    case "imageUrl":
      return true;
    default:
      return false;
  }
}

function isDeclared3(key: string): boolean {
  switch (key) {
    case "method":
    case "vendorMethod":
    case "amount":
    case "status":
    case "paidAt":
    case "transactionId":
    case "account":
      return true;
    default:
      return false;
  }
}

function isDeclared4(key: string): boolean {
  switch (key) {
    case "id":
    case "amount":
    case "status":
    case "vendorStatus":
    case "reason":
    case "createdAt":
    case "refundedAt":
      return true;
    default:
      return false;
  }
}

function isDeclared5(key: string): boolean {
  switch (key) {
    case "id":
    case "name":
      return true;
    default:
      return false;
  }
}

function isDeclared6(key: string): boolean {
  switch (key) {
    case "id":
    case "vendor":
    case "kind":
    case "vendorOrderId":
    case "orderNo":
    case "status":
    case "paymentStatus":
    case "vendorStatus":
    case "currency":
    case "totalAmount":
    case "paidAmount":
    case "refundedAmount":
    case "createdAt":
    case "paidAt":
    case "updatedAt":
    case "items":
    case "payments":
    case "refunds":
    case "store":
    case "customer":
    case "relatedOrderIds":
    case "duplicateOf":
    case "raw":
    case "firstSeenAt":
    case "syncedAt":
      return true;
    default:
      return false;
  }
}

// ----------------------------------------------------------------------------------------------------
// `Customer`

/** True when `value` is what CustomerSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCustomer(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.name;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.mobile;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared1(k)) return false;
  return true;
}

function issuesCustomer(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  if (v !== undefined) s |= issuesString(v, p, "id", out, undefined, undefined, undefined);
  v = o.name;
  if (v !== undefined) s |= issuesString(v, p, "name", out, undefined, undefined, undefined);
  v = o.mobile;
  if (v !== undefined) s |= issuesString(v, p, "mobile", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Customer` (none when `isCustomer` is true), each with its path from `value`. The slow path. */
export function customerIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCustomer(value)) issuesCustomer(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `FlowStatus`

/** True when `value` is what FlowStatusSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isFlowStatus(x: unknown): boolean {
  return (x === "succeeded" || x === "pending" || x === "failed" || x === "unknown");
}

function issuesFlowStatus(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return ((x === "succeeded" || x === "pending" || x === "failed" || x === "unknown") ? 0 : notOneOf(x, ["succeeded","pending","failed","unknown"], path, key, out));
}

/** Every issue of `value` as `FlowStatus` (none when `isFlowStatus` is true), each with its path from `value`. The slow path. */
export function flowStatusIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isFlowStatus(value)) issuesFlowStatus(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderItem`

/** True when `value` is what OrderItemSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderItem(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.sku;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.name;
  if (!(typeof v === "string")) return false;
  v = o.variant;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.quantity;
  if (!isNumberBetween(v, 0, Infinity)) return false;
  v = o.unitPrice;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.amount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.imageUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared2(k)) return false;
  return true;
}

function issuesOrderItem(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.sku;
  if (v !== undefined) s |= issuesString(v, p, "sku", out, undefined, undefined, undefined);
  v = o.name;
  s |= issuesString(v, p, "name", out, undefined, undefined, undefined);
  v = o.variant;
  if (v !== undefined) s |= issuesString(v, p, "variant", out, undefined, undefined, undefined);
  v = o.quantity;
  s |= issuesNumber(v, p, "quantity", out, 0, undefined);
  v = o.unitPrice;
  s |= issuesInteger(v, p, "unitPrice", out, 0, 9007199254740991);
  v = o.amount;
  s |= issuesInteger(v, p, "amount", out, 0, 9007199254740991);
  v = o.imageUrl;
  if (v !== undefined) s |= issuesString(v, p, "imageUrl", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared2(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderItem` (none when `isOrderItem` is true), each with its path from `value`. The slow path. */
export function orderItemIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderItem(value)) issuesOrderItem(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderKind`

/** True when `value` is what OrderKindSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderKind(x: unknown): boolean {
  return (x === "cabinet" || x === "vending" || x === "welfare_mall" || x === "online_mall" || x === "in_store");
}

function issuesOrderKind(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return ((x === "cabinet" || x === "vending" || x === "welfare_mall" || x === "online_mall" || x === "in_store") ? 0 : notOneOf(x, ["cabinet","vending","welfare_mall","online_mall","in_store"], path, key, out));
}

/** Every issue of `value` as `OrderKind` (none when `isOrderKind` is true), each with its path from `value`. The slow path. */
export function orderKindIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderKind(value)) issuesOrderKind(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `PaymentMethod`

/** True when `value` is what PaymentMethodSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPaymentMethod(x: unknown): boolean {
  return (x === "wechat" || x === "alipay" || x === "unionpay" || x === "cash" || x === "stored_value" || x === "points" || x === "coupon" || x === "corporate" || x === "other");
}

function issuesPaymentMethod(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return ((x === "wechat" || x === "alipay" || x === "unionpay" || x === "cash" || x === "stored_value" || x === "points" || x === "coupon" || x === "corporate" || x === "other") ? 0 : notOneOf(x, ["wechat","alipay","unionpay","cash","stored_value","points","coupon","corporate","other"], path, key, out));
}

/** Every issue of `value` as `PaymentMethod` (none when `isPaymentMethod` is true), each with its path from `value`. The slow path. */
export function paymentMethodIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPaymentMethod(value)) issuesPaymentMethod(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Payment`

/** True when `value` is what PaymentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPayment(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.method;
  if (!isPaymentMethod(v)) return false;
  v = o.vendorMethod;
  if (!(typeof v === "string")) return false;
  v = o.amount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.paidAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.transactionId;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.account;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared3(k)) return false;
  return true;
}

function issuesPayment(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.method;
  s |= issuesPaymentMethod(v, p, "method", out, strict);
  v = o.vendorMethod;
  s |= issuesString(v, p, "vendorMethod", out, undefined, undefined, undefined);
  v = o.amount;
  s |= issuesInteger(v, p, "amount", out, 0, 9007199254740991);
  v = o.status;
  s |= issuesFlowStatus(v, p, "status", out, strict);
  v = o.paidAt;
  if (v !== undefined) s |= issuesString(v, p, "paidAt", out, undefined, undefined, PATTERN_1);
  v = o.transactionId;
  if (v !== undefined) s |= issuesString(v, p, "transactionId", out, undefined, undefined, undefined);
  v = o.account;
  if (v !== undefined) s |= issuesString(v, p, "account", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Payment` (none when `isPayment` is true), each with its path from `value`. The slow path. */
export function paymentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPayment(value)) issuesPayment(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Refund`

/** True when `value` is what RefundSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isRefund(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.amount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.vendorStatus;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.reason;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.createdAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.refundedAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  for (const k in o) if (!isDeclared4(k)) return false;
  return true;
}

function issuesRefund(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  if (v !== undefined) s |= issuesString(v, p, "id", out, undefined, undefined, undefined);
  v = o.amount;
  s |= issuesInteger(v, p, "amount", out, 0, 9007199254740991);
  v = o.status;
  s |= issuesFlowStatus(v, p, "status", out, strict);
  v = o.vendorStatus;
  if (v !== undefined) s |= issuesString(v, p, "vendorStatus", out, undefined, undefined, undefined);
  v = o.reason;
  if (v !== undefined) s |= issuesString(v, p, "reason", out, undefined, undefined, undefined);
  v = o.createdAt;
  if (v !== undefined) s |= issuesString(v, p, "createdAt", out, undefined, undefined, PATTERN_1);
  v = o.refundedAt;
  if (v !== undefined) s |= issuesString(v, p, "refundedAt", out, undefined, undefined, PATTERN_1);
  for (const k in o) if (!isDeclared4(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Refund` (none when `isRefund` is true), each with its path from `value`. The slow path. */
export function refundIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isRefund(value)) issuesRefund(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Store`

/** True when `value` is what StoreSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isStore(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.name;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared5(k)) return false;
  return true;
}

function issuesStore(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  s |= issuesString(v, p, "id", out, 1, undefined, undefined);
  v = o.name;
  if (v !== undefined) s |= issuesString(v, p, "name", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared5(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Store` (none when `isStore` is true), each with its path from `value`. The slow path. */
export function storeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isStore(value)) issuesStore(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Vendor`

/** True when `value` is what VendorSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isVendor(x: unknown): boolean {
  return (x === "yopoint" || x === "baifude" || x === "yikayi");
}

function issuesVendor(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return ((x === "yopoint" || x === "baifude" || x === "yikayi") ? 0 : notOneOf(x, ["yopoint","baifude","yikayi"], path, key, out));
}

/** Every issue of `value` as `Vendor` (none when `isVendor` is true), each with its path from `value`. The slow path. */
export function vendorIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isVendor(value)) issuesVendor(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Order`

/** True when `value` is what OrderSchema, with its date-times checked to be real calendar times, accepts. The fast path: no allocation, stops at the first problem. */
export function isOrder(value: unknown): boolean {
  return isOrder$shape(value) && calendarTimesOk(value);
}

function isOrder$shape(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.vendor;
  if (!isVendor(v)) return false;
  v = o.kind;
  if (!isOrderKind(v)) return false;
  v = o.vendorOrderId;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.orderNo;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.status;
  if (!(v === "pending_payment" || v === "processing" || v === "completed" || v === "cancelled" || v === "unknown")) return false;
  v = o.paymentStatus;
  if (!(v === "unpaid" || v === "paid" || v === "partially_refunded" || v === "refunded" || v === "failed" || v === "unknown")) return false;
  v = o.vendorStatus;
  if (!isOrder$1(v)) return false;
  v = o.currency;
  if (!(v === "CNY")) return false;
  v = o.totalAmount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.paidAmount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.refundedAmount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.createdAt;
  if (!(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.paidAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.updatedAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.items;
  if (!isOrder$2(v)) return false;
  v = o.payments;
  if (!isOrder$3(v)) return false;
  v = o.refunds;
  if (!isOrder$4(v)) return false;
  v = o.store;
  if (v !== undefined && !isStore(v)) return false;
  v = o.customer;
  if (v !== undefined && !isCustomer(v)) return false;
  v = o.relatedOrderIds;
  if (v !== undefined && !isOrder$5(v)) return false;
  v = o.duplicateOf;
  if (v !== undefined && !(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.raw;
  if (v !== undefined && !isObject(v)) return false;
  v = o.firstSeenAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.syncedAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  for (const k in o) if (!isDeclared6(k)) return false;
  return true;
}

function issuesOrder(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  s |= issuesString(v, p, "id", out, undefined, undefined, PATTERN_2);
  v = o.vendor;
  s |= issuesVendor(v, p, "vendor", out, strict);
  v = o.kind;
  s |= issuesOrderKind(v, p, "kind", out, strict);
  v = o.vendorOrderId;
  s |= issuesString(v, p, "vendorOrderId", out, 1, undefined, undefined);
  v = o.orderNo;
  s |= issuesString(v, p, "orderNo", out, 1, undefined, undefined);
  v = o.status;
  s |= ((v === "pending_payment" || v === "processing" || v === "completed" || v === "cancelled" || v === "unknown") ? 0 : notOneOf(v, ["pending_payment","processing","completed","cancelled","unknown"], p, "status", out));
  v = o.paymentStatus;
  s |= ((v === "unpaid" || v === "paid" || v === "partially_refunded" || v === "refunded" || v === "failed" || v === "unknown") ? 0 : notOneOf(v, ["unpaid","paid","partially_refunded","refunded","failed","unknown"], p, "paymentStatus", out));
  v = o.vendorStatus;
  s |= (!strict && isOrder$1(v) ? 0 : issuesOrder$6(v, p, "vendorStatus", out, strict));
  v = o.currency;
  s |= (v === "CNY" ? 0 : notOneOf(v, ["CNY"], p, "currency", out));
  v = o.totalAmount;
  s |= issuesInteger(v, p, "totalAmount", out, 0, 9007199254740991);
  v = o.paidAmount;
  s |= issuesInteger(v, p, "paidAmount", out, 0, 9007199254740991);
  v = o.refundedAmount;
  s |= issuesInteger(v, p, "refundedAmount", out, 0, 9007199254740991);
  v = o.createdAt;
  s |= issuesString(v, p, "createdAt", out, undefined, undefined, PATTERN_1);
  v = o.paidAt;
  if (v !== undefined) s |= issuesString(v, p, "paidAt", out, undefined, undefined, PATTERN_1);
  v = o.updatedAt;
  if (v !== undefined) s |= issuesString(v, p, "updatedAt", out, undefined, undefined, PATTERN_1);
  v = o.items;
  s |= (!strict && isOrder$2(v) ? 0 : issuesOrder$8(v, p, "items", out, strict));
  v = o.payments;
  s |= (!strict && isOrder$3(v) ? 0 : issuesOrder$9(v, p, "payments", out, strict));
  v = o.refunds;
  s |= (!strict && isOrder$4(v) ? 0 : issuesOrder$10(v, p, "refunds", out, strict));
  v = o.store;
  if (v !== undefined) s |= (!strict && isStore(v) ? 0 : issuesStore(v, p, "store", out, strict));
  v = o.customer;
  if (v !== undefined) s |= (!strict && isCustomer(v) ? 0 : issuesCustomer(v, p, "customer", out, strict));
  v = o.relatedOrderIds;
  if (v !== undefined) s |= (!strict && isOrder$5(v) ? 0 : issuesOrder$11(v, p, "relatedOrderIds", out, strict));
  v = o.duplicateOf;
  if (v !== undefined) s |= issuesString(v, p, "duplicateOf", out, undefined, undefined, PATTERN_2);
  v = o.raw;
  if (v !== undefined) s |= (isObject(v) ? 0 : wrongType(v, "an object", p, "raw", out));
  v = o.firstSeenAt;
  if (v !== undefined) s |= issuesString(v, p, "firstSeenAt", out, undefined, undefined, PATTERN_1);
  v = o.syncedAt;
  if (v !== undefined) s |= issuesString(v, p, "syncedAt", out, undefined, undefined, PATTERN_1);
  for (const k in o) if (!isDeclared6(k)) s |= unknownField(p, k, out);
  if (!(s & 2)) s |= calendarTimeIssues(o, p, out);
  return s;
}

/** Every issue of `value` as `Order` (none when `isOrder` is true), each with its path from `value`. The slow path. */
export function orderIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrder(value)) issuesOrder(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isOrder` and has no property the spec does not declare, at any depth (exactly when `orderStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isOrderStrict(value: unknown): boolean {
  return isOrder$shapeStrict(value) && calendarTimesOk(value);
}

function isOrder$shapeStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.vendor;
  if (!isVendor(v)) return false;
  v = o.kind;
  if (!isOrderKind(v)) return false;
  v = o.vendorOrderId;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.orderNo;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.status;
  if (!(v === "pending_payment" || v === "processing" || v === "completed" || v === "cancelled" || v === "unknown")) return false;
  v = o.paymentStatus;
  if (!(v === "unpaid" || v === "paid" || v === "partially_refunded" || v === "refunded" || v === "failed" || v === "unknown")) return false;
  v = o.vendorStatus;
  if (!isOrder$1(v)) return false;
  v = o.currency;
  if (!(v === "CNY")) return false;
  v = o.totalAmount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.paidAmount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.refundedAmount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.createdAt;
  if (!(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.paidAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.updatedAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.items;
  if (!isOrder$12(v)) return false;
  v = o.payments;
  if (!isOrder$13(v)) return false;
  v = o.refunds;
  if (!isOrder$14(v)) return false;
  v = o.store;
  if (v !== undefined && !isStore$strict(v)) return false;
  v = o.customer;
  if (v !== undefined && !isCustomer$strict(v)) return false;
  v = o.relatedOrderIds;
  if (v !== undefined && !isOrder$5(v)) return false;
  v = o.duplicateOf;
  if (v !== undefined && !(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.raw;
  if (v !== undefined && !isObject(v)) return false;
  v = o.firstSeenAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.syncedAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  for (const k in o) if (!isDeclared6(k)) return false;
  return true;
}

/** {@link orderIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function orderStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesOrder(value, [], undefined, out, true);
  return out;
}

function isOrder$1(x: unknown): boolean {
  if (!isPlainObject(x)) return false;
  const o = x as Fields;
  for (const k in o) {
    if (!Object.hasOwn(o, k) || k === "__proto__") continue;
    const e = o[k];
    if (!(e === null || (typeof e === "string" || isInteger(e) || typeof e === "boolean"))) return false;
  }
  return !hasEnumerableSymbol(o);
}

function isOrder$2(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderItem(e)) return false;
  }
  return true;
}

function isOrder$3(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isPayment(e)) return false;
  }
  return true;
}

function isOrder$4(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isRefund(e)) return false;
  }
  return true;
}

function isOrder$5(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!(typeof e === "string" && PATTERN_2.test(e))) return false;
  }
  return true;
}

function issuesOrder$7(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (typeof x === "string") return 0;
  if (isInteger(x)) return 0;
  if (typeof x === "boolean") return 0;
  const out0: ValidationIssue[] = [];
  const s0 = issuesString(x, path, key, out0, undefined, undefined, undefined);
  const out1: ValidationIssue[] = [];
  const s1 = issuesInteger(x, path, key, out1, undefined, undefined);
  const out2: ValidationIssue[] = [];
  const s2 = (typeof x === "boolean" ? 0 : wrongType(x, "true or false", path, key, out2));
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
  return wrongType(x, "text or an integer or true or false", path, key, out);
}

function issuesOrder$6(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isPlainObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  for (const k in o) {
    if (!Object.hasOwn(o, k) || k === "__proto__") continue;
    const e = o[k];
    s |= (e === null ? 0 : (!strict && (typeof e === "string" || isInteger(e) || typeof e === "boolean") ? 0 : issuesOrder$7(e, p, k, out, strict)));
  }
  if (hasEnumerableSymbol(o)) s |= symbolKeyIssues(o, p, out);
  return s;
}

function issuesOrder$8(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderItem(e) ? 0 : issuesOrderItem(e, p, i, out, strict));
  }
  return s;
}

function issuesOrder$9(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isPayment(e) ? 0 : issuesPayment(e, p, i, out, strict));
  }
  return s;
}

function issuesOrder$10(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isRefund(e) ? 0 : issuesRefund(e, p, i, out, strict));
  }
  return s;
}

function issuesOrder$11(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= issuesString(e, p, i, out, undefined, undefined, PATTERN_2);
  }
  return s;
}

function isOrder$12(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderItem$strict(e)) return false;
  }
  return true;
}

function isOrder$13(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isPayment$strict(e)) return false;
  }
  return true;
}

function isOrder$14(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isRefund$strict(e)) return false;
  }
  return true;
}

function isOrderItem$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.sku;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.name;
  if (!(typeof v === "string")) return false;
  v = o.variant;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.quantity;
  if (!isNumberBetween(v, 0, Infinity)) return false;
  v = o.unitPrice;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.amount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.imageUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared2(k)) return false;
  return true;
}

function isPayment$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.method;
  if (!isPaymentMethod(v)) return false;
  v = o.vendorMethod;
  if (!(typeof v === "string")) return false;
  v = o.amount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.paidAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.transactionId;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.account;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared3(k)) return false;
  return true;
}

function isRefund$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.amount;
  if (!isIntegerBetween(v, 0, 9007199254740991)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.vendorStatus;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.reason;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.createdAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  v = o.refundedAt;
  if (v !== undefined && !(typeof v === "string" && PATTERN_1.test(v))) return false;
  for (const k in o) if (!isDeclared4(k)) return false;
  return true;
}

function isStore$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.name;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared5(k)) return false;
  return true;
}

function isCustomer$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.name;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.mobile;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared1(k)) return false;
  return true;
}
