import type { Readable } from "node:stream";
import { text } from "node:stream/consumers";
// The zod-free entry: normalize loads no zod schema and no client (cold start, see scripts/bundle.mjs).
import { normalizePayload } from "@orderbridge/orders/normalize";
import type { CliIo } from "../io.js";
import type { VendorId } from "../vendors.js";

export interface NormalizeOptions {
  vendor: VendorId;
  includePersonalData: boolean;
  includeRaw: boolean;
}

/**
 * `orderbridge normalize`: stdin (one order, an array, or a whole API response) to JSON lines on stdout.
 * Records that cannot be orders are reported on stderr; returns how many.
 */
export async function runNormalize(io: CliIo, options: NormalizeOptions): Promise<number> {
  const input = await text(io.stdin as Readable);
  let failed = 0;
  for (const result of normalizePayload(options.vendor, input, {
    includePersonalData: options.includePersonalData,
    includeRaw: options.includeRaw,
  })) {
    if (result.ok) {
      io.stdout.write(`${JSON.stringify(result.order)}\n`);
    } else {
      failed++;
      io.stderr.write(`orderbridge: ${result.error.message}\n`);
    }
  }
  return failed;
}
