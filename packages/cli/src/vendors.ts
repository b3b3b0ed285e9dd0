import * as baifude from "@orderbridge/baifude";
import type { Env, Logger, OrderWindow, RateLimiter } from "@orderbridge/core";
import { ConfigError } from "@orderbridge/core";
import * as yikayi from "@orderbridge/yikayi";
import * as yopoint from "@orderbridge/yopoint";

import { yikayiAccountName } from "./accounts.js";
import { commandName } from "./invocation.js";
import { KINDS_OF_VENDOR, type KindId, VENDOR_IDS, type VendorId } from "./vendor-ids.js";

export { isVendorId, VENDOR_IDS, type VendorId } from "./vendor-ids.js";

/**
 * What the sync needs from a vendor client: one async iterable of records per kind of sale it offers, each over a
 * time window (`OrderWindow`, with `validate: false` for the sync's tolerant decoding). Every vendor's client has
 * `orders()`; Yopoint's adds `vendingOrders()`, 1card1's `sales()`.
 */
export interface OrderClient {
  orders(window: OrderWindow): AsyncIterable<unknown>;
  vendingOrders?(window: OrderWindow): AsyncIterable<unknown>;
  sales?(window: OrderWindow): AsyncIterable<unknown>;
}

/** The client method that reads each kind of sale (one stream per kind of each account). */
export const STREAM_METHOD: Readonly<Record<KindId, "orders" | "vendingOrders" | "sales">> = {
  cabinet: "orders",
  vending: "vendingOrders",
  welfare_mall: "orders",
  online_mall: "orders",
  in_store: "sales",
};

/**
 * The records of one kind of sale in one window, from the client method that reads that kind.
 *
 * @example
 * for await (const raw of readStream(client, "vending", { since, until, validate: false })) …
 */
export function readStream(client: OrderClient, kind: KindId, window: OrderWindow): AsyncIterable<unknown> {
  const method = STREAM_METHOD[kind];
  const read = client[method];
  if (typeof read !== "function")
    throw new ConfigError(`this client has no ${method}() to read ${kind} orders with`);
  return read.call(client, window);
}

export interface ClientOverrides {
  rateLimiter?: RateLimiter;
  logger?: Logger;
  timeoutMs?: number;
  retries?: number;
  /** The fetch the client sends through (the worker counts requests and errors per vendor with a wrapper). */
  fetch?: typeof fetch;
}

interface VendorEntry {
  /** Every variable of the configuration table of docs/design.md; those a vendor defaults are optional. */
  variables: readonly string[];
  /** Further variables the client reads when set; they do not make a vendor count as configured. */
  optional: readonly string[];
  /** The variable whose value names the account (for checkpoints; 1card1's is hashed, see `accountName`). */
  accountVariable: string;
  /** Where the vendor's API is (checked when it cannot be reached). */
  baseUrlVariable: string;
  /** What to check when the vendor refuses the account (a wrong secret, an unknown app id). */
  credentialVariables: readonly string[];
  create(env: Env, overrides: ClientOverrides): OrderClient;
}

export const VENDORS: Record<VendorId, VendorEntry> = {
  yopoint: {
    variables: ["YOPOINT_BASE_URL", "YOPOINT_APP_ID", "YOPOINT_APP_SECRET"],
    optional: ["YOPOINT_PAYMENT_SECRET"],
    accountVariable: "YOPOINT_APP_ID",
    baseUrlVariable: "YOPOINT_BASE_URL",
    credentialVariables: ["YOPOINT_APP_ID", "YOPOINT_APP_SECRET"],
    create: (env, overrides) => yopoint.clientFromEnv(env, overrides),
  },
  baifude: {
    variables: ["BAIFUDE_BASE_URL", "BAIFUDE_APP_KEY", "BAIFUDE_APP_SECRET"],
    optional: ["BAIFUDE_TOKEN_PATH", "BAIFUDE_SIGNER", "BAIFUDE_API_VERSION"],
    accountVariable: "BAIFUDE_APP_KEY",
    baseUrlVariable: "BAIFUDE_BASE_URL",
    credentialVariables: ["BAIFUDE_APP_KEY", "BAIFUDE_APP_SECRET"],
    create: (env, overrides) => baifude.clientFromEnv(env, overrides),
  },
  yikayi: {
    variables: ["YIKAYI_BASE_URL", "YIKAYI_OPEN_ID", "YIKAYI_SECRET", "YIKAYI_USER_ACCOUNT"],
    optional: [],
    accountVariable: "YIKAYI_OPEN_ID",
    baseUrlVariable: "YIKAYI_BASE_URL",
    credentialVariables: ["YIKAYI_OPEN_ID", "YIKAYI_SECRET", "YIKAYI_USER_ACCOUNT"],
    create: (env, overrides) => yikayi.clientFromEnv(env, overrides),
  },
};

/** One configured vendor account: the variables it was built from and the name its streams are keyed by. */
export interface VendorAccount {
  vendor: VendorId;
  /** The account's name (see `accountName`): what progress, summaries and the store's `account` column show. */
  account: string;
  env: Env;
  /**
   * Names earlier releases keyed this account's checkpoints by (a 1card1 account's raw OpenId), newest first: a
   * stream with no checkpoint under `account` resumes from the first of these that has one. Never shown.
   */
  previousAccounts?: readonly string[];
}

/**
 * The name of the account configured by `env`: Yopoint's `YOPOINT_APP_ID`, Baifude's `BAIFUDE_APP_KEY`, and for
 * 1card1 a short hash of `YIKAYI_OPEN_ID` (`oid-…`, see `yikayiAccountName`: the OpenId is a credential).
 */
export function accountName(vendor: VendorId, env: Env): string {
  const value = env[VENDORS[vendor].accountVariable]?.trim() ?? "";
  return vendor === "yikayi" ? yikayiAccountName(value) : value;
}

function accountOf(vendor: VendorId, env: Env): VendorAccount {
  const account = accountName(vendor, env);
  const raw = env[VENDORS[vendor].accountVariable]?.trim() ?? "";
  return {
    vendor,
    account,
    env,
    ...(vendor === "yikayi" && raw !== "" ? { previousAccounts: [raw] } : {}),
  };
}

/** The kinds of sale (streams) of an account that a run covers: `wanted`, else every kind the vendor offers. */
export function streamsOf(vendor: VendorId, wanted?: readonly KindId[]): KindId[] {
  return KINDS_OF_VENDOR[vendor].filter((kind) => !wanted?.length || wanted.includes(kind));
}

/** A vendor counts as configured when any of its variables is set; the client then says which one is missing. */
export function isConfigured(vendor: VendorId, env: Env): boolean {
  return VENDORS[vendor].variables.some((name) => env[name]?.trim());
}

/**
 * The accounts a command works on: those asked for with `--vendor`, else every configured one. Accounts
 * from a config file come after the environment's, and the environment wins for the same vendor account.
 */
export function resolveAccounts(
  env: Env,
  wanted: readonly VendorId[] | undefined,
  fileAccounts: readonly { vendor: VendorId; env: Env }[] = [],
): VendorAccount[] {
  const vendors = wanted?.length
    ? wanted
    : VENDOR_IDS.filter((v) => isConfigured(v, env) || fileAccounts.some((a) => a.vendor === v));
  if (!vendors.length) {
    throw new ConfigError(
      `no vendor is configured: set the variables of at least one of ${VENDOR_IDS.join(", ")} (e.g. YOPOINT_APP_ID, YOPOINT_APP_SECRET) or run \`${commandName()} demo\``,
    );
  }
  const accounts: VendorAccount[] = [];
  for (const vendor of vendors) {
    const entry = VENDORS[vendor];
    const fromFile = fileAccounts.filter((a) => a.vendor === vendor);
    const envConfigured = isConfigured(vendor, env) || (wanted?.includes(vendor) && fromFile.length === 0);
    if (envConfigured) {
      const vendorEnv = Object.fromEntries(
        [...entry.variables, ...entry.optional].map((name) => [name, env[name]]),
      );
      accounts.push(accountOf(vendor, vendorEnv));
    }
    for (const file of fromFile) {
      const account = accountOf(vendor, file.env);
      if (!accounts.some((a) => a.vendor === vendor && a.account === account.account)) accounts.push(account);
    }
  }
  return accounts;
}
