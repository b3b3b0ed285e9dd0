import * as baifude from "@orderbridge/baifude";
import type { Env, Logger, OrderWindow, RateLimiter } from "@orderbridge/core";
import { ConfigError } from "@orderbridge/core";
import * as yikayi from "@orderbridge/yikayi";
import * as yopoint from "@orderbridge/yopoint";

import { commandName } from "./invocation.js";
import { VENDOR_IDS, type VendorId } from "./vendor-ids.js";

export { isVendorId, VENDOR_IDS, type VendorId } from "./vendor-ids.js";

/** What the sync needs from any vendor client. */
export interface OrderClient {
  orders(window: OrderWindow): AsyncIterable<unknown>;
}

export interface ClientOverrides {
  rateLimiter?: RateLimiter;
  logger?: Logger;
  timeoutMs?: number;
  retries?: number;
}

interface VendorEntry {
  /** Every variable of the configuration table of docs/design.md; those a vendor defaults are optional. */
  variables: readonly string[];
  /** Further variables the client reads when set; they do not make a vendor count as configured. */
  optional: readonly string[];
  /** The variable whose value names the account (for checkpoints). */
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

/** One configured vendor account: the variables it was built from and the account id its checkpoint is keyed by. */
export interface VendorAccount {
  vendor: VendorId;
  account: string;
  env: Env;
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
      accounts.push({ vendor, account: env[entry.accountVariable]?.trim() ?? "", env: vendorEnv });
    }
    for (const file of fromFile) {
      const account = file.env[entry.accountVariable]?.trim() ?? "";
      if (!accounts.some((a) => a.vendor === vendor && a.account === account))
        accounts.push({ vendor, account, env: file.env });
    }
  }
  return accounts;
}
