import type { BaifudeClient, BaifudeSigner } from "@orderbridge/baifude";
import type { OrderKind } from "@orderbridge/orders";
import type { Store } from "@orderbridge/store";
import type { YopointClient } from "@orderbridge/yopoint";
import type { Logger } from "pino";

/**
 * What the Yopoint route needs: a client to fetch the orders notifications name (read with `validate: false`, so
 * they are decoded as the sync decodes them) and the secrets to verify with.
 */
export interface YopointReceiver {
  client: Pick<YopointClient, "cabinetOrderGet" | "consumerOrderGet">;
  /** The AppSecret: business notifications are signed with it (docs/vendors/yopoint.md §4.2). */
  appSecret: string;
  /**
   * The payment signing key (支付签名密钥): payment callbacks (`cabinet.order.vi.result.notify`) are signed with
   * it, not with the AppSecret (§2.4). Without it those callbacks are refused.
   */
  paymentSecret?: string | undefined;
  /** The account name failed records are filed under (the app id, as `sync` does). */
  account: string;
}

/** What the Baifude route needs. */
export interface BaifudeReceiver {
  client: Pick<BaifudeClient, "getList">;
  appKey: string;
  appSecret: string;
  /** The signing rule (default: the client's default, `signGuanaitongMd5`). */
  signer?: BaifudeSigner | undefined;
  account: string;
}

/** One receiver per vendor: one vendor account each. */
export interface NotificationClients {
  yopoint?: YopointReceiver | undefined;
  baifude?: BaifudeReceiver | undefined;
}

export type ReceiverVendor = keyof NotificationClients;

/** Shared by every route. */
export interface ReceiverContext {
  store: Store;
  logger: Logger;
  now: () => number;
  toleranceSeconds: number;
  includePersonalData: boolean;
  includeRaw: boolean;
  /** At most one fetch-and-store per order at a time (see coalesce.ts). */
  coalesce: (key: string, task: () => Promise<StoreOutcome>) => Promise<StoreOutcome>;
  /**
   * Runs one vendor fetch of `vendor`'s account, at most `fetchConcurrency` at a time per account; the rest wait
   * in arrival order (the client's own rate limiter then paces the requests).
   */
  fetchSlot: <T>(vendor: ReceiverVendor, task: () => Promise<T>) => Promise<T>;
  /** Aborted when a shutdown gives up waiting: queued and running vendor fetches stop. */
  signal: AbortSignal;
}

/** What storing the order a notification names did. */
export type StoreOutcome =
  | { orderId: string; result: "inserted" | "updated" | "unchanged" }
  /** The order could not become an Order (or does not exist): it is in the failed table. */
  | { orderId: string; result: "failed"; reason: string; detail: string };

/**
 * What became of one notification; every answer is exactly one of these (logged, and counted for the summary):
 * - `stored`: its order was inserted or updated (200, the vendor's acknowledgement);
 * - `unchanged`: its order was stored already with the same content (200);
 * - `acknowledged`: verified, and it names no order to store (a door closed, a cabinet changed) (200);
 * - `failed`: verified, but its order (or the notification itself) cannot be read or does not exist: kept as
 *   a failed record and acknowledged (200), since a redelivery would bring the same thing;
 * - `retry`: not stored for a reason that can pass (the vendor's get or our store failed, a shutdown cut it
 *   short): answered with a 5xx so that the vendor delivers it again; nothing kept;
 * - `refused`: not verified or not a notification (signature, timestamp, content type, size): a 4xx, nothing kept.
 */
export type NotificationOutcome = "stored" | "unchanged" | "acknowledged" | "failed" | "retry" | "refused";

/** The answer to one notification, and what to log about it. */
export interface Reply {
  status: number;
  body: unknown;
  outcome: NotificationOutcome;
  type?: string | undefined;
  reason?: string | undefined;
  detail?: string | undefined;
  orderId?: string | undefined;
  kind?: OrderKind | undefined;
  /** What the store did with the order (`stored` and `unchanged` outcomes). */
  store?: "inserted" | "updated" | "unchanged" | undefined;
}

/** Notifications answered since the server started, by outcome (see {@link NotificationOutcome}). */
export interface NotificationCounts {
  /** Every notification answered: the sum of the others. */
  received: number;
  stored: number;
  unchanged: number;
  acknowledged: number;
  failed: number;
  retry: number;
  refused: number;
}

/** A notification that was authenticated but cannot be processed (kept in the failed table). */
export class InvalidNotificationError extends Error {
  override name = "InvalidNotificationError";
  readonly reason: string;
  readonly field: string | undefined;
  constructor(reason: string, message: string, field?: string) {
    super(message);
    this.reason = reason;
    this.field = field;
  }
}

/**
 * A notification whose order could not be stored for a reason that can pass: the vendor's get failed (network,
 * timeout, a 5xx, a vendor error other than "no such order"), our store failed, or a shutdown cut the work
 * short. The notification is answered so that the vendor delivers it again.
 */
export class RetryableFailure extends Error {
  override name = "RetryableFailure";
  readonly stage: "fetch" | "store" | "shutdown";
  constructor(stage: RetryableFailure["stage"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.stage = stage;
  }
}
