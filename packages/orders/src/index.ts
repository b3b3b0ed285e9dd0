export { YopointVendingOrderSchema } from "@orderbridge/yopoint";
export { type CodeTable, MappingContext, type NormalizeOptions, type Tolerant } from "./context.js";
export {
  type CompiledIssue,
  type CompiledRecordChecks,
  compiledRecordValidator,
} from "./decode/compiled.js";
export { decodeRecord } from "./decode/decode.js";
export { CompiledPolicy, type FieldPolicy } from "./decode/policy.js";
export type { RecordValidator, SchemaIssue, Validation } from "./decode/validator.js";
export { zodRecordValidator } from "./decode/zod-validator.js";
export { NormalizeError } from "./errors.js";
export type {
  Customer,
  FlowStatus,
  Order,
  OrderItem,
  OrderKind,
  Payment,
  PaymentMethod,
  Refund,
  Store,
  Vendor,
} from "./generated/order.js";
export * as validators from "./generated/order.validators.js";
export {
  CustomerSchema,
  FlowStatusSchema,
  OrderItemSchema,
  OrderKindSchema,
  PaymentMethodSchema,
  PaymentSchema,
  RefundSchema,
  StoreSchema,
  VendorSchema,
} from "./generated/order.zod.js";
export {
  BAIFUDE_FLOW_STATUS,
  BAIFUDE_ORDER_STATUS,
  BAIFUDE_PAY_ORDER_FIELDS,
  BAIFUDE_PAY_WAY,
  BAIFUDE_PAYMENT_STATUS,
  BAIFUDE_REFUND_STATUS,
  type BaifudePayOrderInput,
  mapBaifudeOrder,
} from "./mappers/baifude.js";
export {
  mapYikayiOrder,
  YIKAYI_GOODS_ORDER_FIELDS,
  YIKAYI_ORDER_STATUS,
  YIKAYI_PAID_FIELDS,
  YIKAYI_PAYMENT_STATUS,
  YIKAYI_THIRD_PAY_TYPE,
  type YikayiGoodsOrderInput,
  yikayiSaleIdOf,
} from "./mappers/yikayi.js";
export {
  mapYikayiSale,
  YIKAYI_SALE_FIELDS,
  YIKAYI_SALE_PAID_FIELDS,
  YIKAYI_SALE_UNDO,
  type YikayiSale,
  type YikayiSaleInput,
} from "./mappers/yikayi-sale.js";
export { YikayiSaleSchema } from "./mappers/yikayi-sale-schema.js";
export {
  mapYopointOrder,
  YOPOINT_CABINET_FIELDS,
  YOPOINT_PAY_TYPE,
  YOPOINT_SERVICE_STATUS,
  YOPOINT_TRADE_STATUS,
  type YopointCabinetInput,
} from "./mappers/yopoint.js";
export {
  mapYopointVendingOrder,
  YOPOINT_SHIPMENTS_STATUS,
  YOPOINT_VENDING_FIELDS,
  type YopointVendingInput,
  type YopointVendingOrder,
} from "./mappers/yopoint-vending.js";
export { maskRecord, PERSONAL_FIELDS } from "./mask.js";
export {
  detectKind,
  type NormalizeResult,
  normalize,
  normalizePayload,
  type PayloadRecord,
  WINDOW_SLACK_MS,
} from "./normalize.js";
export { OrderSchema, orderJsonSchema } from "./order-schema.js";
export {
  createOrderSource,
  type OrderClient,
  type OrderSourceClient,
  type OrderSourceOptions,
} from "./source.js";
export { isOrderKind, isVendor, KINDS_BY_VENDOR, ORDER_KINDS, VENDOR_OF_KIND, VENDORS } from "./vendors.js";
export {
  countWarnings,
  DRIFT_CODES,
  NORMALIZE_WARNING_CODES,
  type NormalizeWarning,
  type NormalizeWarningCode,
} from "./warnings.js";
