// This file is generated. Do not edit it by hand.
// Source: specs/baifude.openapi.yaml — regenerate with `pnpm generate` (orderbridge-codegen validators).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import {
  type Fields,
  isDecimal,
  isId,
  isInteger,
  isIntegerBetween,
  isObject,
  issuesDecimal,
  issuesId,
  issuesInteger,
  issuesString,
  type Key,
  notOneOf,
  type Path,
  report,
  unknownField,
  type ValidationIssue,
  wrongType,
} from "@orderbridge/core/validator-runtime";

export type { ValidationIssue, ValidationIssueCode } from "@orderbridge/core/validator-runtime";

const PATTERN_1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$");
const PATTERN_2 = new RegExp("^[0-9]{13}$");

function isDeclared1(key: string): boolean {
  switch (key) {
    case "code":
    case "data":
    case "msg":
    case "errMsg":
      return true;
    default:
      return false;
  }
}

function isDeclared2(key: string): boolean {
  switch (key) {
    case "paySnList":
      return true;
    default:
      return false;
  }
}

function isDeclared3(key: string): boolean {
  switch (key) {
    case "goodsId":
    case "name":
    case "num":
    case "price":
    case "logo":
    case "virtual":
      return true;
    default:
      return false;
  }
}

function isDeclared4(key: string): boolean {
  switch (key) {
    case "payWay":
    case "cardId":
    case "startPayTime":
    case "endPayTime":
    case "amount":
    case "deduction":
    case "status":
    case "dispatchCost":
    case "serviceFee":
      return true;
    default:
      return false;
  }
}

function isDeclared5(key: string): boolean {
  switch (key) {
    case "refundOrderSn":
    case "payWay":
    case "refundAccount":
    case "refundVal":
    case "deduction":
    case "status":
    case "createdAt":
    case "refundTime":
      return true;
    default:
      return false;
  }
}

function isDeclared6(key: string): boolean {
  switch (key) {
    case "sn":
    case "payOrderSn":
    case "payOrderAmount":
    case "refundAmount":
    case "refundReason":
    case "status":
    case "createdAt":
    case "updatedAt":
    case "refundWayList":
      return true;
    default:
      return false;
  }
}

function isDeclared7(key: string): boolean {
  switch (key) {
    case "sn":
    case "channelSn":
    case "channel":
    case "dispatchWay":
    case "dispatchTime":
    case "dispatchCost":
    case "serviceFee":
    case "status":
    case "amount":
    case "realAmount":
    case "paidAmount":
    case "startPayTime":
    case "endPayTime":
    case "expiredAt":
    case "createdAt":
    case "receiver":
    case "userId":
    case "bfdAccount":
    case "bfdUserId":
    case "goodsList":
    case "payWayList":
    case "refundOrderList":
      return true;
    default:
      return false;
  }
}

function isDeclared8(key: string): boolean {
  switch (key) {
    case "orderNo":
    case "terminal":
      return true;
    default:
      return false;
  }
}

function isDeclared9(key: string): boolean {
  switch (key) {
    case "acceptTime":
      return true;
    default:
      return false;
  }
}

function isDeclared10(key: string): boolean {
  switch (key) {
    case "code":
    case "msg":
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared11(key: string): boolean {
  switch (key) {
    case "orderNo":
    case "status":
      return true;
    default:
      return false;
  }
}

function isDeclared12(key: string): boolean {
  switch (key) {
    case "msgId":
    case "msgType":
    case "sendTime":
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared13(key: string): boolean {
  switch (key) {
    case "paySn":
    case "orderNo":
    case "status":
      return true;
    default:
      return false;
  }
}

function isDeclared14(key: string): boolean {
  switch (key) {
    case "paySn":
    case "refundSn":
    case "refundStatus":
      return true;
    default:
      return false;
  }
}

function isDeclared15(key: string): boolean {
  switch (key) {
    case "paySn":
    case "orderNum":
    case "bizOrderNum":
    case "paymentTime":
    case "orderTime":
    case "goodsId":
    case "goodsName":
    case "num":
    case "price":
    case "amount":
      return true;
    default:
      return false;
  }
}

function isDeclared16(key: string): boolean {
  switch (key) {
    case "paymentStartTime":
    case "paymentEndTime":
    case "orderStartTime":
    case "orderEndTime":
    case "bizOrderNum":
    case "orderNum":
    case "currentPage":
    case "itemsPerPage":
      return true;
    default:
      return false;
  }
}

function isDeclared17(key: string): boolean {
  switch (key) {
    case "currentPage":
    case "itemsPerPage":
    case "totalCount":
    case "list":
      return true;
    default:
      return false;
  }
}

function isDeclared18(key: string): boolean {
  switch (key) {
    case "access_token":
    case "expires_in":
      return true;
    default:
      return false;
  }
}

function isDeclared19(key: string): boolean {
  switch (key) {
    case "appid":
    case "grant_type":
    case "timestamp":
    case "sign":
    case "version":
      return true;
    default:
      return false;
  }
}

// ----------------------------------------------------------------------------------------------------
// `BeijingTime`

/** True when `value` is what BeijingTimeSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isBeijingTime(x: unknown): boolean {
  return (typeof x === "string" && PATTERN_1.test(x));
}

function issuesBeijingTime(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesString(x, path, key, out, undefined, undefined, PATTERN_1);
}

/** Every issue of `value` as `BeijingTime` (none when `isBeijingTime` is true), each with its path from `value`. The slow path. */
export function beijingTimeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isBeijingTime(value)) issuesBeijingTime(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ResultCode`

/** True when `value` is what ResultCodeSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isResultCode(x: unknown): boolean {
  return isId(x);
}

function issuesResultCode(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesId(x, path, key, out);
}

/** Every issue of `value` as `ResultCode` (none when `isResultCode` is true), each with its path from `value`. The slow path. */
export function resultCodeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isResultCode(value)) issuesResultCode(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ErrorResponse`

/** True when `value` is what ErrorResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isErrorResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.data;
  if (v !== undefined && !(v === null)) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.errMsg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesErrorResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.data;
  if (v !== undefined) s |= (v === null ? 0 : wrongType(v, "null", p, "data", out));
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.errMsg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "errMsg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ErrorResponse` (none when `isErrorResponse` is true), each with its path from `value`. The slow path. */
export function errorResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isErrorResponse(value)) issuesErrorResponse(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `FlowStatus`

/** True when `value` is what FlowStatusSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isFlowStatus(x: unknown): boolean {
  return isInteger(x);
}

function issuesFlowStatus(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesInteger(x, path, key, out, undefined, undefined);
}

/** Every issue of `value` as `FlowStatus` (none when `isFlowStatus` is true), each with its path from `value`. The slow path. */
export function flowStatusIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isFlowStatus(value)) issuesFlowStatus(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `GetListRequest`

/** True when `value` is what GetListRequestSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGetListRequest(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.paySnList;
  if (!isGetListRequest$1(v)) return false;
  return true;
}

function issuesGetListRequest(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.paySnList;
  s |= (!strict && isGetListRequest$1(v) ? 0 : issuesGetListRequest$2(v, p, "paySnList", out, strict));
  if (strict) for (const k in o) if (!isDeclared2(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GetListRequest` (none when `isGetListRequest` is true), each with its path from `value`. The slow path. */
export function getListRequestIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGetListRequest(value)) issuesGetListRequest(value, [], undefined, out, false);
  return out;
}

function isGetListRequest$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!(typeof e === "string" && e.length >= 1)) return false;
  }
  return x.length >= 1 && x.length <= 20;
}

function issuesGetListRequest$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  if (x.length > 20) return report(out, path, key, "range", `expected at most 20 items, received ${x.length}`, 2);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= issuesString(e, p, i, out, 1, undefined, undefined);
  }
  if (!(s & 2) && x.length < 1) s |= report(out, path, key, "range", `expected at least 1 items, received ${x.length}`, 1);
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `NullableBeijingTime`

/** True when `value` is what NullableBeijingTimeSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNullableBeijingTime(x: unknown): boolean {
  return (x === null || (typeof x === "string" && PATTERN_1.test(x)));
}

function issuesNullableBeijingTime(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return (x === null ? 0 : issuesString(x, path, key, out, undefined, undefined, PATTERN_1));
}

/** Every issue of `value` as `NullableBeijingTime` (none when `isNullableBeijingTime` is true), each with its path from `value`. The slow path. */
export function nullableBeijingTimeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNullableBeijingTime(value)) issuesNullableBeijingTime(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderItemResponseVO`

/** True when `value` is what OrderItemResponseVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderItemResponseVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.goodsId;
  if (!isId(v)) return false;
  v = o.name;
  if (!(typeof v === "string")) return false;
  v = o.num;
  if (!isInteger(v)) return false;
  v = o.price;
  if (!isDecimal(v)) return false;
  v = o.logo;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesOrderItemResponseVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.goodsId;
  s |= issuesId(v, p, "goodsId", out);
  v = o.name;
  s |= issuesString(v, p, "name", out, undefined, undefined, undefined);
  v = o.num;
  s |= issuesInteger(v, p, "num", out, undefined, undefined);
  v = o.price;
  s |= issuesDecimal(v, p, "price", out);
  v = o.logo;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "logo", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderItemResponseVO` (none when `isOrderItemResponseVO` is true), each with its path from `value`. The slow path. */
export function orderItemResponseVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderItemResponseVO(value)) issuesOrderItemResponseVO(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `PayWay`

/** True when `value` is what PayWaySchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPayWay(x: unknown): boolean {
  return isId(x);
}

function issuesPayWay(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesId(x, path, key, out);
}

/** Every issue of `value` as `PayWay` (none when `isPayWay` is true), each with its path from `value`. The slow path. */
export function payWayIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPayWay(value)) issuesPayWay(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderPayResponseVO`

/** True when `value` is what OrderPayResponseVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderPayResponseVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.payWay;
  if (!isPayWay(v)) return false;
  v = o.cardId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.startPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.endPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.amount;
  if (!isDecimal(v)) return false;
  v = o.deduction;
  if (!isDecimal(v)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.dispatchCost;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.serviceFee;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  return true;
}

function issuesOrderPayResponseVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.payWay;
  s |= issuesPayWay(v, p, "payWay", out, strict);
  v = o.cardId;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "cardId", out, undefined, undefined, undefined));
  v = o.startPayTime;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "startPayTime", out, strict);
  v = o.endPayTime;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "endPayTime", out, strict);
  v = o.amount;
  s |= issuesDecimal(v, p, "amount", out);
  v = o.deduction;
  s |= issuesDecimal(v, p, "deduction", out);
  v = o.status;
  s |= issuesFlowStatus(v, p, "status", out, strict);
  v = o.dispatchCost;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "dispatchCost", out));
  v = o.serviceFee;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "serviceFee", out));
  if (strict) for (const k in o) if (!isDeclared4(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderPayResponseVO` (none when `isOrderPayResponseVO` is true), each with its path from `value`. The slow path. */
export function orderPayResponseVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderPayResponseVO(value)) issuesOrderPayResponseVO(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderRefundWayResponseVO`

/** True when `value` is what OrderRefundWayResponseVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderRefundWayResponseVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.refundOrderSn;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.payWay;
  if (!isPayWay(v)) return false;
  v = o.refundAccount;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.refundVal;
  if (!isDecimal(v)) return false;
  v = o.deduction;
  if (!isDecimal(v)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.createdAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.refundTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  return true;
}

function issuesOrderRefundWayResponseVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.refundOrderSn;
  if (v !== undefined) s |= (v === null ? 0 : issuesId(v, p, "refundOrderSn", out));
  v = o.payWay;
  s |= issuesPayWay(v, p, "payWay", out, strict);
  v = o.refundAccount;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "refundAccount", out, undefined, undefined, undefined));
  v = o.refundVal;
  s |= issuesDecimal(v, p, "refundVal", out);
  v = o.deduction;
  s |= issuesDecimal(v, p, "deduction", out);
  v = o.status;
  s |= issuesFlowStatus(v, p, "status", out, strict);
  v = o.createdAt;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "createdAt", out, strict);
  v = o.refundTime;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "refundTime", out, strict);
  if (strict) for (const k in o) if (!isDeclared5(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderRefundWayResponseVO` (none when `isOrderRefundWayResponseVO` is true), each with its path from `value`. The slow path. */
export function orderRefundWayResponseVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderRefundWayResponseVO(value)) issuesOrderRefundWayResponseVO(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `RefundOrderStatus`

/** True when `value` is what RefundOrderStatusSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isRefundOrderStatus(x: unknown): boolean {
  return isInteger(x);
}

function issuesRefundOrderStatus(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesInteger(x, path, key, out, undefined, undefined);
}

/** Every issue of `value` as `RefundOrderStatus` (none when `isRefundOrderStatus` is true), each with its path from `value`. The slow path. */
export function refundOrderStatusIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isRefundOrderStatus(value)) issuesRefundOrderStatus(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderReturnResponseVO`

/** True when `value` is what OrderReturnResponseVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderReturnResponseVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.sn;
  if (!isId(v)) return false;
  v = o.payOrderSn;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.payOrderAmount;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.refundAmount;
  if (!isDecimal(v)) return false;
  v = o.refundReason;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.status;
  if (!isRefundOrderStatus(v)) return false;
  v = o.createdAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.updatedAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.refundWayList;
  if (!isOrderReturnResponseVO$1(v)) return false;
  return true;
}

function issuesOrderReturnResponseVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.sn;
  s |= issuesId(v, p, "sn", out);
  v = o.payOrderSn;
  if (v !== undefined) s |= (v === null ? 0 : issuesId(v, p, "payOrderSn", out));
  v = o.payOrderAmount;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "payOrderAmount", out));
  v = o.refundAmount;
  s |= issuesDecimal(v, p, "refundAmount", out);
  v = o.refundReason;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "refundReason", out, undefined, undefined, undefined));
  v = o.status;
  s |= issuesRefundOrderStatus(v, p, "status", out, strict);
  v = o.createdAt;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "createdAt", out, strict);
  v = o.updatedAt;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "updatedAt", out, strict);
  v = o.refundWayList;
  s |= (!strict && isOrderReturnResponseVO$1(v) ? 0 : issuesOrderReturnResponseVO$2(v, p, "refundWayList", out, strict));
  if (strict) for (const k in o) if (!isDeclared6(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderReturnResponseVO` (none when `isOrderReturnResponseVO` is true), each with its path from `value`. The slow path. */
export function orderReturnResponseVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderReturnResponseVO(value)) issuesOrderReturnResponseVO(value, [], undefined, out, false);
  return out;
}

function isOrderReturnResponseVO$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderRefundWayResponseVO(e)) return false;
  }
  return true;
}

function issuesOrderReturnResponseVO$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderRefundWayResponseVO(e) ? 0 : issuesOrderRefundWayResponseVO(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `PayOrderStatus`

/** True when `value` is what PayOrderStatusSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPayOrderStatus(x: unknown): boolean {
  return isInteger(x);
}

function issuesPayOrderStatus(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesInteger(x, path, key, out, undefined, undefined);
}

/** Every issue of `value` as `PayOrderStatus` (none when `isPayOrderStatus` is true), each with its path from `value`. The slow path. */
export function payOrderStatusIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPayOrderStatus(value)) issuesPayOrderStatus(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ResponseData`

/** True when `value` is what ResponseDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isResponseData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.sn;
  if (!isId(v)) return false;
  v = o.channelSn;
  if (!isId(v)) return false;
  v = o.channel;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.dispatchWay;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.dispatchTime;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.dispatchCost;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.serviceFee;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.status;
  if (!isPayOrderStatus(v)) return false;
  v = o.amount;
  if (!isDecimal(v)) return false;
  v = o.realAmount;
  if (!isDecimal(v)) return false;
  v = o.paidAmount;
  if (!isDecimal(v)) return false;
  v = o.startPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.endPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.expiredAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.createdAt;
  if (!isBeijingTime(v)) return false;
  v = o.receiver;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.userId;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.bfdAccount;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.bfdUserId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.goodsList;
  if (!isResponseData$1(v)) return false;
  v = o.payWayList;
  if (!isResponseData$2(v)) return false;
  v = o.refundOrderList;
  if (!isResponseData$3(v)) return false;
  return true;
}

function issuesResponseData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.sn;
  s |= issuesId(v, p, "sn", out);
  v = o.channelSn;
  s |= issuesId(v, p, "channelSn", out);
  v = o.channel;
  if (v !== undefined) s |= issuesInteger(v, p, "channel", out, undefined, undefined);
  v = o.dispatchWay;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "dispatchWay", out, undefined, undefined, undefined));
  v = o.dispatchTime;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "dispatchTime", out, undefined, undefined, undefined));
  v = o.dispatchCost;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "dispatchCost", out));
  v = o.serviceFee;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "serviceFee", out));
  v = o.status;
  s |= issuesPayOrderStatus(v, p, "status", out, strict);
  v = o.amount;
  s |= issuesDecimal(v, p, "amount", out);
  v = o.realAmount;
  s |= issuesDecimal(v, p, "realAmount", out);
  v = o.paidAmount;
  s |= issuesDecimal(v, p, "paidAmount", out);
  v = o.startPayTime;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "startPayTime", out, strict);
  v = o.endPayTime;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "endPayTime", out, strict);
  v = o.expiredAt;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "expiredAt", out, strict);
  v = o.createdAt;
  s |= issuesBeijingTime(v, p, "createdAt", out, strict);
  v = o.receiver;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "receiver", out, undefined, undefined, undefined));
  v = o.userId;
  if (v !== undefined) s |= (v === null ? 0 : issuesId(v, p, "userId", out));
  v = o.bfdAccount;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "bfdAccount", out, undefined, undefined, undefined));
  v = o.bfdUserId;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "bfdUserId", out, undefined, undefined, undefined));
  v = o.goodsList;
  s |= (!strict && isResponseData$1(v) ? 0 : issuesResponseData$4(v, p, "goodsList", out, strict));
  v = o.payWayList;
  s |= (!strict && isResponseData$2(v) ? 0 : issuesResponseData$5(v, p, "payWayList", out, strict));
  v = o.refundOrderList;
  s |= (!strict && isResponseData$3(v) ? 0 : issuesResponseData$6(v, p, "refundOrderList", out, strict));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ResponseData` (none when `isResponseData` is true), each with its path from `value`. The slow path. */
export function responseDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isResponseData(value)) issuesResponseData(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isResponseData` and has no property the spec does not declare, at any depth (exactly when `responseDataStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isResponseDataStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.sn;
  if (!isId(v)) return false;
  v = o.channelSn;
  if (!isId(v)) return false;
  v = o.channel;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.dispatchWay;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.dispatchTime;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.dispatchCost;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.serviceFee;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.status;
  if (!isPayOrderStatus(v)) return false;
  v = o.amount;
  if (!isDecimal(v)) return false;
  v = o.realAmount;
  if (!isDecimal(v)) return false;
  v = o.paidAmount;
  if (!isDecimal(v)) return false;
  v = o.startPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.endPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.expiredAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.createdAt;
  if (!isBeijingTime(v)) return false;
  v = o.receiver;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.userId;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.bfdAccount;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.bfdUserId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.goodsList;
  if (!isResponseData$7(v)) return false;
  v = o.payWayList;
  if (!isResponseData$8(v)) return false;
  v = o.refundOrderList;
  if (!isResponseData$9(v)) return false;
  for (const k in o) if (!isDeclared7(k)) return false;
  return true;
}

/** {@link responseDataIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function responseDataStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesResponseData(value, [], undefined, out, true);
  return out;
}

function isResponseData$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderItemResponseVO(e)) return false;
  }
  return true;
}

function isResponseData$2(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderPayResponseVO(e)) return false;
  }
  return true;
}

function isResponseData$3(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderReturnResponseVO(e)) return false;
  }
  return true;
}

function issuesResponseData$4(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderItemResponseVO(e) ? 0 : issuesOrderItemResponseVO(e, p, i, out, strict));
  }
  return s;
}

function issuesResponseData$5(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderPayResponseVO(e) ? 0 : issuesOrderPayResponseVO(e, p, i, out, strict));
  }
  return s;
}

function issuesResponseData$6(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderReturnResponseVO(e) ? 0 : issuesOrderReturnResponseVO(e, p, i, out, strict));
  }
  return s;
}

function isResponseData$7(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderItemResponseVO$strict(e)) return false;
  }
  return true;
}

function isResponseData$8(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderPayResponseVO$strict(e)) return false;
  }
  return true;
}

function isResponseData$9(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderReturnResponseVO$strict(e)) return false;
  }
  return true;
}

// ----------------------------------------------------------------------------------------------------
// `GetListResponse`

/** True when `value` is what GetListResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGetListResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.data;
  if (v !== undefined && !(v === null || isGetListResponse$1(v))) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.errMsg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesGetListResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.data;
  if (v !== undefined) s |= (v === null ? 0 : (!strict && isGetListResponse$1(v) ? 0 : issuesGetListResponse$2(v, p, "data", out, strict)));
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.errMsg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "errMsg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GetListResponse` (none when `isGetListResponse` is true), each with its path from `value`. The slow path. */
export function getListResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGetListResponse(value)) issuesGetListResponse(value, [], undefined, out, false);
  return out;
}

function isGetListResponse$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isResponseData(e)) return false;
  }
  return true;
}

function issuesGetListResponse$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isResponseData(e) ? 0 : issuesResponseData(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `GetListResponse` with its records left unchecked (each record is checked on its own)

/** True when `value` is the envelope GetListResponseSchema describes, except that its records may be anything. The fast path: no allocation, stops at the first problem. */
export function isGetListResponsePage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.data;
  if (v !== undefined && !(v === null || Array.isArray(v))) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.errMsg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesGetListResponsePage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.data;
  if (v !== undefined) s |= (v === null ? 0 : (Array.isArray(v) ? 0 : wrongType(v, "an array", p, "data", out)));
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.errMsg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "errMsg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as that envelope (none when `isGetListResponsePage` is true), each with its path from `value`. The slow path. */
export function getListResponsePageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGetListResponsePage(value)) issuesGetListResponsePage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `GetOrderInfoRequest`

/** True when `value` is what GetOrderInfoRequestSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGetOrderInfoRequest(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.orderNo;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.terminal;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesGetOrderInfoRequest(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.orderNo;
  s |= issuesString(v, p, "orderNo", out, 1, undefined, undefined);
  v = o.terminal;
  if (v !== undefined) s |= issuesString(v, p, "terminal", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared8(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GetOrderInfoRequest` (none when `isGetOrderInfoRequest` is true), each with its path from `value`. The slow path. */
export function getOrderInfoRequestIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGetOrderInfoRequest(value)) issuesGetOrderInfoRequest(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderListDetail`

/** True when `value` is what OrderListDetailSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderListDetail(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.acceptTime;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesOrderListDetail(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.acceptTime;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "acceptTime", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared9(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderListDetail` (none when `isOrderListDetail` is true), each with its path from `value`. The slow path. */
export function orderListDetailIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderListDetail(value)) issuesOrderListDetail(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `GetOrderInfoResponse`

/** True when `value` is what GetOrderInfoResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGetOrderInfoResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.data;
  if (v !== undefined && !(isOrderListDetail(v) || v === null)) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.errMsg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesGetOrderInfoResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.data;
  if (v !== undefined) s |= (!strict && (isOrderListDetail(v) || v === null) ? 0 : issuesGetOrderInfoResponse$1(v, p, "data", out, strict));
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.errMsg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "errMsg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GetOrderInfoResponse` (none when `isGetOrderInfoResponse` is true), each with its path from `value`. The slow path. */
export function getOrderInfoResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGetOrderInfoResponse(value)) issuesGetOrderInfoResponse(value, [], undefined, out, false);
  return out;
}

function issuesGetOrderInfoResponse$1(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (isOrderListDetail(x)) return strict ? issuesOrderListDetail(x, path, key, out, true) : 0;
  if (x === null) return 0;
  const out0: ValidationIssue[] = [];
  const s0 = (isOrderListDetail(x) ? 0 : issuesOrderListDetail(x, path, key, out0, false));
  const out1: ValidationIssue[] = [];
  const s1 = (x === null ? 0 : notOneOf(x, [null], path, key, out1));
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
  if (checksOnly === 1) {
    for (const issue of only) out.push(issue);
    return 1;
  }
  return wrongType(x, "an object or null", path, key, out);
}

// ----------------------------------------------------------------------------------------------------
// `PushAck`

/** True when `value` is what PushAckSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPushAck(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.data;
  if (v !== undefined && !(v === null)) return false;
  return true;
}

function issuesPushAck(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.data;
  if (v !== undefined) s |= (v === null ? 0 : wrongType(v, "null", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared10(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `PushAck` (none when `isPushAck` is true), each with its path from `value`. The slow path. */
export function pushAckIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPushAck(value)) issuesPushAck(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `PushLogistics`

/** True when `value` is what PushLogisticsSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPushLogistics(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.orderNo;
  if (v !== undefined && !isId(v)) return false;
  v = o.status;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesPushLogistics(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.orderNo;
  if (v !== undefined) s |= issuesId(v, p, "orderNo", out);
  v = o.status;
  if (v !== undefined) s |= issuesString(v, p, "status", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared11(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `PushLogistics` (none when `isPushLogistics` is true), each with its path from `value`. The slow path. */
export function pushLogisticsIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPushLogistics(value)) issuesPushLogistics(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `PushMessage`

/** True when `value` is what PushMessageSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPushMessage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.msgId;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.msgType;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.sendTime;
  if (v !== undefined && !isBeijingTime(v)) return false;
  v = o.data;
  if (!isObject(v)) return false;
  return true;
}

function issuesPushMessage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.msgId;
  s |= issuesString(v, p, "msgId", out, 1, undefined, undefined);
  v = o.msgType;
  s |= issuesString(v, p, "msgType", out, 1, undefined, undefined);
  v = o.sendTime;
  if (v !== undefined) s |= issuesBeijingTime(v, p, "sendTime", out, strict);
  v = o.data;
  s |= (isObject(v) ? 0 : wrongType(v, "an object", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared12(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `PushMessage` (none when `isPushMessage` is true), each with its path from `value`. The slow path. */
export function pushMessageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPushMessage(value)) issuesPushMessage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `PushPayOrderRef`

/** True when `value` is what PushPayOrderRefSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPushPayOrderRef(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.paySn;
  if (!isId(v)) return false;
  v = o.orderNo;
  if (v !== undefined && !isId(v)) return false;
  v = o.status;
  if (v !== undefined && !isInteger(v)) return false;
  return true;
}

function issuesPushPayOrderRef(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.paySn;
  s |= issuesId(v, p, "paySn", out);
  v = o.orderNo;
  if (v !== undefined) s |= issuesId(v, p, "orderNo", out);
  v = o.status;
  if (v !== undefined) s |= issuesInteger(v, p, "status", out, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared13(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `PushPayOrderRef` (none when `isPushPayOrderRef` is true), each with its path from `value`. The slow path. */
export function pushPayOrderRefIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPushPayOrderRef(value)) issuesPushPayOrderRef(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `PushRefundRef`

/** True when `value` is what PushRefundRefSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isPushRefundRef(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.paySn;
  if (!isId(v)) return false;
  v = o.refundSn;
  if (v !== undefined && !isId(v)) return false;
  v = o.refundStatus;
  if (v !== undefined && !isInteger(v)) return false;
  return true;
}

function issuesPushRefundRef(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.paySn;
  s |= issuesId(v, p, "paySn", out);
  v = o.refundSn;
  if (v !== undefined) s |= issuesId(v, p, "refundSn", out);
  v = o.refundStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "refundStatus", out, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared14(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `PushRefundRef` (none when `isPushRefundRef` is true), each with its path from `value`. The slow path. */
export function pushRefundRefIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isPushRefundRef(value)) issuesPushRefundRef(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `SettlementItem`

/** True when `value` is what SettlementItemSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isSettlementItem(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.paySn;
  if (!isId(v)) return false;
  v = o.orderNum;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.bizOrderNum;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.paymentTime;
  if (!isBeijingTime(v)) return false;
  v = o.orderTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.goodsId;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.goodsName;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.num;
  if (v !== undefined && !(v === null || isInteger(v))) return false;
  v = o.price;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.amount;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  return true;
}

function issuesSettlementItem(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.paySn;
  s |= issuesId(v, p, "paySn", out);
  v = o.orderNum;
  if (v !== undefined) s |= (v === null ? 0 : issuesId(v, p, "orderNum", out));
  v = o.bizOrderNum;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "bizOrderNum", out, undefined, undefined, undefined));
  v = o.paymentTime;
  s |= issuesBeijingTime(v, p, "paymentTime", out, strict);
  v = o.orderTime;
  if (v !== undefined) s |= issuesNullableBeijingTime(v, p, "orderTime", out, strict);
  v = o.goodsId;
  if (v !== undefined) s |= (v === null ? 0 : issuesId(v, p, "goodsId", out));
  v = o.goodsName;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "goodsName", out, undefined, undefined, undefined));
  v = o.num;
  if (v !== undefined) s |= (v === null ? 0 : issuesInteger(v, p, "num", out, undefined, undefined));
  v = o.price;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "price", out));
  v = o.amount;
  if (v !== undefined) s |= (v === null ? 0 : issuesDecimal(v, p, "amount", out));
  if (strict) for (const k in o) if (!isDeclared15(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `SettlementItem` (none when `isSettlementItem` is true), each with its path from `value`. The slow path. */
export function settlementItemIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isSettlementItem(value)) issuesSettlementItem(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `SettlementItemListRequest`

/** True when `value` is what SettlementItemListRequestSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isSettlementItemListRequest(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.paymentStartTime;
  if (!isBeijingTime(v)) return false;
  v = o.paymentEndTime;
  if (!isBeijingTime(v)) return false;
  v = o.orderStartTime;
  if (v !== undefined && !isBeijingTime(v)) return false;
  v = o.orderEndTime;
  if (v !== undefined && !isBeijingTime(v)) return false;
  v = o.bizOrderNum;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.orderNum;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.currentPage;
  if (v !== undefined && !isIntegerBetween(v, 1, Infinity)) return false;
  v = o.itemsPerPage;
  if (v !== undefined && !isIntegerBetween(v, 1, 500)) return false;
  return true;
}

function issuesSettlementItemListRequest(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.paymentStartTime;
  s |= issuesBeijingTime(v, p, "paymentStartTime", out, strict);
  v = o.paymentEndTime;
  s |= issuesBeijingTime(v, p, "paymentEndTime", out, strict);
  v = o.orderStartTime;
  if (v !== undefined) s |= issuesBeijingTime(v, p, "orderStartTime", out, strict);
  v = o.orderEndTime;
  if (v !== undefined) s |= issuesBeijingTime(v, p, "orderEndTime", out, strict);
  v = o.bizOrderNum;
  if (v !== undefined) s |= issuesString(v, p, "bizOrderNum", out, undefined, undefined, undefined);
  v = o.orderNum;
  if (v !== undefined) s |= issuesString(v, p, "orderNum", out, undefined, undefined, undefined);
  v = o.currentPage;
  if (v !== undefined) s |= issuesInteger(v, p, "currentPage", out, 1, undefined);
  v = o.itemsPerPage;
  if (v !== undefined) s |= issuesInteger(v, p, "itemsPerPage", out, 1, 500);
  if (strict) for (const k in o) if (!isDeclared16(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `SettlementItemListRequest` (none when `isSettlementItemListRequest` is true), each with its path from `value`. The slow path. */
export function settlementItemListRequestIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isSettlementItemListRequest(value)) issuesSettlementItemListRequest(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `SettlementItemPage`

/** True when `value` is what SettlementItemPageSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isSettlementItemPage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.currentPage;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.itemsPerPage;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.totalCount;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.list;
  if (!isSettlementItemPage$1(v)) return false;
  return true;
}

function issuesSettlementItemPage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.currentPage;
  if (v !== undefined) s |= issuesInteger(v, p, "currentPage", out, undefined, undefined);
  v = o.itemsPerPage;
  if (v !== undefined) s |= issuesInteger(v, p, "itemsPerPage", out, undefined, undefined);
  v = o.totalCount;
  if (v !== undefined) s |= issuesInteger(v, p, "totalCount", out, undefined, undefined);
  v = o.list;
  s |= (!strict && isSettlementItemPage$1(v) ? 0 : issuesSettlementItemPage$2(v, p, "list", out, strict));
  if (strict) for (const k in o) if (!isDeclared17(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `SettlementItemPage` (none when `isSettlementItemPage` is true), each with its path from `value`. The slow path. */
export function settlementItemPageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isSettlementItemPage(value)) issuesSettlementItemPage(value, [], undefined, out, false);
  return out;
}

function isSettlementItemPage$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isSettlementItem(e)) return false;
  }
  return true;
}

function issuesSettlementItemPage$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isSettlementItem(e) ? 0 : issuesSettlementItem(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `SettlementItemListResponse`

/** True when `value` is what SettlementItemListResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isSettlementItemListResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.data;
  if (v !== undefined && !(isSettlementItemPage(v) || v === null)) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.errMsg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesSettlementItemListResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.data;
  if (v !== undefined) s |= (!strict && (isSettlementItemPage(v) || v === null) ? 0 : issuesSettlementItemListResponse$1(v, p, "data", out, strict));
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.errMsg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "errMsg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `SettlementItemListResponse` (none when `isSettlementItemListResponse` is true), each with its path from `value`. The slow path. */
export function settlementItemListResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isSettlementItemListResponse(value)) issuesSettlementItemListResponse(value, [], undefined, out, false);
  return out;
}

function issuesSettlementItemListResponse$1(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (isSettlementItemPage(x)) return strict ? issuesSettlementItemPage(x, path, key, out, true) : 0;
  if (x === null) return 0;
  const out0: ValidationIssue[] = [];
  const s0 = (isSettlementItemPage(x) ? 0 : issuesSettlementItemPage(x, path, key, out0, false));
  const out1: ValidationIssue[] = [];
  const s1 = (x === null ? 0 : notOneOf(x, [null], path, key, out1));
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
  if (checksOnly === 1) {
    for (const issue of only) out.push(issue);
    return 1;
  }
  return wrongType(x, "an object or null", path, key, out);
}

// ----------------------------------------------------------------------------------------------------
// `TokenData`

/** True when `value` is what TokenDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isTokenData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.access_token;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.expires_in;
  if (v !== undefined && !isInteger(v)) return false;
  return true;
}

function issuesTokenData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.access_token;
  s |= issuesString(v, p, "access_token", out, 1, undefined, undefined);
  v = o.expires_in;
  if (v !== undefined) s |= issuesInteger(v, p, "expires_in", out, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared18(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `TokenData` (none when `isTokenData` is true), each with its path from `value`. The slow path. */
export function tokenDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isTokenData(value)) issuesTokenData(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `TokenRequest`

/** True when `value` is what TokenRequestSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isTokenRequest(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.appid;
  if (!(typeof v === "string")) return false;
  v = o.grant_type;
  if (!(v === "client_credential")) return false;
  v = o.timestamp;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  v = o.sign;
  if (!(typeof v === "string")) return false;
  v = o.version;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesTokenRequest(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.appid;
  s |= issuesString(v, p, "appid", out, undefined, undefined, undefined);
  v = o.grant_type;
  s |= (v === "client_credential" ? 0 : notOneOf(v, ["client_credential"], p, "grant_type", out));
  v = o.timestamp;
  s |= issuesString(v, p, "timestamp", out, undefined, undefined, PATTERN_2);
  v = o.sign;
  s |= issuesString(v, p, "sign", out, undefined, undefined, undefined);
  v = o.version;
  if (v !== undefined) s |= issuesString(v, p, "version", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared19(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `TokenRequest` (none when `isTokenRequest` is true), each with its path from `value`. The slow path. */
export function tokenRequestIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isTokenRequest(value)) issuesTokenRequest(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `TokenResponse`

/** True when `value` is what TokenResponseSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isTokenResponse(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.code;
  if (!isResultCode(v)) return false;
  v = o.data;
  if (v !== undefined && !(isTokenData(v) || v === null)) return false;
  v = o.msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.errMsg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesTokenResponse(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.code;
  s |= issuesResultCode(v, p, "code", out, strict);
  v = o.data;
  if (v !== undefined) s |= (!strict && (isTokenData(v) || v === null) ? 0 : issuesTokenResponse$1(v, p, "data", out, strict));
  v = o.msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "msg", out, undefined, undefined, undefined));
  v = o.errMsg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "errMsg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `TokenResponse` (none when `isTokenResponse` is true), each with its path from `value`. The slow path. */
export function tokenResponseIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isTokenResponse(value)) issuesTokenResponse(value, [], undefined, out, false);
  return out;
}

function issuesTokenResponse$1(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (isTokenData(x)) return strict ? issuesTokenData(x, path, key, out, true) : 0;
  if (x === null) return 0;
  const out0: ValidationIssue[] = [];
  const s0 = (isTokenData(x) ? 0 : issuesTokenData(x, path, key, out0, false));
  const out1: ValidationIssue[] = [];
  const s1 = (x === null ? 0 : notOneOf(x, [null], path, key, out1));
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
  if (checksOnly === 1) {
    for (const issue of only) out.push(issue);
    return 1;
  }
  return wrongType(x, "an object or null", path, key, out);
}

function isOrderItemResponseVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.goodsId;
  if (!isId(v)) return false;
  v = o.name;
  if (!(typeof v === "string")) return false;
  v = o.num;
  if (!isInteger(v)) return false;
  v = o.price;
  if (!isDecimal(v)) return false;
  v = o.logo;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  for (const k in o) if (!isDeclared3(k)) return false;
  return true;
}

function isOrderPayResponseVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.payWay;
  if (!isPayWay(v)) return false;
  v = o.cardId;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.startPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.endPayTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.amount;
  if (!isDecimal(v)) return false;
  v = o.deduction;
  if (!isDecimal(v)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.dispatchCost;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.serviceFee;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  for (const k in o) if (!isDeclared4(k)) return false;
  return true;
}

function isOrderReturnResponseVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.sn;
  if (!isId(v)) return false;
  v = o.payOrderSn;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.payOrderAmount;
  if (v !== undefined && !(v === null || isDecimal(v))) return false;
  v = o.refundAmount;
  if (!isDecimal(v)) return false;
  v = o.refundReason;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.status;
  if (!isRefundOrderStatus(v)) return false;
  v = o.createdAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.updatedAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.refundWayList;
  if (!isOrderReturnResponseVO$strict$1(v)) return false;
  for (const k in o) if (!isDeclared6(k)) return false;
  return true;
}

function isOrderReturnResponseVO$strict$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderRefundWayResponseVO$strict(e)) return false;
  }
  return true;
}

function isOrderRefundWayResponseVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.refundOrderSn;
  if (v !== undefined && !(v === null || isId(v))) return false;
  v = o.payWay;
  if (!isPayWay(v)) return false;
  v = o.refundAccount;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  v = o.refundVal;
  if (!isDecimal(v)) return false;
  v = o.deduction;
  if (!isDecimal(v)) return false;
  v = o.status;
  if (!isFlowStatus(v)) return false;
  v = o.createdAt;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  v = o.refundTime;
  if (v !== undefined && !isNullableBeijingTime(v)) return false;
  for (const k in o) if (!isDeclared5(k)) return false;
  return true;
}
