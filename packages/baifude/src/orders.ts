import {
  type InvalidRecord,
  isLosslessNumber,
  OrderbridgeError,
  type OrderWindow,
  parseFen,
  ResponseValidationError,
  shanghaiLocalToDate,
  toDate,
  toShanghaiLocal,
  validateResponseFast,
} from "@orderbridge/core";
import { z } from "zod";
import { ResponseDataSchema, ResultCodeSchema } from "./generated/schemas.js";
import { isGetListResponsePage, isResponseData } from "./generated/validators.js";

/** A pay order the 4.3 statement lists but 4.1 did not return: reported, never silently dropped. */
export class BaifudeMissingPayOrderError extends OrderbridgeError {
  readonly paySn: string;
  constructor(paySn: string) {
    super(`pay order ${paySn} is in the 4.3 statement but 4.1 getList did not return it`, {
      vendor: "baifude",
      operation: "/openApi/open/order/getList",
    });
    this.paySn = paySn;
  }
}

/** One pay order as the 4.3 statement of a window listed it (its lines added up). */
export interface BaifudeStatementEntry {
  /** The pay-order number (`paySn`, what 4.1 takes; the Order's `vendorOrderId`). */
  paySn: string;
  /** The statement's payment time of the pay order (its first line's `paymentTime`, Beijing time). */
  paidAt: Date;
  /** Statement lines listing it (one per goods line, assumed). */
  lines: number;
  /** The lines' `amount`s added up, in fen; null when a line had none or it was not whole fen. */
  amount: number | null;
}

/** What the 4.3 statement listed for one `orders()` window of payment times, read to its last page. */
export interface BaifudeStatement {
  /** The window, [since, until). */
  since: Date;
  until: Date;
  /** One entry per pay order paid in the window, in the statement's order. */
  entries: BaifudeStatementEntry[];
}

/**
 * The window `orders()` takes, plus `onStatement`: called once per window, when the 4.3 statement was read
 * to its end (before the last pay orders are yielded), with what it listed — so a caller can keep the
 * vendor's own figures and hold the stored orders against them. Not called for a window whose statement
 * could not be read to the end.
 */
export type BaifudeOrderWindow = OrderWindow & {
  onStatement?: ((statement: BaifudeStatement) => void | Promise<void>) | undefined;
};

/** The part of the client `orders()` needs (kept narrow so it is easy to fake). */
interface PayOrderSource {
  send(
    path: string,
    body: unknown,
    options?: { signal?: AbortSignal },
  ): Promise<{ envelope: unknown; text: string }>;
  listSettlementItems(
    body: {
      paymentStartTime: string;
      paymentEndTime: string;
      currentPage?: number;
      itemsPerPage?: number;
    },
    options?: { signal?: AbortSignal },
  ): Promise<{
    list: { paySn: string; paymentTime: string; amount?: string | null | undefined }[];
    totalCount?: number | undefined;
  } | null>;
}

const GET_LIST = "/openApi/open/order/getList";
const BATCH = 20;

// 4.1's envelope with its records unvalidated: each record is validated on its own, so one bad pay
// order goes to onInvalidRecord instead of failing its 19 neighbours.
const GetListEnvelopeSchema = z.looseObject({
  code: ResultCodeSchema,
  data: z.array(z.unknown()).nullable().optional(),
});

interface BatchResult {
  sns: string[];
  records: Map<string, { raw: unknown; order?: unknown; error?: OrderbridgeError }>;
}

/**
 * The `orders()` iteration: statement rows (4.3) by payment time -> unique pay-order numbers -> 4.1 in
 * batches of at most 20, `concurrency` batches in flight, yielded in statement order.
 */
export async function* iteratePayOrders(
  source: PayOrderSource,
  window: BaifudeOrderWindow,
  settings: { pageSize: number; concurrency: number },
): AsyncGenerator<unknown> {
  const validate = window.validate !== false;
  const since = toDate(window.since);
  const until = toDate(window.until);
  if (until.getTime() <= since.getTime()) return;
  const signal = window.signal;
  const callOptions = signal ? { signal } : {};

  const report = async (record: InvalidRecord) => {
    if (!window.onInvalidRecord) throw record.error;
    await window.onInvalidRecord(record);
  };

  async function fetchBatch(sns: string[]): Promise<BatchResult> {
    const { envelope, text } = await source.send(GET_LIST, { paySnList: sns }, callOptions);
    // The spec's 4.1 envelope with its records unchecked, compiled; zod words what it refuses.
    const parsed = validateResponseFast(GetListEnvelopeSchema, isGetListResponsePage, envelope, {
      vendor: "baifude",
      operation: GET_LIST,
      raw: text,
    });
    const records: BatchResult["records"] = new Map();
    (parsed.data ?? []).forEach((raw, index) => {
      const sn = payOrderSnOf(raw);
      // A record without a readable sn (or not an object at all) cannot be matched to what was asked for: its
      // pay order is reported missing below (BaifudeMissingPayOrderError), never silently dropped.
      if (sn === undefined || records.has(sn)) return;
      if (!validate) {
        records.set(sn, { raw, order: raw });
        return;
      }
      try {
        const order = validateResponseFast(ResponseDataSchema, isResponseData, raw, {
          vendor: "baifude",
          operation: GET_LIST,
          raw: text,
          root: `data[${index}]`,
        });
        records.set(sn, { raw, order });
      } catch (error) {
        if (!(error instanceof ResponseValidationError)) throw error;
        records.set(sn, { raw, error });
      }
    });
    return { sns, records };
  }

  async function* deliver(batch: BatchResult): AsyncGenerator<unknown> {
    for (const sn of batch.sns) {
      const record = batch.records.get(sn);
      if (!record) await report({ vendor: "baifude", id: sn, error: new BaifudeMissingPayOrderError(sn) });
      else if (record.error)
        await report({ vendor: "baifude", id: sn, raw: record.raw, error: record.error });
      else if (record.order) yield record.order;
    }
  }

  const seen = new Set<string>();
  let pending: string[] = [];
  const inflight: Promise<BatchResult>[] = [];
  const start = (sns: string[]) => {
    const promise = fetchBatch(sns);
    // Marked handled now; the rejection is rethrown when this batch's turn to be delivered comes.
    promise.catch(() => {});
    inflight.push(promise);
  };

  const statement = new Map<string, BaifudeStatementEntry>();
  for await (const paySn of statementPaySns(
    source,
    since,
    until,
    settings.pageSize,
    callOptions,
    window.onStatement ? statement : undefined,
  )) {
    if (seen.has(paySn)) continue;
    seen.add(paySn);
    pending.push(paySn);
    if (pending.length === BATCH) {
      start(pending);
      pending = [];
    }
    while (inflight.length >= settings.concurrency) yield* deliver(await inflight.shift()!);
  }
  if (pending.length) start(pending);
  if (window.onStatement) await window.onStatement({ since, until, entries: [...statement.values()] });
  while (inflight.length) yield* deliver(await inflight.shift()!);
}

/**
 * Pay-order numbers of the statement rows paid in [since, until), page by page. The statement's window
 * is whole seconds with both ends inclusive (assumed), so the rows are filtered again here.
 */
async function* statementPaySns(
  source: PayOrderSource,
  since: Date,
  until: Date,
  pageSize: number,
  callOptions: { signal?: AbortSignal },
  statement?: Map<string, BaifudeStatementEntry>,
): AsyncGenerator<string> {
  const paymentStartTime = toShanghaiLocal(since);
  const paymentEndTime = toShanghaiLocal(until.getTime() - 1);
  let rowsSeen = 0;
  for (let currentPage = 1; ; currentPage++) {
    const page = await source.listSettlementItems(
      { paymentStartTime, paymentEndTime, currentPage, itemsPerPage: pageSize },
      callOptions,
    );
    const rows = page?.list ?? [];
    for (const row of rows) {
      const paidAt = shanghaiLocalToDate(row.paymentTime).getTime();
      if (paidAt >= since.getTime() && paidAt < until.getTime()) {
        if (statement) addLine(statement, row, paidAt);
        yield row.paySn;
      }
    }
    rowsSeen += rows.length;
    if (rows.length < pageSize) return;
    if (page?.totalCount !== undefined && rowsSeen >= page.totalCount) return;
  }
}

/** Adds one statement line to its pay order's entry (amounts in fen, from their source text). */
function addLine(
  statement: Map<string, BaifudeStatementEntry>,
  row: { paySn: string; amount?: string | null | undefined },
  paidAt: number,
): void {
  let amount: number | null;
  try {
    amount = row.amount === null || row.amount === undefined ? null : parseFen(row.amount);
  } catch {
    amount = null;
  }
  const entry = statement.get(row.paySn);
  if (!entry) {
    statement.set(row.paySn, { paySn: row.paySn, paidAt: new Date(paidAt), lines: 1, amount });
    return;
  }
  entry.lines++;
  entry.amount = entry.amount === null || amount === null ? null : entry.amount + amount;
}

/**
 * A pay order's `sn` as text, read from an unvalidated record (a long number arrives lossless-parsed):
 * what names the record before, or instead of, its validation.
 */
export function payOrderSnOf(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== "object") return undefined;
  const sn = (raw as { sn?: unknown }).sn;
  if (typeof sn === "string") return sn;
  if (typeof sn === "number") return String(sn);
  if (isLosslessNumber(sn)) return sn.value;
  return undefined;
}
