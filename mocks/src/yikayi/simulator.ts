import { createHash } from "node:crypto";
import { LosslessNumber, stringify } from "lossless-json";
import { HttpResponse, http, type RequestHandler } from "msw";
import {
  applyRecordChanges,
  type BadRecordOptions,
  badRecordKind,
  checkRecordChanges,
  type DriftOptions,
  emptyTotals,
  isDrifted,
  type RecordAnatomy,
  type SimulatorTotals,
  tally,
} from "../drift.js";
import { FaultQueue, RequestRateGate } from "../faults.js";
import {
  consumeNoteItemsAt,
  consumeNotePlan,
  type DataShape,
  fenToYuan4,
  goodsBillPlan,
  indexFromGuid,
  memberAt,
  noteTimeMs,
  orderTimeMs,
  pairedGoodsOrder,
  pairedSale,
  STATUS_NAMES,
  shanghaiText,
} from "./data.js";
import {
  type ColumnValue,
  compareBy,
  FilterSyntaxError,
  matches,
  parseOrderBy,
  parseWhere,
  type SortKey,
  type WhereCondition,
} from "./where.js";

export type { DataShape };

export interface YikayiCredentials {
  openId: string;
  secret: string;
  userAccount: string;
}

export interface YikayiSimulatorOptions {
  /** Seed of all generated data. Default 20160622. */
  seed?: number;
  /**
   * Records per kind: `online_mall` goods orders (Get_GoodsBillPaged, default 300, or `orderCount`) and `in_store`
   * sales at the till (Get_ConsumeNotePagedV2 with their lines, default 400, or `consumeNoteCount`). Generated on
   * demand, so 1,000,000 is fine.
   */
  counts?: { online_mall?: number; in_store?: number };
  /** Goods orders; `counts.online_mall` wins. Default 300. */
  orderCount?: number;
  /** Members orders and records belong to. Default 40. */
  memberCount?: number;
  /** Sales at the till; `counts.in_store` wins. Default 400. */
  consumeNoteCount?: number;
  /** Drift on chosen records (a field missing or null, an unknown field or code): see `DriftOptions`. */
  drift?: DriftOptions;
  /**
   * Records broken beyond repair (no BillNumber, unreadable money or time…), and for sales `lines-unavailable`
   * (the sale's lines always answer the failure envelope): see `BadRecordOptions`.
   */
  badRecords?: BadRecordOptions;
  /** Start of the generated orders' time span. Default 2024-04-01T00:00:00+08:00. */
  start?: Date | string;
  /** End (exclusive) of the span. Default 2024-05-01T00:00:00+08:00. */
  end?: Date | string;
  /** Delay before each answer. */
  latencyMs?: number;
  /** Answer HTTP 429 (Retry-After: 1) above this many requests per second. */
  rateLimitPerSecond?: number;
  /** Clock (epoch ms) for the timestamp check. Default Date.now. */
  now?: () => number;
  /** How far `timestamp` may be from `now`, in seconds. Default 300. */
  timestampSkewSeconds?: number;
  /** Largest pageSize accepted. Default 200. */
  maxPageSize?: number;
  credentials?: Partial<YikayiCredentials>;
}

/** What {@link createYikayiSimulator} returns (the simulator contract of mocks/). */
export interface YikayiSimulator {
  /** MSW handlers for any origin: use with setupServer(...handlers) or serveHandlers(handlers). */
  handlers: RequestHandler[];
  credentials: YikayiCredentials;
  /** Faults for the next requests (matched against the method name). */
  faults: FaultQueue;
  /** The rate gate, when `rateLimitPerSecond` is set (its `refused` counts 429 answers). */
  rateGate: RequestRateGate | undefined;
  /** The last (up to 1000) requests received, oldest first. */
  requests: YikayiReceivedRequest[];
  /** The data shape (seed, counts, span) the simulator generates from. */
  shape: DataShape;
  /** The four variables @orderbridge/yikayi's clientFromEnv reads, pointing at `baseUrl`. */
  env(baseUrl: string): Record<string, string>;
  /** Goods order `index` as generated, with state changes (refunds), before drift and bad records. */
  goodsBill(index: number): Record<string, unknown>;
  /** Sale `index` (a consumption record) as generated, with state changes, before drift and bad records. */
  consumeNote(index: number): Record<string, unknown>;
  /** The lines of sale `index` (what Get_ConsumeNoteItemPagedV2 answers for its Guid). */
  consumeNoteItems(index: number): Record<string, unknown>[];
  /** Record `index` of a kind exactly as the simulator answers it (drift and bad records applied). */
  served(kind: "online_mall" | "in_store", index: number): unknown;
  /** The sale goods order `index` was approved into (its ConsumeBillNumber is that sale's BillNumber), if any. */
  saleOfGoodsOrder(index: number): number | undefined;
  /** The goods order sale `index` records too, if any. */
  goodsOrderOfSale(index: number): number | undefined;
  /**
   * Refunds goods order `index` in full: Status -1 (已关闭), ThirdPayStatus -3 (退款成功); the sale it was
   * approved into, if any, is revoked with it (IsUndo), so the pair stays one sale.
   */
  refundOrder(index: number): void;
  /**
   * What the simulator holds per kind, from its own numbers in fen (not through any mapper). Within `window`
   * (by SubmitTime / OperateTime) when given. Goods orders: paid = every Paid* field of an order that was paid,
   * refunded = all of it when ThirdPayStatus is -3; `duplicates` = the goods orders approved into a sale that is
   * served too (both good records). Sales: paid = TotalPaid, refunded = TotalPaid of a revoked sale (IsUndo).
   */
  totals(window?: { since: Date | string; until: Date | string }): SimulatorTotals;
  /** Beijing-local `yyyy-MM-dd HH:mm:ss` of an epoch time, as the simulator writes times. */
  localTime(ms: number): string;
}

/** One request as the simulator received it (for assertions). */
export interface YikayiReceivedRequest {
  method: string;
  controller: string;
  query: Record<string, string>;
  contentType: string;
  /** The form-decoded `data` string, exactly as signed. */
  data: string | undefined;
}

export const YIKAYI_DEFAULT_CREDENTIALS: YikayiCredentials = {
  openId: "4864A1DD75C14ADE9F070160DA043B28",
  secret: "NNZXZB",
  userAccount: "10000",
};

const GOODS_COLUMNS = [
  "Guid",
  "BillNumber",
  "CardId",
  "Mobile",
  "TrueName",
  "Status",
  "ThirdPayStatus",
  "ThirdpayType",
  "SubmitTime",
  "TotalMoney",
  "AssignStoreName",
];
const NOTE_COLUMNS = [
  "Guid",
  "BillNumber",
  "CardId",
  "TrueName",
  "OperateTime",
  "UserAccount",
  "StoreName",
  "Meno",
  "TotalMoney",
];
const MEMBER_COLUMNS = ["Guid", "CardId", "Mobile", "TrueName", "MemberGroupName", "RegisterTime"];

/** Controller of each action (OpenApiData.xml, docs/vendors/yikayi.md §1.1). */
const CONTROLLERS: Record<string, string> = {
  Get_GoodsBillPaged: "BusinessApi",
  Get_ConsumeNotePagedV2: "OpenApi",
  Get_ConsumeNoteItemPagedV2: "OpenApi",
  Get_MembersPagedV2: "OpenApi",
};

function toMs(value: Date | string): number {
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}

function json(body: unknown, init?: ResponseInit): Response {
  // lossless-json keeps `170.0000` as written (JSON.stringify would print 170).
  return new HttpResponse(stringify(body) ?? "null", {
    status: 200,
    ...init,
    headers: { "content-type": "application/json; charset=utf-8", ...(init?.headers ?? {}) },
  });
}

/** The vendor's failure envelope (D1), with HTTP 200 (docs/vendors/yikayi.md §1.4). */
function failure(message: string): Response {
  return json({ status: -1, message });
}

function columnValue(record: Record<string, unknown>, column: string): ColumnValue {
  const value = record[column];
  if (value !== null && typeof value === "object" && "value" in value)
    return Number((value as { value: string }).value);
  return value as ColumnValue;
}

/**
 * A stateful 1card1 simulator as MSW handlers: `POST {origin}/{Controller}/{Method}` with `openId`, `signature`,
 * `timestamp` in the query and the JSON `data` in a urlencoded or multipart form body (leniently also
 * in the query, docs/vendors/yikayi.md §1.2). It checks credentials, timestamp window and the MD5 signature over the
 * received `data` string, evaluates the `where`/`orderBy` grammar the client's filter builder emits
 * (refusing anything else with the vendor's error envelope), and serves seeded data generated by index.
 *
 * @example
 * const sim = createYikayiSimulator({ orderCount: 1000 });
 * const served = await serveHandlers(sim.handlers);
 * const env = sim.env(served.url); // YIKAYI_BASE_URL, YIKAYI_OPEN_ID, YIKAYI_SECRET, YIKAYI_USER_ACCOUNT
 */
export function createYikayiSimulator(options: YikayiSimulatorOptions = {}): YikayiSimulator {
  const credentials: YikayiCredentials = { ...YIKAYI_DEFAULT_CREDENTIALS, ...options.credentials };
  const shape: DataShape = {
    seed: options.seed ?? 20160622,
    orderCount: options.counts?.online_mall ?? options.orderCount ?? 300,
    memberCount: Math.max(1, options.memberCount ?? 40),
    consumeNoteCount: options.counts?.in_store ?? options.consumeNoteCount ?? 400,
    startMs: toMs(options.start ?? "2024-04-01T00:00:00+08:00"),
    endMs: toMs(options.end ?? "2024-05-01T00:00:00+08:00"),
  };
  for (const [name, value] of Object.entries({
    orderCount: shape.orderCount,
    consumeNoteCount: shape.consumeNoteCount,
  }))
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  if (!(shape.endMs > shape.startMs)) throw new RangeError("end must be after start");
  checkRecordChanges(options.drift, options.badRecords);
  const now = options.now ?? Date.now;
  const skewSeconds = options.timestampSkewSeconds ?? 300;
  const maxPageSize = options.maxPageSize ?? 200;
  const faults = new FaultQueue();
  const rateGate = options.rateLimitPerSecond ? new RequestRateGate(options.rateLimitPerSecond) : undefined;
  /** Mutations kept as overrides of generated records (refunds, revocations). */
  const orderOverrides = new Map<number, Record<string, unknown>>();
  const noteOverrides = new Map<number, Record<string, unknown>>();
  const requests: YikayiReceivedRequest[] = [];

  function goodsBill(index: number): Record<string, unknown> {
    const bill = goodsBillPlan(shape, index).record;
    const override = orderOverrides.get(index);
    return override ? { ...bill, ...override } : bill;
  }

  function consumeNote(index: number): Record<string, unknown> {
    const note = consumeNotePlan(shape, index).record;
    const override = noteOverrides.get(index);
    return override ? { ...note, ...override } : note;
  }

  const yuan = (tenThousandths: bigint) => {
    const text = tenThousandths.toString().padStart(5, "0");
    return new LosslessNumber(`${text.slice(0, -4)}.${text.slice(-4)}`);
  };
  const plusOneYuan = (value: unknown) =>
    new LosslessNumber(
      fenToYuan4(Math.round(Number(String((value as { value?: string })?.value ?? value)) * 100) + 100),
    );

  /** Where drift and bad records change a goods order and a sale. */
  const anatomies: Record<"online_mall" | "in_store", RecordAnatomy> = {
    online_mall: {
      id: "BillNumber",
      money: "TotalMoney",
      moneyUnit: "yuan",
      time: "SubmitTime",
      timeFormat: "beijing-local",
      unknownCode: (record) => {
        record.ThirdpayType = 9;
      },
      disagree: (record) => {
        // The payments no longer add up to TotalMoney.
        record.PaidMoney = plusOneYuan(record.PaidMoney);
      },
      yuan,
    },
    in_store: {
      id: "BillNumber",
      money: "TotalMoney",
      moneyUnit: "yuan",
      time: "OperateTime",
      timeFormat: "beijing-local",
      unknownCode: (record) => {
        record.IsUndo = 2;
      },
      disagree: (record) => {
        // TotalPaid is no longer PaidMoney + PaidValue + PaidPoint.
        record.TotalPaid = plusOneYuan(record.TotalPaid);
      },
      yuan,
    },
  };

  function served(kind: "online_mall" | "in_store", index: number): unknown {
    const record = kind === "online_mall" ? goodsBill(index) : consumeNote(index);
    return applyRecordChanges(record, kind, index, anatomies[kind], options.drift, options.badRecords);
  }

  /** First index whose time is >= ms (times are non-decreasing in the index). */
  function lowerBound(count: number, timeOf: (i: number) => number, ms: number): number {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (timeOf(mid) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Runs a paged query over a collection generated by index whose time column is non-decreasing: time
   * conditions narrow the index range by binary search; other conditions are evaluated record by record.
   */
  function pagedQuery(
    collection: {
      count: number;
      timeColumn: string;
      timeOf: (i: number) => number;
      /** Record `i` as generated (what filters and sorting read). */
      recordAt: (i: number) => Record<string, unknown>;
      /** Record `i` as answered (drift and bad records applied). */
      serve: (i: number) => unknown;
    },
    conditions: WhereCondition[],
    sort: SortKey[],
    pageIndex: number,
    pageSize: number,
  ) {
    let lo = 0;
    let hi = collection.count;
    const rest: WhereCondition[] = [];
    for (const condition of conditions) {
      const literal = condition.values[0];
      if (
        condition.column !== collection.timeColumn ||
        condition.operator === "in" ||
        condition.operator === "=" ||
        condition.operator === "<>" ||
        literal?.kind !== "string"
      ) {
        rest.push(condition);
        continue;
      }
      const ms = Date.parse(`${literal.value.replace(" ", "T")}+08:00`);
      if (Number.isNaN(ms)) {
        rest.push(condition);
        continue;
      }
      // Whole-second times: "> t" is ">= t+1s", "<= t" is "< t+1s".
      if (condition.operator === ">=") lo = Math.max(lo, lowerBound(collection.count, collection.timeOf, ms));
      if (condition.operator === ">")
        lo = Math.max(lo, lowerBound(collection.count, collection.timeOf, ms + 1000));
      if (condition.operator === "<") hi = Math.min(hi, lowerBound(collection.count, collection.timeOf, ms));
      if (condition.operator === "<=")
        hi = Math.min(hi, lowerBound(collection.count, collection.timeOf, ms + 1000));
    }
    // Index order is time order; ties on the time column keep index order (which is also BillNumber order).
    const indexOrder =
      sort.length === 0 ||
      (sort[0]!.column === collection.timeColumn && sort.every((key) => !key.descending));
    const reversed =
      sort.length > 0 && sort[0]!.column === collection.timeColumn && sort.every((key) => key.descending);
    if (rest.length === 0 && (indexOrder || reversed)) {
      const total = Math.max(0, hi - lo);
      const page: unknown[] = [];
      for (let k = pageIndex * pageSize; k < Math.min(total, (pageIndex + 1) * pageSize); k++)
        page.push(collection.serve(reversed ? hi - 1 - k : lo + k));
      return { total, page };
    }
    const matched: number[] = [];
    const cache = new Map<number, Record<string, unknown>>();
    const record = (i: number) => {
      let value = cache.get(i);
      if (!value) {
        value = collection.recordAt(i);
        cache.set(i, value);
      }
      return value;
    };
    for (let i = lo; i < hi; i++) {
      if (matches(rest, (column) => columnValue(record(i), column))) matched.push(i);
    }
    if (!indexOrder) matched.sort(compareBy(sort, (i, column) => columnValue(record(i), column)));
    return {
      total: matched.length,
      page: matched.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize).map(collection.serve),
    };
  }

  function readPaged(data: Record<string, unknown>): { pageIndex: number; pageSize: number } | string {
    // Integrators send the numbers both as numbers and as strings (S1b): accept both.
    const pageIndex = Number(data.pageIndex);
    const pageSize = Number(data.pageSize);
    if (data.pageIndex === undefined || !Number.isInteger(pageIndex) || pageIndex < 0)
      return "参数格式错误: pageIndex";
    if (data.pageSize === undefined || !Number.isInteger(pageSize) || pageSize < 1)
      return "参数格式错误: pageSize";
    if (pageSize > maxPageSize) return `参数格式错误: pageSize 不能大于 ${maxPageSize}`;
    if (data.userAccount !== credentials.userAccount) return "工号不存在";
    if (data.where !== undefined && typeof data.where !== "string") return "参数格式错误: where";
    if (data.orderBy !== undefined && typeof data.orderBy !== "string") return "参数格式错误: orderBy";
    return { pageIndex, pageSize };
  }

  function answer(method: string, data: Record<string, unknown>): Response {
    if (method === "Get_ConsumeNoteItemPagedV2") {
      // As the spec's ConsumeNoteItemQuery says: `guid` and an optional `userAccount`, nothing else (no paging).
      const unknown = Object.keys(data).find((key) => key !== "guid" && key !== "userAccount");
      if (unknown !== undefined) return failure(`参数不存在: ${unknown}`);
      if (typeof data.guid !== "string" || data.guid === "") return failure("缺少参数: guid");
      const index = indexFromGuid(data.guid);
      const found =
        index !== undefined && index < shape.consumeNoteCount
          ? String(consumeNote(index).Guid).toLowerCase() === data.guid.toLowerCase()
          : false;
      if (found && badRecordKind(options.badRecords, "in_store", index!) === "lines-unavailable")
        return failure("查询销售明细失败");
      const items = found ? consumeNoteItemsAt(shape, index!) : [];
      return json({ status: 0, total: items.length, data: items });
    }
    const paging = readPaged(data);
    if (typeof paging === "string") return failure(paging);
    const columns =
      method === "Get_GoodsBillPaged"
        ? GOODS_COLUMNS
        : method === "Get_ConsumeNotePagedV2"
          ? NOTE_COLUMNS
          : MEMBER_COLUMNS;
    let conditions: WhereCondition[];
    let sort: SortKey[];
    try {
      conditions = parseWhere(String(data.where ?? ""), columns);
      sort = parseOrderBy(String(data.orderBy ?? ""), columns);
    } catch (error) {
      if (error instanceof FilterSyntaxError) return failure(`查询条件错误: ${error.message}`);
      throw error;
    }
    const collection =
      method === "Get_GoodsBillPaged"
        ? {
            count: shape.orderCount,
            timeColumn: "SubmitTime",
            timeOf: (i: number) => orderTimeMs(shape, i),
            recordAt: goodsBill,
            serve: (i: number) => served("online_mall", i),
          }
        : method === "Get_ConsumeNotePagedV2"
          ? {
              count: shape.consumeNoteCount,
              timeColumn: "OperateTime",
              timeOf: (i: number) => noteTimeMs(shape, i),
              recordAt: consumeNote,
              serve: (i: number) => served("in_store", i),
            }
          : {
              count: shape.memberCount,
              timeColumn: "(none)",
              timeOf: () => 0,
              recordAt: (i: number) => memberAt(shape, i) as unknown as Record<string, unknown>,
              serve: (i: number) => memberAt(shape, i) as unknown,
            };
    const { total, page } = pagedQuery(collection, conditions, sort, paging.pageIndex, paging.pageSize);
    return json({ status: 0, total, data: page });
  }

  async function handle(request: Request, controller: string, method: string): Promise<Response> {
    const url = new URL(request.url);
    const query = Object.fromEntries(url.searchParams.entries());
    const contentType = request.headers.get("content-type") ?? "";
    let data: string | undefined;
    if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType)) {
      const form = await request.formData().catch(() => undefined);
      const value = form?.get("data");
      if (typeof value === "string") data = value;
    }
    // The GET-style variant some integrators use (S2): data in the query string.
    data ??= query.data;
    requests.push({ method, controller, query, contentType, data });
    if (requests.length > 1000) requests.shift();

    if (rateGate && !rateGate.admit())
      return new HttpResponse("Too Many Requests", { status: 429, headers: { "retry-after": "1" } });
    return faults.apply(method, async () => {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      for (const name of ["openId", "signature", "timestamp"]) {
        if (!query[name]) return failure(`缺少参数: ${name}`);
      }
      if (data === undefined) return failure("缺少参数: data");
      if (query.openId !== credentials.openId) return failure("openId不存在");
      const timestamp = query.timestamp!;
      if (!/^\d{10}$/.test(timestamp)) return failure("timestamp格式错误");
      if (Math.abs(Number(timestamp) - now() / 1000) > skewSeconds) return failure("timestamp已过期");
      // The server hashes the data string it received (docs/vendors/yikayi.md §2.2), upper-case hex (D1).
      const expected = createHash("md5")
        .update(credentials.openId + credentials.secret + timestamp + data, "utf8")
        .digest("hex")
        .toUpperCase();
      if (query.signature !== expected) return failure("签名错误");
      if (CONTROLLERS[method] !== controller) return failure(`未能找到${method}方法`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch {
        return failure("参数格式错误: data 不是 JSON");
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        return failure("参数格式错误: data 不是 JSON 对象");
      return answer(method, parsed as Record<string, unknown>);
    });
  }

  function totals(window?: { since: Date | string; until: Date | string }): SimulatorTotals {
    // [since, until) rounded up to whole seconds, as the client reads its windows.
    const from = window ? Math.ceil(toMs(window.since) / 1000) * 1000 : Number.NEGATIVE_INFINITY;
    const to = window ? Math.ceil(toMs(window.until) / 1000) * 1000 : Number.POSITIVE_INFINITY;
    const range = (count: number, timeOf: (i: number) => number): [number, number] =>
      window ? [lowerBound(count, timeOf, from), lowerBound(count, timeOf, to)] : [0, count];
    const isBad = (kind: "online_mall" | "in_store", i: number) =>
      badRecordKind(options.badRecords, kind, i) !== undefined;
    const online = emptyTotals();
    online.duplicates = { count: 0, paidFen: 0, refundedFen: 0 };
    const [oLo, oHi] = range(shape.orderCount, (i) => orderTimeMs(shape, i));
    for (let i = oLo; i < oHi; i++) {
      const plan = goodsBillPlan(shape, i);
      const refunded = orderOverrides.has(i) ? plan.paidFen : plan.refundedFen;
      const bill = goodsBill(i);
      const bad = isBad("online_mall", i);
      tally(online, {
        paidFen: plan.paidFen,
        refundedFen: refunded,
        status: `ThirdPayStatus=${String(bill.ThirdPayStatus)}`,
        drifted: isDrifted(options.drift, "online_mall", i),
        bad,
      });
      const sale = plan.sale;
      const saleMs = sale === undefined ? Number.NaN : noteTimeMs(shape, sale);
      if (!bad && sale !== undefined && !isBad("in_store", sale) && saleMs >= from && saleMs < to) {
        online.duplicates.count++;
        online.duplicates.paidFen += plan.paidFen;
        online.duplicates.refundedFen += refunded;
      }
    }
    const inStore = emptyTotals();
    const [sLo, sHi] = range(shape.consumeNoteCount, (i) => noteTimeMs(shape, i));
    for (let i = sLo; i < sHi; i++) {
      const plan = consumeNotePlan(shape, i);
      const revoked = noteOverrides.get(i)?.IsUndo === true || plan.record.IsUndo === true;
      tally(inStore, {
        paidFen: plan.paidFen,
        refundedFen: revoked ? plan.paidFen : 0,
        status: `IsUndo=${String(revoked)}`,
        drifted: isDrifted(options.drift, "in_store", i),
        bad: isBad("in_store", i),
      });
    }
    return { online_mall: online, in_store: inStore };
  }

  const handlers: RequestHandler[] = [
    // One handler per controller of the action map; other vendors' paths never match these.
    http.post("*/BusinessApi/:method", ({ request, params }) =>
      handle(request, "BusinessApi", String(params.method)),
    ),
    http.post("*/OpenApi/:method", ({ request, params }) =>
      handle(request, "OpenApi", String(params.method)),
    ),
  ];

  return {
    handlers,
    credentials,
    faults,
    /** The rate gate, when `rateLimitPerSecond` is set (its `refused` counts 429 answers). */
    rateGate,
    /** The last (up to 1000) requests received, oldest first. */
    requests,
    /** The data shape (seed, counts, span) the simulator generates from. */
    shape,
    /** The four variables @orderbridge/yikayi's clientFromEnv reads, pointing at `baseUrl`. */
    env(baseUrl: string): Record<string, string> {
      return {
        YIKAYI_BASE_URL: baseUrl,
        YIKAYI_OPEN_ID: credentials.openId,
        YIKAYI_SECRET: credentials.secret,
        YIKAYI_USER_ACCOUNT: credentials.userAccount,
      };
    },
    goodsBill,
    consumeNote,
    consumeNoteItems: (index: number) => consumeNoteItemsAt(shape, index),
    served,
    saleOfGoodsOrder: (index: number) => pairedSale(shape, index),
    goodsOrderOfSale: (index: number) => pairedGoodsOrder(shape, index),
    refundOrder(index: number): void {
      if (!Number.isInteger(index) || index < 0 || index >= shape.orderCount)
        throw new RangeError(`no order ${index}`);
      orderOverrides.set(index, { Status: -1, StatusName: STATUS_NAMES[-1], ThirdPayStatus: -3 });
      const sale = pairedSale(shape, index);
      if (sale !== undefined) noteOverrides.set(sale, { IsUndo: true });
    },
    totals,
    /** Beijing-local text of an epoch time, as the simulator writes times. */
    localTime: shanghaiText,
  };
}
