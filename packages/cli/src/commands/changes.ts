import { formatFenAsYuan } from "@orderbridge/core";
import type { ChangeField, OrderChange } from "@orderbridge/store";
import { UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { checkKinds } from "../options.js";
import { openStoreToRead } from "../read-store.js";
import { formatTable } from "../table.js";
import type { KindId, VendorId } from "../vendor-ids.js";
import { streamFilters } from "./failed.js";

export interface ChangesOptions {
  db: string;
  since: Date;
  until?: Date;
  vendor?: VendorId[];
  kind?: KindId[];
  format: "table" | "jsonl";
}

const MONEY: ReadonlySet<ChangeField> = new Set(["totalAmount", "paidAmount", "refundedAmount"]);

/** A change-logged value as the table shows it: money in yuan, nothing as `-`. */
function shown(field: ChangeField, value: unknown): string {
  if (value === null || value === undefined) return "-";
  if (MONEY.has(field) && typeof value === "number") return formatFenAsYuan(value);
  return String(value);
}

/**
 * `orderbridge changes --since T`: the change log — every time a stored order's money or status changed, when,
 * which fields, before and after — from a store opened read-only, oldest first. The table shows one line per
 * field with money in yuan; `--format jsonl` one line per change, money in fen (the store's `OrderChange`).
 * Returns how many changes were listed.
 */
export async function runChanges(io: CliIo, options: ChangesOptions): Promise<number> {
  checkKinds(options.vendor, options.kind);
  if (options.until && options.until <= options.since)
    throw new UsageError(
      `--since (${options.since.toISOString()}) must be before --until (${options.until.toISOString()})`,
    );
  const store = await openStoreToRead(options.db);
  let changes: OrderChange[];
  try {
    changes = (
      await Promise.all(
        streamFilters(options).map((filter) =>
          store.listChanges({ ...filter, since: options.since, until: options.until }),
        ),
      )
    )
      .flat()
      .sort((a, b) => (a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : a.seq - b.seq));
  } finally {
    await store.close();
  }
  if (options.format === "jsonl") {
    for (const change of changes) io.stdout.write(`${JSON.stringify(change)}\n`);
    return changes.length;
  }
  if (changes.length === 0) {
    io.stdout.write(
      `no changes from ${options.since.toISOString()}${options.until ? ` to ${options.until.toISOString()}` : ""}\n`,
    );
    return 0;
  }
  const rows = changes.flatMap((change) =>
    change.fields.map((field) => [
      change.changedAt,
      change.orderId,
      change.kind,
      field,
      `${shown(field, change.before[field])} → ${shown(field, change.after[field])}`,
    ]),
  );
  io.stdout.write(`${formatTable(["changed at", "order", "kind", "field", "before → after"], rows)}\n`);
  io.stdout.write(`\n${changes.length} change(s); money in yuan (--format jsonl: fen)\n`);
  return changes.length;
}
