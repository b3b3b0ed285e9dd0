export type {
  Customer,
  FlowStatus,
  Order,
  OrderItem,
  Payment,
  PaymentMethod,
  Refund,
  Store,
  Vendor,
} from "./generated/order.js";
export {
  CustomerSchema,
  FlowStatusSchema,
  OrderItemSchema,
  PaymentMethodSchema,
  PaymentSchema,
  RefundSchema,
  StoreSchema,
  VendorSchema,
} from "./generated/order.zod.js";
export { OrderSchema, orderJsonSchema } from "./order-schema.js";
export { isVendor, VENDORS } from "./vendors.js";
