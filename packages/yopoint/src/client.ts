import {
  checkBaseUrl,
  createTransport,
  type Env,
  formatIssuePath,
  isJsonObject,
  loggerFromEnv,
  notAnObjectError,
  type OrderWindow,
  optionalEnv,
  parseJsonLossless,
  ResponseValidationError,
  registerSecret,
  requireEnv,
  type Transport,
  type TransportOptions,
  toDate,
  toSchemaOutput,
  type UnvalidatedRecord,
  VendorError,
  validateResponseFast,
} from "@orderbridge/core";
import { z } from "zod";
import { RequestValidationError } from "./errors.js";
import type { CabinetOrder, ConsumerOrder } from "./generated/schemas.js";
import {
  CabinetOrderListDataSchema,
  CabinetOrderSchema,
  ConsumerOrderListDataSchema,
  ConsumerOrderSchema,
  GatewayEnvelopeSchema,
} from "./generated/schemas.js";
import {
  isApiTestData,
  isCabinetListData,
  isCabinetOpenDoorData,
  isCabinetOrder,
  isCabinetOrderListData,
  isCabinetOrderListDataPage,
  isCabinetOrderRefundApplyData,
  isCabinetOrderUserAppealData,
  isCabinetProductStockData,
  isConsumerOrder,
  isConsumerOrderListData,
  isConsumerOrderListDataPage,
  isGatewayEnvelope,
} from "./generated/validators.js";
import { type BizContentByMethod, type DataByMethod, METHODS, type YopointMethod } from "./methods.js";

/**
 * The compiled validator of each method's `data` (generated from the same spec as the zod schemas in METHODS):
 * a response they accept is converted to the schema's output without running zod; zod reports the others.
 */
const DATA_CHECKS: Record<YopointMethod, (value: unknown) => boolean> = {
  "api.test": isApiTestData,
  "cabinet.list": isCabinetListData,
  "cabinet.product.stock": isCabinetProductStockData,
  "cabinet.open.door": isCabinetOpenDoorData,
  "cabinet.order.refund.apply": isCabinetOrderRefundApplyData,
  "cabinet.order.user.appeal": isCabinetOrderUserAppealData,
  "cabinet.order.list": isCabinetOrderListData,
  "cabinet.order.get": isCabinetOrder,
  "consumer.order.list": isConsumerOrderListData,
  "consumer.order.get": isConsumerOrder,
};

import { signParameters } from "./signing.js";

export const VENDOR = "yopoint";
/** The production host (docs/vendors/yopoint.md §1.1); there is no documented sandbox. */
export const DEFAULT_BASE_URL = "https://api.yopoint.com";
/** The single gateway path every method is posted to. */
export const GATEWAY_PATH = "/api/gateway/index";
/** `version` is "1.0.0, 目前固定此版本" (fixed for now), §1.3. */
export const API_VERSION = "1.0.0";
/** cabinet.order.list: "pageSize:每页记录数,最多支持100" (§3.7). */
export const MAX_PAGE_SIZE = 100;
/**
 * The longest window one cabinet.order.list or consumer.order.list query is given. The docs state no maximum
 * (§7.11); their examples span 7 days (cabinet.order.list) and a month (consumer.order.list). Longer windows are
 * split into 7-day pieces so a server-side cap, if there is one at a week or more, cannot silently truncate a sync.
 */
export const DEFAULT_MAX_WINDOW_SECONDS = 7 * 24 * 60 * 60;

export interface YopointClientOptions extends Omit<TransportOptions, "vendor" | "baseUrl"> {
  appId: string;
  appSecret: string;
  /** Defaults to {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /** Clock for the `timestamp` parameter, in epoch milliseconds (tests). */
  now?: () => number;
  /** Page size of `orders()`, 1–100 (default 100). `vendingOrders()` sends none: the server's is used. */
  pageSize?: number;
  /** Longest window of one cabinet.order.list / consumer.order.list query in seconds (default 7 days). */
  maxWindowSeconds?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of the single-order reads (`cabinetOrderGet`, `consumerOrderGet`). */
export interface GetOptions extends CallOptions {
  /**
   * Whether the order is checked against the spec's schema (default `true`). With `false` the answer still
   * has to pass the envelope check (`error_code` 0, else a `VendorError`), and `data` is returned as received —
   * lossless-parsed, unknown fields kept, nothing converted — for the caller to decode tolerantly, as the
   * lists yield records with `OrderWindow.validate: false` (`orderbridge serve` reads the order a notification
   * names this way, so that it is decoded exactly as the sync decodes it).
   */
  validate?: boolean;
}

/** The Yopoint client: one typed `call`, a named function per method, `orders()` and `vendingOrders()`. */
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
  /**
   * Every self-pickup cabinet order paid in [since, until), exactly once, page by page over `cabinet.order.list`,
   * each validated on its own (a bad one goes to `window.onInvalidRecord`). With `validate: false`, each record
   * that is a JSON object is yielded as received (see `OrderWindow.validate`).
   */
  orders(window: OrderWindow & { validate: false }): AsyncIterable<UnvalidatedRecord>;
  orders(window: OrderWindow): AsyncIterable<CabinetOrder>;
  /**
   * Every vending-machine order paid in [since, until), exactly once, page by page over `consumer.order.list`
   * (`Page` and the server's page size, see the README), windows split as for `orders()`, each validated on its
   * own by the spec's `ConsumerOrder` (a bad one goes to `window.onInvalidRecord`).
   *
   * @example
   * for await (const order of client.vendingOrders({ since: "2024-03-01T00:00:00+08:00", until: "2024-03-02T00:00:00+08:00" }))
   *   console.log(order.ReceiptNo, order.ProductName, order.Price, order.ShipmentsStatus);
   */
  vendingOrders(window: OrderWindow & { validate: false }): AsyncIterable<UnvalidatedRecord>;
  vendingOrders(window: OrderWindow): AsyncIterable<ConsumerOrder>;
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
    options: GetOptions & { validate: false },
  ): Promise<unknown>;
  cabinetOrderGet(
    bizContent: BizContentByMethod["cabinet.order.get"],
    options?: GetOptions,
  ): Promise<DataByMethod["cabinet.order.get"]>;
  consumerOrderList(
    bizContent: BizContentByMethod["consumer.order.list"],
    options?: CallOptions,
  ): Promise<DataByMethod["consumer.order.list"]>;
  consumerOrderGet(
    bizContent: BizContentByMethod["consumer.order.get"],
    options: GetOptions & { validate: false },
  ): Promise<unknown>;
  consumerOrderGet(
    bizContent: BizContentByMethod["consumer.order.get"],
    options?: GetOptions,
  ): Promise<DataByMethod["consumer.order.get"]>;
}

/**
 * Builds the signed form of one gateway call (docs/vendors/yopoint.md §1.3, §2.1). The signature is computed over exactly the
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
  return validateResponseFast(METHODS[method].data, DATA_CHECKS[method], data, {
    vendor: VENDOR,
    operation: method,
    raw: text,
    root: "data",
  }) as DataByMethod[M];
}

function readEnvelope(method: string, text: string): unknown {
  const origin = { vendor: VENDOR, operation: method };
  const parsed = parseJsonLossless(text, origin);
  const envelope = validateResponseFast(GatewayEnvelopeSchema, isGatewayEnvelope, parsed, {
    ...origin,
    raw: text,
  });
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

// The paginators with their records left unvalidated, so each order is validated on its own and one bad record
// does not lose the page (OrderWindow.onInvalidRecord).
const CabinetOrderPageSchema = CabinetOrderListDataSchema.extend({ data: z.array(z.unknown()) });
const ConsumerOrderPageSchema = ConsumerOrderListDataSchema.extend({ data: z.array(z.unknown()) });

/** How one list method is paged over a time window. */
interface ListStream {
  method: "cabinet.order.list" | "consumer.order.list";
  /** The `biz_content` of page `page` of the inclusive window [start, end] (Unix seconds). */
  biz: (page: number, start: number, end: number) => Record<string, unknown>;
  page: z.ZodType<{ current_page: number; last_page: number; data: unknown[] }>;
  /** The compiled check of `page` (the spec's envelope with its records left unchecked). */
  isPage: (value: unknown) => boolean;
  record: z.ZodType;
  /** The compiled check of `record`. */
  isRecord: (value: unknown) => boolean;
}

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
  const transport: Transport = createTransport({
    baseUrlName: "YOPOINT_BASE_URL",
    ...rest,
    vendor: VENDOR,
    baseUrl,
  });

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

  /**
   * Every record of one list method whose time is in [since, until): the window in pieces of at most
   * `windowSeconds`, each paged until `last_page`. Invariant: a record is yielded at most once per call (by
   * ReceiptNo), and a page whose records are not all valid still yields the valid ones.
   */
  async function* listWindow(stream: ListStream, window: OrderWindow): AsyncGenerator<unknown> {
    const validate = window.validate !== false;
    const since = toDate(window.since).getTime();
    const until = toDate(window.until).getTime();
    // [since, until) in milliseconds -> inclusive whole seconds [first, last] (the vendor's bounds are seconds and
    // taken as inclusive, as its examples end on hh:59:59, §3.7).
    const first = Math.ceil(since / 1000);
    const last = Math.ceil(until / 1000) - 1;
    const operation = stream.method;
    const report = async (record: unknown, error: ResponseValidationError) => {
      if (!window.onInvalidRecord) throw error;
      const id =
        readId(record) ?? (isJsonObject(record) && typeof record.id === "string" ? record.id : undefined);
      await window.onInvalidRecord({ vendor: VENDOR, id, raw: record, error });
    };
    for (let start = first; start <= last; start += windowSeconds) {
      const end = Math.min(start + windowSeconds - 1, last);
      const seen = new Set<string>();
      for (let page = 1; ; page++) {
        window.signal?.throwIfAborted();
        const text = await send(
          operation,
          stream.biz(page, start, end),
          window.signal ? { signal: window.signal } : {},
        );
        const data = readEnvelope(operation, text);
        const paginator = validateResponseFast(stream.page, stream.isPage, data, {
          vendor: VENDOR,
          operation,
          raw: text,
          root: "data",
        });
        // A server that does not read the page parameter (its name is an assumption for consumer.order.list)
        // answers page 1 every time: refuse that instead of silently syncing the first page only.
        if (paginator.current_page !== page) {
          throw new ResponseValidationError({
            vendor: VENDOR,
            operation,
            issues: [
              {
                path: "data.current_page",
                message: `asked for page ${page}, received page ${paginator.current_page}: the server did not read the page parameter`,
              },
            ],
            raw: text,
          });
        }
        for (const [index, record] of paginator.data.entries()) {
          const path = `data.data[${index}]`;
          let value: unknown = record;
          if (!isJsonObject(record)) {
            await report(record, notAnObjectError({ vendor: VENDOR, operation, path, raw: text }, record));
            continue;
          }
          if (validate && stream.isRecord(record)) {
            value = toSchemaOutput(stream.record, record);
          } else if (validate) {
            const result = stream.record.safeParse(record);
            if (!result.success) {
              await report(
                record,
                new ResponseValidationError({
                  vendor: VENDOR,
                  operation,
                  issues: result.error.issues.map((issue) => ({
                    path: formatIssuePath(issue.path, path),
                    message: issue.message,
                  })),
                  raw: text,
                }),
              );
              continue;
            }
            value = result.data;
          }
          // Pages may shift while we read (a new order lands in the window): never yield an order twice.
          const key = readId(record);
          if (key !== undefined) {
            if (seen.has(key)) continue;
            seen.add(key);
          }
          yield value;
        }
        // Stop on last_page, never on `total` alone (its meaning is disputed, §1.6).
        if (paginator.current_page >= paginator.last_page || page >= paginator.last_page) break;
      }
    }
  }

  const cabinetStream: ListStream = {
    method: "cabinet.order.list",
    biz: (page, StartTime, EndTime) => ({ page, StartTime, EndTime, pageSize }),
    page: CabinetOrderPageSchema,
    isPage: isCabinetOrderListDataPage,
    record: CabinetOrderSchema,
    isRecord: isCabinetOrder,
  };
  const vendingStream: ListStream = {
    method: "consumer.order.list",
    // `Page`, and no pageSize: see the spec's ConsumerOrderListBizContent.
    biz: (Page, StartTime, EndTime) => ({ Page, StartTime, EndTime }),
    page: ConsumerOrderPageSchema,
    isPage: isConsumerOrderListDataPage,
    record: ConsumerOrderSchema,
    isRecord: isConsumerOrder,
  };

  const named =
    <M extends YopointMethod>(method: M) =>
    (bizContent: BizContentByMethod[M], callOptions?: CallOptions) =>
      call(method, bizContent, callOptions);

  /** A single-order read: validated by default, the envelope's `data` as received with `validate: false`. */
  const getter =
    <M extends "cabinet.order.get" | "consumer.order.get">(method: M) =>
    async (bizContent: BizContentByMethod[M], getOptions: GetOptions = {}) => {
      const { validate, ...callOptions } = getOptions;
      if (validate !== false) return call(method, bizContent, callOptions);
      return readEnvelope(method, await send(method, bizContent, callOptions));
    };

  return {
    vendor: VENDOR,
    baseUrl,
    appId,
    call,
    orders: ((window: OrderWindow) => listWindow(cabinetStream, window)) as YopointClient["orders"],
    vendingOrders: ((window: OrderWindow) =>
      listWindow(vendingStream, window)) as YopointClient["vendingOrders"],
    apiTest: (bizContent = {}, callOptions) => call("api.test", bizContent, callOptions),
    cabinetList: named("cabinet.list"),
    cabinetProductStock: named("cabinet.product.stock"),
    cabinetOpenDoor: named("cabinet.open.door"),
    cabinetOrderRefundApply: named("cabinet.order.refund.apply"),
    cabinetOrderUserAppeal: named("cabinet.order.user.appeal"),
    cabinetOrderList: named("cabinet.order.list"),
    cabinetOrderGet: getter("cabinet.order.get") as YopointClient["cabinetOrderGet"],
    consumerOrderList: named("consumer.order.list"),
    consumerOrderGet: getter("consumer.order.get") as YopointClient["consumerOrderGet"],
  };
}

/** The order number (ReceiptNo) of a record, when it has a readable one. */
function readId(record: unknown): string | undefined {
  if (!isJsonObject(record)) return undefined;
  const value = record.ReceiptNo;
  return typeof value === "string" && value !== "" ? value : undefined;
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
