import {
  ConfigError,
  checkBaseUrl,
  createTransport,
  type Env,
  loggerFromEnv,
  optionalEnv,
  parseJsonLossless,
  ResponseValidationError,
  registerSecret,
  requireEnv,
  type TransportOptions,
  type UnvalidatedRecord,
  VendorError,
  validateResponse,
  validateResponseFast,
} from "@orderbridge/core";
import { z } from "zod";
import type { components } from "./generated/openapi.js";
import {
  GetListResponseSchema,
  GetOrderInfoResponseSchema,
  type OrderListDetail,
  type ResponseData,
  ResultCodeSchema,
  SettlementItemListResponseSchema,
  type SettlementItemPage,
  TokenResponseSchema,
} from "./generated/schemas.js";
import {
  isGetListResponse,
  isGetOrderInfoResponse,
  isSettlementItemListResponse,
  isTokenResponse,
} from "./generated/validators.js";
import { type BaifudeOrderWindow, iteratePayOrders } from "./orders.js";
import { BAIFUDE_SIGNERS, type BaifudeSigner, signGuanaitongMd5 } from "./signer.js";
import { type BaifudeTokenProvider, TokenCache } from "./token.js";

export const VENDOR = "baifude";

/** The paths of the public order APIs. */
export const BAIFUDE_PATHS = {
  getList: "/openApi/open/order/getList",
  getOrderInfo: "/openApi/open/order/getOrderInfo",
  listSettlementItems: "/openApi/open/order/settlement/item/list",
} as const;

/** The assumed token endpoint (spec: createToken, x-orderbridge-assumed). */
export const DEFAULT_TOKEN_PATH = "/token/create";
/** The assumed "token invalid or expired" code (spec: ResultCode, x-orderbridge-assumed). */
export const DEFAULT_EXPIRED_TOKEN_CODES: readonly string[] = ["10015"];
/** 4.1 takes at most 20 pay-order numbers per call (documented). */
export const GET_LIST_MAX_SNS = 20;
/** 4.3 pages hold at most 500 rows (documented). */
export const STATEMENT_MAX_PAGE_SIZE = 500;

type Schemas = components["schemas"];

/** Request and `data` type of every business operation, by path: what `client.call` is typed by. */
export interface BaifudeOperations {
  "/openApi/open/order/getList": { request: Schemas["GetListRequest"]; response: ResponseData[] };
  "/openApi/open/order/getOrderInfo": {
    request: Schemas["GetOrderInfoRequest"];
    response: OrderListDetail | null;
  };
  "/openApi/open/order/settlement/item/list": {
    request: Schemas["SettlementItemListRequest"];
    response: SettlementItemPage | null;
  };
}
export type BaifudePath = keyof BaifudeOperations;

const RESPONSE_SCHEMAS: Record<BaifudePath, z.ZodType> = {
  "/openApi/open/order/getList": GetListResponseSchema,
  "/openApi/open/order/getOrderInfo": GetOrderInfoResponseSchema,
  "/openApi/open/order/settlement/item/list": SettlementItemListResponseSchema,
};

// 4.1's envelope with the pay orders left unchecked (`getList(…, { validate: false })`).
const GetListUncheckedSchema = z.looseObject({ data: z.array(z.unknown()).nullable().optional() });

/** The compiled validators of the same responses (a response they accept skips zod). */
const RESPONSE_CHECKS: Record<BaifudePath, (value: unknown) => boolean> = {
  "/openApi/open/order/getList": isGetListResponse,
  "/openApi/open/order/getOrderInfo": isGetOrderInfoResponse,
  "/openApi/open/order/settlement/item/list": isSettlementItemListResponse,
};

const EnvelopeHeadSchema = z.looseObject({
  code: ResultCodeSchema,
  msg: z.string().nullable().optional(),
  errMsg: z.string().nullable().optional(),
});

export interface BaifudeClientOptions extends Omit<TransportOptions, "vendor" | "baseUrl"> {
  /** The per-customer open-platform host (开放平台域名地址). */
  baseUrl: string;
  /** The application key, sent as `appid` to the (assumed) token endpoint. */
  appKey: string;
  /** The application secret; only ever used inside the signer, never sent. */
  appSecret: string;
  /** Computes `sign`. Default {@link signGuanaitongMd5} (docs/vendors/baifude.md §3.4 C-S1). */
  signer?: BaifudeSigner;
  /** Replaces the assumed token exchange (POST /token/create) entirely. */
  tokenProvider?: BaifudeTokenProvider;
  /** Path of the assumed token endpoint. Default `/token/create`. */
  tokenPath?: string;
  /** The optional `version` public parameter (e.g. `1.0.0`); not sent unless set. */
  version?: string;
  /** Envelope codes that mean "token invalid or expired": refresh once and retry. Default `["10015"]`. */
  expiredTokenCodes?: readonly string[];
  /** 4.1 batches in flight at once during `orders()`. Default 3. */
  concurrency?: number;
  /** 4.3 page size during `orders()`, 1–500. Default 500. */
  statementPageSize?: number;
  /** Clock for timestamps and token expiry. Default `Date.now`. */
  now?: () => number;
}

export interface BaifudeClient {
  readonly vendor: typeof VENDOR;
  readonly baseUrl: string;
  /**
   * Calls a business operation by path with a typed body; returns the envelope's `data`, validated.
   * `code != "0"` throws a {@link VendorError}.
   */
  call<P extends BaifudePath>(
    path: P,
    body: BaifudeOperations[P]["request"],
    options?: { signal?: AbortSignal },
  ): Promise<BaifudeOperations[P]["response"]>;
  /**
   * 4.1 批量查询支付单明细: the pay orders for at most 20 pay-order numbers. With `validate: false` the answer
   * still has to pass the envelope check (`code` "0", `data` a list), and each entry of `data` is returned as
   * received, lossless-parsed and unchecked, for the caller to decode tolerantly (as `orders()` with
   * `validate: false` yields them; `orderbridge serve` does this with the pay order a push names).
   */
  getList(
    body: Schemas["GetListRequest"],
    options: { signal?: AbortSignal; validate: false },
  ): Promise<unknown[]>;
  getList(
    body: Schemas["GetListRequest"],
    options?: { signal?: AbortSignal; validate?: boolean },
  ): Promise<ResponseData[]>;
  /** 4.2 查询订单详情: one order's detail (only partly documented; every field kept). */
  getOrderInfo(
    body: Schemas["GetOrderInfoRequest"],
    options?: { signal?: AbortSignal },
  ): Promise<OrderListDetail | null>;
  /** 4.3 查询对账单: one page of statement rows of orders paid in a window. */
  listSettlementItems(
    body: Schemas["SettlementItemListRequest"],
    options?: { signal?: AbortSignal },
  ): Promise<SettlementItemPage | null>;
  /**
   * Every pay order paid in [since, until), with its full 4.1 detail, exactly once: enumerated from the
   * 4.3 statement (pages of up to 500 rows), fetched with 4.1 in batches of at most 20, a few batches
   * in flight. A pay order the statement lists but 4.1 does not return, or that fails validation, goes
   * to `window.onInvalidRecord` (thrown without it). With `validate: false`, each pay order that is a JSON
   * object is yielded as received (see `OrderWindow.validate`).
   */
  orders(window: BaifudeOrderWindow & { validate: false }): AsyncIterable<UnvalidatedRecord>;
  orders(window: BaifudeOrderWindow): AsyncIterable<ResponseData>;
  /** Sends a business call and returns the lossless-parsed envelope (code "0" checked), unvalidated. */
  send(
    path: string,
    body: unknown,
    options?: { signal?: AbortSignal },
  ): Promise<{ envelope: unknown; text: string }>;
  /** How many tokens this client has obtained (diagnostics, tests). */
  readonly tokensFetched: number;
}

/**
 * Creates a Baifude client: lazy cached token, signed requests, envelope checking, typed operations and
 * the `orders()` sync iterator.
 *
 * @example
 * const client = createClient({ baseUrl: "https://bfd.example.com", appKey: "key", appSecret: "secret" });
 * const [payOrder] = await client.getList({ paySnList: ["217132502617316312401131698"] });
 */
export function createClient(options: BaifudeClientOptions): BaifudeClient {
  const baseUrl = checkBaseUrl(options.baseUrl, VENDOR);
  if (!options.appKey) throw new ConfigError("appKey is required", { vendor: VENDOR });
  if (!options.appSecret) throw new ConfigError("appSecret is required", { vendor: VENDOR });
  const appSecret = registerSecret(options.appSecret);
  const signer = options.signer ?? signGuanaitongMd5;
  const now = options.now ?? Date.now;
  const expiredTokenCodes = new Set(options.expiredTokenCodes ?? DEFAULT_EXPIRED_TOKEN_CODES);
  const tokenPath = options.tokenPath ?? DEFAULT_TOKEN_PATH;
  const pageSize = options.statementPageSize ?? STATEMENT_MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > STATEMENT_MAX_PAGE_SIZE)
    throw new RangeError(`statementPageSize must be 1–${STATEMENT_MAX_PAGE_SIZE}`);
  const concurrency = options.concurrency ?? 3;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError("concurrency must be ≥ 1");

  const {
    appKey,
    appSecret: _secret,
    signer: _signer,
    tokenProvider: _provider,
    tokenPath: _tokenPath,
    version,
    expiredTokenCodes: _codes,
    concurrency: _concurrency,
    statementPageSize: _pageSize,
    now: _now,
    ...transportOptions
  } = options;
  const transport = createTransport({
    baseUrlName: "BAIFUDE_BASE_URL",
    ...transportOptions,
    vendor: VENDOR,
    baseUrl,
  });

  /** The assumed Guanaitong-style token exchange (docs/vendors/baifude.md §3.4 C-T1). */
  const fetchTokenFromEndpoint: BaifudeTokenProvider = async (signal) => {
    const response = await transport.request({
      operation: tokenPath,
      idempotent: true,
      ...(signal ? { signal } : {}),
      prepare: () => {
        const params: Record<string, string> = {
          appid: appKey,
          grant_type: "client_credential",
          timestamp: String(now()),
          ...(version ? { version } : {}),
        };
        const sign = signer({ path: tokenPath, params, body: "", appSecret });
        return {
          path: tokenPath,
          headers: { "content-type": "application/x-www-form-urlencoded", "cache-control": "no-cache" },
          body: new URLSearchParams({ ...params, sign }).toString(),
        };
      },
    });
    const envelope = parseJsonLossless(response.text, { vendor: VENDOR, operation: tokenPath });
    const code = checkEnvelope(envelope, tokenPath, response.text);
    if (code !== "0") throw vendorError(envelope, code, tokenPath);
    const parsed = validateResponseFast(TokenResponseSchema, isTokenResponse, envelope, {
      vendor: VENDOR,
      operation: tokenPath,
      raw: response.text,
    });
    if (!parsed.data) {
      throw new ResponseValidationError({
        vendor: VENDOR,
        operation: tokenPath,
        issues: [{ path: "data", message: "token answer without data" }],
        raw: response.text,
      });
    }
    return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
  };

  const tokens = new TokenCache(options.tokenProvider ?? fetchTokenFromEndpoint, now);

  function checkEnvelope(envelope: unknown, operation: string, raw: string): string {
    const head = validateResponse(EnvelopeHeadSchema, envelope, { vendor: VENDOR, operation, raw });
    return head.code;
  }

  function vendorError(envelope: unknown, code: string, operation: string): VendorError {
    const head = envelope as { msg?: unknown; errMsg?: unknown };
    const message = [head.msg, head.errMsg].find((m) => typeof m === "string" && m) as string | undefined;
    return new VendorError({
      vendor: VENDOR,
      operation,
      code,
      message: message ?? "",
      hint: HINTS[code] ?? (expiredTokenCodes.has(code) ? "access token invalid or expired" : undefined),
    });
  }

  async function send(path: string, body: unknown, callOptions: { signal?: AbortSignal } = {}) {
    const rawBody = JSON.stringify(body);
    for (let tokenAttempt = 1; ; tokenAttempt++) {
      const token = await tokens.get(callOptions.signal);
      const response = await transport.request({
        operation: path,
        idempotent: true,
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
        prepare: () => {
          // A fresh timestamp and sign per attempt: the timestamp guards against replay (防止重复攻击).
          const params: Record<string, string> = {
            access_token: token,
            timestamp: String(now()),
            ...(version ? { version } : {}),
          };
          const sign = signer({ path, params, body: rawBody, appSecret });
          return {
            path,
            query: { ...params, sign },
            headers: { "content-type": "application/json", "cache-control": "no-cache" },
            body: rawBody,
          };
        },
      });
      const envelope = parseJsonLossless(response.text, { vendor: VENDOR, operation: path });
      const code = checkEnvelope(envelope, path, response.text);
      if (code === "0") return { envelope, text: response.text };
      // An expired or revoked token: fetch a new one once and repeat the call (docs/vendors/baifude.md §2; the code
      // itself is assumed, see DEFAULT_EXPIRED_TOKEN_CODES).
      if (expiredTokenCodes.has(code) && tokenAttempt === 1) {
        tokens.invalidate(token);
        continue;
      }
      throw vendorError(envelope, code, path);
    }
  }

  async function call<P extends BaifudePath>(
    path: P,
    body: BaifudeOperations[P]["request"],
    callOptions: { signal?: AbortSignal } = {},
  ): Promise<BaifudeOperations[P]["response"]> {
    const { envelope, text } = await send(path, body, callOptions);
    const parsed = validateResponseFast(RESPONSE_SCHEMAS[path], RESPONSE_CHECKS[path], envelope, {
      vendor: VENDOR,
      operation: path,
      raw: text,
    }) as { data?: unknown };
    if (path === BAIFUDE_PATHS.getList) return (parsed.data ?? []) as BaifudeOperations[P]["response"];
    return (parsed.data ?? null) as BaifudeOperations[P]["response"];
  }

  const client: BaifudeClient = {
    vendor: VENDOR,
    baseUrl,
    call,
    send,
    getList: ((
      body: Schemas["GetListRequest"],
      callOptions: { signal?: AbortSignal; validate?: boolean } = {},
    ) => {
      // Refused before anything is sent, and synchronously (as a programming error).
      if (body.paySnList.length > GET_LIST_MAX_SNS)
        throw new RangeError(
          `getList takes at most ${GET_LIST_MAX_SNS} pay-order numbers (4.1 单次最多20条)`,
        );
      const { validate, ...options } = callOptions;
      if (validate !== false) return call(BAIFUDE_PATHS.getList, body, options);
      return send(BAIFUDE_PATHS.getList, body, options).then(({ envelope, text }) => {
        const parsed = validateResponse(GetListUncheckedSchema, envelope, {
          vendor: VENDOR,
          operation: BAIFUDE_PATHS.getList,
          raw: text,
        });
        return parsed.data ?? [];
      });
    }) as BaifudeClient["getList"],
    getOrderInfo: (body, callOptions) => call(BAIFUDE_PATHS.getOrderInfo, body, callOptions),
    listSettlementItems: (body, callOptions) => call(BAIFUDE_PATHS.listSettlementItems, body, callOptions),
    orders: ((window: BaifudeOrderWindow) =>
      iteratePayOrders(client, window, { pageSize, concurrency })) as BaifudeClient["orders"],
    get tokensFetched() {
      return tokens.fetched;
    },
  };
  return client;
}

const HINTS: Record<string, string> = {
  "10016": "signature error: check BAIFUDE_APP_SECRET and the signer (see the @orderbridge/baifude README)",
};

/**
 * Creates a client from `BAIFUDE_*` environment variables: `BAIFUDE_BASE_URL` (required — the host is
 * per customer), `BAIFUDE_APP_KEY`, `BAIFUDE_APP_SECRET`, and optionally `BAIFUDE_TOKEN_PATH`,
 * `BAIFUDE_SIGNER` (`guanaitong-md5` | `fenbeitong-md5`) and `BAIFUDE_API_VERSION`. A missing
 * required variable throws a ConfigError naming it.
 *
 * @example
 * const client = clientFromEnv(process.env);
 * for await (const payOrder of client.orders({ since: "2024-04-16T00:00:00+08:00", until: "2024-04-17T00:00:00+08:00" })) console.log(payOrder.sn);
 */
export function clientFromEnv(
  env: Env = process.env,
  overrides: Partial<BaifudeClientOptions> = {},
): BaifudeClient {
  const baseUrl = checkBaseUrl(requireEnv(env, "BAIFUDE_BASE_URL", VENDOR), VENDOR, "BAIFUDE_BASE_URL");
  const appKey = requireEnv(env, "BAIFUDE_APP_KEY", VENDOR);
  const appSecret = requireEnv(env, "BAIFUDE_APP_SECRET", VENDOR, { secret: true });
  const signerName = optionalEnv(env, "BAIFUDE_SIGNER");
  let signer: BaifudeSigner | undefined;
  if (signerName) {
    signer = BAIFUDE_SIGNERS[signerName];
    if (!signer)
      throw new ConfigError(
        `BAIFUDE_SIGNER must be one of ${Object.keys(BAIFUDE_SIGNERS).join(", ")}: ${JSON.stringify(signerName)}`,
        { vendor: VENDOR, variable: "BAIFUDE_SIGNER" },
      );
  }
  const tokenPath = optionalEnv(env, "BAIFUDE_TOKEN_PATH");
  const version = optionalEnv(env, "BAIFUDE_API_VERSION");
  return createClient({
    baseUrl,
    appKey,
    appSecret,
    logger: loggerFromEnv(env),
    ...(signer ? { signer } : {}),
    ...(tokenPath ? { tokenPath } : {}),
    ...(version ? { version } : {}),
    ...overrides,
  });
}
