/**
 * @orderbridge/yopoint — typed, signed client for the Yopoint (友朋) operator open platform.
 * Types and zod schemas are generated from specs/yopoint.openapi.yaml (see src/generated/).
 */
import { CabinetOrderSchema, ConsumerOrderSchema } from "./generated/schemas.js";

export {
  API_VERSION,
  buildGatewayForm,
  type CallOptions,
  clientFromEnv,
  createClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_WINDOW_SECONDS,
  GATEWAY_PATH,
  type GetOptions,
  MAX_PAGE_SIZE,
  parseGatewayResponse,
  VENDOR,
  validateBizContent,
  type YopointClient,
  type YopointClientOptions,
} from "./client.js";
export {
  type NotificationRejection,
  NotificationVerificationError,
  RequestValidationError,
} from "./errors.js";
export type * from "./generated/openapi.js";
export * as schemas from "./generated/schemas.js";
export * as validators from "./generated/validators.js";
export {
  type BizContentByMethod,
  type DataByMethod,
  isYopointMethod,
  METHODS,
  type YopointMethod,
} from "./methods.js";
export {
  NOTIFICATION_SCHEMAS,
  type VerifiedNotification,
  type VerifyNotificationOptions,
  verifyNotification,
  type YopointNotificationMethod,
} from "./notifications.js";
export { signingString, signParameters } from "./signing.js";

/** A cabinet order as `client.orders()` yields it (validated by the spec's `CabinetOrder` schema). */
export const YopointCabinetOrderSchema = CabinetOrderSchema;
export type YopointCabinetOrder = import("./generated/schemas.js").CabinetOrder;
/** What `client.orders()` yields: a cabinet order from `cabinet.order.list`. */
export type YopointOrder = YopointCabinetOrder;
/** A vending-machine order as `client.vendingOrders()` yields it (validated by the spec's `ConsumerOrder` schema). */
export const YopointVendingOrderSchema = ConsumerOrderSchema;
/** What `client.vendingOrders()` yields: a vending-machine order from `consumer.order.list`. */
export type YopointVendingOrder = import("./generated/schemas.js").ConsumerOrder;
