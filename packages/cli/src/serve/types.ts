import type { BaifudeClient, BaifudeSigner } from "@orderbridge/baifude";
import type { Store } from "@orderbridge/store";
import type { YopointClient } from "@orderbridge/yopoint";
import type { Logger } from "pino";

/** What the Yopoint route needs: a client to fetch referenced orders and the secrets to verify with. */
export interface YopointReceiver {
  client: Pick<YopointClient, "cabinetOrderGet">;
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

export interface NotificationClients {
  yopoint?: YopointReceiver | undefined;
  baifude?: BaifudeReceiver | undefined;
}

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
}

/** What storing a referenced order did. */
export interface StoreOutcome {
  orderId: string;
  /** `failed`: the vendor's order could not become an Order; it is in the failed table. */
  result: "inserted" | "updated" | "unchanged" | "failed";
}

/** The answer to one notification, and what to log about it. */
export interface Reply {
  status: number;
  body: unknown;
  /** `accepted` (stored or acknowledged) or `refused` (a 4xx/5xx). */
  outcome: "stored" | "acknowledged" | "refused" | "error";
  type?: string | undefined;
  reason?: string | undefined;
  detail?: string | undefined;
  orderId?: string | undefined;
  store?: StoreOutcome["result"] | undefined;
  /** Whether the refused request was kept in the failed table. */
  keptAsFailed?: boolean | undefined;
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
