import {
  checkBaseUrl,
  createTransport,
  type Env,
  formatIssuePath,
  type InvalidRecord,
  loggerFromEnv,
  type OrderWindow,
  optionalEnv,
  parseJsonLossless,
  ResponseValidationError,
  registerSecret,
  requireEnv,
  type Transport,
  type TransportOptions,
  toDate,
  VendorError,
  validateResponse,
} from "@orderbridge/core";
import { z } from "zod";
import { RequestValidationError } from "./errors.js";
import type { CabinetOrder } from "./generated/schemas.js";
import {
  CabinetOrderListDataSchema,
  CabinetOrderSchema,
  GatewayEnvelopeSchema,
} from "./generated/schemas.js";
import { type BizContentByMethod, type DataByMethod, METHODS, type YopointMethod } from "./methods.js";
import { signParameters } from "./signing.js";

export const VENDOR = "yopoint";
/** The production host (vendor-docs §1.1); there is no documented sandbox. */
export const DEFAULT_BASE_URL = "https://api.yopoint.com";
/** The single gateway path every method is posted to. */
export const GATEWAY_PATH = "/api/gateway/index";
/** `version` is "1.0.0, 目前固定此版本" (fixed for now), §1.3. */
export const API_VERSION = "1.0.0";
/** cabinet.order.list: "pageSize:每页记录数,最多支持100" (§3.7). */
export const MAX_PAGE_SIZE = 100;
/**
 * The longest window one cabinet.order.list query is given. The docs state no maximum (§7.11); their examples span
 * 7 days (cabinet.order.list) and a month (consumer.order.list). Longer windows are split into 7-day pieces so a
 * server-side cap, if there is one at a week or more, cannot silently truncate a sync.
 */
export const DEFAULT_MAX_WINDOW_SECONDS = 7 * 24 * 60 * 60;

export interface YopointClientOptions extends Omit<TransportOptions, "vendor" | "baseUrl"> {
  appId: string;
  appSecret: string;
  /** Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /** Clock for the `timestamp` parameter, in epoch milliseconds (tests). */
  now?: () => number;
  /** Page size of `orders()`, 1–100 (default 100). */
  pageSize?: number;
  /** Longest window of one cabinet.order.list query in seconds (default 7 days). */
  maxWindowSeconds?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** The Yopoint client: one typed `call`, a named function per method, and `orders()`. */
export interface YopointClient {
  readonly vendor: typeof VENDOR;
  readonly baseUrl: string;
  readonly appId: string;
  /** Calls a gateway method: its `biz_content` in, its validated `data` out. */
  call<M extends YopointMethod>(
    method: M,
    bizContent: BizContentByMethod[M],
    options?: CallOptions,
  ): Promise<DataByMethod[M]>;
  /** Every cabinet order paid in [since, until), exactly once, page by page. */
  orders(window: OrderWindow): AsyncIterable<CabinetOrder>;
  apiTest(
    bizContent?: BizContentByMethod["api.test"],
    options?: CallOptions,
  ): Promise<DataByMethod["api.test"]>;
  cabinetList(
    bizContent: BizContentByMethod["cabinet.list"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.list"]>;
  cabinetProductStock(
    bizContent: BizContentByMethod["cabinet.product.stock"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.product.stock"]>;
  cabinetOpenDoor(
    bizContent: BizContentByMethod["cabinet.open.door"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.open.door"]>;
  cabinetOrderRefundApply(
    bizContent: BizContentByMethod["cabinet.order.refund.apply"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.order.refund.apply"]>;
  cabinetOrderUserAppeal(
    bizContent: BizContentByMethod["cabinet.order.user.appeal"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.order.user.appeal"]>;
  cabinetOrderList(
    bizContent: BizContentByMethod["cabinet.order.list"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.order.list"]>;
  cabinetOrderGet(
    bizContent: BizContentByMethod["cabinet.order.get"],
    options?: CallOptions,
  ): Promise<DataByMethod["cabinet.order.get"]>;
  consumerOrderList(
    bizContent: BizContentByMethod["consumer.order.list"],
    options?: CallOptions,
  ): Promise<DataByMethod["consumer.order.list"]>;
  consumerOrderGet(
    bizContent: BizContentByMethod["consumer.order.get"],
    options?: CallOptions,
  ): Promise<DataByMethod["consumer.order.get"]>;
}

/**
 * Builds the signed form of one gateway call (vendor-docs §1.3, §2.1). The signature is computed over exactly the
 * values that go into the body, including the `biz_content` JSON text byte for byte.
 *
 * @example
 * buildGatewayForm({ appId: "930859529955", appSecret, method: "api.test", bizContent: "{}", timestamp: "1709000000" });
 */
export function buildGatewayForm(input: {
  appId: string;
  appSecret: string;
  method: string;
  /** The exact `biz_content` JSON text. */
  bizContent: string;
  /** Unix seconds, as decimal text. */
  timestamp: string;
}): Record<string, string> {
  const parameters: Record<string, string> = {
    appid: input.appId,
    method: input.method,
    biz_content: input.bizContent,
    version: API_VERSION,
    timestamp: input.timestamp,
    sign_type: "md5",
  };
  return { ...parameters, sign: signParameters(parameters, input.appSecret) };
}

/** Validates a `biz_content` before it is sent, naming the offending field. */
export function validateBizContent<M extends YopointMethod>(method: M, bizContent: unknown): void {
  const result = METHODS[method].bizContent.safeParse(bizContent);
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path, "biz_content"),
        message: issue.message,
      }));
  // "订单号和交易单号必填一项" — one of ReceiptNo / TradeNo is mandatory (§3.8); the spec says minProperties: 1.
  if (result.success && method === "cabinet.order.get" && Object.keys(bizContent as object).length === 0) {
    issues.push({ path: "biz_content", message: "one of ReceiptNo or TradeNo is required" });
  }
  if (issues.length) throw new RequestValidationError({ vendor: VENDOR, operation: method, issues });
}

/**
 * Reads a gateway answer: lossless JSON, the envelope, `error_code != 0` as a {@link VendorError}, then the method's
 * `data` schema (a wrong type is a {@link ResponseValidationError} naming e.g. `data.data[3].Price`).
 *
 * @example
 * const data = parseGatewayResponse("cabinet.order.get", responseText);
 */
export function parseGatewayResponse<M extends YopointMethod>(method: M, text: string): DataByMethod[M] {
  const data = readEnvelope(method, text);
  return validateResponse(METHODS[method].data, data, {
    vendor: VENDOR,
    operation: method,
    raw: text,
    root: "data",
  }) as DataByMethod[M];
}

function readEnvelope(method: string, text: string): unknown {
  const origin = { vendor: VENDOR, operation: method };
  const parsed = parseJsonLossless(text, origin);
  const envelope = validateResponse(GatewayEnvelopeSchema, parsed, { ...origin, raw: text });
  if (envelope.error_code !== 0) {
    throw new VendorError({
      ...origin,
      code: envelope.error_code,
      message: envelope.error_msg,
      subCode: envelope.sub_error_code,
      hint:
        envelope.error_code === -1 && /SIGN/i.test(envelope.error_msg)
          ? "check YOPOINT_APP_SECRET"
          : undefined,
    });
  }
  return envelope.data;
}

// The paginator of cabinet.order.list with its records left unvalidated, so each order is validated on its own
// and one bad record does not lose the page (OrderWindow.onInvalidRecord).
const CabinetOrderPageSchema = CabinetOrderListDataSchema.extend({ data: z.array(z.unknown()) });

/**
 * Creates a Yopoint client.
 *
 * @example
 * const client = createClient({ appId: "930859529955", appSecret: process.env.YOPOINT_APP_SECRET! });
 * for await (const order of client.orders({ since: "2024-02-23T00:00:00+08:00", until: "2024-03-01T00:00:00+08:00" }))
 *   console.log(order.ReceiptNo, order.Price);
 */
export function createClient(options: YopointClientOptions): YopointClient {
  const { appId, appSecret, now = Date.now, pageSize = MAX_PAGE_SIZE, maxWindowSeconds, ...rest } = options;
  if (!appId) throw new RangeError("appId is required");
  if (!appSecret) throw new RangeError("appSecret is required");
  registerSecret(appSecret);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  const windowSeconds = maxWindowSeconds ?? DEFAULT_MAX_WINDOW_SECONDS;
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1)
    throw new RangeError("maxWindowSeconds must be a whole number ≥ 1");
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, VENDOR);
  const transport: Transport = createTransport({ ...rest, vendor: VENDOR, baseUrl });

  async function send(method: YopointMethod, bizContent: unknown, callOptions: CallOptions = {}) {
    validateBizContent(method, bizContent);
    // Serialized once: the signature and the body carry the very same text.
    const bizText = JSON.stringify(bizContent);
    const response = await transport.request({
      operation: method,
      idempotent: METHODS[method].idempotent,
      ...(callOptions.signal ? { signal: callOptions.signal } : {}),
      prepare: () => {
        // A fresh timestamp and signature per attempt: a retry after a long Retry-After must not look stale.
        const form = buildGatewayForm({
          appId,
          appSecret,
          method,
          bizContent: bizText,
          timestamp: String(Math.floor(now() / 1000)),
        });
        return {
          path: GATEWAY_PATH,
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
          body: new URLSearchParams(form).toString(),
        };
      },
    });
    return response.text;
  }

  async function call<M extends YopointMethod>(
    method: M,
    bizContent: BizContentByMethod[M],
    callOptions?: CallOptions,
  ): Promise<DataByMethod[M]> {
    const text = await send(method, bizContent, callOptions);
    return parseGatewayResponse(method, text);
  }

  async function* orders(window: OrderWindow): AsyncGenerator<CabinetOrder> {
    const since = toDate(window.since).getTime();
    const until = toDate(window.until).getTime();
    // [since, until) in milliseconds -> inclusive whole seconds [first, last] (the vendor's bounds are seconds and
    // taken as inclusive, as its examples end on hh:59:59, §3.7).
    const first = Math.ceil(since / 1000);
    const last = Math.ceil(until / 1000) - 1;
    for (let start = first; start <= last; start += windowSeconds) {
      const end = Math.min(start + windowSeconds - 1, last);
      const seen = new Set<string>();
      for (let page = 1; ; page++) {
        window.signal?.throwIfAborted();
        const biz = { page, StartTime: start, EndTime: end, pageSize };
        const text = await send("cabinet.order.list", biz, window.signal ? { signal: window.signal } : {});
        const data = readEnvelope("cabinet.order.list", text);
        const paginator = validateResponse(CabinetOrderPageSchema, data, {
          vendor: VENDOR,
          operation: "cabinet.order.list",
          raw: text,
          root: "data",
        });
        for (const [index, record] of paginator.data.entries()) {
          const result = CabinetOrderSchema.safeParse(record);
          if (!result.success) {
            const error = new ResponseValidationError({
              vendor: VENDOR,
              operation: "cabinet.order.list",
              issues: result.error.issues.map((issue) => ({
                path: formatIssuePath(issue.path, `data.data[${index}]`),
                message: issue.message,
              })),
              raw: text,
            });
            const id = readId(record);
            if (!window.onInvalidRecord) throw error;
            const invalid: InvalidRecord = { vendor: VENDOR, id, raw: record, error };
            await window.onInvalidRecord(invalid);
            continue;
          }
          const order = result.data;
          // Pages may shift while we read (a new order lands in the window): never yield an order twice.
          if (seen.has(order.ReceiptNo)) continue;
          seen.add(order.ReceiptNo);
          yield order;
        }
        // Stop on last_page, never on `total` alone (its meaning is disputed, §1.6).
        if (paginator.current_page >= paginator.last_page || page >= paginator.last_page) break;
      }
    }
  }

  const named =
    <M extends YopointMethod>(method: M) =>
    (bizContent: BizContentByMethod[M], callOptions?: CallOptions) =>
      call(method, bizContent, callOptions);

  return {
    vendor: VENDOR,
    baseUrl,
    appId,
    call,
    orders: (window) => orders(window),
    apiTest: (bizContent = {}, callOptions) => call("api.test", bizContent, callOptions),
    cabinetList: named("cabinet.list"),
    cabinetProductStock: named("cabinet.product.stock"),
    cabinetOpenDoor: named("cabinet.open.door"),
    cabinetOrderRefundApply: named("cabinet.order.refund.apply"),
    cabinetOrderUserAppeal: named("cabinet.order.user.appeal"),
    cabinetOrderList: named("cabinet.order.list"),
    cabinetOrderGet: named("cabinet.order.get"),
    consumerOrderList: named("consumer.order.list"),
    consumerOrderGet: named("consumer.order.get"),
  };
}

function readId(record: unknown): string | undefined {
  if (record === null || typeof record !== "object") return undefined;
  const value = (record as Record<string, unknown>).ReceiptNo ?? (record as Record<string, unknown>).id;
  return typeof value === "string" ? value : undefined;
}

/**
 * Creates a client from `YOPOINT_BASE_URL` (optional, defaults to production), `YOPOINT_APP_ID` and
 * `YOPOINT_APP_SECRET`. A missing variable is a `ConfigError` naming it.
 *
 * @example
 * const client = clientFromEnv(process.env, { retries: 5 });
 */
export function clientFromEnv(
  env: Env = process.env,
  overrides: Partial<YopointClientOptions> = {},
): YopointClient {
  const baseUrl = optionalEnv(env, "YOPOINT_BASE_URL");
  return createClient({
    appId: requireEnv(env, "YOPOINT_APP_ID", VENDOR),
    appSecret: requireEnv(env, "YOPOINT_APP_SECRET", VENDOR, { secret: true }),
    ...(baseUrl ? { baseUrl: checkBaseUrl(baseUrl, VENDOR, "YOPOINT_BASE_URL") } : {}),
    logger: loggerFromEnv(env),
    ...overrides,
  });
}
