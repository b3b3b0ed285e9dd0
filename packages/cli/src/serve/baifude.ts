import { payOrderSnOf, schemas, signGuanaitongMd5 } from "@orderbridge/baifude";
import { parseJsonLossless, signaturesEqual } from "@orderbridge/core";
import type { z } from "zod";
import { type Answers, keepUnreadable, storeNamedOrder } from "./outcome.js";
import { type BaifudeReceiver, InvalidNotificationError, type ReceiverContext, type Reply } from "./types.js";

/**
 * Every message type of the spec's `webhooks` (specs/baifude.openapi.yaml, all `x-orderbridge-assumed`: 九、消息对接
 * is not public) with the schema of its `data`, and whether it concerns a pay order to fetch and store.
 */
export const BAIFUDE_MESSAGE_TYPES = {
  "order.paid": { data: schemas.PushPayOrderRefSchema, storesOrder: true },
  "order.cancelled": { data: schemas.PushPayOrderRefSchema, storesOrder: true },
  "order.refunded": { data: schemas.PushRefundRefSchema, storesOrder: true },
  "order.logistics": { data: schemas.PushLogisticsSchema, storesOrder: false },
} as const satisfies Record<string, { data: z.ZodType; storesOrder: boolean }>;

export type BaifudeMessageType = keyof typeof BAIFUDE_MESSAGE_TYPES;

/** The acknowledgement, in Baifude's own envelope (assumed: `PushAck`). */
export const BAIFUDE_ACK = { code: "0", msg: "success", data: null } as const;

const ANSWERS: Answers = { ack: BAIFUDE_ACK, retry: { code: "10500", msg: "系统繁忙", data: null } };

// The client's codes (spec ResultCode): "10016" is documented (签名错误); "10017" and "10001" are placeholders.
const SIGNATURE_ERROR = "10016";
const TIMESTAMP_ERROR = "10017";
const PARAMETER_ERROR = "10001";

function refusal(
  status: number,
  code: string,
  msg: string,
  reason: string,
  detail: string,
  extra: Partial<Reply> = {},
): Reply {
  return { status, body: { code, msg, data: null }, outcome: "refused", reason, detail, ...extra };
}

function firstIssue(error: z.ZodError, root: string): { path: string; message: string } {
  const issue = error.issues[0]!;
  return { path: [root, ...issue.path.map(String)].join("."), message: issue.message };
}

function paySnOf(value: unknown): string | undefined {
  const data = (value as { data?: { paySn?: unknown } } | undefined)?.data;
  const paySn = data?.paySn;
  return typeof paySn === "string" || typeof paySn === "number" ? String(paySn) : undefined;
}

/**
 * Handles one POST to `/notify/baifude`: `appid`, `timestamp` (ms) and `sign` in the query, a JSON body signed
 * with the client's signer (query parameters except `sign`, plus `_body` = the exact body text), `msgType`
 * selects the handler. The whole shape is assumed (see the spec's `PushMessage`).
 */
export async function receiveBaifude(
  ctx: ReceiverContext,
  receiver: BaifudeReceiver,
  request: { path: string; query: URLSearchParams; contentType: string; bodyText: string },
): Promise<Reply> {
  if (!/^application\/json\b/i.test(request.contentType.trim()))
    return refusal(
      415,
      PARAMETER_ERROR,
      "不支持的内容类型",
      "unsupported_media_type",
      "expected a JSON body",
    );
  const params: Record<string, string> = {};
  for (const [key, value] of request.query) if (key !== "sign") params[key] = value;
  const sign = request.query.get("sign");
  if (!sign || !params.timestamp)
    return refusal(400, PARAMETER_ERROR, "参数错误", "missing_parameter", "timestamp and sign are required");

  const signer = receiver.signer ?? signGuanaitongMd5;
  const expected = signer({
    path: request.path,
    params,
    body: request.bodyText,
    appSecret: receiver.appSecret,
  });
  if (!signaturesEqual(expected, sign, true))
    return refusal(401, SIGNATURE_ERROR, "签名错误", "bad_signature", "the signature does not match");
  const stamp = /^\d{13}$/.test(params.timestamp) ? Number(params.timestamp) : Number.NaN;
  if (!(Math.abs(ctx.now() - stamp) <= ctx.toleranceSeconds * 1000))
    return refusal(
      401,
      TIMESTAMP_ERROR,
      "时间戳无效",
      "stale_timestamp",
      `timestamp ${params.timestamp} is more than ${ctx.toleranceSeconds} s from now`,
    );
  if (params.appid !== undefined && params.appid !== receiver.appKey)
    return refusal(403, PARAMETER_ERROR, "appid错误", "wrong_appid", "appid is not BAIFUDE_APP_KEY");

  // Authenticated from here on: what cannot be read is kept in the failed table and acknowledged (a redelivery
  // would bring the same bytes).
  const fail = (error: InvalidNotificationError, raw: unknown, type?: string) =>
    keepUnreadable(ctx, ANSWERS, {
      vendor: "baifude",
      account: receiver.account,
      type,
      id: paySnOf(raw),
      kind: "welfare_mall",
      raw,
      error,
    });

  let parsed: unknown;
  try {
    parsed = parseJsonLossless(request.bodyText);
  } catch {
    return fail(new InvalidNotificationError("malformed_json", "the body is not JSON"), request.bodyText);
  }
  const message = schemas.PushMessageSchema.safeParse(parsed);
  if (!message.success) {
    const issue = firstIssue(message.error, "body");
    return fail(
      new InvalidNotificationError("invalid_payload", `${issue.path}: ${issue.message}`, issue.path),
      parsed,
    );
  }
  const type = message.data.msgType;
  if (!Object.hasOwn(BAIFUDE_MESSAGE_TYPES, type)) {
    return fail(
      new InvalidNotificationError(
        "unknown_type",
        `message type ${JSON.stringify(type)} is not in the spec's webhooks`,
        "msgType",
      ),
      parsed,
      type,
    );
  }
  const handler = BAIFUDE_MESSAGE_TYPES[type as BaifudeMessageType];
  const data = handler.data.safeParse(message.data.data);
  if (!data.success) {
    const issue = firstIssue(data.error, "data");
    return fail(
      new InvalidNotificationError("invalid_payload", `${issue.path}: ${issue.message}`, issue.path),
      parsed,
      type,
    );
  }
  if (!handler.storesOrder) return { status: 200, body: BAIFUDE_ACK, outcome: "acknowledged", type };

  const paySn = (data.data as { paySn: string }).paySn;
  return storeNamedOrder(ctx, ANSWERS, type, {
    vendor: "baifude",
    kind: "welfare_mall",
    account: receiver.account,
    vendorOrderId: paySn,
    notification: parsed,
    fetch: async (signal) => {
      // The message is a reference: the pay order itself comes from 4.1, read as `sync` reads it (unvalidated,
      // decoded tolerantly by the same ingest).
      const listed = await receiver.client.getList({ paySnList: [paySn] }, { validate: false, signal });
      const payOrder = listed.find((order) => payOrderSnOf(order) === paySn);
      // As `sync` does with a pay order 4.1 leaves out: into the failed table (and acknowledged).
      if (payOrder === undefined)
        return { found: false, detail: `4.1 getList does not return pay order ${paySn}` };
      return { found: true, raw: payOrder };
    },
  });
}
