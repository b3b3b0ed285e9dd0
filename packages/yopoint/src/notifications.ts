import { fromUnixTime, parseJsonLossless, signaturesEqual, toDate } from "@orderbridge/core";
import type { z } from "zod";
import { NotificationVerificationError } from "./errors.js";
import {
  CabinetOrderViResultNotifySchema,
  NotifyCabinetChangedSchema,
  NotifyCabinetOrderSimpleSchema,
  NotifyCloseDoorSchema,
  NotifyConsumerOrderSimpleSchema,
} from "./generated/schemas.js";
import { signParameters } from "./signing.js";

/** The `biz_content` schema of every notification in the spec's `webhooks` section. */
export const NOTIFICATION_SCHEMAS = {
  "notify.cabinet.order.simple": NotifyCabinetOrderSimpleSchema,
  "notify.close.door": NotifyCloseDoorSchema,
  "notify.consumer.order.simple": NotifyConsumerOrderSimpleSchema,
  "notify.cabinet.changed": NotifyCabinetChangedSchema,
  "cabinet.order.vi.result.notify": CabinetOrderViResultNotifySchema,
} as const;

export type YopointNotificationMethod = keyof typeof NOTIFICATION_SCHEMAS;

/** A verified notification: the method, its validated payload, and the raw form fields. */
export type VerifiedNotification =
  | {
      [M in YopointNotificationMethod]: {
        method: M;
        payload: z.output<(typeof NOTIFICATION_SCHEMAS)[M]>;
        appid: string | undefined;
        timestamp: Date;
        fields: Record<string, string>;
      };
    }[YopointNotificationMethod]
  | {
      /** A notification name the spec does not describe: verified, payload not validated. */
      method: string & {};
      payload: unknown;
      appid: string | undefined;
      timestamp: Date;
      fields: Record<string, string>;
    };

export interface VerifyNotificationOptions {
  /** The AppSecret (business notifications) or the payment signing key (`cabinet.order.vi.result.notify`), §2.4. */
  appSecret: string;
  /** The receiver's clock (default: now). */
  now?: Date | number;
  /** Largest accepted distance between `timestamp` and `now`, in seconds (default 300). */
  toleranceSeconds?: number;
}

/** Notifications carry no version; these are what S8 §1.3 lists besides `appid` (absent on payment callbacks). */
const REQUIRED_FIELDS = ["method", "biz_content", "timestamp", "sign_type", "sign"] as const;

/**
 * Verifies a notification Yopoint POSTed to the callback URL (docs/vendors/yopoint.md §4.2): every field but `sign` is signed
 * (there is no `version`), the signature is compared in constant time, and a `timestamp` further than
 * `toleranceSeconds` from `now` is refused as stale (a replay). Returns the validated payload; throws a
 * {@link NotificationVerificationError} saying why otherwise.
 *
 * @example
 * const note = verifyNotification(rawFormBody, { appSecret: process.env.YOPOINT_APP_SECRET! });
 * if (note.method === "notify.cabinet.order.simple") await fetchOrder(note.payload.ReceiptNo);
 */
export function verifyNotification(
  body: string | URLSearchParams | Readonly<Record<string, string>>,
  options: VerifyNotificationOptions,
): VerifiedNotification {
  const fields = toFields(body);
  const method = fields.method;
  for (const name of REQUIRED_FIELDS) {
    if (fields[name] === undefined || fields[name] === "")
      throw new NotificationVerificationError("missing_parameter", `${name} is missing`, method);
  }
  if (fields.sign_type!.toLowerCase() !== "md5")
    throw new NotificationVerificationError(
      "unsupported_sign_type",
      `sign_type ${JSON.stringify(fields.sign_type)}`,
      method,
    );
  const expected = signParameters(fields, options.appSecret);
  if (!signaturesEqual(expected, fields.sign!, true))
    throw new NotificationVerificationError("bad_signature", "the signature does not match", method);

  if (!/^\d{10}(\d{3})?$/.test(fields.timestamp!))
    throw new NotificationVerificationError("stale_timestamp", "timestamp is not Unix time", method);
  const timestamp = fromUnixTime(fields.timestamp!);
  const now = options.now === undefined ? Date.now() : toDate(options.now).getTime();
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(now - timestamp.getTime()) > tolerance * 1000)
    throw new NotificationVerificationError(
      "stale_timestamp",
      `timestamp ${fields.timestamp} is more than ${tolerance} s from now`,
      method,
    );

  let payload: unknown;
  try {
    payload = parseJsonLossless(fields.biz_content!);
  } catch {
    throw new NotificationVerificationError("malformed_biz_content", "biz_content is not JSON", method);
  }
  const schema = NOTIFICATION_SCHEMAS[method as YopointNotificationMethod] as z.ZodType | undefined;
  if (schema) {
    const result = schema.safeParse(payload);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new NotificationVerificationError(
        "invalid_payload",
        `biz_content.${issue.path.join(".")}: ${issue.message}`,
        method,
      );
    }
    payload = result.data;
  }
  return { method: method!, payload, appid: fields.appid, timestamp, fields } as VerifiedNotification;
}

function toFields(body: string | URLSearchParams | Readonly<Record<string, string>>): Record<string, string> {
  if (typeof body === "string" || body instanceof URLSearchParams) {
    const params = typeof body === "string" ? new URLSearchParams(body) : body;
    const out: Record<string, string> = {};
    for (const [key, value] of params) out[key] = value;
    return out;
  }
  return { ...body };
}
