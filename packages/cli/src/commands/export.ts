import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { formatFenAsYuan } from "@orderbridge/core";
import type { Order } from "@orderbridge/orders";
import { stringify } from "csv-stringify";
import { CliFailure } from "../errors.js";
import { describeFileError } from "../files.js";
import type { CliIo } from "../io.js";
import { checkKinds } from "../options.js";
import { openStoreToRead } from "../read-store.js";
import type { KindId } from "../vendor-ids.js";
import type { VendorId } from "../vendors.js";

export interface ExportOptions {
  format: "jsonl" | "csv";
  out?: string;
  vendor?: VendorId[];
  /** Only these kinds of sale. */
  kind?: KindId[];
  db: string;
  /**
   * CSV: start with a UTF-8 byte-order mark (default true). Excel on a Chinese Windows reads a CSV without
   * one as GBK and garbles every name; with it, as UTF-8. `--no-bom` leaves it out for other readers.
   */
  bom?: boolean;
}

type StoredOrder = Order & { firstSeenAt?: string; syncedAt?: string };

/** The flat CSV layout: one row per order, money as plain decimal yuan text with two decimals (`1234.50`). */
export const CSV_COLUMNS: { header: string; value: (order: StoredOrder) => string | number | undefined }[] = [
  { header: "id", value: (o) => o.id },
  { header: "vendor", value: (o) => o.vendor },
  { header: "kind", value: (o) => o.kind },
  { header: "vendor_order_id", value: (o) => o.vendorOrderId },
  { header: "order_no", value: (o) => o.orderNo },
  { header: "status", value: (o) => o.status },
  { header: "payment_status", value: (o) => o.paymentStatus },
  { header: "currency", value: (o) => o.currency },
  { header: "total_yuan", value: (o) => formatFenAsYuan(o.totalAmount) },
  { header: "paid_yuan", value: (o) => formatFenAsYuan(o.paidAmount) },
  { header: "refunded_yuan", value: (o) => formatFenAsYuan(o.refundedAmount) },
  { header: "created_at", value: (o) => o.createdAt },
  { header: "paid_at", value: (o) => o.paidAt ?? "" },
  { header: "updated_at", value: (o) => o.updatedAt ?? "" },
  { header: "store_id", value: (o) => o.store?.id ?? "" },
  { header: "store_name", value: (o) => o.store?.name ?? "" },
  { header: "customer_id", value: (o) => o.customer?.id ?? "" },
  { header: "customer_name", value: (o) => o.customer?.name ?? "" },
  { header: "customer_mobile", value: (o) => o.customer?.mobile ?? "" },
  { header: "item_count", value: (o) => o.items.length },
  { header: "payment_methods", value: (o) => [...new Set(o.payments.map((p) => p.method))].join("|") },
  { header: "duplicate_of", value: (o) => o.duplicateOf ?? "" },
  { header: "first_seen_at", value: (o) => o.firstSeenAt ?? "" },
  { header: "synced_at", value: (o) => o.syncedAt ?? "" },
];

/**
 * `orderbridge export`: streams the stored Orders (never all in memory) as JSON lines or CSV (csv-stringify:
 * maintained, handles quoting of commas, quotes and newlines in Chinese store names). Reads the store read-only:
 * a missing or foreign file, or a store an older release wrote, is refused and left as it is.
 */
export async function exportOrders(io: CliIo, options: ExportOptions): Promise<number> {
  checkKinds(options.vendor, options.kind);
  const store = await openStoreToRead(options.db);
  let count = 0;
  // The store filters by vendor and kind in SQL; vendors are read in id order, so the output is ordered by id.
  const vendors = options.vendor ? [...options.vendor].sort() : [undefined];
  const kind = options.kind;
  try {
    const sink = options.out ? await openOut(options.out) : io.stdout;
    const end = Boolean(options.out);
    if (options.format === "csv") {
      const rows = Readable.from(
        (async function* () {
          for (const vendor of vendors) {
            for await (const order of store.iterateOrders({ vendor, kind })) {
              count++;
              yield CSV_COLUMNS.map((c) => c.value(order));
            }
          }
        })(),
      );
      const csv = stringify({
        header: true,
        bom: options.bom ?? true,
        columns: CSV_COLUMNS.map((c) => c.header),
        cast: { number: String },
      });
      await pipeline(rows, csv, sink, { end });
    } else {
      // JSON lines straight from the stored text: no parse and re-stringify per order.
      const lines = Readable.from(
        (async function* () {
          for (const vendor of vendors) {
            for await (const json of store.iterateOrderJson({ vendor, kind })) {
              count++;
              yield `${json}\n`;
            }
          }
        })(),
      );
      await pipeline(lines, sink, { end });
    }
  } finally {
    await store.close();
  }
  if (options.out) io.stderr.write(`exported ${count} order(s) to ${options.out}\n`);
  return count;
}

/** Opens `--out` for writing, or fails with a sentence that names the path (a folder, a missing folder, …). */
async function openOut(file: string): Promise<NodeJS.WritableStream> {
  try {
    const handle = await open(file, "w");
    return handle.createWriteStream();
  } catch (error) {
    throw new CliFailure(
      describeFileError(error, "write", "--out") ?? `cannot write --out ${file}: ${String(error)}`,
    );
  }
}
