// This file is generated. Do not edit it by hand.
// Source: specs/yopoint.openapi.yaml — regenerate with `pnpm generate` (orderbridge-codegen validators).
// `pnpm test` fails when this file and the spec disagree.
/* eslint-disable */
import {
  type Fields,
  isInteger,
  isIntegerBetween,
  isNumber,
  isObject,
  issuesInteger,
  issuesNumber,
  issuesString,
  type Key,
  type Path,
  unknownField,
  type ValidationIssue,
  wrongType,
} from "@orderbridge/core/validator-runtime";

export type { ValidationIssue, ValidationIssueCode } from "@orderbridge/core/validator-runtime";

// Not compiled here (use the zod schema of the same name):
// - allOf (zod also merges the outputs of its parts, which a check of the input cannot repeat):
//   ApiTestForm, ApiTestJson, ApiTestResponse, CabinetListForm, CabinetListJson, CabinetListResponse,
//   CabinetOpenDoorForm, CabinetOpenDoorJson, CabinetOpenDoorResponse, CabinetOrderGetForm,
//   CabinetOrderGetJson, CabinetOrderGetResponse, CabinetOrderListForm, CabinetOrderListJson,
//   CabinetOrderListResponse, CabinetOrderRefundApplyForm, CabinetOrderRefundApplyJson,
//   CabinetOrderRefundApplyResponse, CabinetOrderUserAppealForm, CabinetOrderUserAppealJson,
//   CabinetOrderUserAppealResponse, CabinetProductStockForm, CabinetProductStockJson,
//   CabinetProductStockResponse, ConsumerOrderGetForm, ConsumerOrderGetJson, ConsumerOrderGetResponse,
//   ConsumerOrderListForm, ConsumerOrderListJson, ConsumerOrderListResponse

const PATTERN_1 = new RegExp("^[0-9]{10}([0-9]{3})?$");
const PATTERN_2 = new RegExp("^[0-9a-f]{32}$");
const PATTERN_3 = new RegExp("^[0-9]{10}$");

function isDeclared1(key: string): boolean {
  switch (key) {
    case "appid":
    case "version":
    case "timestamp":
    case "sign_type":
    case "sign":
      return true;
    default:
      return false;
  }
}

function isDeclared2(key: string): boolean {
  switch (key) {
    case "error_code":
    case "error_msg":
    case "sub_error_code":
    case "sub_error_msg":
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared3(key: string): boolean {
  switch (key) {
    case "BarCode":
    case "Qty":
      return true;
    default:
      return false;
  }
}

function isDeclared4(key: string): boolean {
  switch (key) {
    case "Row":
    case "Col":
    case "BarCode":
      return true;
    default:
      return false;
  }
}

function isDeclared5(key: string): boolean {
  switch (key) {
    case "id":
    case "Name":
    case "DeviceCode":
    case "Code":
    case "CargoConfig":
    case "EnableSell":
    case "SellStatus":
    case "OnlineStatus":
    case "Province":
    case "City":
    case "District":
    case "ServicePhone":
    case "ExtElectronicStatus":
    case "ReplenisherAccountID":
    case "CabinetCount":
    case "Location":
      return true;
    default:
      return false;
  }
}

function isDeclared6(key: string): boolean {
  switch (key) {
    case "Page":
    case "PageSize":
      return true;
    default:
      return false;
  }
}

function isDeclared7(key: string): boolean {
  switch (key) {
    case "total":
    case "per_page":
    case "current_page":
    case "last_page":
    case "from":
    case "to":
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared8(key: string): boolean {
  switch (key) {
    case "CID":
    case "OpenID":
      return true;
    default:
      return false;
  }
}

function isDeclared9(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "CID":
    case "NotifyUrl":
      return true;
    default:
      return false;
  }
}

function isDeclared10(key: string): boolean {
  switch (key) {
    case "Name":
    case "ImageUrl":
    case "ImageFixWidthUrl":
    case "BarCode":
    case "Price":
      return true;
    default:
      return false;
  }
}

function isDeclared11(key: string): boolean {
  switch (key) {
    case "Qty":
    case "BarCode":
    case "Name":
    case "Price":
    case "CostPrice":
    case "TotalPrice":
    case "ProductVO":
      return true;
    default:
      return false;
  }
}

function isDeclared12(key: string): boolean {
  switch (key) {
    case "Qty":
    case "BarCode":
    case "Name":
    case "Price":
    case "CostPrice":
    case "TotalPrice":
    case "ProductVO":
    case "RealQty":
      return true;
    default:
      return false;
  }
}

function isDeclared13(key: string): boolean {
  switch (key) {
    case "Mobile":
    case "NickName":
    case "Sex":
    case "Platform":
      return true;
    default:
      return false;
  }
}

function isDeclared14(key: string): boolean {
  switch (key) {
    case "id":
    case "Platform":
    case "OpenID":
    case "Scope":
    case "MemberID":
    case "NickName":
    case "Sex":
    case "Province":
    case "City":
    case "ImageUrl":
    case "CreateAt":
    case "UpdatedAt":
    case "isFirstFlash":
    case "LastLoginTime":
    case "LastIPAddress":
    case "MemberVO":
      return true;
    default:
      return false;
  }
}

function isDeclared15(key: string): boolean {
  switch (key) {
    case "id":
    case "CID":
    case "OID":
    case "BID":
    case "DeviceCode":
    case "TerminalName":
    case "UserID":
    case "OpenID":
    case "PayType":
    case "PayExtend":
    case "ClientIPAddress":
    case "ScenesType":
    case "ServiceStatus":
    case "TradeNo":
    case "ThirdpartyAppID":
    case "ReceiptNo":
    case "LandMarkName":
    case "IndustryParentName":
    case "IndustryName":
    case "DoorStatus":
    case "TradeRawData":
    case "PayTime":
    case "Products":
    case "TradeStatus":
    case "Price":
    case "IsSuspicious":
    case "RefundsProducts":
    case "RefundsPrice":
    case "RefundsTime":
    case "RefundsRawData":
    case "UserRefundsStatus":
    case "UserRefundsTime":
    case "UserRefundsReason":
    case "UserVO":
    case "NotifyUrl":
      return true;
    default:
      return false;
  }
}

function isDeclared16(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "TradeNo":
      return true;
    default:
      return false;
  }
}

function isDeclared17(key: string): boolean {
  switch (key) {
    case "page":
    case "StartTime":
    case "EndTime":
    case "pageSize":
      return true;
    default:
      return false;
  }
}

function isDeclared18(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "Reason":
      return true;
    default:
      return false;
  }
}

function isDeclared19(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "UserRefundsStatus":
    case "UserRefundsTime":
    case "UserRefundsReason":
      return true;
    default:
      return false;
  }
}

function isDeclared20(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "Reason":
    case "Products":
      return true;
    default:
      return false;
  }
}

function isDeclared21(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "AppealTime":
      return true;
    default:
      return false;
  }
}

function isDeclared22(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "Products":
      return true;
    default:
      return false;
  }
}

function isDeclared23(key: string): boolean {
  switch (key) {
    case "cid":
    case "page":
    case "pageSize":
      return true;
    default:
      return false;
  }
}

function isDeclared24(key: string): boolean {
  switch (key) {
    case "OID":
    case "CID":
    case "BarCode":
    case "ProviderProductID":
    case "Price":
    case "Stock":
    case "Capacity":
    case "SalesCount":
    case "ProductVO":
    case "CargoList":
      return true;
    default:
      return false;
  }
}

function isDeclared25(key: string): boolean {
  switch (key) {
    case "id":
    case "ReceiptNo":
    case "TID":
    case "PayType":
    case "ProductName":
    case "BarCode":
    case "Price":
    case "PayTime":
    case "ShipmentsStatus":
    case "ShipmentsError":
    case "ProductVO":
    case "UserVO":
      return true;
    default:
      return false;
  }
}

function isDeclared26(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
      return true;
    default:
      return false;
  }
}

function isDeclared27(key: string): boolean {
  switch (key) {
    case "Page":
    case "StartTime":
    case "EndTime":
      return true;
    default:
      return false;
  }
}

function isDeclared28(key: string): boolean {
  switch (key) {
    case "error_code":
    case "error_msg":
    case "data":
      return true;
    default:
      return false;
  }
}

function isDeclared29(key: string): boolean {
  switch (key) {
    case "appid":
    case "method":
    case "biz_content":
    case "timestamp":
    case "sign_type":
    case "sign":
      return true;
    default:
      return false;
  }
}

function isDeclared30(key: string): boolean {
  switch (key) {
    case "RequestID":
    case "CID":
    case "Name":
    case "DeviceCode":
    case "Code":
    case "CargoConfig":
    case "EnableSell":
    case "SellStatus":
    case "OnlineStatus":
    case "Province":
    case "City":
    case "District":
    case "ServicePhone":
    case "ExtElectronicStatus":
    case "ReplenisherAccountID":
    case "CabinetCount":
    case "Location":
      return true;
    default:
      return false;
  }
}

function isDeclared31(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "CID":
    case "PayTime":
      return true;
    default:
      return false;
  }
}

function isDeclared32(key: string): boolean {
  switch (key) {
    case "Status":
    case "ReceiptNo":
    case "Msg":
      return true;
    default:
      return false;
  }
}

function isDeclared33(key: string): boolean {
  switch (key) {
    case "ReceiptNo":
    case "TID":
    case "ShipmentsStatus":
    case "ShipmentsError":
      return true;
    default:
      return false;
  }
}

// ----------------------------------------------------------------------------------------------------
// `ApiTestBizContent`

/** True when `value` is what ApiTestBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isApiTestBizContent(x: unknown): boolean {
  return isObject(x);
}

function issuesApiTestBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return isObject(x) ? 0 : wrongType(x, "an object", path, key, out);
}

/** Every issue of `value` as `ApiTestBizContent` (none when `isApiTestBizContent` is true), each with its path from `value`. The slow path. */
export function apiTestBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isApiTestBizContent(value)) issuesApiTestBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ApiTestData`

/** True when `value` is what ApiTestDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isApiTestData(x: unknown): boolean {
  return isObject(x);
}

function issuesApiTestData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return isObject(x) ? 0 : wrongType(x, "an object", path, key, out);
}

/** Every issue of `value` as `ApiTestData` (none when `isApiTestData` is true), each with its path from `value`. The slow path. */
export function apiTestDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isApiTestData(value)) issuesApiTestData(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `GatewayCommonParameters`

/** True when `value` is what GatewayCommonParametersSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGatewayCommonParameters(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.appid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.version;
  if (!(typeof v === "string")) return false;
  v = o.timestamp;
  if (!((typeof v === "string" && PATTERN_1.test(v)) || isInteger(v))) return false;
  v = o.sign_type;
  if (!(typeof v === "string")) return false;
  v = o.sign;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  return true;
}

function issuesGatewayCommonParameters(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.appid;
  s |= issuesString(v, p, "appid", out, 1, undefined, undefined);
  v = o.version;
  s |= issuesString(v, p, "version", out, undefined, undefined, undefined);
  v = o.timestamp;
  s |= (!strict && ((typeof v === "string" && PATTERN_1.test(v)) || isInteger(v)) ? 0 : issuesGatewayCommonParameters$1(v, p, "timestamp", out, strict));
  v = o.sign_type;
  s |= issuesString(v, p, "sign_type", out, undefined, undefined, undefined);
  v = o.sign;
  s |= issuesString(v, p, "sign", out, undefined, undefined, PATTERN_2);
  if (strict) for (const k in o) if (!isDeclared1(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GatewayCommonParameters` (none when `isGatewayCommonParameters` is true), each with its path from `value`. The slow path. */
export function gatewayCommonParametersIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGatewayCommonParameters(value)) issuesGatewayCommonParameters(value, [], undefined, out, false);
  return out;
}

function issuesGatewayCommonParameters$1(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if ((typeof x === "string" && PATTERN_1.test(x))) return 0;
  if (isInteger(x)) return 0;
  const out0: ValidationIssue[] = [];
  const s0 = issuesString(x, path, key, out0, undefined, undefined, PATTERN_1);
  const out1: ValidationIssue[] = [];
  const s1 = issuesInteger(x, path, key, out1, undefined, undefined);
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
  return wrongType(x, "text or an integer", path, key, out);
}

// ----------------------------------------------------------------------------------------------------
// `GatewayEnvelope`

/** True when `value` is what GatewayEnvelopeSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isGatewayEnvelope(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.error_code;
  if (!isInteger(v)) return false;
  v = o.error_msg;
  if (!(typeof v === "string")) return false;
  v = o.sub_error_code;
  if (v !== undefined && !(v === null || (typeof v === "string" || isInteger(v)))) return false;
  v = o.sub_error_msg;
  if (v !== undefined && !(v === null || typeof v === "string")) return false;
  return true;
}

function issuesGatewayEnvelope(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.error_code;
  s |= issuesInteger(v, p, "error_code", out, undefined, undefined);
  v = o.error_msg;
  s |= issuesString(v, p, "error_msg", out, undefined, undefined, undefined);
  v = o.sub_error_code;
  if (v !== undefined) s |= (v === null ? 0 : (!strict && (typeof v === "string" || isInteger(v)) ? 0 : issuesGatewayEnvelope$1(v, p, "sub_error_code", out, strict)));
  v = o.sub_error_msg;
  if (v !== undefined) s |= (v === null ? 0 : issuesString(v, p, "sub_error_msg", out, undefined, undefined, undefined));
  if (strict) for (const k in o) if (!isDeclared2(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `GatewayEnvelope` (none when `isGatewayEnvelope` is true), each with its path from `value`. The slow path. */
export function gatewayEnvelopeIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isGatewayEnvelope(value)) issuesGatewayEnvelope(value, [], undefined, out, false);
  return out;
}

function issuesGatewayEnvelope$1(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (typeof x === "string") return 0;
  if (isInteger(x)) return 0;
  const out0: ValidationIssue[] = [];
  const s0 = issuesString(x, path, key, out0, undefined, undefined, undefined);
  const out1: ValidationIssue[] = [];
  const s1 = issuesInteger(x, path, key, out1, undefined, undefined);
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
  return wrongType(x, "text or an integer", path, key, out);
}

// ----------------------------------------------------------------------------------------------------
// `AppealProduct`

/** True when `value` is what AppealProductSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isAppealProduct(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Qty;
  if (!isIntegerBetween(v, 0, Infinity)) return false;
  for (const k in o) if (!isDeclared3(k)) return false;
  return true;
}

function issuesAppealProduct(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.BarCode;
  s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.Qty;
  s |= issuesInteger(v, p, "Qty", out, 0, undefined);
  for (const k in o) if (!isDeclared3(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `AppealProduct` (none when `isAppealProduct` is true), each with its path from `value`. The slow path. */
export function appealProductIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isAppealProduct(value)) issuesAppealProduct(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CargoSlot`

/** True when `value` is what CargoSlotSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCargoSlot(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Row;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Col;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.BarCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesCargoSlot(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Row;
  if (v !== undefined) s |= issuesInteger(v, p, "Row", out, undefined, undefined);
  v = o.Col;
  if (v !== undefined) s |= issuesInteger(v, p, "Col", out, undefined, undefined);
  v = o.BarCode;
  if (v !== undefined) s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared4(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CargoSlot` (none when `isCargoSlot` is true), each with its path from `value`. The slow path. */
export function cargoSlotIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCargoSlot(value)) issuesCargoSlot(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `Cabinet`

/** True when `value` is what CabinetSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinet(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.DeviceCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Code;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CargoConfig;
  if (v !== undefined && !isCabinet$1(v)) return false;
  v = o.EnableSell;
  if (v !== undefined && !(typeof v === "boolean")) return false;
  v = o.SellStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.OnlineStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Province;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.City;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.District;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ServicePhone;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ExtElectronicStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ReplenisherAccountID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CabinetCount;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Location;
  if (v !== undefined && !isCabinet$2(v)) return false;
  return true;
}

function issuesCabinet(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  s |= issuesString(v, p, "id", out, undefined, undefined, undefined);
  v = o.Name;
  if (v !== undefined) s |= issuesString(v, p, "Name", out, undefined, undefined, undefined);
  v = o.DeviceCode;
  if (v !== undefined) s |= issuesString(v, p, "DeviceCode", out, undefined, undefined, undefined);
  v = o.Code;
  if (v !== undefined) s |= issuesString(v, p, "Code", out, undefined, undefined, undefined);
  v = o.CargoConfig;
  if (v !== undefined) s |= (!strict && isCabinet$1(v) ? 0 : issuesCabinet$3(v, p, "CargoConfig", out, strict));
  v = o.EnableSell;
  if (v !== undefined) s |= (typeof v === "boolean" ? 0 : wrongType(v, "true or false", p, "EnableSell", out));
  v = o.SellStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "SellStatus", out, undefined, undefined);
  v = o.OnlineStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "OnlineStatus", out, undefined, undefined);
  v = o.Province;
  if (v !== undefined) s |= issuesString(v, p, "Province", out, undefined, undefined, undefined);
  v = o.City;
  if (v !== undefined) s |= issuesString(v, p, "City", out, undefined, undefined, undefined);
  v = o.District;
  if (v !== undefined) s |= issuesString(v, p, "District", out, undefined, undefined, undefined);
  v = o.ServicePhone;
  if (v !== undefined) s |= issuesString(v, p, "ServicePhone", out, undefined, undefined, undefined);
  v = o.ExtElectronicStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "ExtElectronicStatus", out, undefined, undefined);
  v = o.ReplenisherAccountID;
  if (v !== undefined) s |= issuesString(v, p, "ReplenisherAccountID", out, undefined, undefined, undefined);
  v = o.CabinetCount;
  if (v !== undefined) s |= issuesInteger(v, p, "CabinetCount", out, undefined, undefined);
  v = o.Location;
  if (v !== undefined) s |= (!strict && isCabinet$2(v) ? 0 : issuesCabinet$4(v, p, "Location", out, strict));
  if (strict) for (const k in o) if (!isDeclared5(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `Cabinet` (none when `isCabinet` is true), each with its path from `value`. The slow path. */
export function cabinetIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinet(value)) issuesCabinet(value, [], undefined, out, false);
  return out;
}

function isCabinet$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isCargoSlot(e)) return false;
  }
  return true;
}

function isCabinet$2(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isNumber(e)) return false;
  }
  return true;
}

function issuesCabinet$3(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isCargoSlot(e) ? 0 : issuesCargoSlot(e, p, i, out, strict));
  }
  return s;
}

function issuesCabinet$4(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= issuesNumber(e, p, i, out, undefined, undefined);
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetListBizContent`

/** True when `value` is what CabinetListBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetListBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Page;
  if (!isIntegerBetween(v, 1, Infinity)) return false;
  v = o.PageSize;
  if (v !== undefined && !isIntegerBetween(v, 1, 100)) return false;
  for (const k in o) if (!isDeclared6(k)) return false;
  return true;
}

function issuesCabinetListBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Page;
  s |= issuesInteger(v, p, "Page", out, 1, undefined);
  v = o.PageSize;
  if (v !== undefined) s |= issuesInteger(v, p, "PageSize", out, 1, 100);
  for (const k in o) if (!isDeclared6(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetListBizContent` (none when `isCabinetListBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetListBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetListBizContent(value)) issuesCabinetListBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetListData`

/** True when `value` is what CabinetListDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetListData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.total;
  if (!isInteger(v)) return false;
  v = o.per_page;
  if (!isInteger(v)) return false;
  v = o.current_page;
  if (!isInteger(v)) return false;
  v = o.last_page;
  if (!isInteger(v)) return false;
  v = o.from;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.to;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.data;
  if (!isCabinetListData$1(v)) return false;
  return true;
}

function issuesCabinetListData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.total;
  s |= issuesInteger(v, p, "total", out, undefined, undefined);
  v = o.per_page;
  s |= issuesInteger(v, p, "per_page", out, undefined, undefined);
  v = o.current_page;
  s |= issuesInteger(v, p, "current_page", out, undefined, undefined);
  v = o.last_page;
  s |= issuesInteger(v, p, "last_page", out, undefined, undefined);
  v = o.from;
  if (v !== undefined) s |= issuesInteger(v, p, "from", out, undefined, undefined);
  v = o.to;
  if (v !== undefined) s |= issuesInteger(v, p, "to", out, undefined, undefined);
  v = o.data;
  s |= (!strict && isCabinetListData$1(v) ? 0 : issuesCabinetListData$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetListData` (none when `isCabinetListData` is true), each with its path from `value`. The slow path. */
export function cabinetListDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetListData(value)) issuesCabinetListData(value, [], undefined, out, false);
  return out;
}

function isCabinetListData$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isCabinet(e)) return false;
  }
  return true;
}

function issuesCabinetListData$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isCabinet(e) ? 0 : issuesCabinet(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOpenDoorBizContent`

/** True when `value` is what CabinetOpenDoorBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOpenDoorBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.CID;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.OpenID;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  for (const k in o) if (!isDeclared8(k)) return false;
  return true;
}

function issuesCabinetOpenDoorBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.CID;
  s |= issuesString(v, p, "CID", out, 1, undefined, undefined);
  v = o.OpenID;
  s |= issuesString(v, p, "OpenID", out, 1, undefined, undefined);
  for (const k in o) if (!isDeclared8(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOpenDoorBizContent` (none when `isCabinetOpenDoorBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetOpenDoorBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOpenDoorBizContent(value)) issuesCabinetOpenDoorBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOpenDoorData`

/** True when `value` is what CabinetOpenDoorDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOpenDoorData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.CID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.NotifyUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesCabinetOpenDoorData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.CID;
  if (v !== undefined) s |= issuesString(v, p, "CID", out, undefined, undefined, undefined);
  v = o.NotifyUrl;
  if (v !== undefined) s |= issuesString(v, p, "NotifyUrl", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared9(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOpenDoorData` (none when `isCabinetOpenDoorData` is true), each with its path from `value`. The slow path. */
export function cabinetOpenDoorDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOpenDoorData(value)) issuesCabinetOpenDoorData(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `FenAmount`

/** True when `value` is what FenAmountSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isFenAmount(x: unknown): boolean {
  return isInteger(x);
}

function issuesFenAmount(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesInteger(x, path, key, out, undefined, undefined);
}

/** Every issue of `value` as `FenAmount` (none when `isFenAmount` is true), each with its path from `value`. The slow path. */
export function fenAmountIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isFenAmount(value)) issuesFenAmount(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ProductVO`

/** True when `value` is what ProductVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isProductVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Name;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ImageUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ImageFixWidthUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.BarCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Price;
  if (v !== undefined && !isFenAmount(v)) return false;
  return true;
}

function issuesProductVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Name;
  if (v !== undefined) s |= issuesString(v, p, "Name", out, undefined, undefined, undefined);
  v = o.ImageUrl;
  if (v !== undefined) s |= issuesString(v, p, "ImageUrl", out, undefined, undefined, undefined);
  v = o.ImageFixWidthUrl;
  if (v !== undefined) s |= issuesString(v, p, "ImageFixWidthUrl", out, undefined, undefined, undefined);
  v = o.BarCode;
  if (v !== undefined) s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.Price;
  if (v !== undefined) s |= issuesFenAmount(v, p, "Price", out, strict);
  if (strict) for (const k in o) if (!isDeclared10(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ProductVO` (none when `isProductVO` is true), each with its path from `value`. The slow path. */
export function productVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isProductVO(value)) issuesProductVO(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `OrderProduct`

/** True when `value` is what OrderProductSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isOrderProduct(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Qty;
  if (!isInteger(v)) return false;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (!(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.CostPrice;
  if (v !== undefined && !isFenAmount(v)) return false;
  v = o.TotalPrice;
  if (!isFenAmount(v)) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO(v)) return false;
  return true;
}

function issuesOrderProduct(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Qty;
  s |= issuesInteger(v, p, "Qty", out, undefined, undefined);
  v = o.BarCode;
  s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.Name;
  s |= issuesString(v, p, "Name", out, undefined, undefined, undefined);
  v = o.Price;
  s |= issuesFenAmount(v, p, "Price", out, strict);
  v = o.CostPrice;
  if (v !== undefined) s |= issuesFenAmount(v, p, "CostPrice", out, strict);
  v = o.TotalPrice;
  s |= issuesFenAmount(v, p, "TotalPrice", out, strict);
  v = o.ProductVO;
  if (v !== undefined) s |= (!strict && isProductVO(v) ? 0 : issuesProductVO(v, p, "ProductVO", out, strict));
  if (strict) for (const k in o) if (!isDeclared11(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `OrderProduct` (none when `isOrderProduct` is true), each with its path from `value`. The slow path. */
export function orderProductIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isOrderProduct(value)) issuesOrderProduct(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `RefundProduct`

/** True when `value` is what RefundProductSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isRefundProduct(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Qty;
  if (!isInteger(v)) return false;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (!(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.CostPrice;
  if (v !== undefined && !isFenAmount(v)) return false;
  v = o.TotalPrice;
  if (!isFenAmount(v)) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO(v)) return false;
  v = o.RealQty;
  if (v !== undefined && !isInteger(v)) return false;
  return true;
}

function issuesRefundProduct(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Qty;
  s |= issuesInteger(v, p, "Qty", out, undefined, undefined);
  v = o.BarCode;
  s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.Name;
  s |= issuesString(v, p, "Name", out, undefined, undefined, undefined);
  v = o.Price;
  s |= issuesFenAmount(v, p, "Price", out, strict);
  v = o.CostPrice;
  if (v !== undefined) s |= issuesFenAmount(v, p, "CostPrice", out, strict);
  v = o.TotalPrice;
  s |= issuesFenAmount(v, p, "TotalPrice", out, strict);
  v = o.ProductVO;
  if (v !== undefined) s |= (!strict && isProductVO(v) ? 0 : issuesProductVO(v, p, "ProductVO", out, strict));
  v = o.RealQty;
  if (v !== undefined) s |= issuesInteger(v, p, "RealQty", out, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared12(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `RefundProduct` (none when `isRefundProduct` is true), each with its path from `value`. The slow path. */
export function refundProductIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isRefundProduct(value)) issuesRefundProduct(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `UnixSeconds`

/** True when `value` is what UnixSecondsSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isUnixSeconds(x: unknown): boolean {
  return isInteger(x);
}

function issuesUnixSeconds(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  return issuesInteger(x, path, key, out, undefined, undefined);
}

/** Every issue of `value` as `UnixSeconds` (none when `isUnixSeconds` is true), each with its path from `value`. The slow path. */
export function unixSecondsIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isUnixSeconds(value)) issuesUnixSeconds(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `MemberVO`

/** True when `value` is what MemberVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isMemberVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Mobile;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.NickName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Sex;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Platform;
  if (v !== undefined && !isMemberVO$1(v)) return false;
  return true;
}

function issuesMemberVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Mobile;
  if (v !== undefined) s |= issuesString(v, p, "Mobile", out, undefined, undefined, undefined);
  v = o.NickName;
  if (v !== undefined) s |= issuesString(v, p, "NickName", out, undefined, undefined, undefined);
  v = o.Sex;
  if (v !== undefined) s |= issuesInteger(v, p, "Sex", out, undefined, undefined);
  v = o.Platform;
  if (v !== undefined) s |= (!strict && isMemberVO$1(v) ? 0 : issuesMemberVO$2(v, p, "Platform", out, strict));
  if (strict) for (const k in o) if (!isDeclared13(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `MemberVO` (none when `isMemberVO` is true), each with its path from `value`. The slow path. */
export function memberVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isMemberVO(value)) issuesMemberVO(value, [], undefined, out, false);
  return out;
}

function isMemberVO$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isInteger(e)) return false;
  }
  return true;
}

function issuesMemberVO$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= issuesInteger(e, p, i, out, undefined, undefined);
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `UserVO`

/** True when `value` is what UserVOSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isUserVO(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Platform;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.OpenID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Scope;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.MemberID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.NickName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Sex;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Province;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.City;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ImageUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CreateAt;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.UpdatedAt;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.isFirstFlash;
  if (v !== undefined && !(typeof v === "boolean")) return false;
  v = o.LastLoginTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.LastIPAddress;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.MemberVO;
  if (v !== undefined && !isMemberVO(v)) return false;
  return true;
}

function issuesUserVO(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  if (v !== undefined) s |= issuesString(v, p, "id", out, undefined, undefined, undefined);
  v = o.Platform;
  if (v !== undefined) s |= issuesInteger(v, p, "Platform", out, undefined, undefined);
  v = o.OpenID;
  if (v !== undefined) s |= issuesString(v, p, "OpenID", out, undefined, undefined, undefined);
  v = o.Scope;
  if (v !== undefined) s |= issuesString(v, p, "Scope", out, undefined, undefined, undefined);
  v = o.MemberID;
  if (v !== undefined) s |= issuesString(v, p, "MemberID", out, undefined, undefined, undefined);
  v = o.NickName;
  if (v !== undefined) s |= issuesString(v, p, "NickName", out, undefined, undefined, undefined);
  v = o.Sex;
  if (v !== undefined) s |= issuesInteger(v, p, "Sex", out, undefined, undefined);
  v = o.Province;
  if (v !== undefined) s |= issuesString(v, p, "Province", out, undefined, undefined, undefined);
  v = o.City;
  if (v !== undefined) s |= issuesString(v, p, "City", out, undefined, undefined, undefined);
  v = o.ImageUrl;
  if (v !== undefined) s |= issuesString(v, p, "ImageUrl", out, undefined, undefined, undefined);
  v = o.CreateAt;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "CreateAt", out, strict);
  v = o.UpdatedAt;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "UpdatedAt", out, strict);
  v = o.isFirstFlash;
  if (v !== undefined) s |= (typeof v === "boolean" ? 0 : wrongType(v, "true or false", p, "isFirstFlash", out));
  v = o.LastLoginTime;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "LastLoginTime", out, strict);
  v = o.LastIPAddress;
  if (v !== undefined) s |= issuesString(v, p, "LastIPAddress", out, undefined, undefined, undefined);
  v = o.MemberVO;
  if (v !== undefined) s |= (!strict && isMemberVO(v) ? 0 : issuesMemberVO(v, p, "MemberVO", out, strict));
  if (strict) for (const k in o) if (!isDeclared14(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `UserVO` (none when `isUserVO` is true), each with its path from `value`. The slow path. */
export function userVOIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isUserVO(value)) issuesUserVO(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrder`

/** True when `value` is what CabinetOrderSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrder(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string")) return false;
  v = o.CID;
  if (!(typeof v === "string")) return false;
  v = o.OID;
  if (!(typeof v === "string")) return false;
  v = o.BID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.DeviceCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.TerminalName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.UserID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.OpenID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.PayType;
  if (!isInteger(v)) return false;
  v = o.PayExtend;
  if (v !== undefined && !isObject(v)) return false;
  v = o.ClientIPAddress;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ScenesType;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ServiceStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.TradeNo;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ThirdpartyAppID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.LandMarkName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.IndustryParentName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.IndustryName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.DoorStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.TradeRawData;
  if (v !== undefined && !isObject(v)) return false;
  v = o.PayTime;
  if (!isUnixSeconds(v)) return false;
  v = o.Products;
  if (!isCabinetOrder$1(v)) return false;
  v = o.TradeStatus;
  if (!isInteger(v)) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.IsSuspicious;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.RefundsProducts;
  if (v !== undefined && !isCabinetOrder$2(v)) return false;
  v = o.RefundsPrice;
  if (!isFenAmount(v)) return false;
  v = o.RefundsTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.RefundsRawData;
  if (v !== undefined && !isObject(v)) return false;
  v = o.UserRefundsStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.UserRefundsTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.UserRefundsReason;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.UserVO;
  if (v !== undefined && !isUserVO(v)) return false;
  v = o.NotifyUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesCabinetOrder(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  s |= issuesString(v, p, "id", out, undefined, undefined, undefined);
  v = o.CID;
  s |= issuesString(v, p, "CID", out, undefined, undefined, undefined);
  v = o.OID;
  s |= issuesString(v, p, "OID", out, undefined, undefined, undefined);
  v = o.BID;
  if (v !== undefined) s |= issuesString(v, p, "BID", out, undefined, undefined, undefined);
  v = o.DeviceCode;
  if (v !== undefined) s |= issuesString(v, p, "DeviceCode", out, undefined, undefined, undefined);
  v = o.TerminalName;
  if (v !== undefined) s |= issuesString(v, p, "TerminalName", out, undefined, undefined, undefined);
  v = o.UserID;
  if (v !== undefined) s |= issuesString(v, p, "UserID", out, undefined, undefined, undefined);
  v = o.OpenID;
  if (v !== undefined) s |= issuesString(v, p, "OpenID", out, undefined, undefined, undefined);
  v = o.PayType;
  s |= issuesInteger(v, p, "PayType", out, undefined, undefined);
  v = o.PayExtend;
  if (v !== undefined) s |= (isObject(v) ? 0 : wrongType(v, "an object", p, "PayExtend", out));
  v = o.ClientIPAddress;
  if (v !== undefined) s |= issuesString(v, p, "ClientIPAddress", out, undefined, undefined, undefined);
  v = o.ScenesType;
  if (v !== undefined) s |= issuesInteger(v, p, "ScenesType", out, undefined, undefined);
  v = o.ServiceStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "ServiceStatus", out, undefined, undefined);
  v = o.TradeNo;
  if (v !== undefined) s |= issuesString(v, p, "TradeNo", out, undefined, undefined, undefined);
  v = o.ThirdpartyAppID;
  if (v !== undefined) s |= issuesString(v, p, "ThirdpartyAppID", out, undefined, undefined, undefined);
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.LandMarkName;
  if (v !== undefined) s |= issuesString(v, p, "LandMarkName", out, undefined, undefined, undefined);
  v = o.IndustryParentName;
  if (v !== undefined) s |= issuesString(v, p, "IndustryParentName", out, undefined, undefined, undefined);
  v = o.IndustryName;
  if (v !== undefined) s |= issuesString(v, p, "IndustryName", out, undefined, undefined, undefined);
  v = o.DoorStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "DoorStatus", out, undefined, undefined);
  v = o.TradeRawData;
  if (v !== undefined) s |= (isObject(v) ? 0 : wrongType(v, "an object", p, "TradeRawData", out));
  v = o.PayTime;
  s |= issuesUnixSeconds(v, p, "PayTime", out, strict);
  v = o.Products;
  s |= (!strict && isCabinetOrder$1(v) ? 0 : issuesCabinetOrder$3(v, p, "Products", out, strict));
  v = o.TradeStatus;
  s |= issuesInteger(v, p, "TradeStatus", out, undefined, undefined);
  v = o.Price;
  s |= issuesFenAmount(v, p, "Price", out, strict);
  v = o.IsSuspicious;
  if (v !== undefined) s |= issuesInteger(v, p, "IsSuspicious", out, undefined, undefined);
  v = o.RefundsProducts;
  if (v !== undefined) s |= (!strict && isCabinetOrder$2(v) ? 0 : issuesCabinetOrder$4(v, p, "RefundsProducts", out, strict));
  v = o.RefundsPrice;
  s |= issuesFenAmount(v, p, "RefundsPrice", out, strict);
  v = o.RefundsTime;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "RefundsTime", out, strict);
  v = o.RefundsRawData;
  if (v !== undefined) s |= (isObject(v) ? 0 : wrongType(v, "an object", p, "RefundsRawData", out));
  v = o.UserRefundsStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "UserRefundsStatus", out, undefined, undefined);
  v = o.UserRefundsTime;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "UserRefundsTime", out, strict);
  v = o.UserRefundsReason;
  if (v !== undefined) s |= issuesString(v, p, "UserRefundsReason", out, undefined, undefined, undefined);
  v = o.UserVO;
  if (v !== undefined) s |= (!strict && isUserVO(v) ? 0 : issuesUserVO(v, p, "UserVO", out, strict));
  v = o.NotifyUrl;
  if (v !== undefined) s |= issuesString(v, p, "NotifyUrl", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared15(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrder` (none when `isCabinetOrder` is true), each with its path from `value`. The slow path. */
export function cabinetOrderIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrder(value)) issuesCabinetOrder(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isCabinetOrder` and has no property the spec does not declare, at any depth (exactly when `cabinetOrderStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isCabinetOrderStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string")) return false;
  v = o.CID;
  if (!(typeof v === "string")) return false;
  v = o.OID;
  if (!(typeof v === "string")) return false;
  v = o.BID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.DeviceCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.TerminalName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.UserID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.OpenID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.PayType;
  if (!isInteger(v)) return false;
  v = o.PayExtend;
  if (v !== undefined && !isObject(v)) return false;
  v = o.ClientIPAddress;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ScenesType;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ServiceStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.TradeNo;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ThirdpartyAppID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.LandMarkName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.IndustryParentName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.IndustryName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.DoorStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.TradeRawData;
  if (v !== undefined && !isObject(v)) return false;
  v = o.PayTime;
  if (!isUnixSeconds(v)) return false;
  v = o.Products;
  if (!isCabinetOrder$5(v)) return false;
  v = o.TradeStatus;
  if (!isInteger(v)) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.IsSuspicious;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.RefundsProducts;
  if (v !== undefined && !isCabinetOrder$6(v)) return false;
  v = o.RefundsPrice;
  if (!isFenAmount(v)) return false;
  v = o.RefundsTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.RefundsRawData;
  if (v !== undefined && !isObject(v)) return false;
  v = o.UserRefundsStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.UserRefundsTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.UserRefundsReason;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.UserVO;
  if (v !== undefined && !isUserVO$strict(v)) return false;
  v = o.NotifyUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared15(k)) return false;
  return true;
}

/** {@link cabinetOrderIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function cabinetOrderStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesCabinetOrder(value, [], undefined, out, true);
  return out;
}

function isCabinetOrder$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderProduct(e)) return false;
  }
  return true;
}

function isCabinetOrder$2(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isRefundProduct(e)) return false;
  }
  return true;
}

function issuesCabinetOrder$3(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderProduct(e) ? 0 : issuesOrderProduct(e, p, i, out, strict));
  }
  return s;
}

function issuesCabinetOrder$4(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isRefundProduct(e) ? 0 : issuesRefundProduct(e, p, i, out, strict));
  }
  return s;
}

function isCabinetOrder$5(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderProduct$strict(e)) return false;
  }
  return true;
}

function isCabinetOrder$6(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isRefundProduct$strict(e)) return false;
  }
  return true;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderGetBizContent`

/** True when `value` is what CabinetOrderGetBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderGetBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (v !== undefined && !(typeof v === "string" && v.length >= 1)) return false;
  v = o.TradeNo;
  if (v !== undefined && !(typeof v === "string" && v.length >= 1)) return false;
  for (const k in o) if (!isDeclared16(k)) return false;
  return true;
}

function issuesCabinetOrderGetBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  if (v !== undefined) s |= issuesString(v, p, "ReceiptNo", out, 1, undefined, undefined);
  v = o.TradeNo;
  if (v !== undefined) s |= issuesString(v, p, "TradeNo", out, 1, undefined, undefined);
  for (const k in o) if (!isDeclared16(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderGetBizContent` (none when `isCabinetOrderGetBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetOrderGetBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderGetBizContent(value)) issuesCabinetOrderGetBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderListBizContent`

/** True when `value` is what CabinetOrderListBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderListBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.page;
  if (!isIntegerBetween(v, 1, Infinity)) return false;
  v = o.StartTime;
  if (!isUnixSeconds(v)) return false;
  v = o.EndTime;
  if (!isUnixSeconds(v)) return false;
  v = o.pageSize;
  if (v !== undefined && !isIntegerBetween(v, 1, 100)) return false;
  for (const k in o) if (!isDeclared17(k)) return false;
  return true;
}

function issuesCabinetOrderListBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.page;
  s |= issuesInteger(v, p, "page", out, 1, undefined);
  v = o.StartTime;
  s |= issuesUnixSeconds(v, p, "StartTime", out, strict);
  v = o.EndTime;
  s |= issuesUnixSeconds(v, p, "EndTime", out, strict);
  v = o.pageSize;
  if (v !== undefined) s |= issuesInteger(v, p, "pageSize", out, 1, 100);
  for (const k in o) if (!isDeclared17(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderListBizContent` (none when `isCabinetOrderListBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetOrderListBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderListBizContent(value)) issuesCabinetOrderListBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderListData`

/** True when `value` is what CabinetOrderListDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderListData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.total;
  if (!isInteger(v)) return false;
  v = o.per_page;
  if (!isInteger(v)) return false;
  v = o.current_page;
  if (!isInteger(v)) return false;
  v = o.last_page;
  if (!isInteger(v)) return false;
  v = o.from;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.to;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.data;
  if (!isCabinetOrderListData$1(v)) return false;
  return true;
}

function issuesCabinetOrderListData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.total;
  s |= issuesInteger(v, p, "total", out, undefined, undefined);
  v = o.per_page;
  s |= issuesInteger(v, p, "per_page", out, undefined, undefined);
  v = o.current_page;
  s |= issuesInteger(v, p, "current_page", out, undefined, undefined);
  v = o.last_page;
  s |= issuesInteger(v, p, "last_page", out, undefined, undefined);
  v = o.from;
  if (v !== undefined) s |= issuesInteger(v, p, "from", out, undefined, undefined);
  v = o.to;
  if (v !== undefined) s |= issuesInteger(v, p, "to", out, undefined, undefined);
  v = o.data;
  s |= (!strict && isCabinetOrderListData$1(v) ? 0 : issuesCabinetOrderListData$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderListData` (none when `isCabinetOrderListData` is true), each with its path from `value`. The slow path. */
export function cabinetOrderListDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderListData(value)) issuesCabinetOrderListData(value, [], undefined, out, false);
  return out;
}

function isCabinetOrderListData$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isCabinetOrder(e)) return false;
  }
  return true;
}

function issuesCabinetOrderListData$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isCabinetOrder(e) ? 0 : issuesCabinetOrder(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderListData` with its records left unchecked (each record is checked on its own)

/** True when `value` is the envelope CabinetOrderListDataSchema describes, except that its records may be anything. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderListDataPage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.total;
  if (!isInteger(v)) return false;
  v = o.per_page;
  if (!isInteger(v)) return false;
  v = o.current_page;
  if (!isInteger(v)) return false;
  v = o.last_page;
  if (!isInteger(v)) return false;
  v = o.from;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.to;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.data;
  if (!Array.isArray(v)) return false;
  return true;
}

function issuesCabinetOrderListDataPage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.total;
  s |= issuesInteger(v, p, "total", out, undefined, undefined);
  v = o.per_page;
  s |= issuesInteger(v, p, "per_page", out, undefined, undefined);
  v = o.current_page;
  s |= issuesInteger(v, p, "current_page", out, undefined, undefined);
  v = o.last_page;
  s |= issuesInteger(v, p, "last_page", out, undefined, undefined);
  v = o.from;
  if (v !== undefined) s |= issuesInteger(v, p, "from", out, undefined, undefined);
  v = o.to;
  if (v !== undefined) s |= issuesInteger(v, p, "to", out, undefined, undefined);
  v = o.data;
  s |= (Array.isArray(v) ? 0 : wrongType(v, "an array", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as that envelope (none when `isCabinetOrderListDataPage` is true), each with its path from `value`. The slow path. */
export function cabinetOrderListDataPageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderListDataPage(value)) issuesCabinetOrderListDataPage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderRefundApplyBizContent`

/** True when `value` is what CabinetOrderRefundApplyBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderRefundApplyBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.Reason;
  if (v !== undefined && !(typeof v === "string")) return false;
  for (const k in o) if (!isDeclared18(k)) return false;
  return true;
}

function issuesCabinetOrderRefundApplyBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, 1, undefined, undefined);
  v = o.Reason;
  if (v !== undefined) s |= issuesString(v, p, "Reason", out, undefined, undefined, undefined);
  for (const k in o) if (!isDeclared18(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderRefundApplyBizContent` (none when `isCabinetOrderRefundApplyBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetOrderRefundApplyBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderRefundApplyBizContent(value)) issuesCabinetOrderRefundApplyBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderRefundApplyData`

/** True when `value` is what CabinetOrderRefundApplyDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderRefundApplyData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.UserRefundsStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.UserRefundsTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.UserRefundsReason;
  if (v !== undefined && !(typeof v === "string")) return false;
  return true;
}

function issuesCabinetOrderRefundApplyData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.UserRefundsStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "UserRefundsStatus", out, undefined, undefined);
  v = o.UserRefundsTime;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "UserRefundsTime", out, strict);
  v = o.UserRefundsReason;
  if (v !== undefined) s |= issuesString(v, p, "UserRefundsReason", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared19(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderRefundApplyData` (none when `isCabinetOrderRefundApplyData` is true), each with its path from `value`. The slow path. */
export function cabinetOrderRefundApplyDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderRefundApplyData(value)) issuesCabinetOrderRefundApplyData(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderUserAppealBizContent`

/** True when `value` is what CabinetOrderUserAppealBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderUserAppealBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.Reason;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Products;
  if (v !== undefined && !isCabinetOrderUserAppealBizContent$1(v)) return false;
  for (const k in o) if (!isDeclared20(k)) return false;
  return true;
}

function issuesCabinetOrderUserAppealBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, 1, undefined, undefined);
  v = o.Reason;
  if (v !== undefined) s |= issuesString(v, p, "Reason", out, undefined, undefined, undefined);
  v = o.Products;
  if (v !== undefined) s |= (!strict && isCabinetOrderUserAppealBizContent$1(v) ? 0 : issuesCabinetOrderUserAppealBizContent$2(v, p, "Products", out, strict));
  for (const k in o) if (!isDeclared20(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderUserAppealBizContent` (none when `isCabinetOrderUserAppealBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetOrderUserAppealBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderUserAppealBizContent(value)) issuesCabinetOrderUserAppealBizContent(value, [], undefined, out, false);
  return out;
}

function isCabinetOrderUserAppealBizContent$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isAppealProduct(e)) return false;
  }
  return true;
}

function issuesCabinetOrderUserAppealBizContent$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isAppealProduct(e) ? 0 : issuesAppealProduct(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderUserAppealData`

/** True when `value` is what CabinetOrderUserAppealDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderUserAppealData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.AppealTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  return true;
}

function issuesCabinetOrderUserAppealData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.AppealTime;
  if (v !== undefined) s |= issuesUnixSeconds(v, p, "AppealTime", out, strict);
  if (strict) for (const k in o) if (!isDeclared21(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderUserAppealData` (none when `isCabinetOrderUserAppealData` is true), each with its path from `value`. The slow path. */
export function cabinetOrderUserAppealDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderUserAppealData(value)) issuesCabinetOrderUserAppealData(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetOrderViResultNotify`

/** True when `value` is what CabinetOrderViResultNotifySchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetOrderViResultNotify(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.Products;
  if (!isCabinetOrderViResultNotify$1(v)) return false;
  return true;
}

function issuesCabinetOrderViResultNotify(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.Products;
  s |= (!strict && isCabinetOrderViResultNotify$1(v) ? 0 : issuesCabinetOrderViResultNotify$2(v, p, "Products", out, strict));
  if (strict) for (const k in o) if (!isDeclared22(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetOrderViResultNotify` (none when `isCabinetOrderViResultNotify` is true), each with its path from `value`. The slow path. */
export function cabinetOrderViResultNotifyIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetOrderViResultNotify(value)) issuesCabinetOrderViResultNotify(value, [], undefined, out, false);
  return out;
}

function isCabinetOrderViResultNotify$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isOrderProduct(e)) return false;
  }
  return true;
}

function issuesCabinetOrderViResultNotify$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isOrderProduct(e) ? 0 : issuesOrderProduct(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetProductStockBizContent`

/** True when `value` is what CabinetProductStockBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetProductStockBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.cid;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  v = o.page;
  if (v !== undefined && !isIntegerBetween(v, 1, Infinity)) return false;
  v = o.pageSize;
  if (v !== undefined && !isIntegerBetween(v, 1, 100)) return false;
  for (const k in o) if (!isDeclared23(k)) return false;
  return true;
}

function issuesCabinetProductStockBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.cid;
  s |= issuesString(v, p, "cid", out, 1, undefined, undefined);
  v = o.page;
  if (v !== undefined) s |= issuesInteger(v, p, "page", out, 1, undefined);
  v = o.pageSize;
  if (v !== undefined) s |= issuesInteger(v, p, "pageSize", out, 1, 100);
  for (const k in o) if (!isDeclared23(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetProductStockBizContent` (none when `isCabinetProductStockBizContent` is true), each with its path from `value`. The slow path. */
export function cabinetProductStockBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetProductStockBizContent(value)) issuesCabinetProductStockBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetProductStockItem`

/** True when `value` is what CabinetProductStockItemSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetProductStockItem(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.OID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.ProviderProductID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.Stock;
  if (!isInteger(v)) return false;
  v = o.Capacity;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.SalesCount;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO(v)) return false;
  v = o.CargoList;
  if (v !== undefined && !isCabinetProductStockItem$1(v)) return false;
  return true;
}

function issuesCabinetProductStockItem(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.OID;
  if (v !== undefined) s |= issuesString(v, p, "OID", out, undefined, undefined, undefined);
  v = o.CID;
  if (v !== undefined) s |= issuesString(v, p, "CID", out, undefined, undefined, undefined);
  v = o.BarCode;
  s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.ProviderProductID;
  if (v !== undefined) s |= issuesString(v, p, "ProviderProductID", out, undefined, undefined, undefined);
  v = o.Price;
  s |= issuesFenAmount(v, p, "Price", out, strict);
  v = o.Stock;
  s |= issuesInteger(v, p, "Stock", out, undefined, undefined);
  v = o.Capacity;
  if (v !== undefined) s |= issuesInteger(v, p, "Capacity", out, undefined, undefined);
  v = o.SalesCount;
  if (v !== undefined) s |= issuesInteger(v, p, "SalesCount", out, undefined, undefined);
  v = o.ProductVO;
  if (v !== undefined) s |= (!strict && isProductVO(v) ? 0 : issuesProductVO(v, p, "ProductVO", out, strict));
  v = o.CargoList;
  if (v !== undefined) s |= (!strict && isCabinetProductStockItem$1(v) ? 0 : issuesCabinetProductStockItem$2(v, p, "CargoList", out, strict));
  if (strict) for (const k in o) if (!isDeclared24(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetProductStockItem` (none when `isCabinetProductStockItem` is true), each with its path from `value`. The slow path. */
export function cabinetProductStockItemIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetProductStockItem(value)) issuesCabinetProductStockItem(value, [], undefined, out, false);
  return out;
}

function isCabinetProductStockItem$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isCargoSlot(e)) return false;
  }
  return true;
}

function issuesCabinetProductStockItem$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isCargoSlot(e) ? 0 : issuesCargoSlot(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `CabinetProductStockData`

/** True when `value` is what CabinetProductStockDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isCabinetProductStockData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.total;
  if (!isInteger(v)) return false;
  v = o.per_page;
  if (!isInteger(v)) return false;
  v = o.current_page;
  if (!isInteger(v)) return false;
  v = o.last_page;
  if (!isInteger(v)) return false;
  v = o.from;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.to;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.data;
  if (!isCabinetProductStockData$1(v)) return false;
  return true;
}

function issuesCabinetProductStockData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.total;
  s |= issuesInteger(v, p, "total", out, undefined, undefined);
  v = o.per_page;
  s |= issuesInteger(v, p, "per_page", out, undefined, undefined);
  v = o.current_page;
  s |= issuesInteger(v, p, "current_page", out, undefined, undefined);
  v = o.last_page;
  s |= issuesInteger(v, p, "last_page", out, undefined, undefined);
  v = o.from;
  if (v !== undefined) s |= issuesInteger(v, p, "from", out, undefined, undefined);
  v = o.to;
  if (v !== undefined) s |= issuesInteger(v, p, "to", out, undefined, undefined);
  v = o.data;
  s |= (!strict && isCabinetProductStockData$1(v) ? 0 : issuesCabinetProductStockData$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `CabinetProductStockData` (none when `isCabinetProductStockData` is true), each with its path from `value`. The slow path. */
export function cabinetProductStockDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isCabinetProductStockData(value)) issuesCabinetProductStockData(value, [], undefined, out, false);
  return out;
}

function isCabinetProductStockData$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isCabinetProductStockItem(e)) return false;
  }
  return true;
}

function issuesCabinetProductStockData$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isCabinetProductStockItem(e) ? 0 : issuesCabinetProductStockItem(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumerOrder`

/** True when `value` is what ConsumerOrderSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumerOrder(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string")) return false;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.TID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.PayType;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ProductName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.BarCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.PayTime;
  if (!isUnixSeconds(v)) return false;
  v = o.ShipmentsStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ShipmentsError;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO(v)) return false;
  v = o.UserVO;
  if (v !== undefined && !isUserVO(v)) return false;
  return true;
}

function issuesConsumerOrder(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.id;
  s |= issuesString(v, p, "id", out, undefined, undefined, undefined);
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.TID;
  if (v !== undefined) s |= issuesString(v, p, "TID", out, undefined, undefined, undefined);
  v = o.PayType;
  if (v !== undefined) s |= issuesInteger(v, p, "PayType", out, undefined, undefined);
  v = o.ProductName;
  if (v !== undefined) s |= issuesString(v, p, "ProductName", out, undefined, undefined, undefined);
  v = o.BarCode;
  if (v !== undefined) s |= issuesString(v, p, "BarCode", out, undefined, undefined, undefined);
  v = o.Price;
  s |= issuesFenAmount(v, p, "Price", out, strict);
  v = o.PayTime;
  s |= issuesUnixSeconds(v, p, "PayTime", out, strict);
  v = o.ShipmentsStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "ShipmentsStatus", out, undefined, undefined);
  v = o.ShipmentsError;
  if (v !== undefined) s |= issuesString(v, p, "ShipmentsError", out, undefined, undefined, undefined);
  v = o.ProductVO;
  if (v !== undefined) s |= (!strict && isProductVO(v) ? 0 : issuesProductVO(v, p, "ProductVO", out, strict));
  v = o.UserVO;
  if (v !== undefined) s |= (!strict && isUserVO(v) ? 0 : issuesUserVO(v, p, "UserVO", out, strict));
  if (strict) for (const k in o) if (!isDeclared25(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumerOrder` (none when `isConsumerOrder` is true), each with its path from `value`. The slow path. */
export function consumerOrderIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumerOrder(value)) issuesConsumerOrder(value, [], undefined, out, false);
  return out;
}

/** True when `value` passes `isConsumerOrder` and has no property the spec does not declare, at any depth (exactly when `consumerOrderStrictIssues` finds nothing). Cheap enough for every record: take the slow path only when it is false. */
export function isConsumerOrderStrict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (!(typeof v === "string")) return false;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.TID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.PayType;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ProductName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.BarCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.PayTime;
  if (!isUnixSeconds(v)) return false;
  v = o.ShipmentsStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ShipmentsError;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO$strict(v)) return false;
  v = o.UserVO;
  if (v !== undefined && !isUserVO$strict(v)) return false;
  for (const k in o) if (!isDeclared25(k)) return false;
  return true;
}

/** {@link consumerOrderIssues}, plus an `unknown_field` issue for each property the spec does not declare, at any depth. For drift detection, on the slow path. */
export function consumerOrderStrictIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  issuesConsumerOrder(value, [], undefined, out, true);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumerOrderGetBizContent`

/** True when `value` is what ConsumerOrderGetBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumerOrderGetBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string" && v.length >= 1)) return false;
  for (const k in o) if (!isDeclared26(k)) return false;
  return true;
}

function issuesConsumerOrderGetBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, 1, undefined, undefined);
  for (const k in o) if (!isDeclared26(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumerOrderGetBizContent` (none when `isConsumerOrderGetBizContent` is true), each with its path from `value`. The slow path. */
export function consumerOrderGetBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumerOrderGetBizContent(value)) issuesConsumerOrderGetBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumerOrderListBizContent`

/** True when `value` is what ConsumerOrderListBizContentSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumerOrderListBizContent(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Page;
  if (!isIntegerBetween(v, 1, Infinity)) return false;
  v = o.StartTime;
  if (!isUnixSeconds(v)) return false;
  v = o.EndTime;
  if (!isUnixSeconds(v)) return false;
  for (const k in o) if (!isDeclared27(k)) return false;
  return true;
}

function issuesConsumerOrderListBizContent(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Page;
  s |= issuesInteger(v, p, "Page", out, 1, undefined);
  v = o.StartTime;
  s |= issuesUnixSeconds(v, p, "StartTime", out, strict);
  v = o.EndTime;
  s |= issuesUnixSeconds(v, p, "EndTime", out, strict);
  for (const k in o) if (!isDeclared27(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumerOrderListBizContent` (none when `isConsumerOrderListBizContent` is true), each with its path from `value`. The slow path. */
export function consumerOrderListBizContentIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumerOrderListBizContent(value)) issuesConsumerOrderListBizContent(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumerOrderListData`

/** True when `value` is what ConsumerOrderListDataSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isConsumerOrderListData(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.total;
  if (!isInteger(v)) return false;
  v = o.per_page;
  if (!isInteger(v)) return false;
  v = o.current_page;
  if (!isInteger(v)) return false;
  v = o.last_page;
  if (!isInteger(v)) return false;
  v = o.from;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.to;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.data;
  if (!isConsumerOrderListData$1(v)) return false;
  return true;
}

function issuesConsumerOrderListData(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.total;
  s |= issuesInteger(v, p, "total", out, undefined, undefined);
  v = o.per_page;
  s |= issuesInteger(v, p, "per_page", out, undefined, undefined);
  v = o.current_page;
  s |= issuesInteger(v, p, "current_page", out, undefined, undefined);
  v = o.last_page;
  s |= issuesInteger(v, p, "last_page", out, undefined, undefined);
  v = o.from;
  if (v !== undefined) s |= issuesInteger(v, p, "from", out, undefined, undefined);
  v = o.to;
  if (v !== undefined) s |= issuesInteger(v, p, "to", out, undefined, undefined);
  v = o.data;
  s |= (!strict && isConsumerOrderListData$1(v) ? 0 : issuesConsumerOrderListData$2(v, p, "data", out, strict));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `ConsumerOrderListData` (none when `isConsumerOrderListData` is true), each with its path from `value`. The slow path. */
export function consumerOrderListDataIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumerOrderListData(value)) issuesConsumerOrderListData(value, [], undefined, out, false);
  return out;
}

function isConsumerOrderListData$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isConsumerOrder(e)) return false;
  }
  return true;
}

function issuesConsumerOrderListData$2(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isConsumerOrder(e) ? 0 : issuesConsumerOrder(e, p, i, out, strict));
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `ConsumerOrderListData` with its records left unchecked (each record is checked on its own)

/** True when `value` is the envelope ConsumerOrderListDataSchema describes, except that its records may be anything. The fast path: no allocation, stops at the first problem. */
export function isConsumerOrderListDataPage(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.total;
  if (!isInteger(v)) return false;
  v = o.per_page;
  if (!isInteger(v)) return false;
  v = o.current_page;
  if (!isInteger(v)) return false;
  v = o.last_page;
  if (!isInteger(v)) return false;
  v = o.from;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.to;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.data;
  if (!Array.isArray(v)) return false;
  return true;
}

function issuesConsumerOrderListDataPage(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.total;
  s |= issuesInteger(v, p, "total", out, undefined, undefined);
  v = o.per_page;
  s |= issuesInteger(v, p, "per_page", out, undefined, undefined);
  v = o.current_page;
  s |= issuesInteger(v, p, "current_page", out, undefined, undefined);
  v = o.last_page;
  s |= issuesInteger(v, p, "last_page", out, undefined, undefined);
  v = o.from;
  if (v !== undefined) s |= issuesInteger(v, p, "from", out, undefined, undefined);
  v = o.to;
  if (v !== undefined) s |= issuesInteger(v, p, "to", out, undefined, undefined);
  v = o.data;
  s |= (Array.isArray(v) ? 0 : wrongType(v, "an array", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared7(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as that envelope (none when `isConsumerOrderListDataPage` is true), each with its path from `value`. The slow path. */
export function consumerOrderListDataPageIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isConsumerOrderListDataPage(value)) issuesConsumerOrderListDataPage(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `NotificationAck`

/** True when `value` is what NotificationAckSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNotificationAck(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.error_code;
  if (!isInteger(v)) return false;
  v = o.error_msg;
  if (!(typeof v === "string")) return false;
  v = o.data;
  if (v !== undefined && !isObject(v)) return false;
  return true;
}

function issuesNotificationAck(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.error_code;
  s |= issuesInteger(v, p, "error_code", out, undefined, undefined);
  v = o.error_msg;
  s |= issuesString(v, p, "error_msg", out, undefined, undefined, undefined);
  v = o.data;
  if (v !== undefined) s |= (isObject(v) ? 0 : wrongType(v, "an object", p, "data", out));
  if (strict) for (const k in o) if (!isDeclared28(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `NotificationAck` (none when `isNotificationAck` is true), each with its path from `value`. The slow path. */
export function notificationAckIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNotificationAck(value)) issuesNotificationAck(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `NotificationForm`

/** True when `value` is what NotificationFormSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNotificationForm(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.appid;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.method;
  if (!(typeof v === "string")) return false;
  v = o.biz_content;
  if (!(typeof v === "string")) return false;
  v = o.timestamp;
  if (!(typeof v === "string" && PATTERN_3.test(v))) return false;
  v = o.sign_type;
  if (!(typeof v === "string")) return false;
  v = o.sign;
  if (!(typeof v === "string" && PATTERN_2.test(v))) return false;
  return true;
}

function issuesNotificationForm(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.appid;
  if (v !== undefined) s |= issuesString(v, p, "appid", out, undefined, undefined, undefined);
  v = o.method;
  s |= issuesString(v, p, "method", out, undefined, undefined, undefined);
  v = o.biz_content;
  s |= issuesString(v, p, "biz_content", out, undefined, undefined, undefined);
  v = o.timestamp;
  s |= issuesString(v, p, "timestamp", out, undefined, undefined, PATTERN_3);
  v = o.sign_type;
  s |= issuesString(v, p, "sign_type", out, undefined, undefined, undefined);
  v = o.sign;
  s |= issuesString(v, p, "sign", out, undefined, undefined, PATTERN_2);
  if (strict) for (const k in o) if (!isDeclared29(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `NotificationForm` (none when `isNotificationForm` is true), each with its path from `value`. The slow path. */
export function notificationFormIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNotificationForm(value)) issuesNotificationForm(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `NotifyCabinetChanged`

/** True when `value` is what NotifyCabinetChangedSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNotifyCabinetChanged(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.RequestID;
  if (!(typeof v === "string")) return false;
  v = o.CID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Name;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.DeviceCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Code;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CargoConfig;
  if (v !== undefined && !isNotifyCabinetChanged$1(v)) return false;
  v = o.EnableSell;
  if (v !== undefined && !(typeof v === "boolean")) return false;
  v = o.SellStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.OnlineStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Province;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.City;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.District;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ServicePhone;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ExtElectronicStatus;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.ReplenisherAccountID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CabinetCount;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Location;
  if (v !== undefined && !isNotifyCabinetChanged$2(v)) return false;
  return true;
}

function issuesNotifyCabinetChanged(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.RequestID;
  s |= issuesString(v, p, "RequestID", out, undefined, undefined, undefined);
  v = o.CID;
  if (v !== undefined) s |= issuesString(v, p, "CID", out, undefined, undefined, undefined);
  v = o.Name;
  if (v !== undefined) s |= issuesString(v, p, "Name", out, undefined, undefined, undefined);
  v = o.DeviceCode;
  if (v !== undefined) s |= issuesString(v, p, "DeviceCode", out, undefined, undefined, undefined);
  v = o.Code;
  if (v !== undefined) s |= issuesString(v, p, "Code", out, undefined, undefined, undefined);
  v = o.CargoConfig;
  if (v !== undefined) s |= (!strict && isNotifyCabinetChanged$1(v) ? 0 : issuesNotifyCabinetChanged$3(v, p, "CargoConfig", out, strict));
  v = o.EnableSell;
  if (v !== undefined) s |= (typeof v === "boolean" ? 0 : wrongType(v, "true or false", p, "EnableSell", out));
  v = o.SellStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "SellStatus", out, undefined, undefined);
  v = o.OnlineStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "OnlineStatus", out, undefined, undefined);
  v = o.Province;
  if (v !== undefined) s |= issuesString(v, p, "Province", out, undefined, undefined, undefined);
  v = o.City;
  if (v !== undefined) s |= issuesString(v, p, "City", out, undefined, undefined, undefined);
  v = o.District;
  if (v !== undefined) s |= issuesString(v, p, "District", out, undefined, undefined, undefined);
  v = o.ServicePhone;
  if (v !== undefined) s |= issuesString(v, p, "ServicePhone", out, undefined, undefined, undefined);
  v = o.ExtElectronicStatus;
  if (v !== undefined) s |= issuesInteger(v, p, "ExtElectronicStatus", out, undefined, undefined);
  v = o.ReplenisherAccountID;
  if (v !== undefined) s |= issuesString(v, p, "ReplenisherAccountID", out, undefined, undefined, undefined);
  v = o.CabinetCount;
  if (v !== undefined) s |= issuesInteger(v, p, "CabinetCount", out, undefined, undefined);
  v = o.Location;
  if (v !== undefined) s |= (!strict && isNotifyCabinetChanged$2(v) ? 0 : issuesNotifyCabinetChanged$4(v, p, "Location", out, strict));
  if (strict) for (const k in o) if (!isDeclared30(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `NotifyCabinetChanged` (none when `isNotifyCabinetChanged` is true), each with its path from `value`. The slow path. */
export function notifyCabinetChangedIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNotifyCabinetChanged(value)) issuesNotifyCabinetChanged(value, [], undefined, out, false);
  return out;
}

function isNotifyCabinetChanged$1(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isCargoSlot(e)) return false;
  }
  return true;
}

function isNotifyCabinetChanged$2(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!isNumber(e)) return false;
  }
  return true;
}

function issuesNotifyCabinetChanged$3(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= (!strict && isCargoSlot(e) ? 0 : issuesCargoSlot(e, p, i, out, strict));
  }
  return s;
}

function issuesNotifyCabinetChanged$4(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!Array.isArray(x)) return wrongType(x, "an array", path, key, out);
  let s = 0;
  const p = key === undefined ? path : [...path, key];
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    s |= issuesNumber(e, p, i, out, undefined, undefined);
  }
  return s;
}

// ----------------------------------------------------------------------------------------------------
// `NotifyCabinetOrderSimple`

/** True when `value` is what NotifyCabinetOrderSimpleSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNotifyCabinetOrderSimple(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.CID;
  if (!(typeof v === "string")) return false;
  v = o.PayTime;
  if (!isUnixSeconds(v)) return false;
  return true;
}

function issuesNotifyCabinetOrderSimple(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.CID;
  s |= issuesString(v, p, "CID", out, undefined, undefined, undefined);
  v = o.PayTime;
  s |= issuesUnixSeconds(v, p, "PayTime", out, strict);
  if (strict) for (const k in o) if (!isDeclared31(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `NotifyCabinetOrderSimple` (none when `isNotifyCabinetOrderSimple` is true), each with its path from `value`. The slow path. */
export function notifyCabinetOrderSimpleIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNotifyCabinetOrderSimple(value)) issuesNotifyCabinetOrderSimple(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `NotifyCloseDoor`

/** True when `value` is what NotifyCloseDoorSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNotifyCloseDoor(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Status;
  if (!isInteger(v)) return false;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.Msg;
  if (!(typeof v === "string")) return false;
  return true;
}

function issuesNotifyCloseDoor(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.Status;
  s |= issuesInteger(v, p, "Status", out, undefined, undefined);
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.Msg;
  s |= issuesString(v, p, "Msg", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared32(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `NotifyCloseDoor` (none when `isNotifyCloseDoor` is true), each with its path from `value`. The slow path. */
export function notifyCloseDoorIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNotifyCloseDoor(value)) issuesNotifyCloseDoor(value, [], undefined, out, false);
  return out;
}

// ----------------------------------------------------------------------------------------------------
// `NotifyConsumerOrderSimple`

/** True when `value` is what NotifyConsumerOrderSimpleSchema accepts. The fast path: no allocation, stops at the first problem. */
export function isNotifyConsumerOrderSimple(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.ReceiptNo;
  if (!(typeof v === "string")) return false;
  v = o.TID;
  if (!(typeof v === "string")) return false;
  v = o.ShipmentsStatus;
  if (!isInteger(v)) return false;
  v = o.ShipmentsError;
  if (!(typeof v === "string")) return false;
  return true;
}

function issuesNotifyConsumerOrderSimple(x: unknown, path: Path, key: Key, out: ValidationIssue[], strict: boolean): number {
  if (!isObject(x)) return wrongType(x, "an object", path, key, out);
  const o = x as Fields;
  const p = key === undefined ? path : [...path, key];
  let s = 0;
  let v: unknown;
  v = o.ReceiptNo;
  s |= issuesString(v, p, "ReceiptNo", out, undefined, undefined, undefined);
  v = o.TID;
  s |= issuesString(v, p, "TID", out, undefined, undefined, undefined);
  v = o.ShipmentsStatus;
  s |= issuesInteger(v, p, "ShipmentsStatus", out, undefined, undefined);
  v = o.ShipmentsError;
  s |= issuesString(v, p, "ShipmentsError", out, undefined, undefined, undefined);
  if (strict) for (const k in o) if (!isDeclared33(k)) s |= unknownField(p, k, out);
  return s;
}

/** Every issue of `value` as `NotifyConsumerOrderSimple` (none when `isNotifyConsumerOrderSimple` is true), each with its path from `value`. The slow path. */
export function notifyConsumerOrderSimpleIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (!isNotifyConsumerOrderSimple(value)) issuesNotifyConsumerOrderSimple(value, [], undefined, out, false);
  return out;
}

function isOrderProduct$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Qty;
  if (!isInteger(v)) return false;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (!(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.CostPrice;
  if (v !== undefined && !isFenAmount(v)) return false;
  v = o.TotalPrice;
  if (!isFenAmount(v)) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO$strict(v)) return false;
  for (const k in o) if (!isDeclared11(k)) return false;
  return true;
}

function isRefundProduct$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Qty;
  if (!isInteger(v)) return false;
  v = o.BarCode;
  if (!(typeof v === "string")) return false;
  v = o.Name;
  if (!(typeof v === "string")) return false;
  v = o.Price;
  if (!isFenAmount(v)) return false;
  v = o.CostPrice;
  if (v !== undefined && !isFenAmount(v)) return false;
  v = o.TotalPrice;
  if (!isFenAmount(v)) return false;
  v = o.ProductVO;
  if (v !== undefined && !isProductVO$strict(v)) return false;
  v = o.RealQty;
  if (v !== undefined && !isInteger(v)) return false;
  for (const k in o) if (!isDeclared12(k)) return false;
  return true;
}

function isUserVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.id;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Platform;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.OpenID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Scope;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.MemberID;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.NickName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Sex;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Province;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.City;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ImageUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.CreateAt;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.UpdatedAt;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.isFirstFlash;
  if (v !== undefined && !(typeof v === "boolean")) return false;
  v = o.LastLoginTime;
  if (v !== undefined && !isUnixSeconds(v)) return false;
  v = o.LastIPAddress;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.MemberVO;
  if (v !== undefined && !isMemberVO$strict(v)) return false;
  for (const k in o) if (!isDeclared14(k)) return false;
  return true;
}

function isProductVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Name;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ImageUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.ImageFixWidthUrl;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.BarCode;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Price;
  if (v !== undefined && !isFenAmount(v)) return false;
  for (const k in o) if (!isDeclared10(k)) return false;
  return true;
}

function isMemberVO$strict(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Fields;
  let v: unknown;
  v = o.Mobile;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.NickName;
  if (v !== undefined && !(typeof v === "string")) return false;
  v = o.Sex;
  if (v !== undefined && !isInteger(v)) return false;
  v = o.Platform;
  if (v !== undefined && !isMemberVO$1(v)) return false;
  for (const k in o) if (!isDeclared13(k)) return false;
  return true;
}
