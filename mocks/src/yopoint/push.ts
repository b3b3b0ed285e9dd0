import type { YopointSimulator } from "./index.js";

/** What the receiver answered to one pushed notification. */
export interface YopointPushResult {
  status: number;
  /** The answer's body as text (Yopoint expects `{"error_code":0,…}`). */
  body: string;
}

export interface YopointPushOptions {
  /** Unix seconds of the notification (default: the simulator's clock). */
  timestamp?: number;
  /** Sign with this secret instead of the simulator's (a wrong-secret test). */
  secret?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/**
 * POSTs a signed notification to a callback URL as Yopoint does (docs/vendors/yopoint.md §4.2): form-encoded
 * `appid, method, biz_content, timestamp, sign_type, sign`, no `version`; `cabinet.order.vi.result.notify`
 * without `appid` and signed with the payment signing key (§4.1).
 *
 * @example
 * const sim = createYopointSimulator();
 * await pushYopointNotification(sim, "http://127.0.0.1:8080/notify/yopoint", "notify.cabinet.order.simple",
 *   orderPaidPayload(sim, 0));
 */
export async function pushYopointNotification(
  sim: YopointSimulator,
  url: string,
  method: string,
  payload: unknown,
  options: YopointPushOptions = {},
): Promise<YopointPushResult> {
  const { body } = sim.buildNotification(method, payload, {
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
  });
  const response = await (options.fetch ?? fetch)(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { status: response.status, body: await response.text() };
}

/**
 * The `notify.cabinet.order.simple` payload (§4.2.1) for cabinet order `index` of the simulator:
 * `{ ReceiptNo, CID, PayTime }` — a reference; the receiver fetches the order with `cabinet.order.get`.
 *
 * @example
 * orderPaidPayload(sim, 3); // { ReceiptNo: "VI2402…000003", CID: "5f6d…", PayTime: 1708… }
 */
export function orderPaidPayload(
  sim: YopointSimulator,
  index: number,
): { ReceiptNo: string; CID: string; PayTime: number } {
  const order = sim.orderAt(index);
  return {
    ReceiptNo: String(order.ReceiptNo),
    CID: String(order.CID),
    PayTime: Number(order.PayTime),
  };
}

/**
 * Pushes `notify.cabinet.order.simple` for each of the given cabinet orders, one after another, and
 * returns the receiver's answers (the demo shows orders arriving by push with it).
 *
 * @example
 * const answers = await pushPaidOrders(sim, url, [0, 1, 2]);
 */
export async function pushPaidOrders(
  sim: YopointSimulator,
  url: string,
  indices: readonly number[],
  options: YopointPushOptions = {},
): Promise<YopointPushResult[]> {
  const results: YopointPushResult[] = [];
  for (const index of indices) {
    results.push(
      await pushYopointNotification(
        sim,
        url,
        "notify.cabinet.order.simple",
        orderPaidPayload(sim, index),
        options,
      ),
    );
  }
  return results;
}

/**
 * The `notify.consumer.order.simple` payload (§4.2.4) for vending-machine order `index` of the simulator:
 * `{ ReceiptNo, TID, ShipmentsStatus, ShipmentsError }` — the machine's dispense report; the receiver fetches the
 * order with `consumer.order.get`.
 *
 * @example
 * vendingShipmentPayload(sim, 3); // { ReceiptNo: "OD2402…000003", TID: "6…", ShipmentsStatus: 1, ShipmentsError: "" }
 */
export function vendingShipmentPayload(
  sim: YopointSimulator,
  index: number,
): { ReceiptNo: string; TID: string; ShipmentsStatus: number; ShipmentsError: string } {
  const order = sim.consumerOrderAt(index);
  return {
    ReceiptNo: String(order.ReceiptNo),
    TID: String(order.TID),
    ShipmentsStatus: Number(order.ShipmentsStatus),
    ShipmentsError: String(order.ShipmentsError ?? ""),
  };
}

/**
 * Pushes `notify.consumer.order.simple` for each of the given vending-machine orders, one after another, as the
 * machines report their dispenses, and returns the receiver's answers.
 *
 * @example
 * const answers = await pushVendingShipments(sim, url, [0, 1, 2]);
 */
export async function pushVendingShipments(
  sim: YopointSimulator,
  url: string,
  indices: readonly number[],
  options: YopointPushOptions = {},
): Promise<YopointPushResult[]> {
  const results: YopointPushResult[] = [];
  for (const index of indices) {
    results.push(
      await pushYopointNotification(
        sim,
        url,
        "notify.consumer.order.simple",
        vendingShipmentPayload(sim, index),
        options,
      ),
    );
  }
  return results;
}
