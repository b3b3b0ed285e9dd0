export { BAIFUDE_ACK, BAIFUDE_MESSAGE_TYPES, type BaifudeMessageType } from "./baifude.js";
export { createCoalescer } from "./coalesce.js";
export {
  clientsFromEnv,
  createNotificationServer,
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_DRAIN_MS,
  DEFAULT_TOLERANCE_SECONDS,
  type NotificationServer,
  type NotificationServerOptions,
  type RunningNotificationServer,
} from "./server.js";
export type { BaifudeReceiver, NotificationClients, YopointReceiver } from "./types.js";
export { YOPOINT_ACK } from "./yopoint.js";
