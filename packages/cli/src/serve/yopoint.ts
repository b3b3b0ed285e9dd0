import { VendorError } from "@orderbridge/core";
import type { OrderKind } from "@orderbridge/orders";
import {
  NOTIFICATION_SCHEMAS,
  type NotificationRejection,
  NotificationVerificationError,
  type VerifiedNotification,
  verifyNotification,
  type YopointNotificationMethod,
} from "@orderbridge/yopoint";
import { type Answers, keepUnreadable, storeNamedOrder } from "./outcome.js";
import { InvalidNotificationError, type ReceiverContext, type Reply, type YopointReceiver } from "./types.js";

/** Yopoint's acknowledgement (S8 §1.4): HTTP 200 and `error_code` 0; payment callbacks count HTTP 200 (§4.1). */
export const YOPOINT_ACK = { error_code: 0, error_msg: "SUCCESS", data: {} } as const;

/**
 * What `cabinet.order.get` / `consumer.order.get` answer for an order number they do not know. The docs name no
 * code for it (§3.8 "Error for unknown ReceiptNo"); Yopoint's codes follow `ERR_<THING>_NOT_EXIST`
 * (`ERR_TERMINAL_NOT_EXIST`, §1.5), so this one is assumed to be `ERR_ORDER_NOT_EXIST`. Any other error is taken
 * as one that can pass, and the notification is left for redelivery.
 */
export const YOPOINT_ORDER_NOT_FOUND = "ERR_ORDER_NOT_EXIST";

const ANSWERS: Answers = {
  ack: YOPOINT_ACK,
  // Non-200 is what makes Yopoint deliver again (§4.2: retried after 1, 3, 5, 10 and 15 minutes for payment
  // callbacks; the business notifications' policy is not public).
  retry: { error_code: -1, error_msg: "ERR_SYSTEM", data: {} },
};

/** The notifications that name an order: the kind of sale, and how to read that order (§4.2.1, §4.2.4). */
const ORDER_NOTIFICATIONS: Partial<
  Record<
    YopointNotificationMethod,
    {
      kind: OrderKind;
      method: string;
      get: (client: YopointReceiver["client"], receiptNo: string, signal: AbortSignal) => Promise<unknown>;
    }
  >
> = {
  // "接口可根据回调的 ReceiptNo 再到自取柜 cabinet.order.get 接口拿取订单详情信息" (§4.2.1): a reference only.
  "notify.cabinet.order.simple": {
    kind: "cabinet",
    method: "cabinet.order.get",
    get: (client, ReceiptNo, signal) => client.cabinetOrderGet({ ReceiptNo }, { validate: false, signal }),
  },
  // A vending machine's dispense report (§4.2.4): the order itself comes from consumer.order.get (§3.10).
  "notify.consumer.order.simple": {
    kind: "vending",
    method: "consumer.order.get",
    get: (client, ReceiptNo, signal) => client.consumerOrderGet({ ReceiptNo }, { validate: false, signal }),
  },
};

/** The payment callback: goes to the payment callback URL, signed with the payment signing key (§4.1, §2.4). */
const PAYMENT_CALLBACKS: ReadonlySet<string> = new Set(["cabinet.order.vi.result.notify"]);

function refusal(status: number, errorMsg: string, reason: string, detail: string, type?: string): Reply {
  // Same envelope as the ack, error_code -1 as Yopoint's own failures (§1.5).
  return {
    status,
    body: { error_code: -1, error_msg: errorMsg, data: {} },
    outcome: "refused",
    reason,
    detail,
    type,
  };
}

/** Refusals before the signature holds (or of a request that is no notification): nothing is kept. */
const REFUSALS: Record<
  Exclude<NotificationRejection, UnreadableRejection>,
  { status: number; errorMsg: string }
> = {
  missing_parameter: { status: 400, errorMsg: "ERR_PARAMS" },
  unsupported_sign_type: { status: 400, errorMsg: "ERR_SIGN_TYPE" },
  bad_signature: { status: 401, errorMsg: "ERR_SIGN" },
  stale_timestamp: { status: 401, errorMsg: "ERR_TIMESTAMP" },
};

/** Past the signature check: a genuine Yopoint notification we cannot read — kept in the failed table. */
type UnreadableRejection = "malformed_biz_content" | "invalid_payload";
const isUnreadable = (reason: NotificationRejection): reason is UnreadableRejection =>
  reason === "malformed_biz_content" || reason === "invalid_payload";

function isKnownMethod(method: string): method is YopointNotificationMethod {
  return Object.hasOwn(NOTIFICATION_SCHEMAS, method);
}

/** The form fields without `sign`, as kept in the failed table. */
function keptFields(fields: Record<string, string>): Record<string, string> {
  const { sign: _sign, ...rest } = fields;
  return rest;
}

function receiptNoOf(fields: Record<string, string>): string | undefined {
  const match = /"ReceiptNo"\s*:\s*"([^"\\]{1,64})"/.exec(fields.biz_content ?? "");
  return match?.[1];
}

/**
 * Handles one POST to `/notify/yopoint` (docs/vendors/yopoint.md §4.2): form-encoded fields, verified with the
 * AppSecret (or the payment signing key for payment callbacks), `method` selects the handler.
 *
 * Once the signature holds, the notification is Yopoint's own: what cannot be read is kept in the failed table
 * and acknowledged (a redelivery would bring the same bytes); only a failure that can pass is answered non-200.
 */
export async function receiveYopoint(
  ctx: ReceiverContext,
  receiver: YopointReceiver,
  contentType: string,
  bodyText: string,
): Promise<Reply> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType.trim()))
    return refusal(415, "ERR_CONTENT_TYPE", "unsupported_media_type", "expected a form-encoded body");
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(bodyText)) fields[key] = value;
  const method = fields.method ?? "";
  const type = method || undefined;
  const payment = PAYMENT_CALLBACKS.has(method);
  const secret = payment ? receiver.paymentSecret : receiver.appSecret;
  if (!secret)
    return refusal(
      401,
      "ERR_SIGN",
      "payment_key_missing",
      "a payment callback arrived but YOPOINT_PAYMENT_SECRET is not set",
      type,
    );

  /** Verified but unreadable: kept as a failed record, acknowledged. */
  const keep = (error: InvalidNotificationError | NotificationVerificationError) =>
    keepUnreadable(ctx, ANSWERS, {
      vendor: "yopoint",
      account: receiver.account,
      type,
      id: receiptNoOf(fields),
      kind: ORDER_NOTIFICATIONS[method as YopointNotificationMethod]?.kind,
      raw: keptFields(fields),
      error,
    });

  let note: VerifiedNotification;
  try {
    note = verifyNotification(fields, {
      appSecret: secret,
      now: ctx.now(),
      toleranceSeconds: ctx.toleranceSeconds,
    });
  } catch (error) {
    if (!(error instanceof NotificationVerificationError)) throw error;
    if (isUnreadable(error.reason)) return keep(error);
    const rule = REFUSALS[error.reason];
    return refusal(rule.status, rule.errorMsg, error.reason, error.message, type);
  }

  if (!isKnownMethod(note.method)) {
    const error = new InvalidNotificationError(
      "unknown_type",
      `notification type ${JSON.stringify(note.method)} is not in the spec's webhooks`,
      "method",
    );
    return keep(error);
  }

  const named = ORDER_NOTIFICATIONS[note.method];
  if (named) {
    // Validated against the spec (NotifyCabinetOrderSimple, NotifyConsumerOrderSimple) by verifyNotification.
    const receiptNo = (note.payload as { ReceiptNo: string }).ReceiptNo;
    return storeNamedOrder(ctx, ANSWERS, note.method, {
      vendor: "yopoint",
      kind: named.kind,
      account: receiver.account,
      vendorOrderId: receiptNo,
      notification: keptFields(fields),
      fetch: async (signal) => {
        try {
          return { found: true, raw: await named.get(receiver.client, receiptNo, signal) };
        } catch (error) {
          if (error instanceof VendorError && error.vendorMessage === YOPOINT_ORDER_NOT_FOUND)
            return {
              found: false,
              detail: `${named.method} answered ${YOPOINT_ORDER_NOT_FOUND} for ReceiptNo ${receiptNo}: Yopoint does not know the order this notification names`,
            };
          throw error;
        }
      },
    });
  }
  // notify.close.door, notify.cabinet.changed: no order changed. The payment callback
  // cabinet.order.vi.result.notify precedes payment; the paid order arrives with notify.cabinet.order.simple.
  // All verified and acknowledged.
  const receiptNo = receiptNoOf(fields);
  return {
    status: 200,
    body: YOPOINT_ACK,
    outcome: "acknowledged",
    type: note.method,
    orderId: receiptNo ? `yopoint:${receiptNo}` : undefined,
  };
}
