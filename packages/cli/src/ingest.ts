import {
  maskRecord,
  NormalizeError,
  type NormalizeWarning,
  normalize,
  type Order,
  type OrderKind,
  type Vendor,
} from "@orderbridge/orders";
import type { FailedRecordInput, OrderNote } from "@orderbridge/store";

/** How a command turns vendor records into what it stores; `sync`, `serve`, `replay` and `worker` share it. */
export interface IngestOptions {
  /** Keep mobile numbers, open ids and IPs in the clear, in Orders and in failed records' payloads. */
  includePersonalData: boolean;
  /** Attach the vendor payload as `raw` to each Order. */
  includeRaw: boolean;
  /** The window being synced: an Order placed far outside it gets an `outside_window` note. */
  window?: { since: Date | string; until: Date | string } | undefined;
}

/** What one vendor record became: an Order with its notes, or a failed record ready for the store. */
export type Ingested =
  | { ok: true; order: Order; notes: OrderNote[] }
  | { ok: false; failed: FailedRecordInput; error: NormalizeError };

/** The notes stored with an Order: its normalize warnings, without what the row already says (vendor, id). */
export function notesOf(warnings: readonly NormalizeWarning[]): OrderNote[] {
  return warnings.map(({ code, field, message }) => ({ code, field, message }));
}

/**
 * A failed record as the store keeps it: the payload masked unless personal data was asked for (the store does
 * not know vendor fields, so masking happens here, for every writer alike).
 */
export function failedRecord(
  input: { vendor: Vendor; account: string; kind?: OrderKind | undefined; id?: string | undefined },
  raw: unknown,
  error: unknown,
  options: Pick<IngestOptions, "includePersonalData">,
): FailedRecordInput {
  return {
    vendor: input.vendor,
    account: input.account,
    kind: input.kind,
    id: input.id,
    raw: raw === undefined || options.includePersonalData ? raw : maskRecord(input.vendor, raw, input.kind),
    error,
  };
}

/**
 * Decodes one vendor record tolerantly (the record as a client yields it with `validate: false`, or as a
 * notification's fetch returned it) and maps it to an Order of `kind`. A record whose needed fields are missing
 * or unreadable becomes a failed record; anything else is an Order, its drift and warnings kept as notes.
 */
export function ingestRecord(
  vendor: Vendor,
  account: string,
  kind: OrderKind,
  raw: unknown,
  options: IngestOptions,
): Ingested {
  try {
    const { order, warnings } = normalize(vendor, raw, {
      kind,
      includePersonalData: options.includePersonalData,
      includeRaw: options.includeRaw,
      window: options.window,
    });
    return { ok: true, order, notes: notesOf(warnings) };
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    return {
      ok: false,
      error,
      failed: failedRecord({ vendor, account, kind, id: error.orderId }, raw, error, options),
    };
  }
}
