import { OrderbridgeError } from "@orderbridge/core";
import {
  NOTIFICATION_SCHEMAS,
  type NotificationRejection,
  NotificationVerificationError,
  type VerifiedNotification,
  verifyNotification,
  type YopointNotificationMethod,
} from "@orderbridge/yopoint";
import { keepAsFailed, storeVendorOrder } from "./store-order.js";
import { InvalidNotificationError, type ReceiverContext, type Reply, type YopointReceiver } from "./types.js";

/** Yopoint's acknowledgement (S8 §1.4): HTTP 200 and `error_code` 0; payment callbacks count HTTP 200 (§4.1). */
export const YOPOINT_ACK = { error_code: 0, error_msg: "SUCCESS", data: {} } as const;

/** The payment callback: goes to the payment callback URL, signed with the payment signing key (§4.1, §2.4). */
const PAYMENT_CALLBACKS: ReadonlySet<string> = new Set(["cabinet.order.vi.result.notify"]);

function refusal(
  status: number,
  errorMsg: string,
  reason: string,
  detail: string,
  extra: Partial<Reply> = {},
): Reply {
  // Same envelope as the ack, error_code -1 as Yopoint's own failures (§1.5); the status makes the vendor retry
  // or not (a non-200 is retried for payment callbacks, §4.1).
  return {
    status,
    body: { error_code: -1, error_msg: errorMsg, data: {} },
    outcome: "refused",
    reason,
    detail,
    ...extra,
  };
}

const REJECTIONS: Record<
  NotificationRejection,
  { status: number; errorMsg: string; authenticated: boolean }
> = {
  missing_parameter: { status: 400, errorMsg: "ERR_PARAMS", authenticated: false },
  unsupported_sign_type: { status: 400, errorMsg: "ERR_SIGN_TYPE", authenticated: false },
  bad_signature: { status: 401, errorMsg: "ERR_SIGN", authenticated: false },
  stale_timestamp: { status: 401, errorMsg: "ERR_TIMESTAMP", authenticated: false },
  // Past the signature check: a genuine Yopoint request we cannot read — kept in the failed table.
  malformed_biz_content: { status: 400, errorMsg: "ERR_BIZ_CONTENT", authenticated: true },
  invalid_payload: { status: 422, errorMsg: "ERR_BIZ_CONTENT", authenticated: true },
};

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
      { type },
    );

  let note: VerifiedNotification;
  try {
    note = verifyNotification(fields, {
      appSecret: secret,
      now: ctx.now(),
      toleranceSeconds: ctx.toleranceSeconds,
    });
  } catch (error) {
    if (!(error instanceof NotificationVerificationError)) throw error;
    const rule = REJECTIONS[error.reason];
    if (rule.authenticated)
      await keepAsFailed(ctx, "yopoint", receiver.account, receiptNoOf(fields), keptFields(fields), error);
    return refusal(rule.status, rule.errorMsg, error.reason, error.message, {
      type,
      keptAsFailed: rule.authenticated,
    });
  }

  if (!isKnownMethod(note.method)) {
    const error = new InvalidNotificationError(
      "unknown_type",
      `notification type ${JSON.stringify(note.method)} is not in the spec's webhooks`,
      "method",
    );
    await keepAsFailed(ctx, "yopoint", receiver.account, receiptNoOf(fields), keptFields(fields), error);
    return refusal(422, "ERR_METHOD_NOT_EXIST", "unknown_type", error.message, { type, keptAsFailed: true });
  }

  switch (note.method) {
    case "notify.cabinet.order.simple": {
      // "接口可根据回调的 ReceiptNo 再到自取柜 cabinet.order.get 接口拿取订单详情信息" (§4.2.1): a reference only.
      // Validated against the spec (NotifyCabinetOrderSimple) by verifyNotification.
      const receiptNo = (note.payload as { ReceiptNo: string }).ReceiptNo;
      let outcome: Awaited<ReturnType<typeof storeVendorOrder>>;
      try {
        outcome = await ctx.coalesce(`yopoint:${receiptNo}`, async () => {
          const order = await receiver.client.cabinetOrderGet({ ReceiptNo: receiptNo });
          return storeVendorOrder(ctx, "yopoint", "cabinet", receiver.account, receiptNo, order);
        });
      } catch (error) {
        // The order could not be fetched (or stored): answer non-200 so that Yopoint delivers it again.
        if (!(error instanceof OrderbridgeError)) throw error;
        return {
          status: 502,
          body: { error_code: -1, error_msg: "ERR_SYSTEM", data: {} },
          outcome: "error",
          type: note.method,
          reason: "fetch_failed",
          detail: error.message,
          orderId: `yopoint:${receiptNo}`,
        };
      }
      return {
        status: 200,
        body: YOPOINT_ACK,
        outcome: "stored",
        type: note.method,
        orderId: outcome.orderId,
        store: outcome.result,
      };
    }
    default:
      // notify.close.door, notify.cabinet.changed: no order changed. notify.consumer.order.simple: a
      // vending-machine order, which the unified store does not hold (no mapper, not synced). The payment
      // callback cabinet.order.vi.result.notify precedes payment; the paid order arrives with
      // notify.cabinet.order.simple. All verified and acknowledged.
      return {
        status: 200,
        body: YOPOINT_ACK,
        outcome: "acknowledged",
        type: note.method,
        orderId: receiptNoOf(fields) ? `yopoint:${receiptNoOf(fields)}` : undefined,
      };
  }
}
