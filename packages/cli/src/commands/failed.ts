import { parseJsonLossless, stringifyJsonLossless } from "@orderbridge/core";
import type { FailedRecord, StreamFilter } from "@orderbridge/store";
import { displayAccount } from "../accounts.js";
import { commandName } from "../invocation.js";
import type { CliIo } from "../io.js";
import { checkKinds } from "../options.js";
import { openStoreToRead } from "../read-store.js";
import { formatTable } from "../table.js";
import type { KindId, VendorId } from "../vendor-ids.js";

export interface FailedOptions {
  db: string;
  vendor?: VendorId[];
  kind?: KindId[];
  format: "table" | "jsonl";
}

/** One failed record as `failed --format jsonl` writes it (keys documented in the package README). */
export interface FailedRecordJson {
  vendor: string;
  account: string;
  kind: string | null;
  key: string;
  vendorOrderId: string | null;
  errorName: string;
  errorMessage: string;
  errorField: string | null;
  firstSeenAt: string;
  lastChangedAt: string;
  /** The payload as stored: masked unless it was stored with `--include-personal-data`; null when none was kept. */
  raw: unknown;
}

/** The store's filters for `--vendor` (several: one read each) and `--kind`. */
export function streamFilters(options: { vendor?: VendorId[]; kind?: KindId[] }): StreamFilter[] {
  const vendors = options.vendor?.length ? [...options.vendor].sort() : [undefined];
  return vendors.map((vendor) => ({ vendor, ...(options.kind?.length ? { kind: options.kind } : {}) }));
}

/** A stored payload as JSON: parsed losslessly (exact decimals and long ids kept), or the text itself. */
export function payloadOf(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return parseJsonLossless(raw);
  } catch {
    return raw;
  }
}

/**
 * `orderbridge failed`: the records that could not be stored, from a store opened read-only — grouped by reason
 * (vendor, kind, field, error, count, sample vendor order ids), or one JSON line per record with its payload as
 * stored. Returns how many failed records there are.
 */
export async function runFailed(io: CliIo, options: FailedOptions): Promise<number> {
  checkKinds(options.vendor, options.kind);
  const store = await openStoreToRead(options.db);
  try {
    let total = 0;
    if (options.format === "jsonl") {
      for (const filter of streamFilters(options)) {
        for (const record of await store.listFailed(filter)) {
          total++;
          io.stdout.write(`${stringifyJsonLossless(failedJson(record))}\n`);
        }
      }
      return total;
    }
    const groups = (await Promise.all(streamFilters(options).map((f) => store.failedSummary(f)))).flat();
    total = groups.reduce((sum, g) => sum + g.count, 0);
    if (total === 0) {
      io.stdout.write("no failed records\n");
      return 0;
    }
    const rows = groups.map((g) => [
      g.vendor,
      g.kind ?? "-",
      g.field ?? "-",
      `${g.errorName}: ${g.errorMessage}`,
      String(g.count),
      g.sampleVendorOrderIds.join(" ") || "-",
    ]);
    io.stdout.write(
      `${formatTable(["vendor", "kind", "field", "error", "count", "sample vendor order ids"], rows, { right: [4] })}\n`,
    );
    const name = commandName();
    io.stdout.write(
      `\n${total} failed record(s). Each payload: ${name} failed --format jsonl. ` +
        `After a fix, ${name} replay runs them through today's decoders (IdCollision rows hold a refused Order and stay).\n`,
    );
    return total;
  } finally {
    await store.close();
  }
}

function failedJson(record: FailedRecord): FailedRecordJson {
  return {
    vendor: record.vendor,
    account: displayAccount(record.vendor, record.account),
    kind: record.kind,
    key: record.key,
    vendorOrderId: record.vendorOrderId,
    errorName: record.errorName,
    errorMessage: record.errorMessage,
    errorField: record.errorField,
    firstSeenAt: record.firstSeenAt,
    lastChangedAt: record.lastChangedAt,
    raw: payloadOf(record.raw),
  };
}
