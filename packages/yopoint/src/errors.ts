import { type ErrorOrigin, OrderbridgeError } from "@orderbridge/core";

/** A request the client refused to send because it does not match the method's `biz_content` schema. */
export class RequestValidationError extends OrderbridgeError {
  /** Path of the first failing value, e.g. `biz_content.StartTime`. */
  readonly path: string;
  readonly issues: readonly { path: string; message: string }[];
  constructor(origin: ErrorOrigin & { issues: readonly { path: string; message: string }[] }) {
    const first = origin.issues[0] ?? { path: "biz_content", message: "invalid" };
    super(`invalid request at ${first.path}: ${first.message}`, origin);
    this.path = first.path;
    this.issues = origin.issues;
  }
}

/** Why a pushed notification was refused by `verifyNotification`. */
export type NotificationRejection =
  | "missing_parameter"
  | "unsupported_sign_type"
  | "bad_signature"
  | "stale_timestamp"
  | "malformed_biz_content"
  | "invalid_payload";

/** A notification that did not pass `verifyNotification`. Never carries the signature or the secret. */
export class NotificationVerificationError extends OrderbridgeError {
  readonly reason: NotificationRejection;
  constructor(reason: NotificationRejection, message: string, operation?: string) {
    super(`notification rejected (${reason}): ${message}`, { vendor: "yopoint", operation });
    this.reason = reason;
  }
}
