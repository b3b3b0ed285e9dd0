import type { Order } from "@orderbridge/orders";
import {
  type FailedRecord,
  type FailedRecordInput,
  type FailedRecordRef,
  type OrderNote,
  openStore,
  type Store,
} from "@orderbridge/store";
import { displayAccount } from "../accounts.js";
import { type IngestOptions, ingestRecord } from "../ingest.js";
import { commandName } from "../invocation.js";
import type { CliIo } from "../io.js";
import { checkKinds } from "../options.js";
import { formatTable } from "../table.js";
import { isVendorId, type KindId, type VendorId } from "../vendor-ids.js";
import { payloadOf, streamFilters } from "./failed.js";

export interface ReplayOptions {
  vendor?: VendorId[];
  kind?: KindId[];
  includePersonalData: boolean;
  includeRaw: boolean;
  /** Orders per store transaction (default 500). */
  batchSize?: number;
}

/** Why a failed record was left as it is without being decoded again. */
export type LeftReason =
  | "id_collision"
  | "no_payload"
  | "not_an_order_record"
  | "not_a_record"
  | "not_delivered";

/** The errors of records that reached the decoder (today's tolerant one, or an earlier release's strict check). */
const DECODING_ERRORS = new Set(["NormalizeError", "ResponseValidationError"]);

/** What a replay did. */
export interface ReplayResult {
  /** Failed records read. */
  read: number;
  /** Decoded into Orders and stored; their failed records were removed. */
  stored: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /**
   * Of those decoded, Orders the store refused because their id is stored as another kind of sale: they are
   * failed records again, as `IdCollision` (not counted in `stored`).
   */
  collided: number;
  /** Decoded again and still failing: their rows now carry today's error. */
  stillFailing: { record: FailedRecord; message: string; field: string }[];
  /** Left without decoding, and why (see {@link LeftReason}). */
  left: Record<LeftReason, number>;
}

/** How replay decodes a stored payload: `ingestRecord` itself, replaceable by tests (a decoder change). */
export type Ingest = typeof ingestRecord;

/**
 * Runs every stored failed record (those of `vendor` and `kind`) through today's decoders and mappers
 * ({@link ingestRecord}, the path `sync` and `serve` use), without calling any vendor. A record that now decodes
 * becomes an Order, stored with its notes, and leaves the failed table in the same transaction
 * (`writeBatch({ orders, notes, resolve })`). One that still fails stays, its row updated to today's error (same
 * key: its payload and order id are written back unchanged). Idempotent: a second replay with the same code finds
 * only the records that still fail and changes nothing.
 *
 * Only records that failed in decoding are decoded again (a `NormalizeError`, or a `ResponseValidationError` of an
 * earlier release's strict check, whose payload is a JSON object). Left as they are, without decoding:
 * - `IdCollision` rows: they hold the refused Order itself, not a vendor record — an Order whose id is stored
 *   already as another kind of sale. No decoder change can fix that (the stored order's kind never changes);
 *   it needs a person to look at both (`orderbridge failed --format jsonl`);
 * - rows without a payload (a failure recorded without the record);
 * - rows without a kind of sale: what `serve` keeps of a notification it could not process, not an order record;
 * - payloads that are not a record at all (the vendor listed a bare string): no decoder can read them;
 * - records the vendor did not deliver whole (a 1card1 sale whose lines could not be fetched — its payload is the
 *   sale without them —, a Baifude pay order 4.1 did not return): replay calls no vendor; the next sync of their
 *   window fetches them again, and storing them removes the failed record.
 *
 * @param ingest the decoder (default `ingestRecord`): a seam for tests that simulate a decoder change
 */
export async function replayFailed(
  store: Store,
  options: ReplayOptions,
  ingest: Ingest = ingestRecord,
): Promise<ReplayResult> {
  const result: ReplayResult = {
    read: 0,
    stored: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    collided: 0,
    stillFailing: [],
    left: { id_collision: 0, no_payload: 0, not_an_order_record: 0, not_a_record: 0, not_delivered: 0 },
  };
  const ingestOptions: IngestOptions = {
    includePersonalData: options.includePersonalData,
    includeRaw: options.includeRaw,
  };
  const batchSize = options.batchSize ?? 500;
  let orders: Order[] = [];
  let notes: Record<string, OrderNote[]> = {};
  let resolve: FailedRecordRef[] = [];
  let failed: FailedRecordInput[] = [];
  // One account per batch: an Order the store refuses (an id of another kind) becomes an IdCollision row of the
  // batch's account, which then takes the place of the record's own row (same vendor, account, kind and id).
  let account = "";
  const flush = async () => {
    if (!orders.length && !failed.length) return;
    const written = await store.writeBatch({ orders, notes, resolve, failed, account });
    result.inserted += written.inserted;
    result.updated += written.updated;
    result.unchanged += written.unchanged;
    result.collided += written.collisions;
    result.stored -= written.collisions;
    orders = [];
    notes = {};
    resolve = [];
    failed = [];
  };
  for (const filter of streamFilters(options)) {
    for (const record of await store.listFailed(filter)) {
      result.read++;
      if (record.account !== account) {
        await flush();
        account = record.account;
      }
      if (record.errorName === "IdCollision") {
        result.left.id_collision++;
        continue;
      }
      if (record.raw === null) {
        result.left.no_payload++;
        continue;
      }
      if (record.kind === null || !isVendorId(record.vendor)) {
        result.left.not_an_order_record++;
        continue;
      }
      if (!DECODING_ERRORS.has(record.errorName)) {
        result.left.not_delivered++;
        continue;
      }
      const raw = payloadOf(record.raw);
      if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        result.left.not_a_record++;
        continue;
      }
      const ingested = ingest(record.vendor, record.account, record.kind, raw, ingestOptions);
      if (ingested.ok) {
        result.stored++;
        orders.push(ingested.order);
        notes[ingested.order.id] = ingested.notes;
        // The store removes the failed rows of an order it stores (same vendor, order id and kind) itself, and
        // keeps them when it refuses the order (an id of another kind); a row without that id is named here.
        if (record.vendorOrderId !== ingested.order.vendorOrderId)
          resolve.push({ vendor: record.vendor, account: record.account, key: record.key });
      } else {
        // Written back under the same key (same payload text, order id and kind): only the error can change.
        failed.push({
          vendor: record.vendor,
          account: record.account,
          kind: record.kind,
          id: record.vendorOrderId ?? undefined,
          raw: record.raw,
          error: ingested.error,
        });
        result.stillFailing.push({
          record,
          message: ingested.error.message,
          field: ingested.error.field,
        });
      }
      if (orders.length + failed.length >= batchSize) await flush();
    }
  }
  await flush();
  return result;
}

/** The message without the order it is about, so the same reason groups across orders. */
const reasonOf = (message: string) => message.replace(/^(?:\w+ \S+: )?order (?:\S+|\(no id\)): /, "");

/**
 * `orderbridge replay`: opens the store for writing (creating or migrating it, as `sync` does), replays the failed
 * records ({@link replayFailed}) and prints what it did. Returns the result; the command exits 3 when records stay
 * in the failed table.
 */
export async function runReplay(
  io: CliIo,
  options: ReplayOptions & { db: string },
  ingest?: Ingest,
): Promise<ReplayResult> {
  checkKinds(options.vendor, options.kind);
  const store = await openStore(options.db);
  let result: ReplayResult;
  try {
    await store.migrate();
    result = await replayFailed(store, options, ingest);
  } finally {
    await store.close();
  }
  const name = commandName();
  const lines = [`replay: ${result.read} failed record(s) read; no vendor was called`];
  if (result.collided)
    lines.push(
      `  ${result.collided} decoded, but refused by the store: the id is stored already as another kind of sale (now IdCollision rows)`,
    );
  if (result.stored)
    lines.push(
      `  stored ${result.stored} as orders (${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged) and removed them from the failed records`,
    );
  if (result.stillFailing.length) {
    const groups = new Map<string, { row: string[]; count: number }>();
    for (const failure of result.stillFailing) {
      const r = failure.record;
      const row = [
        r.vendor,
        displayAccount(r.vendor, r.account) || "-",
        r.kind ?? "-",
        reasonOf(failure.message),
      ];
      const key = JSON.stringify(row);
      const found = groups.get(key);
      if (found) found.count++;
      else groups.set(key, { row, count: 1 });
    }
    lines.push(
      `  ${result.stillFailing.length} still fail with today's decoders (\`${name} failed\` lists them):`,
      indent(
        formatTable(
          ["vendor", "account", "kind", "reason", "count"],
          [...groups.values()].map((g) => [...g.row, String(g.count)]),
          { right: [4] },
        ),
      ),
    );
  }
  const { id_collision, no_payload, not_an_order_record, not_a_record, not_delivered } = result.left;
  if (id_collision)
    lines.push(
      `  ${id_collision} IdCollision record(s) left as they are: each holds an Order whose id is stored already as another kind of sale; no decoder change can fix that (${name} failed --format jsonl shows both ids)`,
    );
  if (no_payload) lines.push(`  ${no_payload} record(s) left as they are: no payload was kept to replay`);
  if (not_an_order_record)
    lines.push(
      `  ${not_an_order_record} record(s) left as they are: notifications serve could not process, not order records`,
    );
  if (not_a_record)
    lines.push(
      `  ${not_a_record} record(s) left as they are: the vendor sent something that is not a record (no decoder can read it)`,
    );
  if (not_delivered)
    lines.push(
      `  ${not_delivered} record(s) left as they are: the vendor did not deliver them whole (a sale's lines, a pay order it did not return); the next sync of their window fetches them again`,
    );
  if (result.read === 0) lines.push("  nothing to replay");
  io.stdout.write(`${lines.join("\n")}\n`);
  return result;
}

/** How many records a replay left in the failed table. */
export function remaining(result: ReplayResult): number {
  return (
    result.stillFailing.length +
    result.collided +
    result.left.id_collision +
    result.left.no_payload +
    result.left.not_an_order_record +
    result.left.not_a_record +
    result.left.not_delivered
  );
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
