export { BAIFUDE_ACK, BAIFUDE_MESSAGE_TYPES, type BaifudeMessageType } from "./baifude.js";
export { createCoalescer } from "./coalesce.js";
export {
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_DRAIN_MS,
  DEFAULT_FETCH_CONCURRENCY,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TOLERANCE_SECONDS,
  SERVE_LIMITS,
} from "./limits.js";
export {
  clientsFromEnv,
  createNotificationServer,
  type NotificationServer,
  type NotificationServerOptions,
  type RunningNotificationServer,
  type ShutdownReport,
} from "./server.js";
export type {
  BaifudeReceiver,
  NotificationClients,
  NotificationCounts,
  NotificationOutcome,
  YopointReceiver,
} from "./types.js";
export { YOPOINT_ACK, YOPOINT_ORDER_NOT_FOUND } from "./yopoint.js";
