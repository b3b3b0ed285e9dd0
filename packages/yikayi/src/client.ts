import {
  ConfigError,
  checkBaseUrl,
  createTransport,
  type Env,
  type InvalidRecord,
  integerSchema,
  isJsonObject,
  loggerFromEnv,
  notAnObjectError,
  OrderbridgeError,
  type OrderWindow,
  optionalEnv,
  ParseError,
  parseJsonLossless,
  ResponseValidationError,
  registerSecret,
  requireEnv,
  type Transport,
  type TransportOptions,
  toDate,
  type UnvalidatedRecord,
  VendorError,
  validateResponseFast,
} from "@orderbridge/core";
import { z } from "zod";
import { buildOrderBy, buildWhere, isSqlFragment, type SqlFragment } from "./filter.js";
import {
  type ConsumeNote,
  type ConsumeNoteItem,
  ConsumeNoteItemPagedResponseSchema,
  ConsumeNoteItemQuerySchema,
  ConsumeNoteItemSchema,
  ConsumeNotePagedResponseSchema,
  ConsumeNoteSchema,
  EnvelopeSchema,
  type GoodsBill,
  GoodsBillPagedResponseSchema,
  GoodsBillSchema,
  MembersPagedResponseSchema,
  PagedQuerySchema,
} from "./generated/schemas.js";
import {
  isConsumeNote,
  isConsumeNoteItem,
  isConsumeNoteItemPagedResponse,
  isConsumeNoteItemPagedResponsePage,
  isConsumeNotePagedResponse,
  isConsumeNotePagedResponsePage,
  isEnvelope,
  isGoodsBill,
  isGoodsBillPagedResponse,
  isGoodsBillPagedResponsePage,
  isMembersPagedResponse,
} from "./generated/validators.js";
import { encodeYikayiData, signYikayiRequest } from "./signing.js";

/** The compiled validators of each method's envelope, whole and with its records left unchecked. */
const RESPONSE_CHECKS = {
  Get_GoodsBillPaged: { whole: isGoodsBillPagedResponse, page: isGoodsBillPagedResponsePage },
  Get_ConsumeNotePagedV2: { whole: isConsumeNotePagedResponse, page: isConsumeNotePagedResponsePage },
  Get_ConsumeNoteItemPagedV2: {
    whole: isConsumeNoteItemPagedResponse,
    page: isConsumeNoteItemPagedResponsePage,
  },
  Get_MembersPagedV2: { whole: isMembersPagedResponse, page: undefined },
} as const;

/** The vendor id, as in every orderbridge record and error. */
export const VENDOR = "yikayi";

/** The production host (D1; the docs use https, the SDK copies http). */
export const YIKAYI_PRODUCTION_URL = "https://openapi.1card1.cn";

/** Largest page the client asks for: the biggest value integrators use (S1b); the limit is undocumented. */
export const MAX_PAGE_SIZE = 200;

/**
 * The methods this client calls, their controller (the URL's first segment, from the SDK's
 * OpenApiData.xml, docs/vendors/yikayi.md §1.1) and the generated zod schema of their success envelope.
 */
export const YIKAYI_METHODS = {
  Get_GoodsBillPaged: { controller: "BusinessApi", paged: true, response: GoodsBillPagedResponseSchema },
  Get_ConsumeNotePagedV2: { controller: "OpenApi", paged: true, response: ConsumeNotePagedResponseSchema },
  Get_ConsumeNoteItemPagedV2: {
    controller: "OpenApi",
    paged: false,
    response: ConsumeNoteItemPagedResponseSchema,
  },
  Get_MembersPagedV2: { controller: "OpenApi", paged: true, response: MembersPagedResponseSchema },
} as const;

export type YikayiMethod = keyof typeof YIKAYI_METHODS;

/** Parameters of a paged list call. `where`/`orderBy` come from buildWhere/buildOrderBy (or unsafeRaw…). */
export interface PagedInput {
  /** Default: a condition that matches everything (`1=1`). */
  where?: SqlFragment;
  /** Default: the vendor's own order (`""`). */
  orderBy?: SqlFragment;
  /** 0-based page number (D1's example and S8 start at 0). */
  pageIndex: number;
  /** 1..200. */
  pageSize: number;
  /** 工号; default: the client's `userAccount`. */
  userAccount?: string;
}

/** Parameters of Get_ConsumeNoteItemPagedV2. */
export interface ConsumeNoteItemInput {
  /** The consumption record's `Guid`. */
  guid: string;
  userAccount?: string;
}

/** What `call(method, input)` takes, per method. */
export interface YikayiMethodInput {
  Get_GoodsBillPaged: PagedInput;
  Get_ConsumeNotePagedV2: PagedInput;
  Get_ConsumeNoteItemPagedV2: ConsumeNoteItemInput;
  Get_MembersPagedV2: PagedInput;
}

/** What `call(method, input)` returns: the validated success envelope of that method. */
export type YikayiMethodOutput<M extends YikayiMethod> = z.output<(typeof YIKAYI_METHODS)[M]["response"]>;

/** A goods order exactly as 1card1 sends it (validated; money as exact decimal text). */
export type YikayiOrder = GoodsBill;
/** The zod schema each order yielded by `client.orders()` passes. */
export const YikayiGoodsBillSchema = GoodsBillSchema;

/**
 * A sale at the till as `client.sales()` yields it: the consumption record (销售记录, Get_ConsumeNotePagedV2) and
 * its lines (销售明细, Get_ConsumeNoteItemPagedV2), each validated by the spec. `items` is every line the vendor
 * holds for the sale — possibly none, for a sale booked as an amount alone (快速消费) — never a partial list.
 */
export interface YikayiSale {
  note: ConsumeNote;
  items: ConsumeNoteItem[];
}
/** The zod schemas a sale's note and lines pass. */
export const YikayiConsumeNoteSchema = ConsumeNoteSchema;
export const YikayiConsumeNoteItemSchema = ConsumeNoteItemSchema;

/** What `client.sales({ validate: false })` yields: the note and its lines as received, each a JSON object. */
export interface YikayiUnvalidatedSale {
  note: UnvalidatedRecord;
  items: UnvalidatedRecord[];
}

/** How many sales' lines are fetched at once by `sales()`, by default. */
export const DEFAULT_SALE_LINE_CONCURRENCY = 4;
/** Attempts at one sale's lines before it is given up as an invalid record (a bad answer is tried again once). */
export const SALE_LINE_ATTEMPTS = 2;

export interface YikayiClientOptions extends Omit<TransportOptions, "vendor" | "baseUrl"> {
  /** The merchant's OpenId (32 upper-case hex characters). */
  openId: string;
  /** The 6-character Secret paired with the OpenId. */
  secret: string;
  /** 工号: the operator account sent as `userAccount` (e.g. "10000"). */
  userAccount: string;
  /** Default {@link YIKAYI_PRODUCTION_URL}. */
  baseUrl?: string;
  /** Page size `orders()` and `sales()` ask for. Default 100, at most 200. */
  pageSize?: number;
  /**
   * How many sales' lines `sales()` fetches at once (each one Get_ConsumeNoteItemPagedV2 call, all under the
   * client's `rateLimiter`). Default 4.
   */
  saleLineConcurrency?: number;
  /** Clock for the `timestamp` parameter (epoch ms). Default `Date.now`. */
  now?: () => number;
}

export interface YikayiClient {
  readonly vendor: typeof VENDOR;
  readonly baseUrl: string;
  /**
   * Calls one method: signs, sends, parses losslessly, turns `status != 0` into a {@link VendorError}
   * and validates the success envelope (a wrong type is a ResponseValidationError naming the field).
   */
  call<M extends YikayiMethod>(
    method: M,
    input: YikayiMethodInput[M],
    options?: { signal?: AbortSignal },
  ): Promise<YikayiMethodOutput<M>>;
  /** 获取商品订单列表 — one page of goods orders. */
  getGoodsBillPaged(input: PagedInput): Promise<YikayiMethodOutput<"Get_GoodsBillPaged">>;
  /** 获取销售记录 — one page of consumption records. */
  getConsumeNotePagedV2(input: PagedInput): Promise<YikayiMethodOutput<"Get_ConsumeNotePagedV2">>;
  /** 获取销售明细 — the items of one consumption record. */
  getConsumeNoteItemPagedV2(
    input: ConsumeNoteItemInput,
  ): Promise<YikayiMethodOutput<"Get_ConsumeNoteItemPagedV2">>;
  /** 获取会员列表 — one page of members. */
  getMembersPagedV2(input: PagedInput): Promise<YikayiMethodOutput<"Get_MembersPagedV2">>;
  /**
   * Every goods order whose `SubmitTime` lies in [since, until), each exactly once, each validated on its
   * own (a bad one goes to `window.onInvalidRecord`). With `validate: false`, each record that is a JSON object
   * is yielded as received (see `OrderWindow.validate`).
   */
  orders(window: OrderWindow & { validate: false }): AsyncIterable<UnvalidatedRecord>;
  orders(window: OrderWindow): AsyncIterable<YikayiOrder>;
  /**
   * Every sale at the till whose `OperateTime` lies in [since, until), each exactly once, in `OperateTime,
   * BillNumber` order, with its lines: the notes page by page (Get_ConsumeNotePagedV2), then each sale's lines
   * (Get_ConsumeNoteItemPagedV2 by its Guid), `saleLineConcurrency` sales at a time under the rate limiter, yielded
   * in the notes' order. A sale whose lines cannot be fetched (a vendor error, an answer that is not what the spec
   * says even when asked twice) goes to `window.onInvalidRecord` with its note as `raw` — never yielded without
   * its lines. A failure of the connection or HTTP itself (after the transport's retries) ends the iteration.
   *
   * @example
   * for await (const { note, items } of client.sales({ since: "2024-04-16T00:00:00+08:00", until: "2024-04-17T00:00:00+08:00" }))
   *   console.log(note.BillNumber, note.TotalPaid, items.length);
   */
  sales(window: OrderWindow & { validate: false }): AsyncIterable<YikayiUnvalidatedSale>;
  sales(window: OrderWindow): AsyncIterable<YikayiSale>;
}

/** The envelope `orders()` and `sales()` read before validating each record on its own. */
const RecordPageSchema = z.looseObject({
  status: z.literal(0),
  total: integerSchema,
  data: z.array(z.unknown()),
});

const PAGED_INPUT_KEYS = new Set(["where", "orderBy", "pageIndex", "pageSize", "userAccount"]);
const ITEM_INPUT_KEYS = new Set(["guid", "userAccount"]);

/**
 * Creates a 1card1 client.
 *
 * @example
 * const client = createClient({ openId: "0123456789ABCDEF0123456789ABCDEF", secret: "ABC123", userAccount: "10000" });
 * for await (const order of client.orders({ since: "2024-04-16T00:00:00+08:00", until: "2024-04-17T00:00:00+08:00" }))
 *   console.log(order.BillNumber, order.TotalMoney);
 */
export function createClient(options: YikayiClientOptions): YikayiClient {
  const {
    openId,
    secret,
    userAccount,
    pageSize = 100,
    saleLineConcurrency = DEFAULT_SALE_LINE_CONCURRENCY,
    now = Date.now,
    ...rest
  } = options;
  for (const [name, value] of Object.entries({ openId, secret, userAccount })) {
    if (typeof value !== "string" || value.trim() === "")
      throw new ConfigError(`${name} is required`, { vendor: VENDOR });
  }
  registerSecret(secret);
  registerSecret(openId);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw new ConfigError(`pageSize must be a whole number in 1..${MAX_PAGE_SIZE}`, { vendor: VENDOR });
  if (!Number.isInteger(saleLineConcurrency) || saleLineConcurrency < 1 || saleLineConcurrency > 32)
    throw new ConfigError("saleLineConcurrency must be a whole number in 1..32", { vendor: VENDOR });
  const baseUrl = checkBaseUrl(rest.baseUrl ?? YIKAYI_PRODUCTION_URL, VENDOR);
  const transport: Transport = createTransport({
    baseUrlName: "YIKAYI_BASE_URL",
    ...rest,
    vendor: VENDOR,
    baseUrl,
  });

  function wireData(method: YikayiMethod, input: unknown): Record<string, unknown> {
    if (typeof input !== "object" || input === null)
      throw new ParseError(`${method} input must be an object`, String(input));
    const record = input as Record<string, unknown>;
    const allowed = YIKAYI_METHODS[method].paged ? PAGED_INPUT_KEYS : ITEM_INPUT_KEYS;
    for (const key of Object.keys(record)) {
      if (!allowed.has(key))
        throw new ParseError(
          `${method} takes no parameter named ${key} (allowed: ${[...allowed].join(", ")})`,
          key,
          {
            vendor: VENDOR,
            operation: method,
          },
        );
    }
    if (!YIKAYI_METHODS[method].paged) {
      const data = {
        guid: record.guid,
        ...(record.userAccount !== undefined ? { userAccount: record.userAccount } : {}),
      };
      return validateRequest(method, ConsumeNoteItemQuerySchema, data);
    }
    const where = record.where ?? buildWhere(method as "Get_GoodsBillPaged", []);
    const orderBy = record.orderBy ?? buildOrderBy(method as "Get_GoodsBillPaged", []);
    if (!isSqlFragment(where, "where"))
      throw new ParseError(
        "where must come from buildWhere() (or unsafeRawWhere() for text that never contains user input)",
        String(where),
        { vendor: VENDOR, operation: method },
      );
    if (!isSqlFragment(orderBy, "orderBy"))
      throw new ParseError(
        "orderBy must come from buildOrderBy() (or unsafeRawOrderBy() for text that never contains user input)",
        String(orderBy),
        { vendor: VENDOR, operation: method },
      );
    const { pageIndex, pageSize: size } = record;
    if (!Number.isInteger(pageIndex) || (pageIndex as number) < 0)
      throw new ParseError("pageIndex must be a whole number >= 0 (pages count from 0)", String(pageIndex), {
        vendor: VENDOR,
        operation: method,
      });
    if (!Number.isInteger(size) || (size as number) < 1 || (size as number) > MAX_PAGE_SIZE)
      throw new ParseError(`pageSize must be a whole number in 1..${MAX_PAGE_SIZE}`, String(size), {
        vendor: VENDOR,
        operation: method,
      });
    // Key order as in D1's example; the signature covers this exact text.
    const data = {
      userAccount: record.userAccount ?? userAccount,
      where: where.sql,
      pageIndex: record.pageIndex,
      pageSize: record.pageSize,
      orderBy: orderBy.sql,
    };
    return validateRequest(method, PagedQuerySchema, data);
  }

  async function send(method: YikayiMethod, data: Record<string, unknown>, signal?: AbortSignal) {
    const dataText = encodeYikayiData(data);
    const operation = method;
    const response = await transport.request({
      operation,
      idempotent: true, // every method here is a query
      ...(signal ? { signal } : {}),
      prepare: () => {
        // A fresh timestamp (Unix seconds, docs/vendors/yikayi.md §1.3) and signature for every attempt.
        const timestamp = String(Math.floor(now() / 1000));
        return {
          path: `/${YIKAYI_METHODS[method].controller}/${method}`,
          method: "POST",
          query: {
            openId,
            signature: signYikayiRequest({ openId, secret, timestamp, data: dataText }),
            timestamp,
          },
          headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" },
          body: new URLSearchParams({ data: dataText }).toString(),
        };
      },
    });
    const raw = response.text;
    const parsed = parseJsonLossless(raw, { vendor: VENDOR, operation });
    const envelope = validateResponseFast(EnvelopeSchema, isEnvelope, parsed, {
      vendor: VENDOR,
      operation,
      raw,
    });
    if (envelope.status !== 0) {
      throw new VendorError({
        vendor: VENDOR,
        operation,
        code: envelope.status,
        message: envelope.message ?? "",
        hint: hintFor(envelope.message ?? ""),
      });
    }
    return { parsed, raw };
  }

  async function call<M extends YikayiMethod>(
    method: M,
    input: YikayiMethodInput[M],
    callOptions: { signal?: AbortSignal } = {},
  ): Promise<YikayiMethodOutput<M>> {
    if (!Object.hasOwn(YIKAYI_METHODS, method))
      throw new ParseError("unknown 1card1 method", String(method), { vendor: VENDOR });
    const { parsed, raw } = await send(method, wireData(method, input), callOptions.signal);
    return validateResponseFast(YIKAYI_METHODS[method].response, RESPONSE_CHECKS[method].whole, parsed, {
      vendor: VENDOR,
      operation: method,
      raw,
    }) as YikayiMethodOutput<M>;
  }

  /**
   * Every record of a paged list whose time column lies in [since, until), page by page from pageIndex 0, in a
   * stable order (time, then BillNumber), each checked on its own: a record that fails goes to
   * `onInvalidRecord` and the rest of its page is kept. Invariant: a record (by Guid) is yielded at most once.
   */
  async function* listWindow(
    operation: "Get_GoodsBillPaged" | "Get_ConsumeNotePagedV2",
    schema: z.ZodType,
    isRecord: (value: unknown) => boolean,
    window: OrderWindow,
  ): AsyncGenerator<{ record: Record<string, unknown>; value: unknown }> {
    const validate = window.validate !== false;
    // Times have whole seconds: a record at second s is in [since, until) iff ceil(since) <= s < ceil(until).
    const since = ceilToSecond(toDate(window.since));
    const until = ceilToSecond(toDate(window.until));
    if (until.getTime() <= since.getTime()) return;
    const where =
      operation === "Get_GoodsBillPaged"
        ? buildWhere(operation, [
            ["SubmitTime", ">=", since],
            ["SubmitTime", "<", until],
          ])
        : buildWhere(operation, [
            ["OperateTime", ">=", since],
            ["OperateTime", "<", until],
          ]);
    // A stable order (BillNumber breaks ties of the time column) so pages neither overlap nor skip.
    const orderBy =
      operation === "Get_GoodsBillPaged"
        ? buildOrderBy(operation, ["SubmitTime", "BillNumber"])
        : buildOrderBy(operation, ["OperateTime", "BillNumber"]);
    const seen = new Set<string>();
    let received = 0;
    for (let pageIndex = 0; ; pageIndex++) {
      window.signal?.throwIfAborted();
      const { parsed, raw } = await send(
        operation,
        wireData(operation, { where, orderBy, pageIndex, pageSize }),
        window.signal,
      );
      const page = validateResponseFast(RecordPageSchema, RESPONSE_CHECKS[operation].page, parsed, {
        vendor: VENDOR,
        operation,
        raw,
      });
      for (const [index, record] of page.data.entries()) {
        const path = `data[${index}]`;
        if (!isJsonObject(record)) {
          await reportInvalid(window, {
            vendor: VENDOR,
            raw: record,
            error: notAnObjectError({ vendor: VENDOR, operation, path, raw }, record),
          });
          continue;
        }
        let value: unknown = record;
        if (validate) {
          try {
            value = validateResponseFast(schema, isRecord, record, {
              vendor: VENDOR,
              operation,
              raw,
              root: path,
            });
          } catch (error) {
            if (!(error instanceof ResponseValidationError)) throw error;
            await reportInvalid(window, { vendor: VENDOR, id: readId(record), raw: record, error });
            continue;
          }
        }
        // Without a cursor, paging over a changing list can repeat a row (§3.7): yield once.
        const key = typeof record.Guid === "string" ? record.Guid.toLowerCase() : undefined;
        if (key !== undefined) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        yield { record, value };
      }
      received += page.data.length;
      // Stop on total (a count of records, not pages) and also on a short page, whichever comes first.
      if (page.data.length < pageSize || received >= page.total) return;
    }
  }

  async function* orders(window: OrderWindow): AsyncGenerator<unknown> {
    for await (const { value } of listWindow("Get_GoodsBillPaged", GoodsBillSchema, isGoodsBill, window))
      yield value;
  }

  /** The outcome of fetching one sale's lines: its lines, or why they cannot be had. */
  type Lines = { items: unknown[] } | { error: OrderbridgeError; fatal: boolean };

  /**
   * One sale's lines (Get_ConsumeNoteItemPagedV2 by the note's Guid). An answer that is not what the spec says
   * (malformed JSON, a wrong shape, a `total` other than the lines carried) and a vendor error are tried again
   * once, then reported; a transport failure (after the transport's own retries) or an abort is fatal.
   */
  async function fetchLines(
    guid: string,
    validate: boolean,
    signal: AbortSignal | undefined,
  ): Promise<Lines> {
    const operation = "Get_ConsumeNoteItemPagedV2";
    let last: OrderbridgeError | undefined;
    for (let attempt = 1; attempt <= SALE_LINE_ATTEMPTS; attempt++) {
      try {
        const { parsed, raw } = await send(operation, wireData(operation, { guid }), signal);
        const page = validateResponseFast(RecordPageSchema, isConsumeNoteItemPagedResponsePage, parsed, {
          vendor: VENDOR,
          operation,
          raw,
        });
        if (page.total !== page.data.length) {
          throw new ResponseValidationError({
            vendor: VENDOR,
            operation,
            issues: [
              {
                path: "total",
                message: `says ${page.total} lines but the answer carries ${page.data.length}: the lines may be paged, and a sale is never stored with part of its lines`,
              },
            ],
            raw,
          });
        }
        const items: unknown[] = [];
        for (const [index, item] of page.data.entries()) {
          const path = `data[${index}]`;
          if (!isJsonObject(item)) throw notAnObjectError({ vendor: VENDOR, operation, path, raw }, item);
          items.push(
            validate
              ? validateResponseFast(ConsumeNoteItemSchema, isConsumeNoteItem, item, {
                  vendor: VENDOR,
                  operation,
                  raw,
                  root: path,
                })
              : item,
          );
        }
        return { items };
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        const perSale =
          error instanceof VendorError ||
          error instanceof ResponseValidationError ||
          error instanceof ParseError;
        if (!perSale) {
          if (error instanceof OrderbridgeError) return { error, fatal: true };
          throw error;
        }
        last = error;
      }
    }
    return { error: last!, fatal: false };
  }

  async function* sales(window: OrderWindow): AsyncGenerator<unknown> {
    const validate = window.validate !== false;
    const signal = window.signal;
    const inflight: { note: Record<string, unknown>; value: unknown; lines: Promise<Lines> }[] = [];

    async function* deliver(entry: (typeof inflight)[number]): AsyncGenerator<unknown> {
      const lines = await entry.lines;
      if ("error" in lines) {
        if (lines.fatal) throw lines.error;
        await reportInvalid(window, {
          vendor: VENDOR,
          id: readId(entry.note),
          raw: entry.note,
          error: lines.error,
        });
        return;
      }
      yield { note: entry.value, items: lines.items };
    }

    for await (const { record, value } of listWindow(
      "Get_ConsumeNotePagedV2",
      ConsumeNoteSchema,
      isConsumeNote,
      window,
    )) {
      const guid = record.Guid;
      if (typeof guid !== "string" || guid === "") {
        // Only reachable with validate: false (the schema requires a Guid): no Guid, no lines.
        await reportInvalid(window, {
          vendor: VENDOR,
          id: readId(record),
          raw: record,
          error: new ResponseValidationError({
            vendor: VENDOR,
            operation: "Get_ConsumeNotePagedV2",
            issues: [{ path: "Guid", message: "missing: the sale's lines cannot be fetched without it" }],
            raw: "",
          }),
        });
        continue;
      }
      const lines = fetchLines(guid, validate, signal);
      // Handled now; a fatal outcome is rethrown when this sale's turn comes.
      lines.catch(() => {});
      inflight.push({ note: record, value, lines });
      while (inflight.length >= saleLineConcurrency) yield* deliver(inflight.shift()!);
    }
    while (inflight.length > 0) yield* deliver(inflight.shift()!);
  }

  return {
    vendor: VENDOR,
    baseUrl,
    call,
    getGoodsBillPaged: (input) => call("Get_GoodsBillPaged", input),
    getConsumeNotePagedV2: (input) => call("Get_ConsumeNotePagedV2", input),
    getConsumeNoteItemPagedV2: (input) => call("Get_ConsumeNoteItemPagedV2", input),
    getMembersPagedV2: (input) => call("Get_MembersPagedV2", input),
    orders: ((window: OrderWindow) => orders(window)) as YikayiClient["orders"],
    sales: ((window: OrderWindow) => sales(window)) as YikayiClient["sales"],
  };
}

/**
 * Creates a client from `YIKAYI_BASE_URL` (default the production host), `YIKAYI_OPEN_ID`,
 * `YIKAYI_SECRET` and `YIKAYI_USER_ACCOUNT`; a missing one is a ConfigError naming it.
 *
 * @example
 * const client = clientFromEnv(process.env, { timeoutMs: 10_000 });
 */
export function clientFromEnv(
  env: Env = process.env,
  overrides: Partial<YikayiClientOptions> = {},
): YikayiClient {
  const baseUrl = optionalEnv(env, "YIKAYI_BASE_URL");
  return createClient({
    baseUrl: baseUrl ? checkBaseUrl(baseUrl, VENDOR, "YIKAYI_BASE_URL") : YIKAYI_PRODUCTION_URL,
    openId: requireEnv(env, "YIKAYI_OPEN_ID", VENDOR, { secret: true }),
    secret: requireEnv(env, "YIKAYI_SECRET", VENDOR, { secret: true }),
    userAccount: requireEnv(env, "YIKAYI_USER_ACCOUNT", VENDOR),
    logger: loggerFromEnv(env),
    ...overrides,
  });
}

function validateRequest<S extends z.ZodType>(
  method: string,
  schema: S,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const result = schema.safeParse(data);
  // The object itself is sent (not zod's output), so its key order is the one chosen above.
  if (result.success) return data;
  const issue = result.error.issues[0]!;
  throw new ParseError(
    `invalid ${method} request: ${issue.path.join(".") || "(root)"} ${issue.message}`,
    JSON.stringify(data),
    { vendor: VENDOR, operation: method },
  );
}

function ceilToSecond(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / 1000) * 1000);
}

/** The id an invalid record is reported under: its BillNumber (the order number), else its Guid. */
function readId(record: unknown): string | undefined {
  if (!isJsonObject(record)) return undefined;
  for (const key of ["BillNumber", "Guid"]) {
    const value = record[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

async function reportInvalid(window: OrderWindow, record: InvalidRecord): Promise<void> {
  if (!window.onInvalidRecord) throw record.error;
  await window.onInvalidRecord(record);
}

/**
 * What to check, read from the vendor's message. 1card1 documents no message for a bad signature, a stale
 * timestamp or an unknown OpenId (the spec's ErrorEnvelope): these are the words such a message would use.
 */
function hintFor(message: string): string | undefined {
  if (/签名|signature|\bsign\b/i.test(message)) return "check YIKAYI_SECRET";
  if (/openid/i.test(message)) return "check YIKAYI_OPEN_ID";
  if (/工号|useraccount/i.test(message)) return "check YIKAYI_USER_ACCOUNT";
  if (/timestamp|时间戳/i.test(message)) return "check this computer's clock";
  return undefined;
}
