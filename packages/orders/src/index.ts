export { type CodeTable, MappingContext, type NormalizeOptions } from "./context.js";
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
  BAIFUDE_PAY_WAY,
  BAIFUDE_PAYMENT_STATUS,
  BAIFUDE_REFUND_STATUS,
  mapBaifudeOrder,
} from "./mappers/baifude.js";
export {
  mapYikayiOrder,
  YIKAYI_ORDER_STATUS,
  YIKAYI_PAID_FIELDS,
  YIKAYI_PAYMENT_STATUS,
  YIKAYI_THIRD_PAY_TYPE,
} from "./mappers/yikayi.js";
export {
  mapYopointOrder,
  YOPOINT_PAY_TYPE,
  YOPOINT_SERVICE_STATUS,
  YOPOINT_TRADE_STATUS,
} from "./mappers/yopoint.js";
export { type NormalizeResult, normalize, normalizePayload, type PayloadRecord } from "./normalize.js";
export { OrderSchema, orderJsonSchema } from "./order-schema.js";
export {
  createOrderSource,
  type OrderClient,
  type OrderSourceClient,
  type OrderSourceOptions,
} from "./source.js";
export { isOrderKind, isVendor, KINDS_BY_VENDOR, ORDER_KINDS, VENDOR_OF_KIND, VENDORS } from "./vendors.js";
export { countWarnings, type NormalizeWarning, type NormalizeWarningCode } from "./warnings.js";
