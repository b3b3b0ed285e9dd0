import { randomUUID } from "node:crypto";
import type { BaifudeSimulator } from "./index.js";
import { type BaifudeSimulatorSigner, simulatorDefaultSigner } from "./sign.js";

/** What the receiver answered to one pushed message. */
export interface BaifudePushResult {
  status: number;
  /** The answer's body as text (the receiver answers `{"code":"0",…}` when it took the message). */
  body: string;
}

export interface BaifudePushOptions {
  /** Epoch milliseconds of the `timestamp` query parameter (default: now). */
  timestamp?: number;
  /** Sign with this secret instead of the simulator's (a wrong-secret test). */
  appSecret?: string;
  /** The signing rule (default: the simulator's copy of C-S1, the client's default). */
  signer?: BaifudeSimulatorSigner;
  /** `msgId` of the message (default: a random UUID); send the same one twice to test de-duplication. */
  msgId?: string;
  /** `sendTime` of the message, `yyyy-MM-dd HH:mm:ss` Beijing time (default: from `timestamp`). */
  sendTime?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** A signed push message as it goes on the wire: the query string and the exact JSON body text. */
export interface BaifudePushRequest {
  query: Record<string, string>;
  body: string;
}

function beijingTime(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * Builds a push message the way `specs/baifude.openapi.yaml` assumes Baifude sends one (九、消息对接 is not
 * public; every part of this is `x-orderbridge-assumed`): a JSON body `{msgId, msgType, sendTime, data}` and
 * `appid`, `timestamp` (ms) and `sign` in the query string, signed over the query parameters plus `_body`.
 *
 * @example
 * const { query, body } = buildBaifudePush(sim, "order.paid", { paySn: "2171…", orderNo: "2124…" });
 */
export function buildBaifudePush(
  sim: BaifudeSimulator,
  msgType: string,
  data: unknown,
  options: Omit<BaifudePushOptions, "fetch" | "signal"> = {},
): BaifudePushRequest {
  const timestamp = options.timestamp ?? Date.now();
  const body = JSON.stringify({
    msgId: options.msgId ?? randomUUID(),
    msgType,
    sendTime: options.sendTime ?? beijingTime(timestamp),
    data,
  });
  const params = { appid: sim.credentials.appKey, timestamp: String(timestamp) };
  const sign = (options.signer ?? simulatorDefaultSigner)({
    path: "",
    params,
    body,
    appSecret: options.appSecret ?? sim.credentials.appSecret,
  });
  return { query: { ...params, sign }, body };
}

/**
 * POSTs a push message to a receiver URL (e.g. `orderbridge serve`'s `/notify/baifude`).
 *
 * @example
 * await pushBaifudeMessage(sim, `${url}/notify/baifude`, "order.paid", payOrderPaidData(sim, 0));
 */
export async function pushBaifudeMessage(
  sim: BaifudeSimulator,
  url: string,
  msgType: string,
  data: unknown,
  options: BaifudePushOptions = {},
): Promise<BaifudePushResult> {
  const { fetch: fetchImpl = fetch, signal, ...build } = options;
  const request = buildBaifudePush(sim, msgType, data, build);
  const target = new URL(url);
  for (const [key, value] of Object.entries(request.query)) target.searchParams.set(key, value);
  const response = await fetchImpl(target, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: request.body,
    ...(signal ? { signal } : {}),
  });
  return { status: response.status, body: await response.text() };
}

/**
 * The `data` of an `order.paid` message for pay order `index` of the simulator: `{ paySn, orderNo, status }`.
 *
 * @example
 * payOrderPaidData(sim, 0); // { paySn: "2171…", orderNo: "2124…", status: 3 }
 */
export function payOrderPaidData(
  sim: BaifudeSimulator,
  index: number,
): { paySn: string; orderNo: string; status: number } {
  const order = sim.payOrder(index);
  if (!order) throw new RangeError(`no pay order ${index}`);
  return { paySn: order.sn, orderNo: order.channelSn, status: Number(order.status) };
}
